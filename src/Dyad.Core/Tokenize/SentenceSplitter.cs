using Dyad.Text;

namespace Dyad.Tokenize;

/// <summary>Groups a document's tokens into sentences.</summary>
public interface ISentenceSplitter
{
    /// <summary>Appends the sentences of an already tokenized document.</summary>
    void Split(Document document);
}

/// <summary>
/// Splits tokens into sentences at final punctuation, respecting abbreviations, initials, decimals,
/// ellipses, quotes and brackets; also breaks at blank lines, after headlines and list items that
/// have no final punctuation, and recognises a leading dateline ("ISLAMABAD, Jan 5 (Reuters) -").
/// Thread-safe and stateless.
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>A splitter with the default caps.</summary>
    public SentenceSplitter() : this(Pipeline.TextLimits.Default) { }

    /// <summary>A splitter with the sentence caps of <paramref name="limits"/>.</summary>
    public SentenceSplitter(Pipeline.TextLimits limits)
    {
        MaxSentenceTokens = limits.MaxSentenceTokens;
        MaxSentenceChars = limits.MaxSentenceChars;
    }

    /// <summary>Sentences longer than this many tokens are cut, so later stages stay bounded.</summary>
    public int MaxSentenceTokens { get; init; }

    /// <summary>Sentences longer than this many characters are cut (a run of long tokens stays under the token cap).</summary>
    public int MaxSentenceChars { get; init; }

    /// <inheritdoc/>
    public void Split(Document doc)
    {
        int n = doc.TokenCount;
        if (n == 0) return;
        string text = doc.Text;
        int first = 0;
        // A dateline only at the start of the text, or right after a headline line ("Army retakes towns\n\nKHARTOUM, ...").
        int headline = doc.RangeStart == 0 ? HeadlineEnd(doc) : 0;
        int dateline = doc.RangeStart == 0 ? DatelineEnd(doc, 0) : 0;
        if (dateline == 0 && headline > 0 && DatelineEnd(doc, headline) is int after and > 0)
        {
            Add(doc, 0, headline, SentenceKind.Headline);
            first = headline;
            dateline = after;
        }
        if (dateline > 0)
        {
            for (int k = first; k < dateline; k++) doc.TokenRef(k).Flags |= TokenFlags.Dateline;
            Add(doc, first, dateline, SentenceKind.Dateline);
            first = dateline;
        }
        int depth = 0; // bracket depth, so "(...)" does not end a sentence inside
        for (int i = first; i < n; i++)
        {
            ref TokenData t = ref doc.TokenRef(i);
            // Character cap: close the sentence before the token that would carry it past the cap.
            if (i > first && t.End - doc.TokenRef(first).Start > MaxSentenceChars)
            {
                Add(doc, first, i, SentenceKind.Sentence);
                doc.SentencesCut++;
                first = i;
                depth = 0;
            }
            char c = text[t.Start];
            if (t.Length == 1 && (c == '(' || c == '[')) depth++;
            else if (t.Length == 1 && (c == ')' || c == ']') && depth > 0) depth--;

            bool end = false;
            SentenceKind kind = SentenceKind.Sentence;
            if (i == n - 1) end = true;
            else if (t.Has(TokenFlags.ParagraphAfter)) { end = true; kind = EndsWithFinal(doc, i) ? SentenceKind.Sentence : SentenceKind.Headline; }
            else if (IsFinal(text, t) && depth == 0) end = FollowedBySentenceStart(doc, i, out i);
            else if (t.Has(TokenFlags.Abbreviation)) end = AbbreviationEnds(doc, i);
            else if (t.Has(TokenFlags.NewlineAfter))
            {
                if (LineIsHeadline(doc, first, i) || NextLineIsListItem(doc, i)) { end = true; kind = SentenceKind.Headline; }
            }
            if (!end && i - first + 1 >= MaxSentenceTokens) { end = true; if (i + 1 < n) doc.SentencesCut++; }
            // Closing quotes and brackets absorbed after final punctuation must not carry a sentence past the caps.
            if (end && i - first + 1 > MaxSentenceTokens) i = first + MaxSentenceTokens - 1;
            while (end && i > first && doc.TokenRef(i).End - doc.TokenRef(first).Start > MaxSentenceChars) i--;
            if (end)
            {
                if (IsListItem(doc, first)) kind = SentenceKind.ListItem;
                Add(doc, first, i + 1, kind);
                first = i + 1;
                depth = 0;
            }
        }
        if (first < n) Add(doc, first, n, SentenceKind.Sentence);
    }

    private static void Add(Document doc, int first, int end, SentenceKind kind)
    {
        doc.TokenRef(first).Flags |= TokenFlags.SentenceStart;
        doc.AddSentence(first, end, kind);
    }

    private static bool IsFinal(string text, in TokenData t)
    {
        char c = text[t.Start];
        if (t.Length == 1) return c == '.' || c == '!' || c == '?' || c == '…';
        return c == '.' && t.Length <= 4 && text[t.Start + t.Length - 1] == '.'; // "..." ellipsis
    }

    private static bool EndsWithFinal(Document doc, int i)
    {
        var text = doc.Text;
        for (int k = i; k >= 0 && k > i - 3; k--)
        {
            ref TokenData t = ref doc.TokenRef(k);
            if (IsFinal(text, t)) return true;
            if (!IsClosing(text, t)) return false;
        }
        return false;
    }

    private static bool IsClosing(string text, in TokenData t)
    {
        if (t.Length != 1) return false;
        char c = text[t.Start];
        return c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';
    }

    // After final punctuation: absorb closing quotes/brackets, then decide on the next token.
    private static bool FollowedBySentenceStart(Document doc, int i, out int last)
    {
        string text = doc.Text;
        last = i;
        int n = doc.TokenCount;
        while (last + 1 < n && IsClosing(text, doc.TokenRef(last + 1)) && !doc.TokenRef(last).Has(TokenFlags.SpaceAfter))
            last++;
        if (last + 1 >= n) return true;
        ref TokenData next = ref doc.TokenRef(last + 1);
        char c = text[next.Start];
        // A lower-case word after final punctuation continues the sentence (an ellipsis, "p.m. on").
        return !char.IsLower(c);
    }

    private static bool AbbreviationEnds(Document doc, int i)
    {
        string text = doc.Text;
        ref TokenData t = ref doc.TokenRef(i);
        if (i + 1 >= doc.TokenCount) return true;
        var word = text.AsSpan(t.Start, t.Length - 1);
        if (Abbreviations.IsTitle(word)) return false;
        ref TokenData next = ref doc.TokenRef(i + 1);
        if (t.Has(TokenFlags.ParagraphAfter)) return true;
        // "... with the U.S. The talks ..." ends; "the U.S. envoy" does not. Only a capitalised function word
        // or pronoun reliably starts a new sentence after an abbreviation.
        var nextWord = text.AsSpan(next.Start, next.Length);
        return next.Has(TokenFlags.Capitalized) && IsSentenceStarter(nextWord);
    }

    private static readonly string[] s_starters =
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But", "And", "In", "On",
        "At", "His", "Her", "Their", "Its", "There", "However", "Meanwhile", "Officials", "After", "When", "While", "If",
        "As", "Both", "Some", "Many", "Most", "Last", "Earlier", "Later", "Since", "According",
    ];

    private static bool IsSentenceStarter(ReadOnlySpan<char> w)
    {
        foreach (var s in s_starters) if (w.SequenceEqual(s)) return true;
        return false;
    }

    // A line without final punctuation whose words are mostly capitalised, or a short line followed by a
    // capitalised line, is a headline.
    private static bool LineIsHeadline(Document doc, int sentenceFirst, int i)
    {
        string text = doc.Text;
        ref TokenData last = ref doc.TokenRef(i);
        if (IsFinal(text, last) || last.Has(TokenFlags.Abbreviation)) return false;
        char lc = text[last.Start + last.Length - 1];
        if (lc == ',' || lc == ';' || lc == '-') return false;
        int lineStart = i;
        while (lineStart > sentenceFirst && !doc.TokenRef(lineStart - 1).Has(TokenFlags.NewlineAfter)) lineStart--;
        if (lineStart != sentenceFirst) return false; // a wrapped line inside a sentence
        int words = 0, caps = 0;
        for (int k = lineStart; k <= i; k++)
        {
            ref TokenData t = ref doc.TokenRef(k);
            if (t.Has(TokenFlags.Punctuation)) continue;
            words++;
            if (t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.Number)) caps++;
        }
        if (i + 1 < doc.TokenCount && !doc.TokenRef(i + 1).Has(TokenFlags.Capitalized) && !doc.TokenRef(i + 1).Has(TokenFlags.Number))
            return false;
        return words > 0 && words <= 20 && caps * 2 > words;
    }

    private static bool NextLineIsListItem(Document doc, int i) => i + 1 < doc.TokenCount && IsListItem(doc, i + 1);

    private static bool IsListItem(Document doc, int first)
    {
        if (first > 0 && !doc.TokenRef(first - 1).Has(TokenFlags.NewlineAfter)) return false;
        ref TokenData t = ref doc.TokenRef(first);
        char c = doc.Text[t.Start];
        return t.Length == 1 && (c == '-' || c == '*' || c == '•' || c == '·');
    }

    // "ISLAMABAD, Jan 5 (Reuters) -", "BEIJING (AP) —", "KABUL -": an all-caps place, optional date and
    // agency, then a dash, within the first dozen tokens of the document.
    // The end of a first line that is a headline: short, with no final punctuation; 0 for none.
    private static int HeadlineEnd(Document doc)
    {
        int n = Math.Min(doc.TokenCount, 30);
        for (int k = 0; k < n; k++)
            if (doc.TokenRef(k).Has(TokenFlags.NewlineAfter))
                return k + 1 < doc.TokenCount && !EndsWithFinal(doc, k) ? k + 1 : 0;
        return 0;
    }

    private static int DatelineEnd(Document doc, int start)
    {
        string text = doc.Text;
        int n = Math.Min(doc.TokenCount, start + 16);
        if (n - start < 2 || !doc.TokenRef(start).Has(TokenFlags.AllCaps)) return 0;
        for (int k = start + 1; k < n; k++)
        {
            ref TokenData t = ref doc.TokenRef(k);
            char c = text[t.Start];
            if (t.Length <= 2 && (c == '-' || c == '—' || c == '–') && (t.Length == 1 || text[t.Start + 1] == '-'))
                return k + 1 < doc.TokenCount ? k + 1 : 0;
            if (t.Has(TokenFlags.NewlineAfter)) return 0;
            if (IsFinal(text, t)) return 0;
        }
        return 0;
    }
}
