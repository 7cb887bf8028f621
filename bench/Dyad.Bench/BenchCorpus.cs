namespace Dyad.Bench;

/// <summary>The generated corpus every benchmark reads: <see cref="Sentences"/> sentences in documents of ten.</summary>
public static class BenchCorpus
{
    /// <summary>Generated sentences per benchmark operation batch; benchmarks divide by it (OperationsPerInvoke).</summary>
    public const int Sentences = 1000;

    /// <summary>Sentences per generated document.</summary>
    public const int PerDocument = 10;

    /// <summary>The documents, the same on every run.</summary>
    public static string[] Documents(int sentences = Sentences, int seed = 20240601) =>
        [.. new NewsGenerator(seed).Documents(sentences, PerDocument)];
}
