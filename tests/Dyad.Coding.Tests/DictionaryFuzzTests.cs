using System.Text;
using CsCheck;
using Dyad.Coding.Dictionaries;
using Dyad.Coding.Petrarch;
using Dyad.Pipeline;
using Dyad.Tests.Shared;

namespace Dyad.Coding.Tests;

/// <summary>
/// Fuzzing the dictionary readers (Dyad actors and patterns; PETRARCH actors, agents, verbs and discards) with
/// mutants of valid files and random bytes: no exception escapes, every diagnostic names the file and a real line,
/// and an entry after the damage still loads. Dictionaries that would make matching explode are rejected with a
/// message while the rest loads.
/// </summary>
public sealed class DictionaryFuzzTests
{
    /// <summary>Generated files per format (docs/hardening.md quotes these).</summary>
    public const int Iterations = 1000;

    private static readonly string s_spec = Path.Combine(AppContext.BaseDirectory, "Specs", "petrarch");

    private const string DyadActors = """
        # Fictional actors
        [country]
        Freedonia | Freedonian => FRD
        [capital]
        Fredville => FRDGOV
        [person]
        Rufus T. Firefly => FRDELI; FRDGOV 2020-01-01..2024-12-31
        [agent]
        troops | soldiers => ~MIL
        [place]
        Sylvania Street => ---
        """;

    private const string DyadPatterns = """
        &gifts = grain | salt fish | &arms
        &arms = rifles | tanks
        $ praise + => 051
        $ give &gifts to + => 071
        $ ... attack + => 190
        n: attack on + => 190
        $ meet with + => 036
        """;

    // One reader per format, fed the text as file "f.txt"; the probe entry proves the rest of the file loaded.
    private sealed record Format(string Name, string Seed, string Probe, Func<string, List<DictionaryDiagnostic>, Func<bool>> Load);

    private static Func<bool> FindsActor(ActorDictionaryBuilder b, string text)
    {
        var d = b.Build();
        return () =>
        {
            var doc = TextPipeline.Default.Process(text);
            var found = new List<ActorMention>();
            d.FindMentions(doc, 0, doc.TokenCount, found);
            return found.Any(m => m.Entry.CodeAt(new DateOnly(2025, 1, 1)) is "ZNZ" or "~ZNZ" or "ZNZ~" || m.Entry.Codes.Any(c => c.Code.Contains("ZNZ", StringComparison.Ordinal)));
        };
    }

    private static readonly Format[] s_formats =
    [
        new("dyad-actors", DyadActors, "\n[country]\nZanzibarland => ZNZ\n", (t, d) =>
        {
            var b = new ActorDictionaryBuilder();
            DyadDictionaryReader.ReadActors(new StringReader(t), "f.txt", b, d);
            return FindsActor(b, "Zanzibarland protested.");
        }),
        new("dyad-patterns", DyadPatterns, "\n$ zanzify + => 0874\n", (t, d) =>
        {
            var b = new PatternDictionaryBuilder(GapPolicy.Modifiers);
            DyadDictionaryReader.ReadPatterns(new StringReader(t), "f.txt", b, d);
            var p = b.Build(d);
            return () => p.All.Any(x => x.Code == "0874");
        }),
        new("petrarch-actors", File.ReadAllText(Path.Combine(s_spec, "Test.actors.txt")), "\nZANZIBARLAND [ZNZ]\n", (t, d) =>
        {
            var b = new ActorDictionaryBuilder();
            PetrarchDictionaryReader.ReadActors(new StringReader(t), "f.txt", b, d);
            return FindsActor(b, "Zanzibarland protested.");
        }),
        new("petrarch-agents", File.ReadAllText(Path.Combine(s_spec, "Test.agents.txt")), "\nZANZIGUARD [~ZNZ]\n", (t, d) =>
        {
            var b = new ActorDictionaryBuilder();
            PetrarchDictionaryReader.ReadAgents(new StringReader(t), "f.txt", b, d);
            return FindsActor(b, "The zanziguard protested.");
        }),
        new("petrarch-verbs", File.ReadAllText(Path.Combine(s_spec, "Test.verbs.txt")), "\n--- ZANZIFY [0874] ---\nZANZIFY\n- * + [0874]\n", (t, d) =>
        {
            var b = new PatternDictionaryBuilder(GapPolicy.Any);
            PetrarchDictionaryReader.ReadVerbs(new StringReader(t), "f.txt", b, d);
            var p = b.Build(d);
            return () => p.All.Any(x => x.Code == "0874");
        }),
        new("petrarch-discards", File.ReadAllText(Path.Combine(s_spec, "Test.discards.txt")), "\nZANZIBAR CUP\n", (t, d) =>
        {
            var s = new List<string[]>();
            PetrarchDictionaryReader.ReadDiscards(new StringReader(t), "f.txt", s, [], d);
            return () => s.Any(w => w.Contains("zanzibar"));
        }),
    ];

    public static TheoryData<string> Formats => [.. s_formats.Select(f => f.Name)];

    private static Format Get(string name) => s_formats.Single(f => f.Name == name);

    // Loads the text (plus the probe on fresh lines) and checks the contract.
    private static List<DictionaryDiagnostic> LoadChecked(Format f, string text, bool expectProbe)
    {
        // An unclosed "<!--" comment in a PETRARCH file legitimately swallows the rest, probe included.
        expectProbe &= !(f.Name.StartsWith("petrarch", StringComparison.Ordinal) && text.Contains("<!", StringComparison.Ordinal));
        string full = text + "\n" + f.Probe;
        int lines = 0;
        using (var r = new StringReader(full)) while (r.ReadLine() is not null) lines++;
        var diagnostics = new List<DictionaryDiagnostic>();
        var probe = f.Load(full, diagnostics);
        foreach (var d in diagnostics)
        {
            if (d.File != "f.txt") Assert.Fail($"diagnostic does not name the file: {d}");
            if (d.Line < 1 || d.Line > lines) Assert.Fail($"diagnostic line {d.Line} is not a line of the file ({lines} lines): {d}");
            if (string.IsNullOrWhiteSpace(d.Message)) Assert.Fail($"diagnostic without a message: {d}");
        }
        if (expectProbe && !probe()) Assert.Fail($"the entry after the damage did not load; diagnostics: {string.Join("; ", diagnostics.Take(5))}");
        return diagnostics;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void SeedsLoadCleanlyEnoughAndTheProbeLoads(string name) => LoadChecked(Get(name), Get(name).Seed, expectProbe: true);

    [Theory]
    [MemberData(nameof(Formats))]
    public void MutatedDictionariesNeverThrowAndTheRestLoads(string name)
    {
        var f = Get(name);
        Fuzz.Mutants(Encoding.UTF8.GetBytes(f.Seed)).Sample(b =>
        {
            string text = Fuzz.Lenient(b);
            // The probe starts a new entry on its own line, whatever state the mutant leaves the reader in.
            LoadChecked(f, text, expectProbe: true);
        }, iter: Iterations, threads: 1, print: Fuzz.Show);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void RandomBytesNeverThrow(string name) =>
        Fuzz.Bytes(3000).Sample(b => { LoadChecked(Get(name), Fuzz.Lenient(b), expectProbe: false); }, iter: Iterations / 3, threads: 1, print: Fuzz.Show);

    [Theory]
    [MemberData(nameof(Formats))]
    public void NastyChunksNeverThrow(string name) =>
        Fuzz.Chunk.Array[1, 20].Select(a => a.SelectMany(x => x).ToArray())
            .Sample(b => { LoadChecked(Get(name), Fuzz.Lenient(b), expectProbe: false); }, iter: Iterations / 3, threads: 1, print: Fuzz.Show);

    [Fact]
    public void CorpusFilesLoadWithoutExceptions()
    {
        // Regression corpus (tests/fuzz-corpus/dictionaries): FORMAT.NAME.txt, replayed through that format's reader.
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fuzz-corpus", "dictionaries"));
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var f = Get(Path.GetFileName(path).Split('.')[0]);
            var d = LoadChecked(f, File.ReadAllText(path), expectProbe: true);
            Assert.True(d.Count > 0, $"{path}: expected a diagnostic");
        }
    }

    // ------------------------------------------------------------------ explosive dictionaries

    public static TheoryData<string, string, string> Explosive => new()
    {
        // A pattern of 10,000 wildcards: too long a line, and under the line cap, too many items.
        { "dyad-patterns", "$ " + string.Concat(Enumerable.Repeat("... x ", 10_000)) + "attack + => 190", "line longer than" },
        { "dyad-patterns", "$ " + string.Join(" ... ", Enumerable.Repeat("x", 200)) + " attack + => 190", "more than 24 items" },
        { "petrarch-verbs", "--- ATTACK [190] ---\nATTACK\n- $ " + string.Join(" ", Enumerable.Repeat("X", 1000)) + " * + [190]", "more than 24 items" },
        { "petrarch-verbs", "--- ATTACK [190] ---\nATTACK\n- $ " + string.Join("_", Enumerable.Repeat("X", 1500)) + " * + [190]", "more than 24 items" },
        // A synset that expands past the member cap, directly or through nesting.
        { "dyad-patterns", string.Concat(Enumerable.Range(0, 3).Select(k => "&big = " + string.Join(" | ", Enumerable.Range(400 * k, 400).Select(i => "w" + i)) + "\n"))
            + "&huge = &big | &big\n$ give &huge to + => 071", "expands to more than" },
        { "petrarch-verbs", "&BIG\n" + string.Concat(Enumerable.Range(0, 2100).Select(i => $"+W{i}\n")) + "--- GIVE [070] ---\nGIVE\n- * &BIG [071]", "expands to more than" },
        // Nested synsets that reference each other: once exponential to expand, and a cycle.
        { "dyad-patterns", string.Concat(Enumerable.Range(0, 7).Select(i => $"&s{i} = " + string.Join(" | ", Enumerable.Repeat($"&s{i + 1}", 300)) + "\n")) + "&s7 = &nothing\n$ give &s0 to + => 071", "not defined" },
        { "dyad-patterns", "&a = x | &b\n&b = y | &a\n$ give &a to + => 071", "refers to itself" },
        { "petrarch-verbs", "&A\n+X\n+&B\n&B\n+Y\n+&A\n--- GIVE [070] ---\nGIVE\n- * &A [071]", "refers to itself" },
        // A verb block that multiplies into millions of patterns.
        { "petrarch-verbs", "--- GIVE [070] ---\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"GIVE{i}\n")) + string.Concat(Enumerable.Range(0, 2000).Select(i => $"- * W{i} [071]\n")), "block skipped" },
        // Absurdly long entries.
        { "dyad-actors", "[country]\n" + string.Join(" ", Enumerable.Repeat("Free", 40)) + " => FRD", "more than 16 words" },
        { "dyad-actors", "[country]\n" + new string('F', 100_000) + " => FRD", "line longer than" },
        { "petrarch-actors", string.Join("_", Enumerable.Repeat("FREE", 40)) + " [FRD]", "more than 16 words" },
        { "petrarch-agents", new string('W', 50_000) + " [~MIL]", "line longer than" },
    };

    [Theory]
    [MemberData(nameof(Explosive))]
    public void ExplosiveEntriesAreRejectedWithAMessageAndTheRestLoads(string format, string text, string message)
    {
        var d = LoadChecked(Get(format), text, expectProbe: true);
        Assert.Contains(d, x => x.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void LargeSynsetsUnderTheCapStillLoad()
    {
        // The cap rejects only what is over it: 1,500 members across nested synsets are fine.
        string text = string.Concat(Enumerable.Range(0, 4).Select(k => $"&p{k % 2} = " + string.Join(" | ", Enumerable.Range(375 * k, 375).Select(i => "w" + i)) + "\n"))
            + "&c = &p0 | &p1\n$ give &c to + => 071\n";
        var d = LoadChecked(Get("dyad-patterns"), text, expectProbe: true);
        Assert.Empty(d);
    }

    [Fact]
    public void LoadTimeIsLinearInDictionarySize()
    {
        // n then 4n lines of each Dyad format: the time ratio stays near 4 (quadratic would be 16).
        string Build(int n) => "[country]\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"Land{i} | Landish{i} => L{i}\n"));
        double ratio = Fuzz.QuadruplingRatio(n => LoadChecked(Get("dyad-actors"), Build(n), expectProbe: true), 2000);
        Assert.True(ratio < Fuzz.LinearBound, $"4x the actors took {ratio:F1}x the time");
        string Patterns(int n) => "&g = grain | fish\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"$ give &g to + near w{i} => 071\n"));
        ratio = Fuzz.QuadruplingRatio(n => LoadChecked(Get("dyad-patterns"), Patterns(n), expectProbe: true), 1000);
        Assert.True(ratio < Fuzz.LinearBound, $"4x the patterns took {ratio:F1}x the time");
    }
}
