namespace Dyad.Text;

/// <summary>Folds text for matching: lower case, Unicode quotes, dashes and spaces to ASCII.</summary>
public static class TextNormalizer
{
    /// <summary>Writes the folded form of <paramref name="src"/> into <paramref name="dst"/> (same length) and
    /// returns true when it differs from a plain lower-casing.</summary>
    public static void Fold(ReadOnlySpan<char> src, Span<char> dst)
    {
        for (int i = 0; i < src.Length; i++) dst[i] = FoldChar(src[i]);
    }

    /// <summary>The folded form of one character.</summary>
    public static char FoldChar(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return c switch
        {
            '‘' or '’' or '‚' or '‛' or '′' or '`' => '\'',
            '“' or '”' or '„' or '‟' or '″' or '«' or '»' => '"',
            '–' or '—' or '‒' or '―' or '‐' or '‑' or '−' => '-',
            '\u00A0' or '\u2009' or '\u202F' => ' ',
            '…' => '.',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>The folded form as a new string.</summary>
    public static string Fold(ReadOnlySpan<char> src)
    {
        return string.Create(src.Length, src.ToString(), static (dst, s) => Fold(s, dst));
    }
}
