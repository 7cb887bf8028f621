using System.Text;
using CsCheck;
using Dyad.Pipeline;
using Dyad.Tests.Shared;

namespace Dyad.Core.Tests;

/// <summary>
/// Fuzzing the text front end (tokenizer, sentence splitter, tagger, chunker, clauses) with mutants of real
/// articles, random bytes decoded leniently and as Latin-1, and nasty chunks (huge tokens, deep nesting): no
/// exception, the analysis stays well formed, and the time stays linear in the input size.
/// </summary>
public sealed class PipelineFuzzTests
{
    /// <summary>Generated inputs per generator (docs/hardening.md quotes these).</summary>
    public const int Iterations = 1000;

    private static readonly byte[][] s_articles = Find();

    private static byte[][] Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) dir = dir.Parent;
        return [.. Directory.GetFiles(Path.Combine(dir!.FullName, "data", "samples", "articles"), "*.txt").Order(StringComparer.Ordinal).Take(8).Select(File.ReadAllBytes)];
    }

    private static void Check(string text) => PropertyTests.AssertWellFormed(TextPipeline.Default.Process(text));

    // Found by MutatedArticlesAreAnalysed: a blank line inside "leader" ended the sentence, and the apposition's "of"
    // phrase ran on into the next one.
    [Fact]
    public void AnAppositionStopsAtItsSentencesEnd() =>
        Check("Ali Reza, the powerful brother of lead\n\ner Hassan Karimi, warned on Monday that the talks had failed.");

    [Fact]
    public void MutatedArticlesAreAnalysed() =>
        Fuzz.Mutants(s_articles).Sample(b => Check(Fuzz.Lenient(b)), iter: Iterations, threads: 1, print: Fuzz.Show);

    [Fact]
    public void RandomBytesAreAnalysed() =>
        Fuzz.Bytes(4000).Sample(b =>
        {
            Check(Fuzz.Lenient(b));
            Check(Encoding.Latin1.GetString(b));
        }, iter: Iterations, threads: 1, print: Fuzz.Show);

    [Fact]
    public void NastyChunksAreAnalysed() =>
        Fuzz.Chunk.Array[1, 40].Select(a => a.SelectMany(x => x).ToArray())
            .Sample(b => Check(Fuzz.Lenient(b)), iter: Iterations, threads: 1, print: Fuzz.Show);

    [Fact]
    public void CorpusTextsAreAnalysed()
    {
        // Regression corpus (tests/fuzz-corpus/text): inputs that once broke the front end.
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fuzz-corpus", "text"));
        Assert.NotEmpty(files);
        foreach (var f in files) Check(Fuzz.Lenient(File.ReadAllBytes(f)));
    }

    public static TheoryData<string> Shapes => ["article", "one-word", "no-stops", "brackets", "commas", "mutant"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void AnalysisTimeIsLinearInInputSize(string shape)
    {
        // n then 4n units of each shape: the time ratio stays near 4 (a quadratic stage would give 16).
        string article = Encoding.UTF8.GetString(s_articles[0]);
        string mutant = Fuzz.Lenient(Fuzz.Mutate(s_articles[1], 40, new Random(8)));
        string Unit(int i) => shape switch
        {
            "article" => article,
            "one-word" => "a",
            "no-stops" => "the army said Pakistan troops attacked rebels near border talks ",
            "brackets" => "( [ \u201C Pakistan said ",
            "commas" => "officials, ",
            _ => mutant,
        };
        int unitsPerN = shape switch { "article" or "mutant" => 1, "one-word" => 2000, _ => 60 };
        var texts = new Dictionary<int, string>();
        double ratio = Fuzz.QuadruplingRatio(n =>
        {
            if (!texts.TryGetValue(n, out var t))
            {
                var sb = new StringBuilder();
                for (int i = 0; i < n * unitsPerN; i++) sb.Append(Unit(i));
                texts[n] = t = sb.ToString();
            }
            Assert.True(TextPipeline.Default.Process(t).TokenCount > 0);
        }, 16);
        Assert.True(ratio < Fuzz.LinearBound, $"4x the input took {ratio:F1}x the time");
    }
}
