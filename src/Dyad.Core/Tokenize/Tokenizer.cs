using System.Buffers;
using Dyad.Text;

namespace Dyad.Tokenize;

/// <summary>Splits text into tokens.</summary>
public interface ITokenizer
{
    /// <summary>Appends the tokens of <paramref name="document"/>'s text to it.</summary>
    void Tokenize(Document document);
}

/// <summary>
/// A Penn-Treebank-style tokenizer: splits off punctuation and clitics ("n't", "'s") while keeping
/// abbreviations ("U.S."), numbers ("7,000", "3.5"), hyphenated words ("F-16"), URLs and e-mail
/// addresses whole. Runs in one pass, linear in the input; thread-safe and stateless.
/// </summary>
public sealed class Tokenizer : ITokenizer
{
    private static readonly SearchValues<char> s_leading = SearchValues.Create("\"“”‘'`([{«„‹¿¡$£€¥#*•·");
    private static readonly SearchValues<char> s_trailing = SearchValues.Create("\"“”’'`)]}»›,;:!?.%*…");
    private static readonly SearchValues<char> s_innerSplit = SearchValues.Create("—–…\"“”()[]{};!?");
    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Longest token the tokenizer emits; longer runs of non-space text are cut, keeping time linear.</summary>
    public const int MaxTokenLength = 256;

    /// <inheritdoc/>
    public void Tokenize(Document document)
    {
        string text = document.Text;
        // A window of a long text (Document.RangeStart/RangeEnd) ends where the next window starts, so its last token
        // sees the same next character as in the whole text.
        int i = document.RangeStart, n = document.RangeEnd;
        while (i < n)
        {
            // Whitespace (and control characters, which are never part of a token).
            int newlines = 0;
            int wsStart = i;
            while (i < n && IsSpace(text[i]))
            {
                if (text[i] == '\n') newlines++;
                i++;
            }
            if (i > wsStart && document.TokenCount > 0)
            {
                ref TokenData prev = ref document.TokenRef(document.TokenCount - 1);
                prev.Flags |= TokenFlags.SpaceAfter;
                if (newlines > 0) prev.Flags |= TokenFlags.NewlineAfter;
                if (newlines > 1) prev.Flags |= TokenFlags.ParagraphAfter;
            }
            if (i >= n) break;
            int start = i;
            while (i < n && !IsSpace(text[i]) && i - start < MaxTokenLength) i++;
            SplitChunk(document, text, start, i, i < text.Length ? NextNonSpace(text, i) : '\0');
        }
    }

    private static char NextNonSpace(string text, int i)
    {
        for (int k = i; k < text.Length && k < i + 64; k++)
            if (!IsSpace(text[k])) return text[k];
        return '\0';
    }

    // Printable ASCII, nearly every character, settles in two comparisons (and this stays small enough to inline).
    internal static bool IsSpace(char c) => c <= ' ' || c >= '\u007F' && IsOtherSpace(c);

    private static bool IsOtherSpace(char c) => c == '\u00A0' || c == '\u2028' || c == '\u2029' || c == '\u200B'
        || c == '\uFEFF' || (c >= '\u2000' && c <= '\u200A') || c == '\u3000' || c == '\u202F' || c == '\u205F' || char.IsControl(c);

    private static void SplitChunk(Document doc, string text, int start, int end, char nextChar)
    {
        if (start >= end) return;
        var chunk = text.AsSpan(start, end - start);
        // Most chunks are plain words: none of the rules below splits letters alone.
        if (!chunk.ContainsAnyExcept(s_asciiLetters))
        {
            Emit(doc, text, start, end, TokenFlags.None);
            return;
        }
        if (IsUrlOrEmail(chunk))
        {
            // Trailing sentence punctuation is not part of a URL.
            int e = end;
            while (e > start + 1 && ".,;:!?)\"”'’".Contains(text[e - 1])) e--;
            Emit(doc, text, start, e, TokenFlags.Url);
            SplitChunk(doc, text, e, end, nextChar);
            return;
        }

        // A clitic standing alone after a space ("Gondor 's", "they 're") is one token.
        if (end - start <= 3 && IsApostrophe(text[start]) && CliticStart(string.Concat("x", chunk)) == 1)
        {
            Emit(doc, text, start, end, TokenFlags.None);
            return;
        }

        // Leading punctuation, one token each ("$" before digits, quotes, brackets).
        while (start < end && s_leading.Contains(text[start]))
        {
            char c = text[start];
            if ((c == '\'' || c == '’') && start + 1 < end && char.IsDigit(text[start + 1])) break; // '90s
            if (c == '#' && start + 1 < end && char.IsLetterOrDigit(text[start + 1])) break;       // #hashtag
            Emit(doc, text, start, start + 1, TokenFlags.Punctuation);
            start++;
        }
        if (start >= end) return;

        // Trailing punctuation, collected from the end; emitted after the core.
        Span<int> tailStarts = stackalloc int[16];
        int tails = 0;
        int coreEnd = end;
        while (coreEnd > start && tails < tailStarts.Length)
        {
            char c = text[coreEnd - 1];
            if (c == '.')
            {
                int dots = 0;
                while (coreEnd - dots > start && text[coreEnd - 1 - dots] == '.') dots++;
                if (dots >= 2)
                {
                    coreEnd -= dots;
                    tailStarts[tails++] = coreEnd;
                    continue;
                }
                var word = text.AsSpan(start, coreEnd - 1 - start);
                if (KeepsPeriod(word, nextChar, tails == 0)) break;
                coreEnd--;
                tailStarts[tails++] = coreEnd;
                continue;
            }
            if (!s_trailing.Contains(c)) break;
            if ((c == '\'' || c == '’') && coreEnd - start > 1 && (text[coreEnd - 2] == 's' || text[coreEnd - 2] == 'S')
                && tails == 0 && !HasOpeningQuoteBefore(doc, text)) break;                          // officials' (possessive) handled below
            if (c == '%' && coreEnd - start > 1 && char.IsDigit(text[coreEnd - 2]))
            {
                coreEnd--;
                tailStarts[tails++] = coreEnd;
                continue;
            }
            coreEnd--;
            tailStarts[tails++] = coreEnd;
        }

        if (coreEnd > start) SplitCore(doc, text, start, coreEnd);
        int tailEnd = end;
        // Emit tails in text order: they were collected from the end.
        for (int k = tails - 1; k >= 0; k--)
        {
            int s = tailStarts[k];
            int e = k == 0 ? tailEnd : tailStarts[k - 1];
            Emit(doc, text, s, e, TokenFlags.Punctuation);
        }
    }

    private static bool HasOpeningQuoteBefore(Document doc, string text)
    {
        // A closing single quote after "s" ends a quotation when a single opening quote is open in this sentence.
        for (int k = doc.TokenCount - 1; k >= 0 && k > doc.TokenCount - 60; k--)
        {
            ref TokenData t = ref doc.TokenRef(k);
            if (t.Length == 1 && (text[t.Start] == '‘' || (text[t.Start] == '\'' && t.Has(TokenFlags.Punctuation)))) return true;
            if (t.Length == 1 && text[t.Start] == '.') return false;
        }
        return false;
    }

    private static bool KeepsPeriod(ReadOnlySpan<char> word, char nextChar, bool atEnd)
    {
        if (word.IsEmpty || !char.IsLetter(word[^1])) return false;
        if (!Abbreviations.IsAbbreviation(word)) return false;
        if (Abbreviations.NeedsNumberAfter(word)) return atEnd && char.IsDigit(nextChar);
        return true;
    }

    // The core has no leading/trailing punctuation left; split clitics and inner punctuation.
    private static void SplitCore(Document doc, string text, int start, int end)
    {
        var core = text.AsSpan(start, end - start);
        if (!core.ContainsAnyExcept(s_asciiLetters))
        {
            Emit(doc, text, start, end, TokenFlags.None); // a plain word once its punctuation is off
            return;
        }

        // Inner dashes, quotes and brackets split the core ("word—word", "ties(with").
        int inner = core.IndexOfAny(s_innerSplit);
        if (inner < 0)
        {
            int dd = core.IndexOf("--".AsSpan());
            if (dd > 0) inner = dd;
        }
        if (inner >= 0)
        {
            int len = core[inner] == '-' ? 2 : 1;
            if (inner > 0) SplitChunkInner(doc, text, start, start + inner);
            Emit(doc, text, start + inner, start + inner + len, TokenFlags.Punctuation);
            if (start + inner + len < end) SplitChunkInner(doc, text, start + inner + len, end);
            return;
        }

        // A comma or colon between letters splits; between digits it is part of a number or time.
        for (int k = 1; k < core.Length - 1; k++)
        {
            char c = core[k];
            if ((c == ',' || c == ':' || c == ';') && !(char.IsDigit(core[k - 1]) && char.IsDigit(core[k + 1])))
            {
                SplitChunkInner(doc, text, start, start + k);
                Emit(doc, text, start + k, start + k + 1, TokenFlags.Punctuation);
                SplitChunkInner(doc, text, start + k + 1, end);
                return;
            }
        }

        // Clitics: n't, 's, 're, 've, 'll, 'd, 'm, and the bare apostrophe of plural possessives.
        int clitic = CliticStart(core);
        if (clitic > 0)
        {
            Emit(doc, text, start, start + clitic, TokenFlags.None);
            Emit(doc, text, start + clitic, end, TokenFlags.None);
            return;
        }
        Emit(doc, text, start, end, TokenFlags.None);
    }

    private static void SplitChunkInner(Document doc, string text, int start, int end)
    {
        if (end > start) SplitChunk(doc, text, start, end, end < text.Length ? text[end] : '\0');
    }

    private static bool IsApostrophe(char c) => c == '\'' || c == '’';

    private static int CliticStart(ReadOnlySpan<char> w)
    {
        int n = w.Length;
        if (n < 2) return -1;
        // n't (don't -> do n't; can't -> ca n't; won't -> wo n't)
        if (n >= 4 && (w[^1] == 't' || w[^1] == 'T') && IsApostrophe(w[^2]) && (w[^3] == 'n' || w[^3] == 'N')) return n - 3;
        if (IsApostrophe(w[^2]))
        {
            char c = char.ToLowerInvariant(w[^1]);
            if ((c == 's' || c == 'd' || c == 'm') && n >= 3 && char.IsLetterOrDigit(w[^3])) return n - 2;
            // "the U.N.'s envoy", "the U.S.'s position": the possessive of a dotted abbreviation.
            if (c == 's' && n >= 5 && w[^3] == '.' && char.IsLetter(w[^4])) return n - 2;
        }
        if (n >= 4 && IsApostrophe(w[^3]))
        {
            var last2 = w[^2..];
            if (last2.Equals("re", StringComparison.OrdinalIgnoreCase) || last2.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || last2.Equals("ll", StringComparison.OrdinalIgnoreCase)) return n - 3;
        }
        // Plural possessive: officials'
        if (IsApostrophe(w[^1]) && (w[^2] == 's' || w[^2] == 'S') && n >= 3) return n - 1;
        return -1;
    }

    private static bool IsUrlOrEmail(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return s.Length > 7;
        int at = s.IndexOf('@');
        if (at > 0 && at < s.Length - 3)
        {
            int dot = s[at..].IndexOf('.');
            return dot > 1 && at + dot < s.Length - 2 && char.IsLetterOrDigit(s[0]);
        }
        return false;
    }

    private static void Emit(Document doc, string text, int start, int end, TokenFlags flags)
    {
        if (end <= start) return;
        var span = text.AsSpan(start, end - start);
        flags |= Shape(span, flags);
        doc.AddToken(start, end - start, flags);
    }

    private static TokenFlags Shape(ReadOnlySpan<char> s, TokenFlags given)
    {
        TokenFlags f = TokenFlags.None;
        int letters = 0, upper = 0, digits = 0, punct = 0;
        bool hyphenInside = false;
        for (int k = 0; k < s.Length; k++)
        {
            char c = s[k];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }
            else if (char.IsDigit(c)) digits++;
            else
            {
                punct++;
                if (c == '-' && k > 0 && k < s.Length - 1 && char.IsLetterOrDigit(s[k - 1]) && char.IsLetterOrDigit(s[k + 1])) hyphenInside = true;
            }
        }
        if (letters > 0 && char.IsUpper(FirstLetter(s))) f |= TokenFlags.Capitalized;
        if (upper >= 2 && upper == letters) f |= TokenFlags.AllCaps;
        if (digits > 0) f |= TokenFlags.HasDigit;
        if (digits > 0 && IsNumber(s)) f |= TokenFlags.Number;
        if (letters == 0 && digits == 0) f |= TokenFlags.Punctuation;
        if (hyphenInside) f |= TokenFlags.Hyphenated;
        if ((given & TokenFlags.Url) == 0 && letters >= 1 && s.Length > 1 && s[^1] == '.' ) f |= TokenFlags.Abbreviation;
        return f;
    }

    private static char FirstLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (char.IsLetter(c)) return c;
        return ' ';
    }

    // "7,000", "3.5", "1990s", "62bn", "7000MW", "2,000-strong" is not a number, "F-16" is not.
    private static bool IsNumber(ReadOnlySpan<char> s)
    {
        int k = 0;
        if (k < s.Length && (s[k] == '-' || s[k] == '+' || s[k] == '\'' || s[k] == '’')) k++;
        if (k >= s.Length || !char.IsDigit(s[k])) return false;
        while (k < s.Length && (char.IsDigit(s[k]) || ((s[k] == ',' || s[k] == '.' || s[k] == '/') && k + 1 < s.Length && char.IsDigit(s[k + 1])))) k++;
        // A short alphabetic unit or ordinal suffix may follow: 1990s, 6th, 62bn, 7000MW, 15km.
        int unit = 0;
        while (k < s.Length && char.IsLetter(s[k])) { k++; unit++; }
        return k == s.Length && unit <= 3;
    }
}
