using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Dyad.Ingest;

/// <summary>
/// The normalized-text hash behind exact-duplicate detection and content-derived document ids. Normalization
/// keeps letters and digits, lower-cased, with one space between words, so whitespace, punctuation and case
/// changes do not make a new document. Stateless and thread-safe.
/// </summary>
public static class ContentHash
{
    /// <summary>SHA-256 of the normalized text, as 64 lowercase hex digits.</summary>
    public static string Of(ReadOnlySpan<char> text)
    {
        char[] rented = ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            int n = Normalize(text, rented);
            int max = Encoding.UTF8.GetMaxByteCount(n);
            byte[] bytes = ArrayPool<byte>.Shared.Rent(max);
            try
            {
                int len = Encoding.UTF8.GetBytes(rented.AsSpan(0, n), bytes);
                Span<byte> hash = stackalloc byte[32];
                SHA256.HashData(bytes.AsSpan(0, len), hash);
                return Convert.ToHexStringLower(hash);
            }
            finally { ArrayPool<byte>.Shared.Return(bytes); }
        }
        finally { ArrayPool<char>.Shared.Return(rented); }
    }

    /// <summary>The document id for a text without id or URL: "sha256:" and the first 32 hex digits of <see cref="Of"/>.</summary>
    public static string DocIdFor(string text) => "sha256:" + Of(text)[..32];

    /// <summary>Writes the normalized form of <paramref name="text"/> into <paramref name="dest"/> (at least as long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> dest)
    {
        int n = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0) dest[n++] = ' ';
                space = false;
                dest[n++] = char.ToLowerInvariant(c);
            }
            else space = true;
        }
        return n;
    }
}
