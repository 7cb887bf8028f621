using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dyad.Ingest;

/// <summary>
/// MinHash signatures over word shingles: <see cref="Size"/> 32-bit minima, one per hash function, whose agreement
/// rate estimates the Jaccard similarity of two documents' shingle sets. Words are the normalized words of
/// <see cref="ContentHash"/>; a shingle is <see cref="ShingleWords"/> consecutive words. Stateless and thread-safe.
/// </summary>
public static class MinHash
{
    /// <summary>Hash functions per signature.</summary>
    public const int Size = 128;
    /// <summary>Words per shingle. Three keeps one edited word from changing more than three shingles.</summary>
    public const int ShingleWords = 3;

    private static readonly ulong[] s_seeds = MakeSeeds();

    /// <summary>Computes the signature of a text. A text shorter than one shingle hashes its words as one shingle.</summary>
    public static uint[] Compute(ReadOnlySpan<char> text)
    {
        var sig = new uint[Size];
        sig.AsSpan().Fill(uint.MaxValue);
        char[] norm = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            int n = ContentHash.Normalize(text, norm);
            var words = new List<int>(n / 5 + 1) { 0 };
            for (int i = 0; i < n; i++) if (norm[i] == ' ') words.Add(i + 1);
            int count = words.Count;
            if (n == 0) return sig;
            int shingles = Math.Max(1, count - ShingleWords + 1);
            for (int s = 0; s < shingles; s++)
            {
                int start = words[s];
                int endWord = Math.Min(count, s + ShingleWords);
                int end = endWord < count ? words[endWord] - 1 : n;
                ulong h = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(norm.AsSpan(start, end - start)));
                for (int k = 0; k < Size; k++)
                {
                    uint v = (uint)(Mix(h ^ s_seeds[k]) >> 32);
                    if (v < sig[k]) sig[k] = v;
                }
            }
            return sig;
        }
        finally { System.Buffers.ArrayPool<char>.Shared.Return(norm); }
    }

    /// <summary>The share of positions where two signatures agree: an estimate of Jaccard similarity.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int same = 0;
        for (int i = 0; i < Size; i++) if (a[i] == b[i]) same++;
        return same / (double)Size;
    }

    /// <summary>Signature as little-endian bytes (for storage).</summary>
    public static byte[] ToBytes(uint[] sig) => MemoryMarshal.AsBytes(sig.AsSpan()).ToArray();

    /// <summary>Signature from <see cref="ToBytes"/>.</summary>
    public static uint[] FromBytes(ReadOnlySpan<byte> bytes) => MemoryMarshal.Cast<byte, uint>(bytes).ToArray();

    private static ulong Mix(ulong z)
    {
        // SplitMix64 finalizer: decorrelates the per-function hashes derived from one shingle hash.
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        ulong x = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < Size; i++) { x += 0x9E3779B97F4A7C15UL; seeds[i] = Mix(x); }
        return seeds;
    }
}
