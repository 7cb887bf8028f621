namespace Dyad.Ingest;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: <see cref="Bands"/> bands of <see cref="Rows"/> rows; two
/// documents that agree on every row of some band are candidates, and a candidate whose estimated similarity
/// reaches the threshold is a near duplicate. With 32 bands of 4 rows the chance of becoming a candidate is 50%
/// at similarity 0.42 and over 99% from 0.7, so thresholds from 0.5 up are seldom missed. Not thread-safe:
/// the store's single writer owns it.
/// </summary>
public sealed class NearDuplicateIndex(double threshold)
{
    /// <summary>Bands per signature.</summary>
    public const int Bands = 32;
    /// <summary>Rows per band (Bands * Rows = MinHash.Size).</summary>
    public const int Rows = MinHash.Size / Bands;

    /// <summary>The default similarity threshold, tuned on wire stories reprinted with small edits (docs/storage.md).</summary>
    public const double DefaultThreshold = 0.6;

    private readonly Dictionary<ulong, List<int>> _buckets = [];
    private readonly List<(string DocId, uint[] Signature)> _docs = [];

    /// <summary>The similarity at or above which a document is a near duplicate.</summary>
    public double Threshold { get; } = threshold;

    /// <summary>Documents indexed.</summary>
    public int Count => _docs.Count;

    /// <summary>Finds the most similar indexed document at or above the threshold.</summary>
    public bool TryFind(uint[] signature, out string docId, out double similarity)
    {
        docId = "";
        similarity = 0;
        HashSet<int>? seen = null;
        int best = int.MaxValue;
        for (int b = 0; b < Bands; b++)
        {
            if (!_buckets.TryGetValue(BandKey(signature, b), out var list)) continue;
            foreach (int i in list)
            {
                seen ??= [];
                if (!seen.Add(i)) continue;
                double s = MinHash.Similarity(signature, _docs[i].Signature);
                // Ties go to the earliest document, so the answer does not depend on bucket order.
                if (s >= Threshold && (s > similarity || (s == similarity && i < best)))
                {
                    similarity = s;
                    best = i;
                    docId = _docs[i].DocId;
                }
            }
        }
        return similarity > 0;
    }

    /// <summary>Adds a document's signature.</summary>
    public void Add(string docId, uint[] signature)
    {
        int index = _docs.Count;
        _docs.Add((docId, signature));
        for (int b = 0; b < Bands; b++)
        {
            ulong key = BandKey(signature, b);
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add(index);
        }
    }

    private static ulong BandKey(uint[] sig, int band)
    {
        ulong h = 1469598103934665603UL ^ (ulong)band;
        for (int r = 0; r < Rows; r++) h = (h ^ sig[band * Rows + r]) * 1099511628211UL;
        return h;
    }
}
