using Dyad.Tokenize;

namespace Dyad.Text;

/// <summary>
/// Cuts a long text into windows that the pipeline analyses exactly as it analyses the whole text, so that a long
/// document can be coded a window at a time with bounded memory. A window ends at a paragraph break (a blank line)
/// right after a one-character full stop token: the sentence splitter always ends a sentence there, the tokenizer
/// only looks at the next character (which stays in <see cref="Document.Text"/>), the tagger, chunker and clause
/// analyser work per sentence, and the tokenizer's look-back for an open single quote stops at a full stop.
/// Only the first window can hold a dateline (<see cref="Document.RangeStart"/> is 0 there).
/// </summary>
public static class TextWindows
{
    /// <summary>
    /// Window ranges [Start, End) covering the text, each at least <paramref name="windowChars"/> long (the last may be
    /// up to about twice that); one range for a shorter text or one without a safe cut.
    /// </summary>
    public static List<(int Start, int End)> Split(string text, int windowChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowChars, 1);
        var windows = new List<(int, int)>();
        int start = 0;
        while (text.Length - start >= 2 * windowChars)
        {
            int cut = NextCut(text, start + windowChars, text.Length - windowChars);
            if (cut < 0) break;
            windows.Add((start, cut));
            start = cut;
        }
        windows.Add((start, text.Length));
        return windows;
    }

    // The first safe cut at or after `from` and before `limit`: the start of the paragraph after a blank line that
    // follows a full stop token; -1 for none.
    private static int NextCut(string text, int from, int limit)
    {
        for (int i = text.IndexOf('\n', from); i >= 0 && i < limit; i = text.IndexOf('\n', i + 1))
        {
            int last = i - 1; // the last character before the whitespace run that holds this newline
            while (last >= 0 && Tokenizer.IsSpace(text[last])) last--;
            int next = i, newlines = 0;
            for (int k = last + 1; k < text.Length && Tokenizer.IsSpace(text[k]); k++, next = k)
                if (text[k] == '\n') newlines++;
            if (next >= text.Length || newlines < 2 || last < 0 || text[last] != '.') { i = Math.Max(i, next - 1); continue; }
            if (EndsWithFullStopToken(text, last, next)) return next;
            i = Math.Max(i, next - 1);
        }
        return -1;
    }

    // Tokenizes the last chunk of non-space text alone (the tokenizer splits a chunk by its own characters and the
    // next character only): true when its last token is a full stop of its own, not "U.S." or "etc.".
    private static bool EndsWithFullStopToken(string text, int last, int next)
    {
        int chunk = last;
        while (chunk > 0 && !Tokenizer.IsSpace(text[chunk - 1])) chunk--;
        // Long runs are cut at the longest token; quotes make the tokenizer look back at earlier tokens.
        if (last - chunk + 1 >= Tokenizer.MaxTokenLength || text.AsSpan(chunk, last - chunk + 1).IndexOfAny("'‘’\"“”") >= 0) return false;
        var probe = new Document(text, null, chunk, next, 0);
        new Tokenizer().Tokenize(probe);
        if (probe.TokenCount == 0) return false;
        ref var t = ref probe.TokenRef(probe.TokenCount - 1);
        return t.Length == 1 && t.Start == last;
    }
}
