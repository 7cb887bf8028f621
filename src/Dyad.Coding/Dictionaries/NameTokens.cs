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
