using Dyad.Coding.Evaluation;

namespace Dyad.Coding.Tests;

public sealed class GoldFileTests
{
    [Fact]
    public void BadLinesAreNamedAndTheRestIsRead()
    {
        string path = Path.Combine(Path.GetTempPath(), $"dyad-gold-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path,
        [
            "sentence\tsource\ttarget\tcameo\tnote",
            "Ghana condemned Togo.\tGHA\tTGO\t111\tcondemn",
            "Ghana did not condemn Togo.\t-\t-\t-\tnegated: no event",
            "Ghana praised Togo.\tGHA\tTGO",
            "Ghana thanked Togo.\tGHA\tTGO\t\tcameo missing",
            "",
            "# a comment",
        ]);
        try
        {
            var (rows, errors) = GoldFile.Read(path, sentences: true);
            Assert.Equal(2, rows.Count);
            Assert.Equal("111", rows[0].Event!.Cameo);
            Assert.Null(rows[1].Event);
            Assert.Equal(2, errors.Count);
            Assert.Contains($"{path}:4: expected 4 tab-separated fields", errors[0]);
            Assert.Contains($"{path}:5: field 4 (cameo) '' is not a CAMEO code", errors[1]);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void AMissingFileIsAnError()
    {
        var (rows, errors) = GoldFile.Read("/nonexistent/gold.tsv", sentences: false);
        Assert.Empty(rows);
        Assert.StartsWith("/nonexistent/gold.tsv: cannot read the gold file", Assert.Single(errors));
    }
}

public sealed class CoderScoreTests
{
    private static (string, Records.EventRecord) Coded(string key, string source, string target, string cameo) => (key, new Records.EventRecord
    {
        DocId = key, Sentence = key, Source = new Records.ActorRecord { Code = source, Text = source },
        Target = new Records.ActorRecord { Code = target, Text = target }, Cameo = cameo, CameoRoot = cameo[..2],
        Pattern = new Records.PatternRecord { Text = "p", File = "f", Line = 1 },
    });

    [Fact]
    public void AnyAlternativeOfAGoldActorMatchesOnce()
    {
        var gold = new[] { new GoldEvent("a", "IRN|IRNGOV", "IGOUNO", "036"), new GoldEvent("a", "USAGOV", "IRN", "111") };
        var score = CoderScore.Score(gold, [Coded("a", "IRNGOV", "IGOUNO", "036"), Coded("a", "IRN", "IGOUNO", "036"), Coded("a", "USAGOV", "CHN", "111")]);
        var roles = score.Levels.Single(l => l.Name == "country+role dyad + root");
        Assert.Equal((1, 3, 2), (roles.Matched, roles.Predicted, roles.Gold));
        Assert.Contains(score.Differences, d => d is { Kind: "missed", Triple: "USA IRN 11" });
        Assert.Contains(score.Differences, d => d is { Kind: "extra", Triple: "USA CHN 11" });
        Assert.DoesNotContain(score.Differences, d => d.Triple.Contains("IGOUNO", StringComparison.Ordinal));
    }

    // An organisation is the same actor under PETRARCH's code and its known-group code.
    [Fact]
    public void OrganisationsMatchUnderEitherCode()
    {
        var gold = new[] { new GoldEvent("a", "UNO", "SDN", "073"), new GoldEvent("a", "EUR", "RUS", "163"), new GoldEvent("a", "NAT", "UKR", "042"), new GoldEvent("a", "UNO", "ARG", "071") };
        var score = CoderScore.Score(gold, [Coded("a", "IGOUNOWFP", "SDN", "073"), Coded("a", "IGOEUREEC", "RUS", "163"), Coded("a", "IGOWSTNAT", "UKR", "042"), Coded("a", "IGOBUSIMF", "ARG", "071")]);
        var countries = score.Levels.Single(l => l.Name == "country dyad + root");
        Assert.Equal((3, 4, 4), (countries.Matched, countries.Predicted, countries.Gold));
        Assert.Contains(score.Differences, d => d is { Kind: "extra", Triple: "IMF ARG 07" });
        Assert.Equal("UNO", CoderScore.Organisation("IGOUNODEVWBK"));
        Assert.Equal(CoderScore.Organisation("IGOAFRAFU"), CoderScore.Organisation("AFR"));
        Assert.Equal(CoderScore.Organisation("IGOWSTNAT"), CoderScore.Organisation("NAT"));
        Assert.Equal("USAGOV", CoderScore.Organisation("USAGOV"));
    }

    // Coders who write "other IGOs: IGO" match any organisation outside the named few, and only those.
    [Fact]
    public void OtherOrganisationsAreOneIgo()
    {
        var gold = new[] { new GoldEvent("a", "BEN", "IGO", "028"), new GoldEvent("a", "IGO", "KEN", "071"), new GoldEvent("b", "IMF", "TUN", "071") };
        var score = CoderScore.Score(gold, [Coded("a", "BENGOV", "IGOWAFWAS", "028"), Coded("a", "IGOAFRDEVAFB", "KEN", "071"), Coded("b", "IGOBUSWTO", "TUN", "071")]);
        var countries = score.Levels.Single(l => l.Name == "country dyad + root");
        Assert.Equal((2, 3, 3), (countries.Matched, countries.Predicted, countries.Gold));
        Assert.Equal("IMF", CoderScore.Organisation("IGOBUSIMF"));
        Assert.Equal("IGO", CoderScore.Organisation("OIC"));
        Assert.Equal("AFR", CoderScore.Organisation("IGOAFRPKOAFU"));
        // Intelligence services are security services to coders without CAMEO's SPY role.
        Assert.Equal(CoderScore.Short("COLCOP"), CoderScore.Short("COLSPY"));
        Assert.NotEqual(CoderScore.Short("COLCOP"), CoderScore.Short("COLMIL"));
    }

    // Short names coders write for the ICC, the IAEA and the Red Cross match PETRARCH-style codes; a named NGO is an NGO
    // when only countries are compared.
    [Fact]
    public void NamedOrganisationsMatchTheirShortNames()
    {
        var gold = new[] { new GoldEvent("a", "ICC", "PHL", "173"), new GoldEvent("a", "IAEA", "IRN", "090"), new GoldEvent("a", "IRC", "MLI", "020"), new GoldEvent("a", "NGOHRI", "TGO", "112") };
        var score = CoderScore.Score(gold, [Coded("a", "IGOJUDICC", "PHL", "173"), Coded("a", "IGOUNOIAE", "IRN", "090"), Coded("a", "NGOHLHIRC", "MLI", "020"), Coded("a", "NGOHRIAMN", "TGO", "112")]);
        Assert.Equal((4, 4, 4), (score.Levels[0].Matched, score.Levels[0].Predicted, score.Levels[0].Gold));
        Assert.Equal(CoderScore.Short("NGOHLHIRC"), CoderScore.Short("IRC"));
        Assert.Empty(CoderScore.Score([new GoldEvent("b", "NGO", "BEN", "112")], [Coded("b", "NGOHRIAMN", "BEN", "112")]).Differences);
    }
}
