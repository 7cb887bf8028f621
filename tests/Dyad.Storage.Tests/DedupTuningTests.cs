using Dyad.Ingest;

namespace Dyad.Storage.Tests;

/// <summary>The default near-duplicate threshold against hand-made wire reprints and distinct stories on the same topics.</summary>
public class DedupTuningTests
{
    private static string Body(string path) => DocumentReader.Read(InputFile.FromPath(path), new IngestOptions()).Single().Document!.Text;

    public static TheoryData<string, string> Reprints => new()
    {
        { Path.Combine(Repo.Wire, "01-original.txt"), Path.Combine(Repo.Wire, "01-reprint.txt") },
        { Path.Combine(Repo.Wire, "02-original.txt"), Path.Combine(Repo.Wire, "02-reprint.txt") },
        { Path.Combine(Repo.Wire, "03-original.txt"), Path.Combine(Repo.Wire, "03-reprint.txt") },
    };

    public static TheoryData<string, string> DistinctStories => new()
    {
        { "001-pakistan-china-security-talks.txt", "020-saudi-pakistan-defence-pact.txt" },
        { "028-russia-strike-kyiv.txt", "029-istanbul-talks-prisoner-exchange.txt" },
        { "014-gaza-ceasefire-talks-cairo.txt", "017-syria-israel-paris-talks.txt" },
        { "004-bangladesh-dhaka-protests.txt", "025-kenya-saba-saba-protests.txt" },
    };

    [Theory]
    [MemberData(nameof(Reprints))]
    public void ReprintsReachTheDefaultThreshold(string a, string b)
    {
        double s = MinHash.Similarity(MinHash.Compute(Body(a)), MinHash.Compute(Body(b)));
        Assert.True(s >= NearDuplicateIndex.DefaultThreshold, $"similarity {s:F2}");
    }

    [Theory]
    [MemberData(nameof(DistinctStories))]
    public void DistinctStoriesStayBelowIt(string a, string b)
    {
        double s = MinHash.Similarity(MinHash.Compute(Body(Path.Combine(Repo.Samples, a))), MinHash.Compute(Body(Path.Combine(Repo.Samples, b))));
        Assert.True(s < NearDuplicateIndex.DefaultThreshold / 3, $"similarity {s:F2}");
    }

    [Fact]
    public void IndexFindsTheReprintAndNotTheOthers()
    {
        var index = new NearDuplicateIndex(NearDuplicateIndex.DefaultThreshold);
        foreach (var f in Directory.GetFiles(Repo.Samples).Order(StringComparer.Ordinal)) index.Add(f, MinHash.Compute(Body(f)));
        Assert.True(index.TryFind(MinHash.Compute(Body(Path.Combine(Repo.Wire, "01-reprint.txt"))), out var id, out _));
        Assert.EndsWith("001-pakistan-china-security-talks.txt", id);
        Assert.False(index.TryFind(MinHash.Compute("Kenya closed its border with Somalia on Tuesday."), out _, out _));
    }
}
