using Dyad.Coding.Dictionaries;
using Dyad.Pipeline;

namespace Dyad.Coding.Tests;

/// <summary>The Dyad dictionary formats: every section kind, dated codes, synsets, errors with file and line, user overrides.</summary>
public sealed class DyadDictionaryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dyad-dict-" + Guid.NewGuid().ToString("N"));

    public DyadDictionaryTests() => Directory.CreateDirectory(Path.Combine(_dir, "actors"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ActorDictionary Actors(string text, List<DictionaryDiagnostic> diagnostics)
    {
        var b = new ActorDictionaryBuilder();
        DyadDictionaryReader.ReadActors(new StringReader(text), "t.txt", b, diagnostics);
        return b.Build();
    }

    private static List<ActorMention> Mentions(ActorDictionary d, string text)
    {
        var doc = TextPipeline.Default.Process(text);
        var list = new List<ActorMention>();
        d.FindMentions(doc, 0, doc.TokenCount, list);
        return list;
    }

    [Fact]
    public void SectionsSetTheKind()
    {
        var diags = new List<DictionaryDiagnostic>();
        var d = Actors("""
            [country]
            Freedonia | Freedonian => FRD
            [capital]
            Fredville => FRDGOV
            [person]
            Rufus T. Firefly => FRDELI; FRDGOV 2020-01-01..2024-12-31
            [organisation]
            Union of Hills | UH => IGOHIL
            [group]
            Hill Front => FRDREBHIL
            [agent]
            border guards | border guard => ~MIL
            [place]
            Freedonia Sea => ---
            """, diags);
        Assert.Empty(diags);
        var m = Mentions(d, "Freedonian border guards and the UH met Rufus T. Firefly in Fredville near the Freedonia Sea.");
        Assert.Equal([ActorKind.Country, ActorKind.Agent, ActorKind.Organisation, ActorKind.Person, ActorKind.Capital, ActorKind.NotActor], m.Select(x => x.Entry.Kind));
    }

    [Fact]
    public void DatedCodesPickTheRangeOfTheDate()
    {
        var d = Actors("[person]\nRufus T. Firefly => FRDELI; FRDGOV 2020-01-01..2024-12-31\n", []);
        var e = Mentions(d, "Rufus T. Firefly spoke.").Single().Entry;
        Assert.Equal("FRDGOV", e.CodeAt(new DateOnly(2022, 5, 1)));
        Assert.Equal("FRDELI", e.CodeAt(new DateOnly(2025, 5, 1)));
    }

    [Fact]
    public void AcronymsMatchOnlyInCapitals()
    {
        var d = Actors("[organisation]\nUH => IGOHIL\n", []);
        Assert.Single(Mentions(d, "The UH spoke."));
        Assert.Empty(Mentions(d, "Uh, he spoke."));
    }

    [Fact]
    public void MalformedLinesAreReportedWithFileAndLineAndTheRestLoads()
    {
        var diags = new List<DictionaryDiagnostic>();
        var d = Actors("[country]\nNowhere\nSylvania => SYL\nBadland => B@D\n[agent]\nrangers => MIL\nTest => XYZ 2020-13-01..\n", diags);
        Assert.Equal([2, 4, 6, 7], diags.Select(x => x.Line));
        Assert.All(diags, x => Assert.Equal("t.txt", x.File));
        Assert.Single(Mentions(d, "Sylvania waited."));
    }

    [Fact]
    public void PatternsCompileWithSynsetsAndReportErrors()
    {
        var diags = new List<DictionaryDiagnostic>();
        var b = new PatternDictionaryBuilder(GapPolicy.Modifiers);
        DyadDictionaryReader.ReadPatterns(new StringReader("""
            &help = aid | assistance
            provide &help to + => 070
            n: raid on + => 190
            + receive &help from $ => 070
            accuse + => 11x
            use &undefined => 010
            $ $ hit + => 190
            """), "v.txt", b, diags);
        var p = b.Build(diags);
        Assert.Equal(3, p.Count);
        Assert.Equal([5, 6, 7], diags.Select(x => x.Line).Order());
        Assert.True(p.ForVerb("receive").Single().SubjectIsTarget);
        Assert.Single(p.ForNoun("raid"));
    }

    [Fact]
    public void UserDirectoryAddsAndReplacesFiles()
    {
        File.WriteAllText(Path.Combine(_dir, "actors", "extra.txt"), "[country]\nSylvania => SYL\n");
        var set = DictionarySet.Load(_dir);
        var doc = TextPipeline.Default.Process("Sylvania protested.");
        var m = new List<ActorMention>();
        set.Actors.FindMentions(doc, 0, doc.TokenCount, m);
        Assert.Equal("SYL", m.Single().Entry.CodeAt(null));
        Assert.True(set.Patterns.Count > 2000);
    }

    [Fact]
    public void EmbeddedDictionariesLoadCleanly()
    {
        var set = DictionarySet.Default;
        Assert.Empty(set.Diagnostics);
        Assert.True(set.Actors.EntryCount > 1500, $"{set.Actors.EntryCount} actor entries");
    }
}
