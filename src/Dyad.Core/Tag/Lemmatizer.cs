using Dyad.Text;

namespace Dyad.Tag;

/// <summary>
/// Lemmas for words the lexicon does not list under their tag: regular inflection rules for nouns,
/// verbs and adjectives. Irregular forms come from WordNet's exception lists through the lexicon.
/// </summary>
public static class Lemmatizer
{
    /// <summary>The lemma of a folded form under a tag, trying candidate stems against the lexicon.</summary>
    public static string Guess(string norm, PosTag tag, LexEntry? entry, Lexicon? lexicon = null)
    {
        lexicon ??= Lexicon.Default;
        // "test-fired" is "test-fire": the last part carries the inflection.
        int dash = norm.LastIndexOf('-');
        if (dash > 0 && dash < norm.Length - 2 && entry is null && tag is PosTag.VBD or PosTag.VBN or PosTag.VBZ or PosTag.VBG or PosTag.NNS)
        {
            string last = norm[(dash + 1)..];
            string lemma = Guess(last, tag, lexicon.Find(last), lexicon);
            if (lemma != last) return string.Concat(norm.AsSpan(0, dash + 1), lemma);
        }
        switch (tag)
        {
            case PosTag.NNS or PosTag.NNPS:
                return Stem(norm, lexicon, static e => e.HasNoun, ["ies:y", "es:", "s:"]) ?? (norm.EndsWith('s') && norm.Length > 3 && !norm.EndsWith("ss") ? norm[..^1] : norm);
            case PosTag.VBZ:
                return Stem(norm, lexicon, static e => e.HasVerb, ["ies:y", "es:", "s:"]) ?? norm;
            case PosTag.VBD or PosTag.VBN:
                return Stem(norm, lexicon, static e => e.HasVerb, ["ied:y", "ed:", "ed:e", "d:"]) ?? Undouble(norm, "ed") ?? norm;
            case PosTag.VBG:
                return Stem(norm, lexicon, static e => e.HasVerb, ["ing:", "ing:e", "ying:ie"]) ?? Undouble(norm, "ing") ?? norm;
            case PosTag.JJR:
                return Stem(norm, lexicon, static e => e.Has(PosTag.JJ), ["ier:y", "er:", "er:e", "r:"]) ?? norm;
            case PosTag.JJS:
                return Stem(norm, lexicon, static e => e.Has(PosTag.JJ), ["iest:y", "est:", "est:e", "st:"]) ?? norm;
            default:
                return entry?.Form ?? norm;
        }
    }

    private static string? Stem(string w, Lexicon lexicon, Func<LexEntry, bool> accept, string[] rules)
    {
        Span<char> buf = stackalloc char[w.Length + 2];
        foreach (var rule in rules)
        {
            int colon = rule.IndexOf(':');
            var suffix = rule.AsSpan(0, colon);
            var repl = rule.AsSpan(colon + 1);
            if (w.Length <= suffix.Length + 1 || !w.AsSpan().EndsWith(suffix)) continue;
            int stemLen = w.Length - suffix.Length;
            w.AsSpan(0, stemLen).CopyTo(buf);
            repl.CopyTo(buf[stemLen..]);
            var cand = buf[..(stemLen + repl.Length)];
            var e = lexicon.Find(cand);
            if (e is not null && accept(e)) return e.Form;
        }
        return null;
    }

    // "stopped" -> "stop", "planning" -> "plan".
    private static string? Undouble(string w, string suffix)
    {
        if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length < suffix.Length + 3) return null;
        int stem = w.Length - suffix.Length;
        if (w[stem - 1] == w[stem - 2] && !"aeiouls".Contains(w[stem - 1])) return w[..(stem - 1)];
        return w[..stem];
    }
}
