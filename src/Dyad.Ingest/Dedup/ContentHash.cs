using System.Runtime.CompilerServices;
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
    // Characters normalized and hashed at a time: a long text is hashed in pieces instead of copied whole into
    // rented arrays twice its size (a 14 MB text cost 96 MB of large-object allocations).
    private const int ChunkChars = 4096;

    /// <summary>SHA-256 of the normalized text, as 64 lowercase hex digits.</summary>
    [SkipLocalsInit]
    public static string Of(ReadOnlySpan<char> text)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<char> chars = stackalloc char[ChunkChars + 1];
        Span<byte> bytes = stackalloc byte[(ChunkChars + 1) * 3];
        bool space = false, any = false;
        while (!text.IsEmpty)
        {
            // A surrogate pair stays in one piece so that it encodes as in one pass.
            int take = Math.Min(ChunkChars, text.Length);
            if (take < text.Length && char.IsHighSurrogate(text[take - 1])) take--;
            int n = Normalize(text[..take], chars, ref space, ref any);
            int len = Encoding.UTF8.GetBytes(chars[..n], bytes);
            sha.AppendData(bytes[..len]);
            text = text[take..];
        }
        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash);
    }


    /// <summary>Writes the normalized form of <paramref name="text"/> into <paramref name="dest"/> (at least as long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> dest)
    {
        bool space = false, any = false;
        return Normalize(text, dest, ref space, ref any);
    }

    // One piece of a text: `space` (a separator since the last letter or digit) and `any` (a letter or digit
    // written before) carry over from the previous piece. Writes at most text.Length + 1 characters.
    private static int Normalize(ReadOnlySpan<char> text, Span<char> dest, ref bool space, ref bool any)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && any) dest[n++] = ' ';
                space = false;
                any = true;
                dest[n++] = char.ToLowerInvariant(c);
            }
            else space = true;
        }
        return n;
    }
}
