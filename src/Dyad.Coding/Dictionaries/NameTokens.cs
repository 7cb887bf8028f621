using Dyad.Text;
using Dyad.Tokenize;

namespace Dyad.Coding.Dictionaries;

/// <summary>Splits dictionary names and pattern words the way the tokenizer splits text, folded for matching.</summary>
internal static class NameTokens
{
    private static readonly Tokenizer s_tokenizer = new();

    /// <summary>The folded tokens of a name and whether each must match case-sensitively (acronyms).</summary>
    public static (string[] Words, bool[] CaseSensitive) Split(string name, bool allowCaseSensitive)
    {
        // Most names are plain words separated by spaces: split them without running the tokenizer,
        // which made loading 20,000 patterns slow.
        if (IsPlain(name))
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var w = new string[parts.Length];
            var c = new bool[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                w[i] = TextNormalizer.Fold(parts[i]);
                c[i] = allowCaseSensitive && IsAcronym(parts[i]);
            }
            return (w, c);
        }
        var doc = new Document(name);
        s_tokenizer.Tokenize(doc);
        var words = new string[doc.TokenCount];
        var cs = new bool[doc.TokenCount];
        for (int i = 0; i < doc.TokenCount; i++)
        {
            var span = doc.Token(i).Span;
            words[i] = TextNormalizer.Fold(span);
            cs[i] = allowCaseSensitive && IsAcronym(span);
        }
        return (words, cs);
    }

    // Letters, digits, spaces and hyphens between letters only: the tokenizer would split nothing else.
    private static bool IsPlain(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiLetterOrDigit(c) || c == ' ') continue;
            if (c == '-' && i > 0 && i < s.Length - 1 && char.IsAsciiLetterOrDigit(s[i - 1]) && char.IsAsciiLetterOrDigit(s[i + 1])) continue;
            return false;
        }
        return true;
    }

    private static bool IsAcronym(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }
}
