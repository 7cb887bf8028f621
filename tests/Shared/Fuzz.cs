using System.Diagnostics;
using System.Text;
using CsCheck;

namespace Dyad.Tests.Shared;

/// <summary>
/// Hostile-input generators shared by the fuzz batteries: random bytes, invalid UTF-8, huge tokens, deep nesting and
/// mutants of valid samples (bytes flipped, inserted, deleted, duplicated, nasty chunks spliced in), plus a
/// doubling-ratio check for "time stays linear in input size".
/// </summary>
internal static class Fuzz
{
    // Byte sequences that break decoders and parsers: invalid UTF-8, overlongs, surrogates, BOMs, NUL, markup openers.
    private static readonly byte[][] s_nasty =
    [
        [0xC3, 0x28], [0xFF], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82], [0x00], [0x1F, 0x8B], .. new[]
        {
            "\"", "\"\"", ",", "\t", "\r\n", "\n\n", "<", ">", "</", "<![CDATA[", "]]>", "<!--", "&amp;", "&#0;", "&#xD800;", "&ent;",
            "{", "}", "[", "]", "\\u", "\\uD800", "\\", ":", "=>", "|", "&", "+", "$", "%", "*", "...", "[---]", "~", "#", "!",
            "<script>", "<p>", "<article>", "<Sentence ", "<Text>", "<item>", "<entry>", "title: ", "date: ", "\u2028", "\uFFFD",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    /// <summary>Random bytes of any value, up to <paramref name="max"/> long.</summary>
    public static Gen<byte[]> Bytes(int max) => Gen.Byte.Array[0, max];

    /// <summary>One nasty chunk: a known-bad sequence, a huge token, or deep nesting.</summary>
    public static readonly Gen<byte[]> Chunk = Gen.Frequency(
        (20, Gen.OneOf(s_nasty)),
        (2, Gen.Int[200, 5000].Select(n => Encoding.UTF8.GetBytes(new string('x', n)))),
        (2, Gen.Int[50, 3000].Select(n => Encoding.UTF8.GetBytes(new string('(', n) + new string(')', n)))),
        (2, Gen.Int[50, 3000].Select(n => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", n))))),
        (2, Gen.Int[50, 3000].Select(n => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("[{", n))))),
        (4, Gen.Byte.Array[1, 16]));

    /// <summary>A mutant of one of the seeds: 1 to 12 random edits.</summary>
    public static Gen<byte[]> Mutants(params byte[][] seeds) =>
        Gen.Select(Gen.OneOf(seeds), Gen.Int[1, 12], Gen.Int, (seed, edits, rnd) => Mutate(seed, edits, new Random(rnd)));

    /// <summary>Applies random edits to a copy of the bytes.</summary>
    public static byte[] Mutate(byte[] seed, int edits, Random rnd)
    {
        var b = new List<byte>(seed);
        for (int e = 0; e < edits; e++)
        {
            int at = b.Count == 0 ? 0 : rnd.Next(b.Count);
            switch (rnd.Next(7))
            {
                case 0 when b.Count > 0: b[at] ^= (byte)(1 << rnd.Next(8)); break;                      // bit flip
                case 1: b.Insert(at, (byte)rnd.Next(256)); break;                                         // random byte
                case 2 when b.Count > 0: b.RemoveRange(at, Math.Min(b.Count - at, 1 + rnd.Next(64))); break; // delete a run
                case 3 when b.Count > 0:                                                                  // duplicate a run
                    int len = Math.Min(b.Count - at, 1 + rnd.Next(256));
                    b.InsertRange(at, b.GetRange(at, len));
                    break;
                case 4: b.InsertRange(at, s_nasty[rnd.Next(s_nasty.Length)]); break;                   // splice a nasty chunk
                case 5 when b.Count > 0: b.RemoveRange(at, b.Count - at); break;                          // truncate
                default: b.InsertRange(at, Encoding.UTF8.GetBytes(new string((char)rnd.Next(32, 127), rnd.Next(1, 300)))); break;
            }
        }
        return [.. b];
    }

    /// <summary>Text the way a lenient reader would see the bytes (invalid UTF-8 replaced).</summary>
    public static string Lenient(byte[] bytes) => new UTF8Encoding(false, false).GetString(bytes);

    /// <summary>
    /// Time of <paramref name="run"/>(4n) over time of <paramref name="run"/>(n). Each size is timed as the mean
    /// of enough repetitions to fill 100 ms, best of three such batches, so that a tiny input or one slow run on a
    /// busy machine does not decide. Linear work gives about 4, quadratic 16.
    /// </summary>
    public static double QuadruplingRatio(Action<int> run, int n)
    {
        // Warm-up at both sizes: tiered JIT and lazy tables would otherwise make the first size look slow or fast.
        run(n);
        run(4 * n);
        double Best(int size)
        {
            double best = double.MaxValue;
            for (int batch = 0; batch < 3; batch++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                int reps = 0;
                var sw = Stopwatch.StartNew();
                do { run(size); reps++; } while (sw.ElapsedMilliseconds < 100);
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds / reps);
            }
            return best;
        }
        // Other test assemblies run at the same time and only ever inflate one of the two timings, so the
        // lowest of a few ratios is the honest one; a quadratic stage stays near 16 in every attempt.
        double ratio = double.MaxValue;
        for (int attempt = 0; attempt < 4 && ratio >= LinearBound; attempt++)
        {
            double small = Best(n);
            ratio = Math.Min(ratio, Best(4 * n) / small);
        }
        return ratio;
    }

    /// <summary>The bound used for <see cref="QuadruplingRatio"/>: far above linear (4), below quadratic (16).</summary>
    public const double LinearBound = 10;

    /// <summary>Escapes input for a failure message.</summary>
    public static string Show(byte[] b) => b.Length > 400 ? $"{b.Length} bytes: {Convert.ToHexString(b, 0, 200)}..." : Convert.ToHexString(b);
}
