using Dyad.Coding.Dictionaries;
using Dyad.Coding.Petrarch;
using Dyad.Pipeline;

namespace Dyad.Coding.Tests;

public sealed class PetrarchReaderTests
{
    internal static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Specs", "petrarch");
    private static readonly Lazy<DictionarySet> s_dicts = new(() => PetrarchDictionaries.Load(Dir));

    private static DictionarySet Dicts => s_dicts.Value;

    private static List<string> Mentions(string text)
    {
        var doc = TextPipeline.Default.Process(text);
        var found = new List<ActorMention>();
        Dicts.Actors.FindMentions(doc, 0, doc.TokenCount, found);
        return [.. found.Select(m => doc.Text[doc.Tokens[m.Start].Start..doc.Tokens[m.End - 1].End] + "=" + m.Entry.CodeAt(new DateOnly(2021, 3, 5)))];
    }

    [Theory]
    [InlineData("Veloria protested.", "Veloria=VEL")]
    [InlineData("A Velorian protested.", "Velorian=VEL")]
    [InlineData("The Velorians protested.", "Velorians=VEL")]
    [InlineData("Kastor protested.", "Kastor=KAS")]
    [InlineData("Marrow Town protested.", "Marrow Town=MRW")]
    [InlineData("The Harbor of Salt protested.", "Harbor of Salt=HOS")]
    [InlineData("The Quillman protested.", "The Quillman=QLL")]
    [InlineData("Tidewatch protested.", "Tidewatch=TDW")]
    public void ActorNamesSynonymsAndStemsMatch(string text, string expected) => Assert.Contains(expected, Mentions(text));

    [Fact]
    public void ANameWithATrailingUnderscoreIsNotAStem() => Assert.DoesNotContain(Mentions("The Kastorians protested."), m => m.StartsWith("Kastorians", StringComparison.Ordinal));

    [Theory]
    [InlineData("1998-12-31", "QLLREB")]
    [InlineData("1999-01-01", "QLL")]
    [InlineData("2020-06-30", "QLLGOV")]
    [InlineData("2021-01-01", "QLL")]
    public void DateRestrictionsPickTheCode(string date, string code)
    {
        var doc = TextPipeline.Default.Process("Quill protested.");
        var found = new List<ActorMention>();
        Dicts.Actors.FindMentions(doc, 0, doc.TokenCount, found);
        Assert.Equal(code, Assert.Single(found).Entry.CodeAt(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("950601", "1995-06-01")]
    [InlineData("080120", "2008-01-20")]
    [InlineData("19950601", "1995-06-01")]
    public void DatesHaveSixOrEightDigits(string text, string iso)
    {
        Assert.True(PetrarchDictionaryReader.TryDate(text, out var d));
        Assert.Equal(iso, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void NullCodedActorIsNotAnActor()
    {
        var doc = TextPipeline.Default.Process("Old Brenna protested.");
        var found = new List<ActorMention>();
        Dicts.Actors.FindMentions(doc, 0, doc.TokenCount, found);
        Assert.Equal(ActorKind.NotActor, Assert.Single(found).Entry.Kind);
    }

    [Theory]
    [InlineData("Test.actors.txt", 17)]
    [InlineData("Test.agents.txt", 8)]
    [InlineData("Test.verbs.txt", 19)]
    public void MalformedLinesAreReportedWithTheirLine(string file, int line) =>
        Assert.Contains(Dicts.Diagnostics, d => d.File.EndsWith(file, StringComparison.Ordinal) && d.Line == line);

    [Theory]
    [InlineData("The sentinel protested.", "sentinel=MIL")]
    [InlineData("The sentinels protested.", "sentinels=MIL")]
    [InlineData("The harbor master protested.", "harbor master=GOV")]
    [InlineData("The ferries of old protested.", "ferries of old=TRN")]
    [InlineData("The sailor guild protested.", "sailor guild=LAB")]
    [InlineData("The sailors guild protested.", "sailors guild=LAB")]
    public void AgentsWithPluralsAndSubstitutions(string text, string expected) => Assert.Contains(expected, Mentions(text));

    [Theory]
    [InlineData("The harbor masters protested.")]
    [InlineData("The ferries protested.")]
    public void NoDefaultPluralWhenPluralsAreGiven(string text) => Assert.Empty(Mentions(text));

    [Fact]
    public void RoleBeforeCountryAgent()
    {
        var doc = TextPipeline.Default.Process("The relief body protested.");
        var found = new List<ActorMention>();
        Dicts.Actors.FindMentions(doc, 0, doc.TokenCount, found);
        var e = Assert.Single(found).Entry;
        Assert.True(e.RolePrefix);
        Assert.Equal(ActorKind.Agent, e.Kind);
        Assert.Equal("NGO", e.CodeAt(null));
    }

    [Theory]
    [InlineData("CONGRESS", "CONGRESSES")]
    [InlineData("AUTHORITY", "AUTHORITIES")]
    [InlineData("ATTORNEY", "ATTORNEYS")]
    [InlineData("FOREIGN_MINISTER", "FOREIGN_MINISTERS")]
    public void DefaultPlurals(string noun, string plural) => Assert.Equal(plural, PetrarchDictionaryReader.Plural(noun));

    [Fact]
    public void VerbBlockCodeIsTheBareVerbPattern()
    {
        var bare = Assert.Single(Dicts.Patterns.ForVerb("praise"), p => p.Before.Length == 0 && p.After.Length == 0);
        Assert.Equal("051", bare.Code);
    }

    [Fact]
    public void SynsetsExpandIntoAlternatives()
    {
        var p = Assert.Single(Dicts.Patterns.ForVerb("praise"), p => p.Code == "071");
        var item = Assert.Single(p.After);
        Assert.Contains(["grain"], item.Alternatives);
        Assert.Contains(["salt", "fish"], item.Alternatives);
    }

    [Fact]
    public void UnderscoreJoinsWordsWithoutAGap()
    {
        var softly = Assert.Single(Dicts.Patterns.ForVerb("praise"), p => p.Code == "052");
        Assert.True(Assert.Single(softly.Before).Adjacent);
        var about = Assert.Single(Dicts.Patterns.ForVerb("praise"), p => p.Code == "053");
        Assert.Equal([false, true, false], about.After.Select(i => i.Adjacent));
        Assert.Equal(PatternItemKind.Target, about.After[2].Kind);
    }

    [Fact]
    public void NullBlockCodeAddsNoBarePatternButKeepsItsPatterns()
    {
        Assert.DoesNotContain(Dicts.Patterns.ForVerb("spurn"), p => p.Before.Length + p.After.Length == 0);
        Assert.Contains(Dicts.Patterns.ForVerb("spurn"), p => p.Code == "111");
    }

    [Fact]
    public void MultiWordVerbHangsOnTheMarkedVerb()
    {
        var turn = Dicts.Patterns.ForVerb("turn");
        Assert.NotEmpty(turn);
        Assert.All(turn, p => Assert.Equal(["away"], p.After[0].Alternatives[0]));
        Assert.All(turn, p => Assert.True(p.After[0].Adjacent));
    }

    [Fact]
    public void PairedCodeIsKept() => Assert.Equal("031:032", Assert.Single(Dicts.Patterns.ForVerb("greet")).Code);

    [Fact]
    public void StoryAndSentenceDiscardsAreRead()
    {
        var sentence = new List<string[]>();
        var story = new List<string[]>();
        var diags = new List<DictionaryDiagnostic>();
        using var r = new StreamReader(Path.Combine(Dir, "Test.discards.txt"));
        PetrarchDictionaryReader.ReadDiscards(r, "Test.discards.txt", sentence, story, diags);
        Assert.Equal(["puzzle", "cup"], Assert.Single(sentence));
        Assert.Equal(["storm", "season"], Assert.Single(story));
        Assert.Empty(diags);
    }

    [Fact]
    public void MissingFolderIsReported() => Assert.Throws<DirectoryNotFoundException>(() => PetrarchFiles.Find(Path.Combine(Dir, "nope")));
}
