using System.Text;
using CsCheck;
using Dyad.Coding.Dictionaries;
using Dyad.Coding.Records;
using Dyad.Pipeline;
using Dyad.Tests.Shared;

namespace Dyad.Coding.Tests;

/// <summary>
/// Fuzzing the event coder through the whole pipeline with Dyad's dictionaries: mutants of real articles, random
/// bytes and nasty chunks. No exception, every event points into its document, and the time stays linear.
/// </summary>
public sealed class CoderFuzzTests
{
    /// <summary>Generated documents per generator (docs/hardening.md quotes these).</summary>
    public const int Iterations = 800;

    private static readonly Lazy<EventCoder> s_coder = new(() => new EventCoder(DictionarySet.Default));
    private static readonly byte[][] s_articles = Find();

    private static byte[][] Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) dir = dir.Parent;
        return [.. Directory.GetFiles(Path.Combine(dir!.FullName, "data", "samples", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];
    }

    private static List<EventRecord> Code(string text)
    {
        var doc = TextPipeline.Default.Process(text, "fuzz");
        var events = s_coder.Value.Code(doc, new DocumentInfo("fuzz") { Published = new DateOnly(2026, 1, 6) });
        foreach (var e in events)
        {
            if (e.SentenceIndex < 0 || e.SentenceIndex >= doc.SentenceCount) Assert.Fail($"event in sentence {e.SentenceIndex} of {doc.SentenceCount}");
            if (e.Cameo.Length is < 2 or > 4 || e.QuadClass is < 0 or > 4) Assert.Fail($"bad code {e.Cameo}/{e.QuadClass}");
            foreach (var a in new[] { e.Source, e.Target })
                if (a is not null && (a.Start < 0 || a.End > text.Length || a.Start > a.End)) Assert.Fail($"actor span [{a.Start},{a.End}) outside the text");
        }
        return events;
    }

    [Fact]
    public void SeedArticlesGiveEvents() => Assert.True(s_articles.Sum(a => Code(Encoding.UTF8.GetString(a)).Count) > 20);

    [Fact]
    public void MutatedArticlesAreCoded() =>
        Fuzz.Mutants(s_articles).Sample(b => { Code(Fuzz.Lenient(b)); }, iter: Iterations, threads: 1, print: Fuzz.Show);

    [Fact]
    public void RandomBytesAreCoded() =>
        Fuzz.Bytes(4000).Sample(b => { Code(Fuzz.Lenient(b)); }, iter: Iterations / 2, threads: 1, print: Fuzz.Show);

    [Fact]
    public void NastyChunksBetweenNewsSentencesAreCoded()
    {
        // Chunks spliced between coded sentences, so the coder's rules run next to the damage.
        byte[] news = Encoding.UTF8.GetBytes(" Pakistan's army attacked militants near the Afghan border on Monday, officials said. ");
        Fuzz.Chunk.Array[1, 12].Select(a => a.SelectMany(x => news.Concat(x)).Concat(news).ToArray())
            .Sample(b => { Code(Fuzz.Lenient(b)); }, iter: Iterations / 2, threads: 1, print: Fuzz.Show);
    }

    [Fact]
    public void CodingTimeIsLinearInInputSize()
    {
        // n then 4n articles in one document: the time ratio stays near 4 (quadratic would be 16).
        string all = string.Join("\n\n", s_articles.Select(Encoding.UTF8.GetString));
        var texts = new Dictionary<int, string>();
        double ratio = Fuzz.QuadruplingRatio(n =>
        {
            if (!texts.TryGetValue(n, out var t)) texts[n] = t = string.Concat(Enumerable.Repeat(all, n));
            Assert.NotEmpty(Code(t));
        }, 1);
        Assert.True(ratio < Fuzz.LinearBound, $"4x the input took {ratio:F1}x the time");
    }
}
