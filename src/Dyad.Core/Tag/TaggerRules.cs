using Dyad.Text;

namespace Dyad.Tag;

// The tagger's decision rules. Pass 1 gives each token its most likely reading in isolation; pass 2
// revisits ambiguous tokens left to right with the tags already chosen on the left and the candidate
// readings on the right. Rules are ordered from most to least reliable.
public sealed partial class Tagger
{
    private static void TagSentence(string text, Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries)
    {
        int n = sent.Length;
        // Whether the sentence is a title-case headline depends on case flags only: once per sentence, not per capitalised word.
        bool titleCase = TitleCase(sent);
        for (int i = 0; i < n; i++) sent[i].Tag = Initial(text, sent, entries, i, titleCase);
        for (int i = 0; i < n; i++)
        {
            var e = entries[i];
            // "an al-Shabaab staging area", "polling stations", "a missile launching site": an -ing word that names what a
            // place is for, right before that place, is part of a compound noun ("staging attacks" stays a verb).
            if (IsPlaceGerund(sent[i].Norm) && i + 1 < n && IsPlaceHead(sent[i + 1].Norm) && !IsProperByCase(sent, i, titleCase)) sent[i].Tag = PosTag.NN;
            else if (e is not null && e.Readings.Length > 1 && !IsProperByCase(sent, i, titleCase) && !Settled(sent, i)) sent[i].Tag = Contextual(text, sent, entries, i);
            else if (e is not null && e.Readings.Length == 1 && sent[i].Tag == PosTag.VB && PresentAfterSubject(sent, i)) sent[i].Tag = PosTag.VBP;
            else if (e is null && sent[i].Tag is PosTag.VBD or PosTag.VBN) sent[i].Tag = PastOrParticiple(sent, entries, i, PosTag.VBD);
            // An unknown "-ing" word heading a noun phrase is a noun: "a hafling was reported".
            else if (e is null && sent[i].Tag == PosTag.VBG && i > 0 && IsDeterminerLike(sent[i - 1].Tag) && !NextNounLike(sent, entries, i, allowProper: true))
                sent[i].Tag = PosTag.NN;
        }
        // Second look at what follows now that the whole sentence is tagged.
        for (int i = 0; i < n; i++) Fixups(text, sent, entries, i);
        for (int i = 1; i < n; i++)
            if (sent[i].Tag is PosTag.VBD or PosTag.VBN && PastFormModifiesNoun(sent, i)) sent[i].Tag = PosTag.JJ;
        // "Renewed fighting between troops and separatists killed 15": a sentence's first word, a past form before a noun
        // and with a finite verb later, modifies that noun.
        if (n > 3 && sent[0].Tag is PosTag.VBD or PosTag.VBN && entries[0] is { } first0 && (first0.Has(PosTag.JJ) || first0.Has(PosTag.VBN))
            && (sent[1].Tag is PosTag.NN or PosTag.NNS || sent[1].Tag == PosTag.VBG && entries[1]?.HasNoun == true)
            && LaterFiniteVerb(sent, 2))
        {
            sent[0].Tag = PosTag.JJ;
            if (sent[1].Tag == PosTag.VBG) sent[1].Tag = PosTag.NN;
        }
        VerbOfAVerblessSentence(sent, entries);
        for (int i = 0; i < n; i++) sent[i].Lemma = Lemma(sent[i], entries[i]);
    }

    // WordNet lists base forms as VB only: right after a plural or proper-noun subject such a form is the present
    // tense ("while most EU members recognise Kosovo"), but not after "help/let/make X" ("helped the army regroup").
    private static bool PresentAfterSubject(Span<TokenData> sent, int i)
    {
        int left = LeftSkippingAdverbs(sent, i);
        if (left < 0 || sent[left].Tag is not (PosTag.NNS or PosTag.NNPS or PosTag.NNP)) return false;
        int k = NounGroupStart(sent, left + 1);
        if (k > 0 && sent[k - 1].Tag is PosTag.DT or PosTag.PRPS) k--;
        // "demanded that Eritrea allow": what is demanded stays a bare (subjunctive) form.
        if (k >= 2 && sent[k - 1].Norm == "that")
            for (int j = k - 2; j >= 0 && j >= k - 5; j--) if (IsMandative(sent[j].Norm)) return false; // "demanded on Thursday that
        return !(k > 0 && (IsBareInfinitiveForm(sent[k - 1].Norm) || sent[k - 1].Norm is "see" or "saw" or "watch" or "watched" or "have" or "had" or "has"));
    }

    // Inflected forms of the verbs that take a bare infinitive after their object ("helped X regroup", "let X decide").
    private static bool IsBareInfinitiveForm(string w) => w is "help" or "helped" or "helps" or "helping" or "let" or "lets" or "make" or "made" or "makes";

    private static bool IsMandative(string w) => w.StartsWith("demand", StringComparison.Ordinal) || w.StartsWith("insist", StringComparison.Ordinal)
        || w.StartsWith("urge", StringComparison.Ordinal) || w.StartsWith("request", StringComparison.Ordinal) || w.StartsWith("recommend", StringComparison.Ordinal)
        || w.StartsWith("propose", StringComparison.Ordinal) || w.StartsWith("suggest", StringComparison.Ordinal) || w.StartsWith("require", StringComparison.Ordinal)
        || w.StartsWith("ask", StringComparison.Ordinal) || w.StartsWith("order", StringComparison.Ordinal) || w is "urging";

    // Numbers, and capitalised words that pass 1 already made proper nouns at the start of a sentence
    // ("China 's", "South Korea"), keep their first tag.
    private static bool Settled(Span<TokenData> sent, int i) =>
        sent[i].Has(TokenFlags.Number) || sent[i].Tag is PosTag.NNP or PosTag.NNPS && sent[i].Has(TokenFlags.Capitalized) || sent[i].Tag == PosTag.CD && sent[i].Has(TokenFlags.HasDigit);

    // Capitalised mid-sentence words are proper nouns whatever the lexicon says ("Wang Yi", "Gondor"),
    // except in all-caps or title-case headlines where every word is capitalised.
    private static bool IsProperByCase(Span<TokenData> sent, int i, bool titleCase)
    {
        ref var t = ref sent[i];
        if (!t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.Punctuation) || t.Has(TokenFlags.Number)) return false;
        if (i == 0 || sent[i - 1].Has(TokenFlags.Dateline) || IsOpenQuoteOrBracket(sent, i - 1)) return false;
        return !titleCase;
    }

    private static bool IsOpenQuoteOrBracket(Span<TokenData> sent, int i) =>
        sent[i].Tag is PosTag.OpenQuote or PosTag.LeftParen or PosTag.Colon;

    private static bool TitleCase(Span<TokenData> sent)
    {
        int words = 0, caps = 0;
        foreach (ref readonly var t in sent)
        {
            if (t.Has(TokenFlags.Punctuation) || t.Has(TokenFlags.Number) || t.Length <= 3) continue;
            words++;
            if (t.Has(TokenFlags.Capitalized)) caps++;
        }
        return words >= 4 && caps == words;
    }

    private static PosTag Initial(string text, Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i, bool titleCase)
    {
        ref var t = ref sent[i];
        if (t.Has(TokenFlags.Punctuation) && !t.Has(TokenFlags.Url)) return Punct(text, t, sent, i);
        var e = entries[i];
        if (t.Has(TokenFlags.Number)) return PosTag.CD;
        if (IsProperByCase(sent, i, titleCase))
        {
            if (e is not null && e.ClosedClass && e.Best is PosTag.PRP or PosTag.DT or PosTag.IN or PosTag.CC or PosTag.MD)
            {
                // "US officials": an all-caps pronoun is a country; "May Day", "in May": a month.
                if (e.Best == PosTag.PRP && t.Has(TokenFlags.AllCaps)) return PosTag.NNP;
                if (e.Best == PosTag.MD && e.Has(PosTag.NNP) && !NextCanBeBaseVerb(sent, i)) return PosTag.NNP;
                return e.Best;
            }
            if (IsDemonymBeforeNoun(text, sent, entries, i)) return PosTag.JJ;
            return ProperTag(text, t, e);
        }
        // "US" at a sentence start is the country, not the pronoun.
        if (e is not null && e.ClosedClass && e.Best == PosTag.PRP && t.Has(TokenFlags.AllCaps) && t.Length >= 2) return PosTag.NNP;
        // Arabic and other name particles: "al-Shaibani", "bin-Zayed", "el-Sisi".
        if (t.Has(TokenFlags.Hyphenated) && IsNameParticleCompound(text.AsSpan(t.Start, t.Length))) return PosTag.NNP;
        if (e is not null)
        {
            if ((i == 0 || IsOpenQuoteOrBracket(sent, i - 1)) && t.Has(TokenFlags.Capitalized) && !e.ClosedClass && !titleCase)
            {
                // Sentence-initial: a known proper noun, or a capitalised word followed by a proper noun or
                // a possessive, is proper ("China 's", "South Korea", "President Ilham Aliyev").
                if (IsDemonymBeforeNoun(text, sent, entries, i)) return PosTag.JJ;
                if (e.Best is PosTag.NNP or PosTag.NNPS) return e.Best;
                bool nextCap = i + 1 < sent.Length && sent[i + 1].Has(TokenFlags.Capitalized) && !sent[i + 1].Has(TokenFlags.Punctuation);
                bool nextPossessive = i + 1 < sent.Length && sent[i + 1].Norm is "'s" or "'";
                // A word with a proper-noun sense right before a past-tense verb or "and" is the subject's name:
                // "China signed", "Brazil and Peru".
                var ne = i + 1 < sent.Length ? entries[i + 1] : null;
                if (e.Has(PosTag.NNP) && !sent[i + 1 < sent.Length ? i + 1 : i].Has(TokenFlags.Capitalized) && ne is not null && (ne.Best is PosTag.VBD || ne.Form is "and" or "has" or "have" or "is" or "was" or "will"))
                    return ProperTag(text, t, e);
                // "China, Pakistan's closest ally, urged": before an appositive or a list, too.
                if (e.Has(PosTag.NNP) && i + 1 < sent.Length && sent[i + 1].Norm == ",") return ProperTag(text, t, e);
                if ((nextCap || nextPossessive) && (e.Has(PosTag.NNP) || e.Best.IsNoun() || e.Best.IsAdjective())) return ProperTag(text, t, e);
            }
            // Title-case headlines: capitalised nouns and noun modifiers are parts of names
            // ("Army Chief Meets Defence Minister"); verbs and function words keep their readings.
            if (t.Has(TokenFlags.Capitalized) && (!e.ClosedClass || e.Best is PosTag.JJ or PosTag.NN) && titleCase && (e.Best.IsNoun() || e.Best.IsAdjective() && i + 1 < sent.Length && sent[i + 1].Has(TokenFlags.Capitalized)))
                return e.Best is PosTag.NNS or PosTag.NNPS ? PosTag.NNPS : PosTag.NNP;
            if (!t.Has(TokenFlags.Capitalized) && e.Best.IsProperNoun())
            {
                // A lower-case "march" is not the month.
                foreach (var r in e.Readings) if (!r.Tag.IsProperNoun()) return r.Tag;
            }
            return e.Best;
        }
        if (t.Has(TokenFlags.Capitalized) && !t.Has(TokenFlags.Url))
        {
            if (IsDemonymBeforeNoun(text, sent, entries, i)) return PosTag.JJ;
            return ProperTag(text, t, null);
        }
        return Guess(text.AsSpan(t.Start, t.Length), t);
    }

    private static bool NextCanBeBaseVerb(Span<TokenData> sent, int i) =>
        i + 1 < sent.Length && !sent[i + 1].Has(TokenFlags.Capitalized) && !sent[i + 1].Has(TokenFlags.Number) && !sent[i + 1].Has(TokenFlags.Punctuation);

    // A capitalised nationality or group adjective before a lower-case noun: "the Australian government",
    // "a Pakistani woman", "Danish media". Known forms need an adjective reading; unknown ones a suffix.
    private static bool IsDemonymBeforeNoun(string text, Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i)
    {
        var w = text.AsSpan(sent[i].Start, sent[i].Length);
        if (w.Length < 4 || sent[i].Has(TokenFlags.AllCaps)) return false;
        bool suffix = EndsWith(w, "ian") || EndsWith(w, "ese") || EndsWith(w, "ish") || EndsWith(w, "an") || EndsWith(w, "i") || EndsWith(w, "ic");
        if (!suffix) return false;
        var e = entries[i];
        // "Polish" is the one demonym whose lexicon word ("polish") has no adjective reading.
        if (e is not null ? !e.Has(PosTag.JJ) && !w.SequenceEqual("Polish") : !(EndsWith(w, "ian") || EndsWith(w, "ese"))) return false;
        // Skip further capitalised adjectives: "the Danish Islamist media".
        int k = i + 1;
        while (k < sent.Length && k < i + 3 && sent[k].Has(TokenFlags.Capitalized) && entries[k]?.Has(PosTag.JJ) == true) k++;
        if (k >= sent.Length || sent[k].Has(TokenFlags.Capitalized) || sent[k].Has(TokenFlags.Punctuation) || sent[k].Has(TokenFlags.Number)) return false;
        var ne = entries[k];
        // "Anthony Albanese signed a treaty": a past verb before a determiner, number or name follows a surname.
        if (k == i + 1 && ne is not null && ne.Has(PosTag.VBD) && k + 1 < sent.Length && (sent[k + 1].Has(TokenFlags.Capitalized) || sent[k + 1].Has(TokenFlags.Number)
            || entries[k + 1] is { } after && (after.Best is PosTag.DT or PosTag.PRPS or PosTag.CD))) return false;
        return ne is null ? !EndsWith(text.AsSpan(sent[k].Start, sent[k].Length), "ly") : ne.HasNoun || ne.Has(PosTag.JJ);
    }

    private static PosTag ProperTag(string text, in TokenData t, LexEntry? e)
    {
        if (e is not null && (e.Best == PosTag.NNPS || (e.Has(PosTag.NNS) && !e.Has(PosTag.NN) && !t.Has(TokenFlags.AllCaps)))) return PosTag.NNPS;
        var s = text.AsSpan(t.Start, t.Length);
        // "Americans", "Pakistanis", "Taliban" stays NNP.
        if (s.Length > 3 && s[^1] == 's' && char.IsLower(s[^2]) && s[^2] != 's' && s[^2] != 'u' && s[^2] != 'i' && e?.Best is PosTag.NNPS) return PosTag.NNPS;
        return PosTag.NNP;
    }

    private static bool IsNameParticleCompound(ReadOnlySpan<char> w)
    {
        int dash = w.IndexOf('-');
        if (dash <= 0 || dash + 1 >= w.Length || !char.IsUpper(w[dash + 1])) return false;
        var first = w[..dash];
        return first is "al" or "Al" or "el" or "El" or "ad" or "as" or "ash" or "at" or "az" or "bin" or "ibn" or "abu" or "Abu" or "ben" or "ould" or "ag";
    }

    private static PosTag Punct(string text, in TokenData t, Span<TokenData> sent, int i)
    {
        char c = text[t.Start];
        switch (c)
        {
            case ',': return PosTag.Comma;
            case '.' or '!' or '?' or '…': return i == sent.Length - 1 || t.Length == 1 ? PosTag.Period : PosTag.Colon;
            case ':' or ';' or '-' or '—' or '–': return PosTag.Colon;
            case '(' or '[' or '{': return PosTag.LeftParen;
            case ')' or ']' or '}': return PosTag.RightParen;
            case '“' or '`' or '«': return PosTag.OpenQuote;
            case '”' or '»': return PosTag.CloseQuote;
            case '"': return IsOpening(text, sent, i) ? PosTag.OpenQuote : PosTag.CloseQuote;
            case '\'' or '‘' or '’': return IsPluralPossessive(text, sent, i) ? PosTag.POS : (IsOpening(text, sent, i) ? PosTag.OpenQuote : PosTag.CloseQuote);
            case '$' or '£' or '€' or '¥': return PosTag.Dollar;
            case '#': return PosTag.Hash;
            case '%': return PosTag.NN;
            case '&': return PosTag.CC;
            default: return PosTag.SYM;
        }
    }

    // A straight quote opens when it starts the sentence, or follows a space and is either attached to the
    // next word or the first of a pair (an even number of straight quotes before it).
    private static bool IsOpening(string text, Span<TokenData> sent, int i)
    {
        if (i == 0) return true;
        if (!sent[i - 1].Has(TokenFlags.SpaceAfter)) return false;
        if (i + 1 >= sent.Length) return false;
        if (!sent[i].Has(TokenFlags.SpaceAfter)) return true;
        char q = text[sent[i].Start];
        int before = 0;
        for (int k = 0; k < i; k++)
            if (sent[k].Length == 1 && text[sent[k].Start] == q) before++;
        return before % 2 == 0;
    }

    // "the officials' statement": a lone apostrophe right after a word ending in s, or after a plural
    // noun and before a lower-case word when no single quote is open, is a possessive.
    private static bool IsPluralPossessive(string text, Span<TokenData> sent, int i)
    {
        if (sent[i].Length != 1 || i == 0 || sent[i - 1].Has(TokenFlags.Punctuation)) return false;
        if (text[sent[i - 1].End - 1] is not ('s' or 'S')) return false;
        if (!sent[i - 1].Has(TokenFlags.SpaceAfter)) return true;
        if (i + 1 >= sent.Length || sent[i + 1].Has(TokenFlags.Punctuation) || char.IsUpper(text[sent[i + 1].Start])) return false;
        for (int k = 0; k < i - 1; k++)
            if (sent[k].Length == 1 && text[sent[k].Start] is '\'' or '‘') return false;
        return true;
    }

    private static PosTag Guess(ReadOnlySpan<char> w, in TokenData t)
    {
        if (t.Has(TokenFlags.Url)) return PosTag.NN;
        if (t.Has(TokenFlags.HasDigit)) return t.Has(TokenFlags.Hyphenated) ? PosTag.JJ : PosTag.CD;
        int n = w.Length;
        // A prefix split off its word: "anti- government".
        if (n > 1 && w[^1] == '-') return PosTag.JJ;
        if (t.Has(TokenFlags.Hyphenated))
        {
            if (EndsWith(w, "ism") || EndsWith(w, "tion") || EndsWith(w, "ment") || EndsWith(w, "ness") || EndsWith(w, "ity")) return PosTag.NN;
            if (EndsWith(w, "ing") && !w.Contains("-old", StringComparison.Ordinal)) return PosTag.JJ;
            // "directors-general", "commander-in-chief": a title whose first word is the noun.
            if (EndsWith(w, "-general") || EndsWith(w, "-in-chief"))
                return w[..w.IndexOf('-')].EndsWith("s", StringComparison.OrdinalIgnoreCase) ? PosTag.NNS : PosTag.NN;
            // "test-fired", "re-elected", "co-hosted": a verb with a prefix reads like any unknown past form.
            if (n > 6 && EndsWith(w, "ed") && IsVerbPrefix(w[..w.IndexOf('-')])) return PosTag.VBN;
            return PosTag.JJ;
        }
        if (n > 4 && EndsWith(w, "ly")) return PosTag.RB;
        if (n > 4 && EndsWith(w, "ing")) return PosTag.VBG;
        if (n > 4 && EndsWith(w, "ed")) return PosTag.VBN;
        if (EndsWith(w, "tion") || EndsWith(w, "sion") || EndsWith(w, "ment") || EndsWith(w, "ness") || EndsWith(w, "ity")
            || EndsWith(w, "ism") || EndsWith(w, "ist") || EndsWith(w, "ship") || EndsWith(w, "hood") || EndsWith(w, "ance") || EndsWith(w, "ence"))
            return PosTag.NN;
        if (EndsWith(w, "ous") || EndsWith(w, "ful") || EndsWith(w, "ive") || EndsWith(w, "able") || EndsWith(w, "ible") || EndsWith(w, "al")
            || EndsWith(w, "ic") || EndsWith(w, "ish") || EndsWith(w, "less") || EndsWith(w, "ary") || EndsWith(w, "ian") || EndsWith(w, "ese"))
            return PosTag.JJ;
        if (EndsWith(w, "ize") || EndsWith(w, "ise") || EndsWith(w, "ify") || EndsWith(w, "ate")) return PosTag.VB;
        if (n > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u' && w[^2] != 'i') return PosTag.NNS;
        return PosTag.NN;
    }

    // After token i: adjectives or names, then a plural noun, then a word that can only be a finite verb.
    private static bool ModifiesSubjectPhrase(Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i)
    {
        int k = i + 1;
        while (k < sent.Length && k - i <= 4 && (sent[k].Tag.IsAdjective() || sent[k].Tag is PosTag.NNP or PosTag.NN && k + 1 < sent.Length && !sent[k + 1].Tag.IsVerb())) k++;
        if (k >= sent.Length || sent[k].Tag is not (PosTag.NNS or PosTag.NNPS) || k + 1 >= sent.Length) return false;
        return sent[k + 1].Tag is PosTag.VBD or PosTag.VBP && entries[k + 1] is { } v && !v.HasNoun;
    }

    private static bool IsVerbPrefix(ReadOnlySpan<char> p) =>
        p.Equals("test", StringComparison.OrdinalIgnoreCase) || p.Equals("re", StringComparison.OrdinalIgnoreCase) || p.Equals("co", StringComparison.OrdinalIgnoreCase)
        || p.Equals("fast", StringComparison.OrdinalIgnoreCase) || p.Equals("air", StringComparison.OrdinalIgnoreCase) || p.Equals("cross", StringComparison.OrdinalIgnoreCase);

    private static bool EndsWith(ReadOnlySpan<char> w, string suffix) => w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static PosTag Prev(Span<TokenData> sent, int i, int back = 1) => i - back >= 0 ? sent[i - back].Tag : PosTag.None;

    private static string PrevNorm(Span<TokenData> sent, int i, int back = 1) => i - back >= 0 ? sent[i - back].Norm : string.Empty;

    // Skips adverbs (and "not") to the left: "has not yet signed", "was reportedly killed".
    private static int LeftSkippingAdverbs(Span<TokenData> sent, int i)
    {
        int k = i - 1;
        while (k >= 0 && (sent[k].Tag.IsAdverb() || sent[k].Norm == "not" || sent[k].Norm == "n't"
            || sent[k].Tag == PosTag.CC && k > 0 && k < i - 1 && sent[k - 1].Tag.IsAdverb()
            // A verb in scare quotes after its auxiliary: had "expelled" the ship, was "deeply concerned".
            // Also after a modal or "to": would "act with full force".
            || sent[k].Tag == PosTag.OpenQuote && k > 0 && (IsHave(sent[k - 1].Norm) || IsBe(sent[k - 1].Norm) || sent[k - 1].Tag is PosTag.MD or PosTag.TO))) k--;
        return k;
    }

    private static bool IsBe(string norm) => norm is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am" or "'s" or "'re" or "'m";

    private static bool IsHave(string norm) => norm is "have" or "has" or "had" or "having" or "'ve" or "'d";

    private static bool IsDoAux(string norm) => norm is "do" or "does" or "did";

    private static PosTag Contextual(string text, Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i)
    {
        var e = entries[i]!;
        ref var t = ref sent[i];
        string w = t.Norm;
        PosTag p = Prev(sent, i);
        PosTag next = i + 1 < sent.Length ? sent[i + 1].Tag : PosTag.None;
        var nextEntry = i + 1 < sent.Length ? entries[i + 1] : null;

        // "Polish military prosecutors": a capitalised demonym the first pass found stays one.
        if (t.Tag == PosTag.JJ && t.Has(TokenFlags.Capitalized) && i == 0 && IsDemonymBeforeNoun(text, sent, entries, i)) return PosTag.JJ;

        // "Chief of Army Staff Waidi Shaibu met": a capitalised first word before "of" is a noun, not an adjective.
        if (i == 0 && t.Has(TokenFlags.Capitalized) && e.Has(PosTag.JJ) && e.HasNoun && i + 1 < sent.Length && sent[i + 1].Norm == "of") return NounTag(e);

        // Words with their own rules.
        switch (w)
        {
            // "fired live ammunition and tear gas": the compound noun, not the verb "tear".
            case "tear" when i + 1 < sent.Length && sent[i + 1].Norm is "gas" or "gassed":
                return PosTag.NN;
            // "staged a rally outside the ministry": before a determiner or a name "outside" is a preposition.
            case "outside" when next is PosTag.DT or PosTag.PRPS or PosTag.NNP or PosTag.NNPS:
                return PosTag.IN;
            // "Gunmen shot dead the mayor": "dead" after "shot" says how, before the object; it modifies no noun.
            case "dead" when i > 0 && sent[i - 1].Norm is "shot" or "shoot" or "shoots" or "shooting" && i + 1 < sent.Length
                && (next is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.NNP or PosTag.NNPS or PosTag.JJ || next.IsNoun()):
                return PosTag.RB;
            // "armoured vehicles and attack helicopters": a weapon or unit named by what it is for is a compound noun;
            // not before what could be its object ("vowed to attack ships"); "carrier strike group".
            case "attack" or "strike" or "assault" when i + 1 < sent.Length && (sent[i + 1].Norm is "helicopter" or "helicopters" or "aircraft"
                or "submarine" or "submarines" or "rifle" or "rifles" or "craft" || sent[i + 1].Norm is "drone" or "drones" && p is not (PosTag.TO or PosTag.MD)
                || sent[i + 1].Norm is "group" or "groups" && i > 0 && sent[i - 1].Norm == "carrier"):
                return PosTag.NN;
            // "and had detained 300 migrants": "had" before a participle is the past auxiliary, not a participle itself.
            case "had" when nextEntry?.Has(PosTag.VBN) == true && !(i > 0 && sent[i - 1].Norm is "had" or "have" or "has"):
                return PosTag.VBD;
            case "since" when i > 0 && sent[i - 1].Norm is "have" or "has" or "had" && nextEntry?.Has(PosTag.VBN) == true:
                return PosTag.RB; // "Both sides have since accused each other"

            case "that":
                // "demanded on Thursday that Ethiopian troops withdraw": a day or "last week" between the verb and "that".
                if (VerbBeforeTime(sent, i)) return PosTag.IN;
                // "rejected that claim on Monday": a singular noun not followed by a verb makes it a determiner.
                if (p.IsVerb() && (next == PosTag.NN || next is PosTag.VB or PosTag.VBP && nextEntry?.Has(PosTag.NN) == true) && !(i + 2 < sent.Length && (sent[i + 2].Tag.IsVerb() || sent[i + 2].Tag == PosTag.MD || entries[i + 2]?.HasVerb == true && !(entries[i + 2]?.HasNoun ?? false)))) return PosTag.DT;
                if (p.IsVerb() || p is PosTag.Comma && i >= 2 && sent[i - 2].Tag.IsVerb()) return PosTag.IN;
                if (p.IsNoun() && (next.IsVerb() || next is PosTag.MD or PosTag.RB)) return PosTag.WDT;
                if (p is PosTag.NN or PosTag.NNS && RelativeWithGap(sent, entries, i)) return PosTag.WDT;
                // "an armed group that controls much of the hills", "the party that runs the city": an -s verb reading
                // before its object.
                if (p is PosTag.NN or PosTag.NNS && !IsContentNoun(sent[i - 1].Norm) && nextEntry?.Has(PosTag.VBZ) == true && i + 2 < sent.Length
                    && (sent[i + 2].Tag is PosTag.DT or PosTag.PRPS or PosTag.CD || sent[i + 2].Tag.IsProperNoun() || sent[i + 2].Norm is "much" or "most" or "many" or "some"))
                    return PosTag.WDT;
                // "allegations that police shot protesters": after a noun of saying or knowing, "that" opens its content.
                if (p is PosTag.NN or PosTag.NNS && IsContentNoun(sent[i - 1].Norm)) return PosTag.IN;
                // "that" as a determiner needs a singular noun: "that group", not "that territorial disputes".
                if (next is PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.EX or PosTag.CD || next.IsProperNoun() || PluralNounAhead(sent, i + 1)) return PosTag.IN;
                if (next.IsNoun() || next.IsAdjective() || next is PosTag.Period or PosTag.Comma or PosTag.VBZ or PosTag.MD) return PosTag.DT;
                return PosTag.IN;
            case "'s":
                if (i > 0 && (p.IsNoun() || p is PosTag.PRP or PosTag.CD || sent[i - 1].Has(TokenFlags.Capitalized)))
                {
                    // "last year's restructuring", "Monday's attack": a time noun does nothing; it owns.
                    if (sent[i - 1].Norm is "year" or "week" or "month" or "day" or "today" or "yesterday" or "tomorrow" or "weekend" or "decade" or "century"
                        or "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday") return PosTag.POS;
                    if (p is PosTag.PRP || w == "'s" && (next is PosTag.VBN or PosTag.VBG or PosTag.DT or PosTag.RB or PosTag.IN) && !(next is PosTag.VBG && nextEntry?.HasNoun == true)) return next == PosTag.VBN || p is PosTag.PRP ? PosTag.VBZ : (next is PosTag.VBG or PosTag.DT or PosTag.IN or PosTag.RB ? PosTag.VBZ : PosTag.POS);
                    return PosTag.POS;
                }
                return PosTag.VBZ;
            case "her":
                return next.IsNoun() || next.IsAdjective() || next is PosTag.CD || (nextEntry?.HasNoun ?? false) && next is not PosTag.IN and not PosTag.TO ? PosTag.PRPS : PosTag.PRP;
            case "to":
                return PosTag.TO;
            case "there":
                return next.IsVerb() || next is PosTag.MD || (nextEntry is not null && IsBe(nextEntry.Form)) ? PosTag.EX : PosTag.RB;
            case "as":
            case "about":
                if (w == "about" && (next.IsVerb() || next == PosTag.TO || next == PosTag.CD || next == PosTag.Dollar)) return next == PosTag.TO ? PosTag.IN : (next == PosTag.CD || next == PosTag.Dollar ? PosTag.RB : PosTag.IN);
                return PosTag.IN;
            case "all" or "both" or "half":
                if (next is PosTag.DT or PosTag.PRPS) return PosTag.PDT;
                if (w == "both" && NextIsAnd(sent, i)) return PosTag.CC;
                return PosTag.DT;
            case "either" or "neither":
                return NextIsOr(sent, i) ? PosTag.CC : PosTag.DT;
            case "more" or "less":
                return next.IsAdjective() || next.IsAdverb() ? PosTag.RBR : PosTag.JJR;
            case "most" or "least":
                return next.IsAdjective() || next.IsAdverb() ? PosTag.RBS : PosTag.JJS;
            case "yet":
                return p is PosTag.Comma || i == 0 ? PosTag.CC : PosTag.RB;
            case "like":
                return p is PosTag.PRP or PosTag.NNS or PosTag.MD or PosTag.TO ? (p is PosTag.MD or PosTag.TO ? PosTag.VB : PosTag.VBP) : PosTag.IN;
            case "so":
                return next.IsAdjective() || next.IsAdverb() ? PosTag.RB : (p is PosTag.Comma ? PosTag.IN : PosTag.RB);
            case "once":
                return next is PosTag.PRP or PosTag.DT || next.IsNoun() ? PosTag.IN : PosTag.RB;
            case "one":
                // Generic "one would find" is a pronoun; "one of", "one soldier" a number.
                return next is PosTag.MD && p is not PosTag.DT and not PosTag.IN ? PosTag.PRP : PosTag.CD;
            case "such":
                return next == PosTag.DT ? PosTag.PDT : PosTag.JJ;
            case "what":
                return next.IsNoun() ? PosTag.WDT : PosTag.WP;
            case "had" or "have":
                if (w == "had") return PastOrParticiple(sent, entries, i, PosTag.VBD);
                return VerbBaseOrPresent(sent, entries, i, e);
            case "do":
                return VerbBaseOrPresent(sent, entries, i, e);
        }

        // Particles: "set up", "carried out", "called off" — after a verb, not before a noun phrase object.
        if (e.Has(PosTag.RP) && i > 0 && (p.IsVerb() || (p.IsNoun() || p is PosTag.PRP) && i >= 2 && sent[i - 2].Tag.IsVerb()))
        {
            if (p.IsVerb() && (next is PosTag.DT or PosTag.PRPS or PosTag.CD || next.IsNoun() || next.IsAdjective()) && e.Has(PosTag.IN))
                return IsParticleVerb(sent[i - 1].Norm, w) ? PosTag.RP : PosTag.IN;
            if (next is PosTag.Period or PosTag.Comma or PosTag.IN or PosTag.TO or PosTag.CC or PosTag.None) return PosTag.RP;
        }

        // "Protesters angered by fuel prices set fire to a building": "set fire to/on" is the verb, whatever comes before.
        if (w == "set" && i + 2 < sent.Length && sent[i + 1].Norm == "fire" && sent[i + 2].Norm is "to" or "on")
            return p is PosTag.MD or PosTag.TO ? PosTag.VB : i > 0 && IsHave(sent[i - 1].Norm) ? PosTag.VBN : PosTag.VBD;
        bool canNoun = e.HasNoun, canVerb = e.HasVerb, canAdj = e.Has(PosTag.JJ);
        // "to host direct talks", "wants closer ties": between a verb and its object noun, an adjective (not after
        // "help/let/make": "helped secure the border").
        if (canAdj && !canNoun && e.Has(PosTag.VB) && p is PosTag.VB or PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBG
            && (next is PosTag.NN or PosTag.NNS || nextEntry is { HasNoun: true } && (i + 2 >= sent.Length || sent[i + 2].Tag is PosTag.IN or PosTag.Period or PosTag.Comma or PosTag.CC or PosTag.TO))
            && !IsBareInfinitiveForm(sent[i - 1].Norm)) return PosTag.JJ;
        int left = LeftSkippingAdverbs(sent, i);
        PosTag lp = left >= 0 ? sent[left].Tag : PosTag.None;
        string lw = left >= 0 ? sent[left].Norm : string.Empty;

        // "Fornost and Gondor welcome a resumption": coordinated names take a plural verb before its object.
        if ((e.Has(PosTag.VBP) || e.Has(PosTag.VB)) && lp is PosTag.NNP && left >= 2 && sent[left - 1].Norm == "and" && sent[left - 2].Tag.IsProperNoun()
            && next is PosTag.DT or PosTag.PRPS) return PosTag.VBP;

        // A participle right after a noun and before its own object heads a reduced relative: "the parade
        // supporting Gondor", "a statement condemning the attack".
        if (e.Has(PosTag.VBG) && p.IsNoun() && next is PosTag.DT or PosTag.PRPS or PosTag.PRP or PosTag.NNP or PosTag.CD) return PosTag.VBG;
        // "did not rule out sanctions", "called off strikes": after a verb's particle, a plural-noun-or-verb word is its object.
        if (e.Has(PosTag.VBZ) && e.Has(PosTag.NNS) && p == PosTag.RP && i >= 2 && sent[i - 2].Tag.IsVerb()) return PosTag.NNS;
        // "violated the truce by attacking Congolese army positions": after a preposition of means or time, an -ing form
        // before a determiner, a number, a name or a nationality governs it ("killed by attacking forces" stays an adjective).
        if (e.Has(PosTag.VBG) && i + 1 < sent.Length && PrevNorm(sent, i) is "by" or "after" or "before" or "while" or "without"
            && (next is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.NNP or PosTag.NNPS || next is PosTag.JJ && sent[i + 1].Has(TokenFlags.Capitalized))) return PosTag.VBG;

        // After a degree adverb: an adjective or adverb ("very close", "too early").
        if (i > 0 && IsDegreeAdverb(sent[i - 1].Norm) && (canAdj || e.Has(PosTag.RB)) && (e.Best.IsVerb() || e.Best.IsNoun()))
            return canAdj ? PosTag.JJ : PosTag.RB;

        // A verb whose participle is its base form ("has overcome", "have come") after have.
        if (IsHave(lw) && left >= 0 && sent[left].Tag.IsVerb() && e.Has(PosTag.VB) && !e.Has(PosTag.VBN) && !e.Has(PosTag.VBD) && !canNoun)
            return PosTag.VBN;
        // "Belgium has cut diplomatic ties": after a finite "have", a participle at least as common as the adjective.
        if (IsHave(lw) && left >= 0 && sent[left].Tag is PosTag.VBZ or PosTag.VBP or PosTag.VBD && e.Has(PosTag.VBN) && e.Weight(PosTag.VBN) >= e.Weight(PosTag.JJ))
            return PosTag.VBN;


        // An adjective before another adjective or a noun modifies it: "a brief private visit", "formal
        // diplomatic ties"; a noun-heavy word before a noun is a compound ("world government", "gold coin").
        if (canAdj && NextNounLike(sent, entries, i, allowProper: e.Has(PosTag.VBN)) && p is not PosTag.MD and not PosTag.TO && !(lp is PosTag.TO or PosTag.MD)
            && !(canVerb && (p.IsNoun() || p is PosTag.PRP)))
        {
            bool nounHeavy = canNoun && e.Weight(PosTag.NN) > 4 * e.Weight(PosTag.JJ) && !next.IsAdjective();
            bool participle = e.Has(PosTag.VBN) && e.Weight(PosTag.VBN) >= 4 * e.Weight(PosTag.JJ) && p is PosTag.DT or PosTag.PRPS or PosTag.POS;
            if (participle) return PosTag.VBN;
            if (!nounHeavy && !(e.Best.IsVerb() && !IsDeterminerLike(p) && !p.IsAdjective() && p is not PosTag.IN)) return e.Has(PosTag.JJR) && e.Weight(PosTag.JJR) >= e.Weight(PosTag.JJ) ? PosTag.JJR : PosTag.JJ;
        }
        if (canVerb && canNoun && NounNotVerb(sent, entries, i, e) is var nv && nv != PosTag.None) return nv;

        // An adjective-or-noun after a noun and before a verb or the end is the head noun: "the death total has".
        if (canAdj && canNoun && p.IsNoun() && (next.IsVerb() || next is PosTag.MD or PosTag.Period or PosTag.Comma or PosTag.None)) return NounTag(e);

        // A gerund-or-noun after a preposition with nothing to govern is a noun: "days of fighting."
        if (canNoun && e.Has(PosTag.VBG) && (p is PosTag.IN || IsDeterminerLike(p) || p.IsAdjective())
            && (next is PosTag.Period or PosTag.Comma or PosTag.Colon or PosTag.CC or PosTag.None or PosTag.RightParen or PosTag.MD || next.IsFiniteVerb()))
            return NounTag(e);

        // "delivered food to displaced families": after "to", a past form with no base reading before a noun modifies it.
        if (lp == PosTag.TO && left == i - 1 && !e.Has(PosTag.VB) && !e.Has(PosTag.VBP) && e.Has(PosTag.VBN) && next is PosTag.NNS or PosTag.NN or PosTag.NNPS)
            return PosTag.JJ;
        if (canVerb)
        {
            // After "to" or a modal (possibly with adverbs): base form.
            if ((lp is PosTag.TO or PosTag.MD || IsDoAux(lw) && lp != PosTag.VBN) && e.Has(PosTag.VB)) return PosTag.VB;
            if ((lp is PosTag.TO or PosTag.MD) && e.Has(PosTag.VB) == false && (e.Has(PosTag.VBP))) return PosTag.VB;
            // After have: participle; after be: participle or gerund.
            if (IsHave(lw) && left >= 0 && sent[left].Tag.IsVerb() && e.Has(PosTag.VBN)) return PosTag.VBN;
            if (IsBe(lw) && left >= 0 && (sent[left].Tag.IsVerb() || lw == "'s"))
            {
                if (e.Has(PosTag.VBN) && (!canAdj || NextIsBy(sent, i) || e.Weight(PosTag.VBN) >= e.Weight(PosTag.JJ))) return PosTag.VBN;
                if (e.Has(PosTag.VBG)) return PosTag.VBG;
                if (canAdj) return PosTag.JJ;
            }
        }

        // "two alleged leaders", "15 wounded soldiers", "eight detained Americans": a participle between a count and a plural noun modifies it.
        if (p is PosTag.CD && (next is PosTag.NNS or PosTag.NNPS || next is PosTag.NNP && PluralAfterName(sent, i + 1)) && (canAdj || e.Has(PosTag.VBN)) && !(sent[i - 1].Norm.Length == 4 && sent[i - 1].Has(TokenFlags.HasDigit)))
            return canAdj ? PosTag.JJ : PosTag.VBN;

        // "agreed to free a detained American citizen": after "a"/"an", a past form before a name or an adjective and a
        // singular noun modifies the noun (no clause starts after an indefinite article).
        if (i > 0 && sent[i - 1].Norm is "a" or "an" && e.Has(PosTag.VBN) && next is PosTag.NNP or PosTag.JJ && i + 2 < sent.Length && sent[i + 2].Tag is PosTag.NN or PosTag.NNP)
            return canAdj ? PosTag.JJ : PosTag.VBN;

        // "in a televised address", "the ousted president": a past form between an article and a noun modifies the noun.
        if (i > 0 && sent[i - 1].Norm is "a" or "an" or "the" && e.Has(PosTag.VBN) && nextEntry?.HasNoun == true
            && (next is PosTag.NN or PosTag.NNS || i + 2 < sent.Length && sent[i + 2].Tag is PosTag.IN or PosTag.Period or PosTag.Comma))
            return canAdj ? PosTag.JJ : PosTag.VBN;

        // "rejected a proposed $1.2 billion loan": a past form between a determiner and an amount modifies the noun after it.
        if (IsDeterminerLike(p) && sent[i - 1].Norm != "that" && e.Has(PosTag.VBN) && next is PosTag.Dollar or PosTag.CD)
            return canAdj ? PosTag.JJ : PosTag.VBN;

        // "struck suspected militant hideouts": an adjectival past form right after a finite verb, before an adjective and
        // a noun, modifies the noun.
        if (p is PosTag.VBD or PosTag.VBZ or PosTag.VBP && canAdj && next.IsAdjective() && i + 2 < sent.Length && entries[i + 2]?.HasNoun == true
            && !IsHave(sent[i - 1].Norm) && !IsBe(sent[i - 1].Norm))
            return PosTag.JJ;

        // After a determiner, possessive or adjective: noun or adjective, not a verb.
        if (p is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.PDT || p.IsAdjective() || p is PosTag.CD && canNoun)
        {
            if (canAdj && (next.IsNoun() || nextEntry?.HasNoun == true && next is not PosTag.IN and not PosTag.Period and not PosTag.Comma && !(nextEntry?.HasVerb == true && next.IsVerb() && !next.Equals(PosTag.VBG))))
                return next.IsNoun() || nextEntry?.Best.IsNoun() == true || !canNoun ? PosTag.JJ : NounTag(e);
            if (e.Has(PosTag.VBG) && (next.IsNoun() && !canNoun)) return PosTag.VBG;
            if (e.Has(PosTag.VBN) && next.IsNoun() && !canNoun && !canAdj) return PosTag.VBN;
            if (canNoun) return NounTag(e);
            if (canAdj) return PosTag.JJ;
        }

        if (canVerb)
        {
            // A subject on the left (noun, pronoun, "who/which/that") makes a finite verb likely.
            bool subjectLeft = lp.IsNoun() || lp is PosTag.PRP or PosTag.WDT or PosTag.WP or PosTag.EX || lp == PosTag.CD && left > 0;
            if (subjectLeft && !(lp is PosTag.PRP && sent[left].Norm is "them" or "him" or "us" or "me"))
            {
                if (e.Has(PosTag.VBD) || e.Has(PosTag.VBN))
                {
                    // "a French national accused of spying": these verbs take their object before the preposition, so right
                    // before it they are passive participles.
                    if (lp.IsNoun() && e.Has(PosTag.VBN) && i + 1 < sent.Length && (sent[i + 1].Norm == "of" && w is "accused" or "suspected" or "convicted"
                        || sent[i + 1].Norm == "with" && w is "charged" || sent[i + 1].Norm == "to" && w is "sentenced")) return PosTag.VBN;
                    // "released 64 captured army soldiers": between a number and its noun, a participle modifier.
                    if (lp == PosTag.CD && left == i - 1 && e.Has(PosTag.VBN) && (next is PosTag.NN or PosTag.NNS) && i + 1 < sent.Length && entries[i + 1] is { HasNoun: true }) return PosTag.VBN;
                    var vt = PastOrParticiple(sent, entries, i, PosTag.VBD);
                    if (vt == PosTag.VBN && !e.Has(PosTag.VBN) && e.Has(PosTag.VBD)) return PosTag.VBD;
                    if (vt == PosTag.VBD && !e.Has(PosTag.VBD)) return e.Best;
                    // "the death toll figures": a noun compound only when the noun reading is not rare and no name follows.
                    if (lp.IsNoun() && i >= 2 && sent[left].Tag.IsNoun() && canNoun && next.IsNoun() && !next.IsProperNoun()
                        && e.Weight(PosTag.NN) + e.Weight(PosTag.NNS) >= Math.Max(e.Weight(PosTag.VBD), e.Weight(PosTag.VBN)) / 4) return NounTag(e);
                    return vt;
                }
                // "Taliban forces later fired": a plural noun before an adverb and a past verb.
                if (e.Has(PosTag.VBZ) && e.Has(PosTag.NNS) && next.IsAdverb() && i + 2 < sent.Length && entries[i + 2] is { } after2 && after2.Has(PosTag.VBD) && !after2.HasNoun)
                    return PosTag.NNS;
                if (e.Has(PosTag.VBZ) && (lp is PosTag.NN or PosTag.NNP || sent[left].Norm is "he" or "she" or "it" or "who" or "which" or "that")) return PosTag.VBZ;
                if ((e.Has(PosTag.VB) || e.Has(PosTag.VBP)) && !(lp is PosTag.NN or PosTag.NNP) && !(sent[left].Norm is "he" or "she" or "it")) return e.Has(PosTag.VBZ) && lp is PosTag.NNS ? PosTag.VBZ : PosTag.VBP;
                if (e.Has(PosTag.VBZ) && lp is PosTag.NNS && canNoun && e.Best is PosTag.NNS) return PosTag.NNS;
                if (e.Has(PosTag.VBZ) && !(lp is PosTag.NNS or PosTag.NNPS)) return PosTag.VBZ;
            }
            // "Fighting broke out", "Shelling continued": a sentence-opening gerund-noun right before a finite verb is its subject.
            // So after ", and" opening a new clause: "..., and fighting continues in much of the country".
            if (e.Has(PosTag.VBG) && (i == 0 || p == PosTag.CC && i >= 2 && sent[i - 2].Tag == PosTag.Comma) && canNoun && next is PosTag.VBD or PosTag.VBZ) return NounTag(e);
            // "Fighting between the army and the rebels erupted": so before "between".
            // So after a conjunction or subordinator: "even as fighting between the rebels and the army spread".
            if (e.Has(PosTag.VBG) && (i == 0 || p is PosTag.CC || p == PosTag.IN && IsSubordinatorWord(sent[i - 1].Norm)) && canNoun && i + 1 < sent.Length && sent[i + 1].Norm == "between") return NounTag(e);
            if (e.Has(PosTag.VBG) && (p is PosTag.IN || p == PosTag.Comma || i == 0) && !(canNoun && e.Weight(PosTag.NN) > e.Weight(PosTag.VBG) * 4)) return PosTag.VBG;
            if (e.Has(PosTag.VBN) && (p is PosTag.Comma || p.IsNoun()) && NextIsBy(sent, i)) return PosTag.VBN;
            // A sentence-initial past form opens a participle clause: "Rebuked by X, ...", "Asked about it, ...".
            if (left < 0 && e.Has(PosTag.VBN) && next is PosTag.IN or PosTag.Comma or PosTag.RB) return PosTag.VBN;
            // "Detained Baloch activists began a hunger strike": a sentence-initial past form before a plural noun phrase
            // that a verb follows modifies that phrase.
            if (left < 0 && e.Has(PosTag.VBN) && ModifiesSubjectPhrase(sent, entries, i)) return PosTag.JJ;
            // "a monastery where displaced villagers were sheltering": the same after a word that opens a clause.
            if (i > 0 && e.Has(PosTag.VBN) && sent[i - 1].Norm is "where" or "when" or "while" or "whereas" or "after" or "because" && ModifiesSubjectPhrase(sent, entries, i)) return PosTag.JJ;
            // "Jimmy Cherizier accused", "Rob Jetten met": a capitalised first word before a name the lexicon does not know is a first name.
            if (i == 0 && e.Has(PosTag.VB) && nextEntry is null && next != PosTag.None && sent[i].Has(TokenFlags.Capitalized)
                && sent[i + 1].Has(TokenFlags.Capitalized) && !sent[i + 1].Has(TokenFlags.AllCaps)) return PosTag.NNP;
            // 'Jimmy "Barbecue" Cherizier': so before a quoted nickname and the surname.
            if (i == 0 && e.Has(PosTag.VB) && sent[i].Has(TokenFlags.Capitalized) && QuotedNicknameAfter(sent, i + 1)) return PosTag.NNP;
            if (i == 0 && e.Has(PosTag.VB) && !canNoun) return PosTag.VB;
            // "Sanctions require ...", "Attacks continue": a third-person verb needs a subject before it.
            if ((i == 0 || sent[i - 1].Has(TokenFlags.Dateline) || IsOpenQuoteOrBracket(sent, i - 1)) && e.Has(PosTag.VBZ) && e.Has(PosTag.NNS)) return PosTag.NNS;
        }

        // "said its forces were not involved in the fighting and blamed Congolese troops": after a noun and "and",
        // a past form in a sentence that already has a finite verb is the next verb, not an adjective.
        if (canVerb && e.Has(PosTag.VBD) && p is PosTag.CC && sent[i - 1].Norm is "and" or "but" && i >= 2 && sent[i - 2].Tag.IsNoun()
            && e.Weight(PosTag.VBD) + e.Weight(PosTag.VBN) >= e.Weight(PosTag.JJ) && HasFiniteVerbBefore(sent, i - 2)) return PosTag.VBD;
        // Before a noun: adjective or noun modifier.
        if (canAdj && (next.IsNoun() || nextEntry?.Best.IsNoun() == true)) return PosTag.JJ;
        if (canNoun && (e.Best.IsVerb() && !(lp is PosTag.IN) || e.Best is PosTag.RB or PosTag.JJ) && (p is PosTag.IN or PosTag.CC || p.IsNoun()) && !canVerb) return NounTag(e);
        if (canNoun && p is PosTag.IN or PosTag.TO && e.Best.IsVerb() && !e.Has(PosTag.VBG)) return NounTag(e);
        return e.Best;
    }

    // A "which/who/that" a few words back with no verb after it, the word before `i` being a name or noun.
    private static bool OpenRelativeBefore(Span<TokenData> sent, int i)
    {
        if (i < 2 || !sent[i - 1].Tag.IsNoun()) return false;
        for (int k = i - 1; k >= 0 && k >= i - 6; k--)
        {
            var tag = sent[k].Tag;
            if (tag is PosTag.WDT or PosTag.WP) return k + 1 < i - 1 && sent[k + 1].Tag is PosTag.RB or PosTag.IN; // an interruption after it
            if (tag.IsVerb() || tag is PosTag.MD or PosTag.Comma) return false;
        }
        return false;
    }

    // An open quote, one to three capitalised words, a close quote and a capitalised word from k: a nickname inside a name.
    private static bool QuotedNicknameAfter(Span<TokenData> sent, int k)
    {
        if (k >= sent.Length || sent[k].Tag != PosTag.OpenQuote && sent[k].Norm is not ("\"" or "'")) return false;
        int j = k + 1;
        while (j < sent.Length && j - k <= 3 && sent[j].Has(TokenFlags.Capitalized)) j++;
        return j > k + 1 && j + 1 < sent.Length && (sent[j].Tag == PosTag.CloseQuote || sent[j].Norm is "\"" or "'") && sent[j + 1].Has(TokenFlags.Capitalized);
    }

    // "to death" starting within `span` tokens from `from`.
    private static bool ToDeathWithin(Span<TokenData> sent, int from, int span)
    {
        for (int k = from; k + 1 < sent.Length && k < from + span; k++)
            if (sent[k].Norm == "to" && sent[k + 1].Norm == "death") return true;
        return false;
    }

    // Tokens [0, i) are one noun phrase opening with a determiner ("A mob", "The angry crowd").
    private static bool OnlyNounPhraseBefore(Span<TokenData> sent, int i)
    {
        if (sent[0].Tag != PosTag.DT) return false;
        for (int k = 1; k < i; k++)
            if (sent[k].Tag is not (PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.NNP)) return false;
        return true;
    }

    private static bool IsPlaceGerund(string w) => w is "staging" or "polling" or "landing" or "launching" or "firing" or "shipping" or "parking"
        or "holding" or "processing" or "testing" or "loading" or "boarding" or "crossing" or "listening" or "refuelling" or "refueling" or "fueling"
        or "assembly" or "mustering" or "transit";

    private static bool IsPlaceHead(string w) => w is "area" or "areas" or "ground" or "grounds" or "post" or "posts" or "station" or "stations"
        or "camp" or "camps" or "zone" or "zones" or "site" or "sites" or "point" or "points" or "base" or "bases" or "facility" or "facilities"
        or "lane" or "lanes" or "range" or "ranges" or "strip" or "strips" or "pad" or "pads" or "centre" or "centres" or "center" or "centers"
        or "school" or "schools"; // "a boarding school"

    // The next word is an adjective or a noun, or a word that pass 1 made a verb but that can be a noun
    // ("a brief private visit", "territorial disputes").
    private static bool NextNounLike(Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i, bool allowProper)
    {
        if (i + 1 >= sent.Length) return false;
        var next = sent[i + 1].Tag;
        if (next.IsAdjective() || next is PosTag.NN or PosTag.NNS || allowProper && next.IsProperNoun() && !sent[i].Has(TokenFlags.Capitalized)) return true;
        var ne = entries[i + 1];
        return ne is not null && next is PosTag.VB or PosTag.VBP or PosTag.VBZ or PosTag.VBG && ne.HasNoun && !ne.ClosedClass;
    }

    private static bool IsDeterminerLike(PosTag p) => p is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.PDT or PosTag.WPS;

    private static bool IsDegreeAdverb(string w) => w is "very" or "too" or "so" or "quite" or "extremely" or "highly" or "increasingly" or "fairly" or "relatively";

    // True when the noun group starting at k (adjectives, nouns) ends in a plural noun before any verb.
    // "15 suspected Islamic State militants": a name of up to three words, then a plural noun.
    private static bool PluralAfterName(Span<TokenData> sent, int k)
    {
        for (int end = Math.Min(sent.Length, k + 4); k < end; k++)
        {
            if (sent[k].Tag is PosTag.NNS or PosTag.NNPS) return true;
            if (sent[k].Tag != PosTag.NNP) return false;
        }
        return false;
    }

    // A verb, then "on Monday" / "last week" / "this month", right before token i.
    private static bool VerbBeforeTime(Span<TokenData> sent, int i) =>
        i >= 3 && sent[i - 3].Tag.IsVerb()
        && (sent[i - 2].Norm == "on" && Time.TemporalRecognizer.Weekday(sent[i - 1].Norm) >= 0
            || sent[i - 2].Norm is "last" or "this" && sent[i - 1].Norm is "week" or "month" or "year" or "weekend");

    private static bool PluralNounAhead(Span<TokenData> sent, int k)
    {
        for (int limit = k + 6; k < sent.Length && k < limit; k++)
        {
            var t = sent[k].Tag;
            if (t is PosTag.NNS or PosTag.NNPS) return true;
            if (t.IsAdjective() || t is PosTag.NN or PosTag.NNP) continue;
            return false;
        }
        return false;
    }

    // True when a finite verb (or modal) stands between the clause start and position k: a word after it is
    // more likely part of an object than a second finite verb.
    // A determiner or possessive at k, or one before up to two adjectives ending at k.
    private static bool DeterminerBeforeModifiers(ReadOnlySpan<TokenData> sent, int k)
    {
        for (int n = 0; k >= 0 && n < 3; k--, n++)
        {
            if (sent[k].Tag is PosTag.DT or PosTag.PRPS) return true;
            // "a suicide car bombing": nouns modify too.
            if (!sent[k].Tag.IsAdjective() && sent[k].Tag != PosTag.NN) return false;
        }
        return false;
    }

    private static bool IsAllCaps(string text, in TokenData t)
    {
        foreach (char c in text.AsSpan(t.Start, t.Length)) if (char.IsLower(c)) return false;
        return true;
    }

    // The nearest verb before k is past tense, with no modal, "to" or clause boundary between.
    private static bool PastVerbBefore(Span<TokenData> sent, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            var t = sent[j].Tag;
            if (t == PosTag.VBD) return true;
            if (t.IsVerb() || t is PosTag.MD or PosTag.TO or PosTag.Comma or PosTag.WDT or PosTag.WP or PosTag.CC) return false;
        }
        return false;
    }

    private static bool FiniteVerbBefore(Span<TokenData> sent, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            var t = sent[j].Tag;
            if (t.IsFiniteVerb() || t is PosTag.MD || t is PosTag.VB && j > 0 && sent[j - 1].Tag is PosTag.TO or PosTag.MD) return true;
            if (t is PosTag.WDT or PosTag.WP or PosTag.WRB or PosTag.Colon || t == PosTag.IN && IsSubordinatorWord(sent[j].Norm)) return false;
        }
        return false;
    }

    private static bool IsSubordinatorWord(string w) => w is "that" or "after" or "before" or "because" or "while" or "although" or "though"
        or "if" or "unless" or "since" or "until" or "whereas" or "whether" or "once" or "as" or "when";

    // Start of the noun group that ends just before position i (nouns, adjectives, numbers, possessives),
    // or i when the token before is not part of one.
    private static int NounGroupStart(Span<TokenData> sent, int i)
    {
        int k = i - 1;
        while (k >= 0 && (sent[k].Tag.IsNoun() || sent[k].Tag.IsAdjective() || sent[k].Tag is PosTag.CD or PosTag.POS or PosTag.VBN && k < i - 1)) k--;
        return k + 1;
    }

    // Noun or verb for a word that can be both (plural noun or -s verb, singular noun or base verb), from
    // its left neighbour, agreement and what follows. PosTag.None when the rule has no opinion.
    private static PosTag NounNotVerb(Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i, LexEntry e)
    {
        PosTag p = Prev(sent, i);
        PosTag next = i + 1 < sent.Length ? sent[i + 1].Tag : PosTag.None;
        bool sForm = e.Has(PosTag.NNS) && e.Has(PosTag.VBZ);
        bool baseForm = e.Has(PosTag.NN) && (e.Has(PosTag.VB) || e.Has(PosTag.VBP)) && !e.Has(PosTag.VBZ);
        if (!sForm && !baseForm) return PosTag.None;
        var noun = sForm ? PosTag.NNS : PosTag.NN;
        // Inside a noun phrase: after a determiner, possessive, number or adjective.
        if (IsDeterminerLike(p) || p is PosTag.CD || p.IsAdjective()) return noun;
        // Directly after another verb or a preposition: an object ("expressed hopes", "promised aid", "with links").
        if (p is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBG or PosTag.VBN || p is PosTag.VB && !IsBareInfinitiveVerb(sent[i - 1].Norm)) return noun;
        if (p is PosTag.IN && !(sent[i - 1].Norm is "that" or "whether" or "if")) return noun;
        // Before a finite verb, with no subject noun to the left: the subject ("almost crowds trashed").
        if (sForm && !p.IsNoun() && p is not PosTag.PRP && next is PosTag.VBD or PosTag.MD) return noun;
        if (!p.IsNoun()) return PosTag.None;
        // After a noun: a verb must agree ("the army says", "the rebels attack"); a base form after a
        // singular noun, or an -s form after a plural, is a compound noun ("oil spill", "arms embargo").
        // "police", "people" and "personnel" are plural in meaning: "riot police beat demonstrators ... and fired".
        bool prevPlural = p is PosTag.NNS or PosTag.NNPS || sent[i - 1].Norm is "police" or "people" or "personnel";
        if (baseForm && !prevPlural) return noun;
        if (sForm && prevPlural) return noun;
        int start = NounGroupStart(sent, i);
        if (start > 0 && sent[start - 1].Norm is "a" or "an" or "another" or "each" or "every" or "this") return noun;
        // "send 300 police officers to": a group counted above one cannot take an -s verb.
        if (sForm && start < i && sent[start].Tag == PosTag.CD && sent[start].Norm is not ("one" or "1")) return noun;
        if (next.IsFiniteVerb() || next is PosTag.MD || next is PosTag.Period or PosTag.Comma or PosTag.Colon or PosTag.CC or PosTag.None or PosTag.RightParen or PosTag.CloseQuote) return noun;
        // "Chinese cargo planes carrying tents landed": an -s form after a noun, before a participle that modifies it.
        if (sForm && next == PosTag.VBG) return noun;
        // "had asked its European Union partners to add": a determiner right after a verb that takes no clause opens that
        // verb's object, which the -s word ends.
        // (Not after an auxiliary: "Why did the Philippines' troops meet Russia?")
        if (start >= 2 && sent[start - 1].Tag is PosTag.PRPS or PosTag.DT && sent[start - 2].Tag.IsVerb() && !TakesClause(sent[start - 2].Norm)
            && !IsDoAux(sent[start - 2].Norm) && !IsBe(sent[start - 2].Norm) && !IsHave(sent[start - 2].Norm)) return noun;
        // "$500 million in emergency loans to Sri Lanka": a noun group a preposition opens ends in a noun.
        if (start > 0 && sent[start - 1].Tag == PosTag.IN && sent[start - 1].Norm is not ("that" or "whether" or "if" or "because" or "while" or "as"
            or "since" or "after" or "before" or "when" or "unless" or "although" or "though" or "once" or "until")) return noun;
        if (next is PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.TO or PosTag.CD || next.IsProperNoun()) return sForm ? PosTag.VBZ : PosTag.VBP;
        if (start > 0 && (FiniteVerbBefore(sent, start) || sent[start - 1].Tag is PosTag.IN or PosTag.TO)) return noun;
        return PosTag.None;
    }

    private static bool IsBareInfinitiveVerb(string w) => w is "help" or "let" or "make" or "see" or "hear" or "watch";

    private static bool NextIsBy(Span<TokenData> sent, int i) => i + 1 < sent.Length && sent[i + 1].Norm == "by";

    private static bool NextIsAnd(Span<TokenData> sent, int i)
    {
        for (int k = i + 1; k < sent.Length && k < i + 8; k++) if (sent[k].Norm == "and") return true;
        return false;
    }

    private static bool NextIsOr(Span<TokenData> sent, int i)
    {
        for (int k = i + 1; k < sent.Length && k < i + 8; k++) if (sent[k].Norm is "or" or "nor") return true;
        return false;
    }

    private static PosTag NounTag(LexEntry e)
    {
        foreach (var r in e.Readings) if (r.Tag.IsNoun()) return r.Tag;
        return PosTag.NN;
    }

    // VBD or VBN for a past form: VBN after have/be (with adverbs between), in a reduced relative
    // ("troops deployed in"), or after a comma or preposition; VBD when a subject precedes directly.
    // "could impose targeted sanctions", "imposed coordinated sanctions": a past form between a lexical verb and a plural
    // noun modifies the noun (not after "have", "be", "do", "get", "make", "let", "see", "keep", "leave" or a verb of
    // saying, whose clause may start there: "said captured soldiers were freed").
    private static bool PastFormModifiesNoun(Span<TokenData> sent, int i) =>
        i > 0 && i + 1 < sent.Length && sent[i - 1].Tag is PosTag.VB or PosTag.VBD or PosTag.VBN or PosTag.VBZ or PosTag.VBP && sent[i + 1].Tag == PosTag.NNS
        && !(IsHave(sent[i - 1].Norm) || IsBe(sent[i - 1].Norm) || IsDoAux(sent[i - 1].Norm)
             || sent[i - 1].Norm is "get" or "make" or "let" or "see" or "keep" or "leave" or "said" or "says" or "say" or "told" or "reported");

    private static PosTag PastOrParticiple(Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i, PosTag fallback)
    {
        int left = LeftSkippingAdverbs(sent, i);
        if (left < 0) return PosTag.VBN;
        string lw = sent[left].Norm;
        PosTag lp = sent[left].Tag;
        if (IsHave(lw) || IsBe(lw) || lw is "get" or "got" or "gets" or "become" or "became") return PosTag.VBN;
        if (lp is PosTag.CC && left >= 1)
        {
            // Coordinated participles and past forms share their first conjunct's tag.
            for (int k = left - 1; k >= 0 && k > left - 8; k--)
                if (sent[k].Tag is PosTag.VBD or PosTag.VBN) return sent[k].Tag;
        }
        if (lp is PosTag.DT or PosTag.PRPS or PosTag.POS || lp.IsAdjective()) return PosTag.VBN;
        if (lp is PosTag.IN or PosTag.Comma && !(lp is PosTag.Comma && left >= 1 && sent[left - 1].Tag.IsNoun() && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.DT or PosTag.PRP or PosTag.NNP)) return PosTag.VBN;
        if (lp.IsNoun() || lp is PosTag.PRP or PosTag.WDT or PosTag.WP or PosTag.EX or PosTag.CD)
        {
            // "the troops deployed by X" is a reduced relative; "Arnor deployed troops" is finite.
            if (NextIsBy(sent, i)) return PosTag.VBN;
            // A noun that is the object of a preposition cannot be a subject: "in remarks published on
            // Monday", "with safety standards often ignored".
            if (lp.IsNoun())
            {
                int start = NounGroupStart(sent, left + 1);
                if (start > 1 && sent[start - 1].Tag == PosTag.DT) start--;
                // "of" phrases sit inside a larger subject ("one of the girls said"), so they do not count.
                // Nor the agent of a participle before it: "a delegation led by a deputy minister arrived in".
                bool participleAgent = AfterParticipleAgent(sent, start);
                if (start > 0 && sent[start - 1].Tag is PosTag.IN && sent[start - 1].Norm != "of" && !IsSubordinatorWord(sent[start - 1].Norm) && !NextStartsObject(sent, i) && !participleAgent) return PosTag.VBN;
                if (IsReducedRelativeBeforeMainVerb(sent, entries, i, start)) return PosTag.VBN;
            }
            return PosTag.VBD;
        }
        return fallback;
    }

    // "A drone strike blamed on the RSF killed 23 people": a past form right after the sentence's first noun group and
    // before a preposition, with a later past form that takes an object and nothing between that starts another
    // clause, is a reduced relative; the later one is the main verb. Not a reporting verb ("The army said on Monday
    // rebels killed ...").
    // The noun group at start ends the agent of a participle on a noun, possibly after more prepositional
    // phrases: "a delegation led by a deputy minister arrived", "demonstrators angered by the death of a vendor in
    // police custody clashed".
    private static bool AfterParticipleAgent(Span<TokenData> sent, int start)
    {
        for (int k = start - 1; k >= 2 && k > start - 20; k--)
        {
            if (sent[k].Norm == "by") return sent[k - 1].Tag == PosTag.VBN && sent[k - 2].Tag.IsNoun();
            if (!(sent[k].Tag is PosTag.IN or PosTag.DT or PosTag.CD or PosTag.POS or PosTag.PRPS || sent[k].Tag.IsNoun() || sent[k].Tag.IsAdjective())) return false;
        }
        return false;
    }

    private static bool IsReducedRelativeBeforeMainVerb(Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i, int subjectStart)
    {
        // A common-noun subject: "Ethiopia acted on a resolution ..." is finite.
        if (i + 2 >= sent.Length || sent[i - 1].Tag is not (PosTag.NN or PosTag.NNS) || sent[i + 1].Tag != PosTag.IN || sent[i + 1].Norm is "that" or "as" or "than" || IsReportingForm(sent[i].Norm)) return false;
        if (subjectStart > 0 && sent[subjectStart - 1].Tag == PosTag.DT) subjectStart--;
        if (subjectStart > 0 && !(sent[subjectStart - 1].Tag is PosTag.Colon || sent[subjectStart - 1].Norm is "-" or "--" or "—" or "–")) return false;
        for (int j = i + 2; j < sent.Length && j < i + 16; j++)
        {
            if (sent[j].Tag is PosTag.Comma or PosTag.CC or PosTag.WDT or PosTag.WP or PosTag.MD || sent[j].Norm is "that" or ";") return false;
            if (entries[j] is not { } e || !e.Has(PosTag.VBD) || e.HasNoun || !sent[j - 1].Tag.IsNoun()) continue;
            // "militiamen armed with machetes hacked to death seven civilians", "gunmen ... shot dead two officers";
            // "soldiers captured during clashes were handed back": a passive main verb.
            return j + 1 < sent.Length && (sent[j + 1].Tag is PosTag.DT or PosTag.CD or PosTag.PRPS || sent[j + 1].Norm is "dead"
                || IsBe(sent[j].Norm) && entries[j + 1] is { } pe && pe.Has(PosTag.VBN)
                || sent[j + 1].Norm is "at" or "to" && j + 2 < sent.Length && sent[j + 2].Norm is "least" or "death");
        }
        return false;
    }

    // Verbs whose object may be a clause without "that": "said the rebels attack", "believes the army plans".
    private static bool TakesClause(string w) => IsReportingForm(w) || w is "say" or "says" or "tell" or "tells" or "believe" or "believes" or "believed"
        or "think" or "thinks" or "thought" or "fear" or "fears" or "feared" or "hope" or "hopes" or "hoped" or "expect" or "expects" or "expected"
        or "know" or "knows" or "knew" or "show" or "shows" or "showed" or "suggest" or "suggests" or "suggested" or "mean" or "means" or "meant"
        or "warn" or "warns" or "claim" or "claims" or "insist" or "insists" or "announce" or "announces" or "report" or "reports" or "saying";

    private static bool IsReportingForm(string w) => w is "said" or "told" or "announced" or "reported" or "claimed" or "added" or "stated" or "warned"
        or "insisted" or "argued" or "noted" or "confirmed" or "denied" or "acknowledged" or "wrote" or "tweeted" or "posted";

    // A determiner, pronoun or proper noun right after a verb is its object, so the verb is finite.
    private static bool NextStartsObject(Span<TokenData> sent, int i) =>
        i + 1 < sent.Length && (sent[i + 1].Tag is PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.NNP or PosTag.CD
            || sent[i + 1].Norm == "at" && i + 2 < sent.Length && sent[i + 2].Norm == "least" // "killed at least 23 people"
            || sent[i + 1].Norm == "dead" || sent[i + 1].Norm == "to" && i + 2 < sent.Length && sent[i + 2].Norm == "death"); // "shot dead", "hacked to death"

    private static PosTag VerbBaseOrPresent(Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i, LexEntry e)
    {
        int left = LeftSkippingAdverbs(sent, i);
        PosTag lp = left >= 0 ? sent[left].Tag : PosTag.None;
        if (lp is PosTag.TO or PosTag.MD || left >= 0 && IsDoAux(sent[left].Norm)) return PosTag.VB;
        if (lp.IsNoun() || lp is PosTag.PRP or PosTag.WDT or PosTag.WP) return PosTag.VBP;
        return e.Best is PosTag.VB or PosTag.VBP ? e.Best : PosTag.VBP;
    }

    private static bool IsParticleVerb(string verb, string particle) => (verb, particle) switch
    {
        (_, "up") => true,
        (_, "off") => true,
        (_, "out") => true,
        (_, "down") => true,
        (_, "back") => true,
        _ => false,
    };

    private static void Fixups(string text, Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i)
    {
        ref var t = ref sent[i];
        // "a strongly worded protest note", "the heavily armed group": a past form between a determiner's -ly adverb and
        // a noun or adjective modifies the noun.
        if (t.Tag is PosTag.VBD or PosTag.VBN && i >= 2 && sent[i - 1].Tag == PosTag.RB && sent[i - 1].Norm.EndsWith("ly", StringComparison.Ordinal)
            && sent[i - 2].Tag is PosTag.DT or PosTag.PRPS && i + 1 < sent.Length && (sent[i + 1].Tag.IsNoun() || sent[i + 1].Tag.IsAdjective()))
            t.Tag = PosTag.JJ;
        // "which together with Mali form the Alliance": a relative pronoun still waiting for its verb takes the first
        // noun-or-verb word before a determiner as that verb.
        if (t.Tag is PosTag.NN or PosTag.NNS && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.DT or PosTag.PRPS && entries[i] is { } relEntry
            && (relEntry.Has(PosTag.VBP) || relEntry.Has(PosTag.VB) || relEntry.Has(PosTag.VBZ)) && OpenRelativeBefore(sent, i))
            t.Tag = t.Norm.EndsWith('s') && relEntry.Has(PosTag.VBZ) ? PosTag.VBZ : PosTag.VBP;
        // A VBZ/VBP right after a determiner is a noun ("the talks", "a visit").
        if ((t.Tag is PosTag.VBZ or PosTag.VBP or PosTag.VB) && i > 0 && sent[i - 1].Tag is PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.JJ)
        {
            var e = entries[i];
            if (e is not null && e.HasNoun && !(sent[i - 1].Tag is PosTag.JJ && e.Best.IsVerb() && sent[i - 1].Norm is "more")) t.Tag = NounTag(e);
        }
        // "Security forces in Togo fired", "Police officers beat a journalist": a plural noun read as VBZ
        // right after a sentence-initial singular noun, when a later word can be the verb, is a compound's head.
        if (t.Tag == PosTag.VBZ && i == 1 && sent[0].Tag == PosTag.NN && entries[i] is { } pe && pe.Has(PosTag.NNS) && LaterVerb(sent, entries, i + 1))
        {
            t.Tag = PosTag.NNS;
            for (int k = i + 1; k < sent.Length; k++)
            {
                if (sent[k].Tag.IsVerb()) break;
                // The verb the noun reading hid: "officers beat/NN a journalist" → beat/VBD.
                if (sent[k].Tag == PosTag.NN && entries[k] is { } ve && ve.Has(PosTag.VBD) && k + 1 < sent.Length && sent[k + 1].Tag is PosTag.DT or PosTag.PRPS) { sent[k].Tag = PosTag.VBD; break; }
            }
        }
        // "India's external affairs minister on Tuesday accused": a present-tense reading right after a plural noun, with
        // only a time phrase or adverbs before a past-tense verb, is the compound's head.
        if (t.Tag is PosTag.VBP or PosTag.VB && i > 0 && sent[i - 1].Tag == PosTag.NNS && entries[i] is { HasNoun: true } ne && !ne.ClosedClass
            && PastVerbAfterTimePhrase(sent, i + 1))
            t.Tag = NounTag(ne);
        // "Houthi security forces on Monday detained": so is an -s reading right after a singular noun.
        if (t.Tag == PosTag.VBZ && i > 0 && sent[i - 1].Tag is PosTag.NN or PosTag.NNP && entries[i] is { } se && se.Has(PosTag.NNS) && !se.ClosedClass
            && PastVerbAfterTimePhrase(sent, i + 1))
            t.Tag = PosTag.NNS;
        // "imposed asset freezes and travel bans on": a base form after "and" and a noun cannot join a past-tense verb;
        // with a noun reading it opens a second object.
        if (t.Tag is PosTag.VB or PosTag.VBP && i >= 2 && sent[i - 1].Tag == PosTag.CC && sent[i - 2].Tag is PosTag.NN or PosTag.NNS
            && entries[i] is { HasNoun: true } cn && !cn.ClosedClass && PastVerbBefore(sent, i - 2))
            t.Tag = PosTag.NN;
        // "asked its NATO allies to share": after a verb, a possessive and a modifier, a plural noun read as VBZ
        // heads the object (not after verbs of saying, whose complement may be a clause: "said its army plans to").
        if (t.Tag == PosTag.VBZ && i >= 3 && sent[i - 2].Tag == PosTag.PRPS && sent[i - 1].Tag is PosTag.NN or PosTag.NNP
            && sent[i - 3].Tag.IsVerb() && !IsSayingOrThinking(Lemma(sent[i - 3], entries[i - 3]))
            && entries[i] is { } oe && oe.Has(PosTag.NNS))
            t.Tag = PosTag.NNS;
        // "to help Bangladesh upgrade its railways", "let Kyiv decide": after help/let/make and a name, a word with a
        // base-verb reading before its object is the bare infinitive.
        // "to help police fight armed gangs": after "help", so may a bare common noun.
        if (t.Tag is PosTag.NN && i >= 2 && i + 1 < sent.Length && entries[i] is { } bare && bare.Has(PosTag.VB) && !bare.ClosedClass
            && (sent[i - 1].Tag is PosTag.NNP or PosTag.NNPS && IsBareInfinitiveForm(sent[i - 2].Norm)
                || sent[i - 1].Tag is PosTag.NN or PosTag.NNS && sent[i - 2].Norm is "help" or "helped" or "helps" or "helping")
            && sent[i + 1].Tag is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.JJ or PosTag.NNS or PosTag.VBN or PosTag.VBD)
            t.Tag = PosTag.VB;
        // "on the sidelines of the G20 gathering in Johannesburg": an -ing word after "the" and a name, before a
        // preposition or the end, is the noun the name modifies.
        if (t.Tag == PosTag.VBG && i >= 2 && sent[i - 1].Tag == PosTag.NNP && sent[i - 2].Norm is "the" or "a" or "an" && entries[i] is { HasNoun: true } gn && !gn.ClosedClass
            && (i + 1 >= sent.Length || sent[i + 1].Tag is PosTag.IN or PosTag.Period or PosTag.Comma))
            t.Tag = PosTag.NN;
        // "demanded that Pakistan stop carrying out": after a mandative "that" and a short noun phrase, a word with a
        // base-verb reading is the subjunctive verb, not a noun of the phrase.
        if (t.Tag is PosTag.NN && i >= 3 && entries[i] is { } se2 && se2.Has(PosTag.VB) && !se2.ClosedClass
            && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.VBG or PosTag.DT or PosTag.PRPS or PosTag.TO or PosTag.IN or PosTag.NNP or PosTag.CD or PosTag.JJ or PosTag.NNS
            && sent[i - 1].Tag is PosTag.NNP or PosTag.NNPS or PosTag.NNS or PosTag.NN)
        {
            // "demanded that Rwandan forces leave Congolese territory": the phrase may hold modifiers before its plural head.
            int k = i - 1;
            // "demanded that Trinidad and Tobago free": or proper names joined by "and".
            while (k > 0 && i - k <= 5 && (sent[k].Tag is PosTag.NNP or PosTag.NNPS or PosTag.DT or PosTag.JJ or PosTag.NNS or PosTag.NN or PosTag.PRPS
                   || sent[k].Tag == PosTag.CC && sent[k - 1].Tag == PosTag.NNP && sent[k + 1].Tag == PosTag.NNP)) k--;
            if (k < i - 1 && k >= 1 && sent[k].Norm == "that" && sent[k - 1].Tag.IsVerb() && IsMandative(sent[k - 1].Norm)) t.Tag = PosTag.VB;
        }
        // "Guards in Gondor beat and robbed travellers", "a mob beat to death a trader": a noun with a past-verb reading
        // after a noun, before "and" + a past verb or before "to death", is that past verb.
        if (t.Tag is PosTag.NN && i >= 1 && i + 2 < sent.Length && sent[i - 1].Tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS
            && entries[i] is { } pastNoun && pastNoun.Has(PosTag.VBD)
            && (sent[i + 1].Norm == "and" && sent[i + 2].Tag == PosTag.VBD || sent[i + 1].Norm == "to" && sent[i + 2].Norm == "death"))
            t.Tag = PosTag.VBD;
        // "Villagers in southern Malawi beat two men to death": so is one after any noun, before a number or determiner
        // and a "to death" that follows.
        if (t.Tag is PosTag.NN && i >= 1 && i + 4 < sent.Length && sent[i - 1].Tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS
            && entries[i] is { } pastNoun3 && pastNoun3.Has(PosTag.VBD) && sent[i + 1].Tag is PosTag.CD or PosTag.DT or PosTag.PRPS && ToDeathWithin(sent, i + 2, 5))
            t.Tag = PosTag.VBD;
        // "A mob beat three migrants": so is one after a sentence-opening noun phrase, before a number or determiner.
        if (t.Tag is PosTag.NN && i >= 2 && i + 1 < sent.Length && sent[i - 1].Tag is PosTag.NN or PosTag.NNS && entries[i] is { } pastNoun2 && pastNoun2.Has(PosTag.VBD)
            && sent[i + 1].Tag is PosTag.CD or PosTag.DT or PosTag.PRPS && OnlyNounPhraseBefore(sent, i))
            t.Tag = PosTag.VBD;
        // "accused of executing surrendering soldiers": an -ing form between a gerund that still lacks its object and a
        // noun modifies the noun (not after verbs that take a gerund: "stopped sending", "keeps attacking").
        if (t.Tag == PosTag.VBG && i >= 1 && sent[i - 1].Tag == PosTag.VBG && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.NNS or PosTag.NN
            && sent[i - 1].Norm is not ("being" or "having" or "getting" or "keeping" or "stopping" or "continuing" or "starting" or "resuming" or "avoiding" or "considering" or "risking" or "suggesting" or "recommending" or "ending" or "finishing"))
            t.Tag = PosTag.JJ;
        // "allegations that police shot protesters": after a complementizer "that" and a short noun phrase with no verb,
        // a noun with a past-verb reading before an object is the clause's verb.
        if (t.Tag is PosTag.NN && i >= 3 && entries[i] is { } de && de.Has(PosTag.VBD) && !de.ClosedClass
            && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.DT or PosTag.PRPS or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.CD or PosTag.JJ
            && sent[i - 1].Tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS)
        {
            int k = i - 1;
            while (k > 0 && i - k <= 4 && sent[k].Tag is PosTag.NNP or PosTag.NNPS or PosTag.DT or PosTag.JJ or PosTag.NNS or PosTag.NN or PosTag.PRPS) k--;
            if (k < i - 1 && sent[k].Norm == "that" && sent[k].Tag == PosTag.IN) t.Tag = PosTag.VBD;
        }
        // "Niger's leader, General Tiani, received/JJ Russian Deputy Defence Minister ...": right after a name closed by a
        // comma and before a name or determiner, a past form read as an adjective is the verb.
        if (t.Tag == PosTag.JJ && i >= 2 && sent[i - 1].Tag == PosTag.Comma && sent[i - 2].Tag is PosTag.NNP or PosTag.NNPS
            && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.NNP or PosTag.NNPS or PosTag.DT or PosTag.PRPS or PosTag.CD
            && entries[i] is { } je && je.Has(PosTag.VBD) && t.Norm.EndsWith("ed", StringComparison.Ordinal))
            t.Tag = PosTag.VBD;
        // "detained 46 suspected Bangladeshi migrants": a past form between a verb's count and a noun modifies the noun.
        if (t.Tag == PosTag.VBD && i >= 2 && sent[i - 1].Tag == PosTag.CD && (sent[i - 2].Tag.IsVerb() || sent[i - 2].Tag is PosTag.IN or PosTag.DT)
            && i + 1 < sent.Length && (sent[i + 1].Tag.IsNoun() || sent[i + 1].Tag.IsAdjective()) && entries[i] is { } ce && ce.Has(PosTag.VBN))
            t.Tag = PosTag.JJ;
        // "appealed to M23 rebels to halt": after a preposition or determiner and a name, an -s form is the plural head
        // (not after a subordinator: "if Israel attacks its nuclear sites").
        if (t.Tag == PosTag.VBZ && i >= 2 && sent[i - 1].Tag == PosTag.NNP && sent[i - 2].Tag is PosTag.IN or PosTag.TO or PosTag.DT
            && sent[i - 2].Norm is not ("if" or "unless" or "whether" or "because" or "although" or "though" or "whereas" or "when" or "while") && entries[i] is { ClosedClass: false } pl && pl.Has(PosTag.NNS))
            t.Tag = PosTag.NNS;
        // "At Thursday's meeting in Naqoura": an -ing form right after a possessive is a noun.
        // So is one the lexicon lacks as a noun when nothing it could govern follows ("after last year's restructuring.").
        if (t.Tag == PosTag.VBG && i > 0 && sent[i - 1].Tag == PosTag.POS
            && (entries[i] is { HasNoun: true } && !(i + 1 < sent.Length && sent[i + 1].Tag is PosTag.DT or PosTag.PRPS)
                || i + 1 == sent.Length || sent[i + 1].Tag is PosTag.Period or PosTag.Comma or PosTag.IN or PosTag.CC or PosTag.VBD or PosTag.VBZ or PosTag.MD))
            t.Tag = PosTag.NN;
        // "Lebanese and Israeli delegates": a nationality word coordinated with an adjective before a noun is an adjective.
        // Not inside a longer name ("South Korean and US fighter jets") nor with an abbreviation ("US").
        if (t.Tag == PosTag.NNP && i + 3 < sent.Length && sent[i + 1].Norm == "and" && sent[i + 3].Tag is PosTag.NN or PosTag.NNS
            && !(i > 0 && sent[i - 1].Tag is PosTag.NNP or PosTag.NNPS)
            && entries[i] is { } ne2 && ne2.Has(PosTag.JJ) && sent[i + 2].Tag is PosTag.JJ or PosTag.NNP && !IsAllCaps(text, sent[i + 2]))
        {
            t.Tag = PosTag.JJ;
            sent[i + 2].Tag = PosTag.JJ;
        }
        // "The Human Rights Council set up a mechanism": after a noun, a word with a past reading followed by a particle and
        // an object is the verb.
        if (t.Tag == PosTag.NN && i > 0 && sent[i - 1].Tag.IsNoun() && i + 2 < sent.Length && sent[i + 1].Tag == PosTag.RP
            && sent[i + 2].Tag is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.JJ && entries[i] is { } pv && pv.Has(PosTag.VBD))
            t.Tag = PosTag.VBD;
        // "would keep striking targets", "continued shelling the town": after a verb of continuing, an -ing form is a verb.
        if (t.Tag is PosTag.JJ or PosTag.NN && t.Norm.EndsWith("ing", StringComparison.Ordinal) && i > 0 && sent[i - 1].Tag.IsVerb()
            && Lemma(sent[i - 1], entries[i - 1]) is "keep" or "continue" or "stop" or "start" or "begin" or "resume" or "cease"
            && entries[i] is { } ge2 && ge2.Has(PosTag.VBG) && i + 1 < sent.Length && sent[i + 1].Tag is not (PosTag.Period or PosTag.Comma))
            t.Tag = PosTag.VBG;
        // "remained committed to", "stayed closed": after "remain" or "stay", a past form is a participle.
        if (t.Tag == PosTag.VBD && i > 0 && sent[i - 1].Norm is "remain" or "remains" or "remained" or "stay" or "stays" or "stayed"
            && entries[i] is { } re && re.Has(PosTag.VBN))
            t.Tag = PosTag.VBN;
        // "returned artefacts looted during the colonial era", "freed prisoners held in Israeli jails": a past form after
        // a full verb's object and before a preposition is a reduced relative's participle (not after a verb of saying,
        // whose object may be a clause's subject, nor inside a relative or coordinated clause).
        if (t.Tag == PosTag.VBD && i >= 2 && sent[i - 1].Tag is PosTag.NNS or PosTag.NN && i + 1 < sent.Length && sent[i + 1].Tag == PosTag.IN
            && sent[i + 1].Norm is not ("that" or "as" or "than" or "because" or "if" or "while" or "after" or "before" or "since" or "until" or "when")
            && entries[i] is { } rr && rr.Has(PosTag.VBN) && ObjectOfPlainMainVerb(sent, entries, i - 1))
            t.Tag = PosTag.VBN;
        // "tortured captured soldiers", "freed detained activists": a past form right after a full verb and before the
        // noun it modifies is a participle.
        if (t.Tag == PosTag.VBD && i > 0 && sent[i - 1].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP && !IsBe(sent[i - 1].Norm) && !IsHave(sent[i - 1].Norm)
            && sent[i - 1].Norm is not ("did" or "does" or "do" or "got" or "gets" or "get")
            && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS && entries[i] is { } pp && pp.Has(PosTag.VBN))
            t.Tag = PosTag.VBN;
        // "appealed for aid for displaced people": a past form right after a preposition is a participle (not after
        // "that", which may be a relative pronoun: "the attack that killed ...").
        if (t.Tag == PosTag.VBD && i > 0 && sent[i - 1].Tag == PosTag.IN && sent[i - 1].Norm is not ("that" or "than" or "as")
            && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.JJ && entries[i] is { } pe2 && pe2.Has(PosTag.VBN))
            t.Tag = PosTag.VBN;
        // "attacked army positions in central Mali", "shelled the Hezbollah arms depots": after a verb and its object's
        // modifiers, an -s form is the object's head, not a second verb (same exception for verbs of saying).
        if (t.Tag == PosTag.VBZ && i >= 2 && sent[i - 1].Tag is PosTag.NN or PosTag.NNP && entries[i] is { ClosedClass: false } he && he.Has(PosTag.NNS))
        {
            int k = i - 1;
            // "transferred two decommissioned destroyer escorts": counts and participle adjectives modify it too.
            while (k > 0 && i - k < 5 && (sent[k].Tag is PosTag.NN or PosTag.NNP or PosTag.JJ || sent[k].Tag is PosTag.CD or PosTag.VBN && k < i - 1)) k--;
            if (sent[k].Tag is PosTag.DT) k--;
            // "supplied millions of artillery shells": the object may be a count of them.
            if (k >= 2 && sent[k].Norm == "of" && sent[k - 1].Tag is PosTag.NNS or PosTag.CD && sent[k - 1].Norm is "millions" or "thousands" or "hundreds" or "dozens" or "tens" or "scores" or "tonnes" or "tons" or "rounds")
            {
                k -= 2;
                if (sent[k].Tag is PosTag.DT or PosTag.CD) k--;
            }
            if (k > 0 && sent[k].Tag == PosTag.RP) k--; // "carrying out air strikes"
            if (k >= 0 && (sent[k].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBG || sent[k].Tag == PosTag.VBN && k > 0 && IsHave(sent[k - 1].Norm))
                && !IsSayingOrThinking(Lemma(sent[k], entries[k])))
                t.Tag = PosTag.NNS;
            // "Fighters from the group attacked/VBN army positions/VBZ": with no finite verb before it, a bare participle
            // that could be past tense is the clause's verb and the -s form its object.
            else if (k > 0 && sent[k].Tag == PosTag.VBN && entries[k] is { } ve && ve.Has(PosTag.VBD) && !IsBe(sent[k - 1].Norm) && !IsHave(sent[k - 1].Norm)
                && !IsSayingOrThinking(Lemma(sent[k], entries[k])) && !FiniteVerbBefore(sent, k))
            {
                sent[k].Tag = PosTag.VBD;
                t.Tag = PosTag.NNS;
            }
        }
        // "bombed a government building in Bannu": after a determiner and a noun, an -ing form with a common
        // noun reading and nothing it could govern after it is the compound's head (not "a man running in").
        // Adjectives and nouns may come between: "torched a regional parliament building in Makassar". So is one before a
        // finite verb, whatever the lexicon says: "its debt restructuring was praised" (a verb there would have no object).
        if (t.Tag == PosTag.VBG && i >= 2 && sent[i - 1].Tag == PosTag.NN && DeterminerBeforeModifiers(sent, i - 2)
            && ((i + 1 == sent.Length || sent[i + 1].Tag is PosTag.IN or PosTag.Comma or PosTag.Period or PosTag.CC)
                    && entries[i] is { } ge && ge.Weight(PosTag.NN) >= 0.15f * ge.Weight(PosTag.VBG)
                || i + 1 < sent.Length && sent[i + 1].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD))
            t.Tag = PosTag.NN;
        // "called on both sides to halt": "both" without a following "and" is a determiner.
        if (t.Tag == PosTag.CC && t.Norm == "both" && i + 1 < sent.Length && sent[i + 1].Tag.IsNoun())
        {
            bool and = false;
            for (int k = i + 2; k < sent.Length && k <= i + 8 && sent[k].Tag is not (PosTag.Comma or PosTag.Period or PosTag.TO) && !sent[k].Tag.IsVerb(); k++)
                and |= sent[k].Norm == "and";
            if (!and) t.Tag = PosTag.DT;
        }
        // "a depot near Damascus", "posts opposite Kurram": before a name, a determiner or a number, a preposition.
        if (t.Norm is "near" or "opposite" && t.Tag != PosTag.IN && i > 0 && i + 1 < sent.Length && sent[i + 1].Tag is PosTag.NNP or PosTag.DT or PosTag.CD or PosTag.PRPS)
            t.Tag = PosTag.IN;
        // "has long served": "long" between a form of have and a past form is an adverb.
        if (t.Norm == "long" && t.Tag == PosTag.JJ && i > 0 && i + 1 < sent.Length && IsHave(sent[i - 1].Norm) && sent[i + 1].Tag is PosTag.VBD or PosTag.VBN)
        {
            t.Tag = PosTag.RB;
            sent[i + 1].Tag = PosTag.VBN;
        }
        // A verb whose participle is its base form: "has overcome", "have become".
        if (t.Tag == PosTag.VB && i > 0)
        {
            int left = LeftSkippingAdverbs(sent, i);
            if (left >= 0 && IsHave(sent[left].Norm) && sent[left].Tag.IsVerb()) t.Tag = PosTag.VBN;
        }
        // "not" and "n't" are RB; negation before a VBP after a modal makes it VB.
        if (t.Tag == PosTag.VBP && i > 0)
        {
            int left = LeftSkippingAdverbs(sent, i);
            if (left >= 0 && (sent[left].Tag is PosTag.MD or PosTag.TO || IsDoAux(sent[left].Norm))) t.Tag = PosTag.VB;
        }
    }

    // "Police beat protesters": a sentence with no verb takes as verb a word between two noun phrases
    // that has a past reading (headlines without one stay verbless). A participle after a comma is an adjunct
    // and leaves the sentence verbless ("Protesters set fire to parliament, demanding ...").
    private static void VerbOfAVerblessSentence(Span<TokenData> all, ReadOnlySpan<LexEntry?> entries)
    {
        // "An army drone strike hit/NN positions ..., killing 15 fighters, local officials said": a closing ", X said"
        // reports the sentence; the part before it still needs its own verb.
        // So does a clause after "as/when/after ..." ("Supporters of X set/VBN fire to a building as they rejected ...").
        var sent = all[..Math.Min(ReportingTailStart(all), SubordinateClauseStart(all))];
        bool nonFinite = false;
        for (int k = 0; k < sent.Length; k++)
        {
            if (sent[k].Tag.IsFiniteVerb() || sent[k].Tag is PosTag.MD) return;
            nonFinite |= sent[k].Tag is PosTag.VBN or PosTag.VBG or PosTag.VB && !(k > 0 && sent[k - 1].Tag == PosTag.Comma);
        }
        // "Gunmen from a local militia attacked/VBN police stations", "Sudan's government appealed/VBN to the UN": a bare
        // participle after a noun, before an object or a preposition other than "by", is the past tense the sentence lacks.
        for (int k = 1; k + 1 < sent.Length; k++)
            if (sent[k].Tag == PosTag.VBN && sent[k - 1].Tag.IsNoun() && entries[k] is { } pe && pe.Has(PosTag.VBD)
                && (sent[k + 1].Tag is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.JJ or PosTag.TO
                    || sent[k + 1].Tag == PosTag.IN && sent[k + 1].Norm != "by"))
            {
                sent[k].Tag = PosTag.VBD;
                return;
            }
        // "Abiy Ahmed, speaking at the dam site, again rejected/JJ Egyptian demands": after the comma that closes an
        // interruption, a past form read as an adjective before a noun phrase is the verb the sentence lacks.
        for (int k = 2; k + 1 < sent.Length; k++)
            if (sent[k].Tag == PosTag.JJ && sent[k].Norm.EndsWith("ed", StringComparison.Ordinal) && entries[k] is { } je && je.Has(PosTag.VBD)
                && LeftSkippingAdverbs(sent, k) is int before and >= 1 && sent[before].Tag == PosTag.Comma
                && sent[k + 1].Tag is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.JJ or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS)
            {
                sent[k].Tag = PosTag.VBD;
                return;
            }
        if (nonFinite) return;
        for (int k = 1; k + 1 < sent.Length; k++)
        {
            if (sent[k].Tag is not (PosTag.NN or PosTag.NNS) || !sent[k - 1].Tag.IsNoun() || entries[k] is not { } e) continue;
            // "Guards in western Libya beat and tortured/JJ migrants": also before "and" with a second past form read as
            // something else, which is then a verb too ("beat and robbed/VBD", "beat to death" are the Fixups' part).
            bool pair = sent[k + 1].Tag == PosTag.CC && k + 2 < sent.Length && sent[k + 2].Tag is PosTag.JJ or PosTag.VBN or PosTag.NN && entries[k + 2] is { } pe2 && pe2.Has(PosTag.VBD);
            if (!(sent[k + 1].Tag.IsNoun() || sent[k + 1].Tag is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.JJ || pair)) continue;
            if (e.Has(PosTag.VBD))
            {
                sent[k].Tag = PosTag.VBD;
                if (pair) sent[k + 2].Tag = PosTag.VBD;
                return;
            }
        }
    }

    // Where a later subordinate clause with its own subject starts ("... as they rejected"): a subordinator after the
    // third word followed by a pronoun, determiner or name; else the sentence's length.
    private static int SubordinateClauseStart(Span<TokenData> sent)
    {
        for (int k = 3; k + 1 < sent.Length; k++)
            if (sent[k].Tag == PosTag.IN && sent[k].Norm is "as" or "when" or "after" or "while" or "because" or "before" or "since" or "until" or "although"
                && sent[k + 1].Tag is PosTag.PRP or PosTag.DT or PosTag.NNP or PosTag.NNPS) return k;
        return sent.Length;
    }

    // Where a closing reporting clause (", local officials said.") starts: the last comma when only a short noun phrase
    // and a reporting verb follow it; else the sentence's length.
    private static int ReportingTailStart(Span<TokenData> sent)
    {
        int n = sent.Length;
        while (n > 0 && sent[n - 1].Has(TokenFlags.Punctuation) && sent[n - 1].Tag != PosTag.Comma) n--;
        if (n < 3 || sent[n - 1].Norm is not ("said" or "says" or "told" or "reported" or "added" or "announced" or "confirmed" or "stated")) return sent.Length;
        for (int k = n - 2; k >= 1 && k >= n - 9; k--)
        {
            if (sent[k].Tag == PosTag.Comma) return k;
            if (sent[k].Tag.IsVerb() || sent[k].Tag is PosTag.MD) return sent.Length;
        }
        return sent.Length;
    }

    // "villages that government forces captured in 2022": after a noun that takes no "that" clause, "that" + a short
    // noun phrase + a past verb with nothing to govern is a relative pronoun (the verb's object is the noun).
    private static bool RelativeWithGap(Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int i)
    {
        if (IsContentNoun(sent[i - 1].Norm)) return false;
        int k = i + 1;
        if (k < sent.Length && sent[k].Tag is PosTag.DT or PosTag.PRPS) k++;
        int nouns = 0;
        while (k < sent.Length && nouns < 4 && (sent[k].Tag.IsNoun() || sent[k].Tag.IsAdjective()) && entries[k]?.Has(PosTag.VBD) != true) { k++; nouns++; }
        if (nouns == 0 || k + 1 >= sent.Length || entries[k] is not { } verb || !verb.Has(PosTag.VBD)) return false;
        var after = sent[k + 1];
        return after.Tag is PosTag.IN or PosTag.Period or PosTag.Comma && after.Norm is not ("that" or "of");
    }

    private static bool IsContentNoun(string w) => w is "claim" or "claims" or "report" or "reports" or "fact" or "warning" or "warnings"
        or "news" or "evidence" or "hope" or "hopes" or "fear" or "fears" or "belief" or "assurance" or "assurances" or "promise"
        or "promises" or "sign" or "signs" or "statement" or "allegation" or "allegations" or "accusation" or "accusations"
        or "suggestion" or "notion" or "idea" or "view" or "concern" or "concerns" or "rumour" or "rumours" or "rumor" or "rumors"
        or "word" or "indication" or "indications" or "proof" or "possibility" or "message" or "argument" or "conclusion" or "condition"
        or "complaint" or "complaints" or "testimony" or "testimonies" or "assertion" or "assertions";

    private static bool LaterFiniteVerb(Span<TokenData> sent, int from)
    {
        for (int k = from; k < sent.Length; k++) if (sent[k].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD) return true;
        return false;
    }

    private static bool HasFiniteVerbBefore(Span<TokenData> sent, int end)
    {
        for (int k = 0; k < end; k++) if (sent[k].Tag.IsFiniteVerb()) return true;
        return false;
    }

    // From k: adverbs or one time phrase ("on Tuesday", "last week"), then a past-tense verb.
    private static bool PastVerbAfterTimePhrase(Span<TokenData> sent, int k)
    {
        while (k < sent.Length && sent[k].Tag.IsAdverb()) k++;
        if (k < sent.Length && sent[k].Tag == PosTag.IN && sent[k].Norm is "on" or "in")
        {
            k++;
            while (k < sent.Length && sent[k].Tag is PosTag.NNP or PosTag.CD) k++;
        }
        else if (k + 1 < sent.Length && sent[k].Norm is "last" or "this" && sent[k + 1].Norm is "week" or "month" or "year") k += 2;
        while (k < sent.Length && sent[k].Tag.IsAdverb()) k++;
        return k < sent.Length && sent[k].Tag == PosTag.VBD && k > 0 && sent[k - 1].Tag is not (PosTag.NN or PosTag.NNS or PosTag.PRP);
    }

    // A later token that is, or can be, a finite verb (past tense or a verb reading followed by a determiner).
    private static bool LaterVerb(Span<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int from)
    {
        for (int k = from; k < sent.Length; k++)
        {
            if (sent[k].Tag is PosTag.VBD or PosTag.VBN or PosTag.MD) return true;
            if (sent[k].Tag == PosTag.NN && entries[k]?.Has(PosTag.VBD) == true && k + 1 < sent.Length && sent[k + 1].Tag is PosTag.DT or PosTag.PRPS) return true;
            if (sent[k].Tag is PosTag.Comma) return false;
        }
        return false;
    }

    // The lemma of a token under its chosen tag.
    private static bool FiniteVerbBefore(ReadOnlySpan<TokenData> sent, int end)
    {
        for (int k = 0; k < end; k++) if (sent[k].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD) return true;
        return false;
    }

    // The noun at k ends the object of a sentence's first verb, a full verb other than one of saying, with no relative
    // pronoun, subordinator, conjunction or comma before that verb.
    private static bool ObjectOfPlainMainVerb(ReadOnlySpan<TokenData> sent, ReadOnlySpan<LexEntry?> entries, int k)
    {
        int j = k;
        // The object may run on through "of" phrases: "demanded the release of its civilians held in ...".
        while (j >= 0 && (sent[j].Tag.IsNoun() || sent[j].Tag.IsAdjective() || sent[j].Tag is PosTag.CD or PosTag.DT or PosTag.PRPS or PosTag.POS or PosTag.VBN
            || sent[j].Norm == "of" && j > 0 && sent[j - 1].Tag.IsNoun())) j--;
        if (j < 1 || sent[j].Tag is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP) || IsBe(sent[j].Norm) || IsHave(sent[j].Norm)
            || IsSayingOrThinking(Lemma(sent[j], entries[j]))) return false;
        for (int b = j - 1; b >= 0; b--)
            if (sent[b].Tag is PosTag.WDT or PosTag.WP or PosTag.WRB or PosTag.CC or PosTag.Comma or PosTag.Colon or PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD
                || (sent[b].Tag == PosTag.IN && IsSubordinatorWord(sent[b].Norm))) return false;
        return true;
    }

    // Verbs whose object may be a clause without "that": "said army units were ...".
    private static bool IsSayingOrThinking(string lemma) => lemma is "say" or "tell" or "think" or "believe" or "claim" or "announce"
        or "insist" or "warn" or "add" or "know" or "hope" or "fear" or "expect" or "show" or "suggest" or "find" or "argue" or "note"
        or "estimate" or "ensure" or "mean" or "admit" or "deny" or "confirm" or "report" or "feel" or "see" or "hear";

    private static string Lemma(in TokenData t, LexEntry? e)
    {
        if (e is not null)
        {
            string l = e.LemmaFor(t.Tag);
            if (!ReferenceEquals(l, e.Form) || e.Has(t.Tag) || !(t.Tag.IsVerb() || t.Tag.IsNoun())) return l;
        }
        return Lemmatizer.Guess(t.Norm, t.Tag, e);
    }
}
