using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dyad.Pipeline;

namespace Dyad.Bench;

/// <summary>
/// Pathological long inputs: a run of words with no punctuation ("sentence" of size N) and a single line
/// of generated news with its newlines removed. Time should grow linearly with the size (compare rows).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LongInputBenchmarks
{
    private string _text = "";

    [Params(100_000, 1_000_000, 10_000_000)]
    public int Chars { get; set; }

    [Params(LongInputKind.NoPunctuation, LongInputKind.NewsLine)]
    public LongInputKind Kind { get; set; }

    [GlobalSetup]
    public void Setup() => _text = LongInputs.Make(Kind, Chars);

    [Benchmark]
    public int Process() => TextPipeline.Default.Process(_text).SentenceCount;
}

/// <summary>The shapes of long input.</summary>
public enum LongInputKind
{
    /// <summary>Words separated by spaces, no punctuation or newline.</summary>
    NoPunctuation,
    /// <summary>Generated news sentences on one line.</summary>
    NewsLine,
}

/// <summary>Builds long inputs.</summary>
public static class LongInputs
{
    /// <summary>A text of about <paramref name="chars"/> characters of the given kind.</summary>
    public static string Make(LongInputKind kind, int chars)
    {
        var sb = new System.Text.StringBuilder(chars + 256);
        if (kind == LongInputKind.NoPunctuation)
        {
            string[] words = ["the", "army", "said", "Pakistan", "troops", "attacked", "rebels", "near", "border", "talks"];
            for (int i = 0; sb.Length < chars; i++) sb.Append(words[i % words.Length]).Append(' ');
        }
        else
        {
            var g = new NewsGenerator(7);
            while (sb.Length < chars) sb.Append(g.Sentence()).Append(' ');
        }
        return sb.ToString(0, chars);
    }
}
