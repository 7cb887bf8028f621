using Dyad.Text;

namespace Dyad.Chunk;

/// <summary>Builds phrases (noun, verb, prepositional, adjective and adverb phrases) over tagged tokens.</summary>
public interface IChunker
{
    /// <summary>Adds the phrases of every sentence.</summary>
    void Chunk(Document document);
}

/// <summary>
/// A deterministic chunker over Penn tags. Base phrases come first (NP, VP verb groups, PP, ADJP, ADVP);
/// then NPs are grouped into possessives, coordinations ("China and Pakistan") and appositions
/// ("Ishaq Dar, Pakistan's foreign minister,"), and each PP is attached to a verb group or a noun phrase.
/// Linear in sentence length; thread-safe and stateless.
/// </summary>
public sealed class Chunker : IChunker
{
    /// <inheritdoc/>
    public void Chunk(Document doc)
    {
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            ref var sd = ref doc.SentenceRef(s);
            int firstPhrase = doc.PhraseCount;
            BasePhrases(doc, sd.FirstToken, sd.EndToken);
            int endBase = doc.PhraseCount;
            GroupNounPhrases(doc, firstPhrase, endBase, sd.EndToken);
            AttachPrepositions(doc, firstPhrase, doc.PhraseCount);
            sd.FirstPhrase = firstPhrase;
            sd.EndPhrase = doc.PhraseCount;
            for (int p = firstPhrase; p < sd.EndPhrase; p++) doc.PhraseRef(p).Sentence = s;
            WriteChunkTags(doc, firstPhrase, doc.PhraseCount, sd.FirstToken, sd.EndToken);
        }
    }

    private static bool NounInside(PosTag t) =>
        t.IsNoun() || t.IsAdjective() || t is PosTag.CD or PosTag.VBN or PosTag.VBG || t == PosTag.POS;

    private static void BasePhrases(Document doc, int first, int end)
    {
        var tok = doc.Tokens;
        int i = first;
        while (i < end)
        {
            var tag = tok[i].Tag;
            int start = i;
            if (StartsNounPhrase(tok, i, end))
            {
                i = NounPhraseEnd(tok, i, end);
                AddNounPhrase(doc, start, i);
                continue;
            }
            // 'vowed to "crush" the jihadists', 'would "act"': a quotation may open between "to" or a modal and its verb.
            if (tag is PosTag.MD or PosTag.TO && i + 1 < end && (tok[i + 1].Tag.IsVerb() || tok[i + 1].Tag.IsAdverb()
                    || tok[i + 1].Tag == PosTag.OpenQuote && VerbAfterAdverbs(tok, i + 2, end)) || tag.IsVerb())
            {
                i = VerbGroupEnd(tok, i, end, out int head, out var flags);
                if (head >= 0)
                {
                    doc.AddPhrase(new PhraseData { Kind = PhraseKind.VP, FirstToken = start, EndToken = i, Head = head, Parent = -1, Child = -1, Attach = -1, Flags = flags });
                    continue;
                }
                i = start;
            }
            if (tag.IsAdverb() && !(i + 1 < end && (tok[i + 1].Tag.IsVerb() || tok[i + 1].Tag == PosTag.MD)))
            {
                while (i < end && tok[i].Tag.IsAdverb()) i++;
                if (i < end && tok[i].Tag.IsAdjective() && !StartsNounPhrase(tok, i, end))
                {
                    while (i < end && (tok[i].Tag.IsAdjective() || tok[i].Tag == PosTag.CC && i + 1 < end && tok[i + 1].Tag.IsAdjective())) i++;
                    doc.AddPhrase(Simple(PhraseKind.ADJP, start, i, i - 1));
                }
                else doc.AddPhrase(Simple(PhraseKind.ADVP, start, i, i - 1));
                continue;
            }
            if (tag.IsAdverb()) { i++; doc.AddPhrase(Simple(PhraseKind.ADVP, start, i, start)); continue; }
            if (tag.IsAdjective())
            {
                while (i < end && (tok[i].Tag.IsAdjective() || tok[i].Tag == PosTag.CC && i + 1 < end && tok[i + 1].Tag.IsAdjective())) i++;
                doc.AddPhrase(Simple(PhraseKind.ADJP, start, i, i - 1));
                continue;
            }
            if (tag is PosTag.IN or PosTag.TO)
            {
                // The PP is filled in later; here the preposition is its own token phrase.
                bool subordinator = IsSubordinator(tok[i].Norm) && !(i + 1 < end && StartsNounPhrase(tok, i + 1, end) && !ClauseFollows(tok, i + 1, end, subjunctive: tok[i].Norm == "that"));
                doc.AddPhrase(Simple(subordinator ? PhraseKind.SBAR : PhraseKind.PP, i, i + 1, i));
                i++;
                continue;
            }
            if (tag is PosTag.WDT or PosTag.WP or PosTag.WRB) { doc.AddPhrase(Simple(PhraseKind.SBAR, i, i + 1, i)); i++; continue; }
            if (tag == PosTag.RP) { doc.AddPhrase(Simple(PhraseKind.PRT, i, i + 1, i)); i++; continue; }
            if (tag == PosTag.UH) { doc.AddPhrase(Simple(PhraseKind.INTJ, i, i + 1, i)); i++; continue; }
            i++;
        }
    }

    private static PhraseData Simple(PhraseKind kind, int first, int end, int head) =>
        new() { Kind = kind, FirstToken = first, EndToken = end, Head = head, Parent = -1, Child = -1, Attach = -1 };

    private static bool IsSubordinator(string w) => w is "after" or "before" or "because" or "while" or "although" or "though"
        or "if" or "unless" or "since" or "until" or "till" or "whereas" or "whether" or "once" or "as" or "that" or "so" or "whilst";

    // A finite verb after the NP means the preposition introduces a clause ("after crowds trashed").
    // With `subjunctive`, a base verb counts too: "insisted that Kazakhstan honour the accord".
    private static bool ClauseFollows(ReadOnlySpan<TokenData> tok, int i, int end, bool subjunctive = false)
    {
        int k = NounPhraseEnd(tok, i, end);
        // "after the presidents of Congo and Rwanda signed": an of-phrase belongs to the subject.
        // "after a US air strike on a boat in the Caribbean killed": so do the subject's own place and target phrases.
        while (k + 1 < end && tok[k].Norm is "of" or "on" or "in" or "against" or "near" && StartsNounPhrase(tok, k + 1, end)) k = NounPhraseEnd(tok, k + 1, end);
        // "that India and China attacked", "after Arnor, Gondor and Rohan met": a list of NPs joined by a conjunction.
        for (int j = k; j < end && tok[j].Tag is PosTag.Comma or PosTag.CC;)
        {
            bool conj = tok[j].Tag == PosTag.CC && tok[j].Norm is "and" or "or" or "nor";
            if (!conj && tok[j].Tag == PosTag.CC) break;
            if (tok[j].Tag == PosTag.Comma && j + 1 < end && tok[j + 1].Tag == PosTag.CC) { j++; continue; }
            if (j + 1 >= end || !StartsNounPhrase(tok, j + 1, end)) break;
            j = NounPhraseEnd(tok, j + 1, end);
            if (conj)
            {
                // Coordinated subjects take a plural verb: "after Israeli and US strikes on" is a noun phrase.
                int v = j;
                while (v < end && tok[v].Tag.IsAdverb()) v++;
                if (v < end && tok[v].Tag == PosTag.VBZ) return false;
                k = j;
                break;
            }
        }
        // 'that Kabul "must rein in the TTP"': a quotation may open between the subject and its verb.
        while (k < end && (tok[k].Tag.IsAdverb() || tok[k].Tag == PosTag.OpenQuote)) k++;
        return k < end && (tok[k].Tag.IsFiniteVerb() || tok[k].Tag == PosTag.MD || subjunctive && tok[k].Tag == PosTag.VB);
    }

    private static bool StartsNounPhrase(ReadOnlySpan<TokenData> tok, int i, int end)
    {
        var t = tok[i].Tag;
        if (t.IsNoun() || t is PosTag.DT or PosTag.PDT or PosTag.PRPS or PosTag.PRP or PosTag.EX or PosTag.CD or PosTag.WPS or PosTag.Dollar or PosTag.Hash) return true;
        if (ModifiesNumber(tok, i, end)) return true;
        // "thousands of displaced civilians", "aid for wounded soldiers": a participle right after a preposition
        // modifies the noun after it (a gerund there stays a verb: "accused of supporting rebels").
        // So does one right after a full verb: "tortured captured soldiers" (be, have, get and do form passives and perfects).
        if (t == PosTag.VBN && i > 0 && (tok[i - 1].Tag is PosTag.IN or PosTag.TO && tok[i - 1].Norm != "by"
            || tok[i - 1].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP && tok[i - 1].Lemma is not ("be" or "have" or "get" or "do")))
        {
            int j = i + 1;
            while (j < end && tok[j].Tag.IsAdjective()) j++;
            if (j < end && tok[j].Tag.IsNoun()) return true;
        }
        if (t.IsAdjective() || t is PosTag.VBN or PosTag.VBG)
        {
            // An adjective or participle starts an NP only when a noun follows inside the run.
            int k = i;
            while (k < end && (tok[k].Tag.IsAdjective() || tok[k].Tag is PosTag.VBN or PosTag.VBG or PosTag.RB && k > i || tok[k].Tag == PosTag.CC && k + 1 < end && tok[k + 1].Tag.IsAdjective())) k++;
            if (t is PosTag.VBN or PosTag.VBG && k == i + 1 && k < end && tok[k].Tag.IsNoun() && i > 0 && (tok[i - 1].Tag.IsNoun() || tok[i - 1].Tag is PosTag.PRP)) return false;
            return k < end && tok[k].Tag.IsNoun() && k > i;
        }
        return false;
    }

    // "almost five years", "about 70 percent", "at least 30 soldiers", "more than 1,400 people": words before a
    // number belong to the NP (a QP in Penn).
    private static bool ModifiesNumber(ReadOnlySpan<TokenData> tok, int i, int end) => NumberModifierLength(tok, i, end) > 0;

    private static int NumberModifierLength(ReadOnlySpan<TokenData> tok, int i, int end)
    {
        int n = tok[i].Norm switch
        {
            "at" when i + 1 < end && tok[i + 1].Norm is "least" or "most" => 2,
            "more" or "less" or "fewer" when i + 1 < end && tok[i + 1].Norm == "than" => 2,
            "up" when i + 1 < end && tok[i + 1].Norm == "to" => 2,
            "as" when i + 2 < end && tok[i + 1].Norm is "many" or "much" && tok[i + 2].Norm == "as" => 3,
            "almost" or "nearly" or "roughly" or "approximately" or "some" or "only" or "just" or "barely" or "exactly" or "up" when tok[i].Tag is PosTag.RB or PosTag.IN or PosTag.RP => 1,
            "about" or "around" or "over" when tok[i].Tag is PosTag.RB or PosTag.IN => 1,
            "several" => 1, // "several thousand troops"
            _ => 0,
        };
        int k = i + n;
        // "at least a dozen homes": a count may be "a" + a number word.
        return n > 0 && k < end && (tok[k].Tag == PosTag.CD || tok[k].Tag == PosTag.Dollar && k + 1 < end && tok[k + 1].Tag == PosTag.CD
            || tok[k].Norm == "a" && k + 1 < end && tok[k + 1].Norm is "dozen" or "hundred" or "thousand" or "handful" or "few" or "couple" or "score") ? n : 0;
    }

    // The token after "( NAME )" of one to three proper nouns at k, else -1.
    private static int BracketedNameEnd(ReadOnlySpan<TokenData> tok, int k, int end)
    {
        int j = k + 1;
        while (j < end && j - k <= 3 && tok[j].Tag.IsProperNoun()) j++;
        return j > k + 1 && j < end && tok[j].Tag == PosTag.RightParen ? j + 1 : -1;
    }

    // The token after "( $400 million )", "( about 2 million euros )" at k, else -1: a number and currency words only.
    private static int BracketedAmountEnd(ReadOnlySpan<TokenData> tok, int k, int end)
    {
        int j = k + 1;
        bool number = false;
        while (j < end && j - k <= 6 && (tok[j].Tag is PosTag.Dollar or PosTag.CD || tok[j].Norm is "about" or "around" or "some" or "nearly" or "almost"
                   || number && tok[j].Tag is PosTag.NN or PosTag.NNS))
        {
            number |= tok[j].Tag == PosTag.CD;
            j++;
        }
        return number && j < end && tok[j].Tag == PosTag.RightParen ? j + 1 : -1;
    }

    private static int NounPhraseEnd(ReadOnlySpan<TokenData> tok, int i, int end)
    {
        var t = tok[i].Tag;
        if (t is PosTag.PRP or PosTag.EX) return i + 1;
        int k = i;
        k += NumberModifierLength(tok, k, end);
        if (tok[k].Tag == PosTag.PDT) k++;
        if (k < end && tok[k].Tag is PosTag.DT or PosTag.PRPS or PosTag.WPS) k++;
        if (k < end && tok[k].Tag is PosTag.Dollar or PosTag.Hash) k++;
        int lastNoun = -1;
        while (k < end)
        {
            var tk = tok[k].Tag;
            // A time expression after a noun is its own NP: "Gondor late Sunday", "Moscow today".
            if (lastNoun >= 0 && StartsTimeExpression(tok, k, end)) break;
            // "told reporters Uganda had closed": a name right after a plural common noun starts a new NP.
            if (tk is PosTag.NNP or PosTag.NNPS && lastNoun >= 0 && lastNoun == k - 1 && tok[lastNoun].Tag == PosTag.NNS) break;
            if (tk.IsNoun() || tk == PosTag.CD) { lastNoun = k; k++; continue; }
            // "the Tehrik-i-Taliban Pakistan (TTP) militants": a bracketed short name between a name and the noun it
            // modifies stays inside the NP.
            if (tk == PosTag.LeftParen && lastNoun == k - 1 && tok[lastNoun].Tag.IsProperNoun() && BracketedNameEnd(tok, k, end) is int after and > 0
                && after < end && tok[after].Tag.IsNoun()) { k = after; continue; }
            // "a 60 billion yen ($400 million) loan": a bracketed amount between a count and its noun stays inside too.
            if (tk == PosTag.LeftParen && lastNoun == k - 1 && BracketedAmountEnd(tok, k, end) is int past and > 0 && past < end && tok[past].Tag.IsNoun()
                && !tok[past].Tag.IsProperNoun()) { k = past; continue; }
            // A participle after the head starts a reduced relative: "the parade supporting Gondor".
            // Not after a count: "eight detained Americans" (a year is no count: "in 2024 killed people").
            if (tk is PosTag.VBN or PosTag.VBG && lastNoun >= 0
                && !(lastNoun == k - 1 && tok[lastNoun].Tag == PosTag.CD && !(tok[lastNoun].Length == 4 && tok[lastNoun].Has(TokenFlags.HasDigit))
                     && k + 1 < end && (tok[k + 1].Tag is PosTag.NNS or PosTag.NNPS or PosTag.NNP
                         || tok[k + 1].Tag == PosTag.NN && k + 2 < end && tok[k + 2].Tag is PosTag.NNS or PosTag.NN))) break; // "64 captured army soldiers"
            if (tk.IsAdjective() || tk is PosTag.VBN or PosTag.VBG) { k++; continue; }
            if (tk.IsAdverb() && k + 1 < end && tok[k + 1].Tag.IsAdjective() && lastNoun < 0) { k++; continue; }
            // "the Democratic Republic of Congo's army", "the Bank of England's governor": an "of" inside a name that a
            // possessive closes stays inside the NP.
            if (tk == PosTag.IN && tok[k].Norm == "of" && lastNoun == k - 1 && tok[lastNoun].Tag.IsProperNoun())
            {
                int j = k + 1;
                if (j < end && tok[j].Norm == "the") j++;
                int name = j;
                while (j < end && tok[j].Tag.IsProperNoun()) j++;
                if (j > name && j < end && tok[j].Tag == PosTag.POS) { lastNoun = j - 1; k = j; continue; }
            }
            // A possessive continues the NP: "Pakistan 's measures".
            if (tk == PosTag.POS && lastNoun >= 0 && k + 1 < end && (StartsNounPhrase(tok, k + 1, end) || tok[k + 1].Tag.IsNoun()) && tok[k + 1].Tag is not PosTag.PRP and not PosTag.DT)
            {
                k++;
                continue;
            }
            if (tk == PosTag.POS && lastNoun >= 0) { k++; lastNoun = k - 1; break; }
            // Adjective coordination inside an NP: "political and economic ties", "China's economic and military aid".
            if (tk == PosTag.CC && (lastNoun < 0 || tok[lastNoun + 1].Tag == PosTag.POS && lastNoun + 1 < k - 1) && k > i && tok[k - 1].Tag.IsAdjective() && k + 1 < end && tok[k + 1].Tag.IsAdjective()) { k++; continue; }
            break;
        }
        // Trailing adjectives or participles do not belong to the NP ("troops deployed").
        int stop = lastNoun >= 0 ? lastNoun + 1 : k;
        if (stop <= i) stop = Math.Min(end, i + 1);
        return stop;
    }

    internal static bool StartsTimeExpression(ReadOnlySpan<TokenData> tok, int k, int end)
    {
        string w = tok[k].Norm;
        if (w is "today" or "yesterday" or "tomorrow" or "tonight") return true;
        if (w is "next" or "last" or "this" or "late" or "early" && k + 1 < end) return IsTimeNoun(tok[k + 1].Norm);
        return false;
    }

    private static bool IsTimeNoun(string w) => w is "week" or "month" or "year" or "weekend" or "monday" or "tuesday" or "wednesday"
        or "thursday" or "friday" or "saturday" or "sunday" or "morning" or "night" or "evening" or "afternoon" or "summer" or "winter"
        or "spring" or "autumn" or "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august"
        or "september" or "october" or "november" or "december";

    private static void AddNounPhrase(Document doc, int start, int end)
    {
        var tok = doc.Tokens;
        int possessive = -1;
        for (int k = start; k < end; k++) if (tok[k].Tag == PosTag.POS) possessive = k;
        int head = end - 1;
        while (head > start && tok[head].Tag == PosTag.POS) head--;
        var flags = PhraseFlags.None;
        if (tok[start].Tag is PosTag.PRP) flags |= PhraseFlags.Pronoun;
        int proper = 0, words = 0;
        for (int k = start; k < end; k++)
        {
            if (tok[k].Tag is PosTag.DT or PosTag.POS) continue;
            words++;
            if (tok[k].Tag.IsProperNoun()) proper++;
        }
        if (words > 0 && proper * 2 > words) flags |= PhraseFlags.Proper;
        if (possessive >= 0 && possessive == end - 1) flags |= PhraseFlags.Possessive;
        if (possessive >= 0 && possessive < end - 1)
        {
            // "Pakistan 's measures": the possessor is a child NP.
            int outer = doc.AddPhrase(new PhraseData { Kind = PhraseKind.NP, FirstToken = start, EndToken = end, Head = head, Parent = -1, Child = -1, Attach = -1, Flags = flags & ~PhraseFlags.Possessive });
            int inner = doc.AddPhrase(new PhraseData { Kind = PhraseKind.NP, FirstToken = start, EndToken = possessive + 1, Head = possessive - 1, Parent = outer, Child = -1, Attach = -1, Flags = PhraseFlags.Possessive | (tok[start].Tag.IsProperNoun() ? PhraseFlags.Proper : 0) });
            doc.PhraseRef(outer).Child = inner;
            return;
        }
        doc.AddPhrase(new PhraseData { Kind = PhraseKind.NP, FirstToken = start, EndToken = end, Head = head, Parent = -1, Child = -1, Attach = -1, Flags = flags });
    }

    private static bool IsRemain(string w) => w is "remain" or "remains" or "remained" or "remaining" or "stay" or "stays" or "stayed";

    // A verb group: modals, auxiliaries, adverbs and negation, the main verb, and a particle.
    private static int VerbGroupEnd(ReadOnlySpan<TokenData> tok, int i, int end, out int head, out PhraseFlags flags)
    {
        head = -1;
        flags = PhraseFlags.None;
        int k = i;
        bool sawBe = false, sawGet = false;
        if (tok[k].Tag == PosTag.TO) { flags |= PhraseFlags.Infinitive; k++; }
        while (k < end)
        {
            var t = tok[k].Tag;
            string w = tok[k].Norm;
            if (t == PosTag.MD)
            {
                flags |= PhraseFlags.Modal;
                if (w is "will" or "'ll" or "shall" or "wo") flags |= PhraseFlags.Future;
                if (w == "cannot") flags |= PhraseFlags.Negated;
                k++;
                continue;
            }
            // A verb in scare quotes after its auxiliary, modal or "to": had "expelled" the ship, to "crush" them, would "act".
            if (t is PosTag.OpenQuote or PosTag.CloseQuote && (head >= 0 && IsAuxiliary(tok[head].Norm) || head < 0 && (flags & (PhraseFlags.Infinitive | PhraseFlags.Modal)) != 0)
                && VerbAfterAdverbs(tok, k + 1, end))
            {
                k++;
                continue;
            }
            if (t.IsAdverb() || w is "not" or "n't")
            {
                // Adverbs belong to the group only between verbs: "has not yet signed".
                int j = k;
                while (j < end && (tok[j].Tag.IsAdverb() || tok[j].Norm is "not" or "n't")) j++;
                if (j < end && (tok[j].Tag.IsVerb() || tok[j].Tag == PosTag.MD) && (head >= 0 || (flags & PhraseFlags.Modal) != 0 || (flags & PhraseFlags.Infinitive) != 0))
                {
                    for (int a = k; a < j; a++) if (tok[a].Norm is "not" or "n't" or "never") flags |= PhraseFlags.Negated;
                    k = j;
                    continue;
                }
                if (head >= 0 && tok[k].Norm is "not" or "n't" or "never")
                {
                    flags |= PhraseFlags.Negated;
                    k = j;
                    continue;
                }
                break;
            }
            if (t.IsVerb())
            {
                // Two verb groups in a row with no auxiliary link ("said attacked") do not merge.
                // "remained committed to": a participle after "remain" or "stay" is its predicate, as after "be".
                if (head >= 0 && !IsAuxiliary(tok[head].Norm) && !(t == PosTag.VBN && IsRemain(tok[head].Norm))) break;
                if (head >= 0 && t is PosTag.VBD or PosTag.VBZ or PosTag.VBP) break;
                if (sawBe && t == PosTag.VBN) flags |= PhraseFlags.Passive;
                if (sawGet && t == PosTag.VBN) flags |= PhraseFlags.Passive;
                if (w is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am" or "'s" or "'re" or "'m" || IsRemain(w)) sawBe = true;
                else if (t == PosTag.VBN || t == PosTag.VBG) sawBe = sawBe && w is "been" or "being";
                if (w is "get" or "got" or "gets" or "gotten") sawGet = true;
                head = k;
                k++;
                continue;
            }
            if (t == PosTag.RP && head >= 0) { k++; continue; }
            // 'was "deeply concerned"': a quotation may open inside the verb group, after an auxiliary.
            if (t == PosTag.OpenQuote && head >= 0 && IsAuxiliary(tok[head].Norm) && k + 1 < end
                && (tok[k + 1].Tag.IsAdverb() || tok[k + 1].Tag is PosTag.VBN or PosTag.VBG)) { k++; continue; }
            break;
        }
        if (head >= 0 && tok[head].Norm is "going" && k + 1 < end && tok[k].Tag == PosTag.TO) flags |= PhraseFlags.Future;
        // A passive is be/get + VBN as the last verb.
        if (head >= 0 && (flags & PhraseFlags.Passive) != 0 && tok[head].Tag != PosTag.VBN) flags &= ~PhraseFlags.Passive;
        if (head >= 0 && tok[head].Tag == PosTag.VBG && i == head) flags |= PhraseFlags.Participle;
        return head >= 0 ? k : i + 1;
    }

    // A verb at k, or after adverbs and "not" from k: 'would "not stand idle"'.
    private static bool VerbAfterAdverbs(ReadOnlySpan<TokenData> tok, int k, int end)
    {
        while (k < end && (tok[k].Tag.IsAdverb() || tok[k].Norm is "not" or "n't")) k++;
        return k < end && tok[k].Tag.IsVerb();
    }

    private static bool IsAuxiliary(string w) => w is "be" or "is" or "are" or "was" or "were" or "been" or "being" or "am" or "'s" or "'re" or "'m"
        or "have" or "has" or "had" or "having" or "'ve" or "do" or "does" or "did" or "get" or "got" or "gets" or "gotten";

    // NP i lies in a phrase that opens the sentence with a preposition and reaches no comma before it.
    private static bool InOpeningPrepositionalPhrase(Document doc, ReadOnlySpan<TokenData> tok, int firstPhrase, int i)
    {
        int start = doc.PhraseRef(firstPhrase).FirstToken;
        while (start < doc.PhraseRef(i).FirstToken && tok[start].Has(TokenFlags.Dateline)) start++;
        if (tok[start].Tag != PosTag.IN || start >= doc.PhraseRef(i).FirstToken) return false;
        for (int k = start; k < doc.PhraseRef(i).FirstToken; k++)
            if (tok[k].Tag is PosTag.Comma or PosTag.CC || tok[k].Tag.IsVerb()) return false;
        return true;
    }

    // Coordination and apposition groups over top-level NPs.
    private static void GroupNounPhrases(Document doc, int first, int end, int tokenEnd)
    {
        var tok = doc.Tokens;
        int i = first;
        while (i < end)
        {
            ref var p = ref doc.PhraseRef(i);
            if (p.Kind != PhraseKind.NP || p.Parent >= 0) { i++; continue; }
            // Collect "NP (, NP)* (,)? CC NP" with only commas and one conjunction between.
            int members = 1, last = i, cc = -1;
            int j = NextTopLevel(doc, i, end);
            while (j >= 0)
            {
                int gapStart = doc.PhraseRef(last).EndToken, gapEnd = doc.PhraseRef(j).FirstToken;
                if (doc.PhraseRef(j).Kind != PhraseKind.NP || (doc.PhraseRef(j).Flags & PhraseFlags.Pronoun) != 0) break;
                if (!OnlyCommasAndConjunction(tok, gapStart, gapEnd, out int conj)) break;
                if (conj >= 0 && cc >= 0) break;
                if (conj < 0 && gapEnd == gapStart) break;
                // "On Saturday, South Korean and US jets ...": a time before a comma opens the sentence, it is no conjunct.
                if (conj < 0 && members == 1 && IsTimeNoun(tok[doc.PhraseRef(i).Head].Norm)) break;
                // "In the Chinese city of Kunming, junta officials and the TNLA held talks": so does a place in an opening
                // prepositional phrase.
                if (conj < 0 && members == 1 && InOpeningPrepositionalPhrase(doc, tok, first, i)) break;
                // "designated X a terrorist organisation and this week imposed sanctions": a time after the conjunction opens
                // the next clause, it is no conjunct.
                if (conj >= 0 && IsTimeNoun(tok[doc.PhraseRef(j).Head].Norm) && doc.PhraseRef(j).EndToken < tokenEnd
                    && tok[doc.PhraseRef(j).EndToken].Tag.IsFiniteVerb()) break;
                if (conj >= 0) cc = conj;
                members++;
                last = j;
                if (cc >= 0) break;
                j = NextTopLevel(doc, j, end);
            }
            // "Gurung, a former prime minister and senior leader of the Nepali Congress, said": a name and two descriptions
            // sharing one article are the name and its apposition, not a list of three.
            if (members == 3 && cc >= 0 && NextTopLevel(doc, i, end) is int mid && IsSharedArticlePair(doc, tok, i, mid, last))
            {
                int pair = doc.AddPhrase(new PhraseData
                {
                    Kind = PhraseKind.NP, Flags = PhraseFlags.Coordination, FirstToken = doc.PhraseRef(mid).FirstToken, EndToken = doc.PhraseRef(last).EndToken,
                    Head = doc.PhraseRef(last).Head, Parent = -1, Child = -1, Attach = -1,
                });
                doc.PhraseRef(mid).Parent = doc.PhraseRef(last).Parent = pair;
                if (IsApposition(doc, i, pair, tokenEnd, out int descriptionEnd))
                {
                    int parent = doc.AddPhrase(new PhraseData
                    {
                        Kind = PhraseKind.NP, Flags = PhraseFlags.Apposition | (doc.PhraseRef(i).Flags & PhraseFlags.Proper),
                        FirstToken = doc.PhraseRef(i).FirstToken, EndToken = descriptionEnd, Head = doc.PhraseRef(i).Head, Parent = -1, Child = -1, Attach = -1,
                    });
                    doc.PhraseRef(i).Parent = doc.PhraseRef(pair).Parent = parent;
                }
                i = last + 1;
                continue;
            }
            if (members >= 2 && cc >= 0 && !ClauseCoordination(doc, i, last, end))
            {
                ref var a = ref doc.PhraseRef(i);
                ref var b = ref doc.PhraseRef(last);
                int parent = doc.AddPhrase(new PhraseData
                {
                    Kind = PhraseKind.NP, Flags = PhraseFlags.Coordination | (a.Flags & b.Flags & PhraseFlags.Proper),
                    FirstToken = a.FirstToken, EndToken = b.EndToken, Head = b.Head, Parent = -1, Child = -1, Attach = -1,
                });
                for (int k = i; k <= last; k++)
                    if (doc.PhraseRef(k).Kind == PhraseKind.NP && doc.PhraseRef(k).Parent < 0) doc.PhraseRef(k).Parent = parent;
                i = last + 1;
                continue;
            }
            if (members == 2 && cc < 0 && IsApposition(doc, i, last, tokenEnd, out int appositionEnd))
            {
                // "The US envoy for Syria, Tom Barrack, said": a name after a prepositional phrase renames the noun
                // the phrase belongs to, so the apposition starts there.
                int host = HostOfNamedPhrase(doc, first, i, last);
                ref var a = ref doc.PhraseRef(host);
                ref var b = ref doc.PhraseRef(last);
                // "Kim Yo Jong, the sister of leader Kim Jong Un, warned": the apposition runs to its closing comma.
                int parent = doc.AddPhrase(new PhraseData
                {
                    Kind = PhraseKind.NP, Flags = PhraseFlags.Apposition | (a.Flags & PhraseFlags.Proper),
                    FirstToken = a.FirstToken, EndToken = Math.Max(b.EndToken, appositionEnd), Head = a.Head, Parent = -1, Child = -1, Attach = -1,
                });
                // Not through a and b: AddPhrase may have grown the array, and writes through refs into the old one were lost.
                doc.PhraseRef(host).Parent = parent;
                doc.PhraseRef(i).Parent = parent;
                doc.PhraseRef(last).Parent = parent;
                i = last + 1;
                continue;
            }
            i++;
        }
    }

    // The NP before "of/for/on/to" + NP a, when b (the name after a's comma) is a bare proper name: "the president
    // of France, Emmanuel Macron" (not "troops in Syria, the neighbour of Iraq"). Else a itself.
    private static int HostOfNamedPhrase(Document doc, int first, int a, int b)
    {
        var tok = doc.Tokens;
        ref var pb = ref doc.PhraseRef(b);
        for (int k = pb.FirstToken; k < pb.EndToken; k++)
            if (tok[k].Tag != PosTag.NNP) return a;
        int host = a;
        for (int hops = 0; hops < 2; hops++)
        {
            int prep = doc.PhraseRef(host).FirstToken - 1;
            if (prep < 1 || tok[prep].Tag is not (PosTag.IN or PosTag.TO) || tok[prep].Norm is not ("of" or "for" or "on" or "to")) break;
            int before = -1;
            for (int k = host - 1; k >= first; k--)
                if (doc.PhraseRef(k).Kind == PhraseKind.NP && doc.PhraseRef(k).Parent < 0 && doc.PhraseRef(k).EndToken == prep) { before = k; break; }
            if (before < 0) break;
            host = before;
        }
        return host;
    }

    private static int NextTopLevel(Document doc, int i, int end)
    {
        for (int k = i + 1; k < end; k++)
            if (doc.PhraseRef(k).Parent < 0 && doc.PhraseRef(k).FirstToken >= doc.PhraseRef(i).EndToken) return k;
        return -1;
    }

    private static bool OnlyCommasAndConjunction(ReadOnlySpan<TokenData> tok, int from, int to, out int conj)
    {
        conj = -1;
        for (int k = from; k < to; k++)
        {
            if (tok[k].Tag == PosTag.Comma) continue;
            if (tok[k].Tag == PosTag.CC && tok[k].Norm is "and" or "or" or "&" or "nor" && conj < 0) { conj = k; continue; }
            return false;
        }
        return true;
    }

    // "X met Y and Z signed" coordinates clauses, not NPs: the last conjunct is followed by a finite verb
    // while the first is an object.
    private static bool ClauseCoordination(Document doc, int firstNp, int lastNp, int end)
    {
        var tok = doc.Tokens;
        int after = doc.PhraseRef(lastNp).EndToken;
        int sentenceEnd = tok.Length;
        while (after < sentenceEnd && tok[after].Tag.IsAdverb()) after++;
        // "condemned the attack, and the AU chairperson, Mahmoud Ali Youssouf, said": after ", and" a name in
        // commas may stand between the last conjunct and its verb.
        int lastFirst = doc.PhraseRef(lastNp).FirstToken;
        if (after < sentenceEnd && tok[after].Tag == PosTag.Comma && lastFirst >= 2 && tok[lastFirst - 1].Tag == PosTag.CC && tok[lastFirst - 2].Tag == PosTag.Comma)
        {
            int k = after + 1;
            while (k < sentenceEnd && tok[k].Tag == PosTag.NNP) k++;
            if (k > after + 1 && k < sentenceEnd && tok[k].Tag == PosTag.Comma) after = k + 1;
        }
        // "..., and opposition lawmakers from the Podemos party accused": so may a short prepositional phrase.
        if (after + 1 < sentenceEnd && tok[after].Tag == PosTag.IN && lastFirst >= 2 && tok[lastFirst - 1].Tag == PosTag.CC && tok[lastFirst - 2].Tag == PosTag.Comma)
        {
            int k = after + 1;
            while (k < sentenceEnd && k - after <= 6 && (tok[k].Tag.IsNoun() || tok[k].Tag.IsAdjective() || tok[k].Tag is PosTag.DT or PosTag.PRPS or PosTag.CD or PosTag.POS)) k++;
            if (k > after + 1 && k < sentenceEnd && (tok[k].Tag.IsFiniteVerb() || tok[k].Tag == PosTag.MD)) after = k;
        }
        // "..., and the U.S. Treasury on Wednesday added": a date may stand between the last conjunct and its verb.
        if (after + 1 < sentenceEnd && tok[after].Norm == "on" && IsTimeNoun(tok[after + 1].Norm))
        {
            after += 2;
            if (after < sentenceEnd && tok[after].Tag == PosTag.CD) after++;
        }
        else if (after + 1 < sentenceEnd && StartsTimeExpression(tok, after, sentenceEnd)) after += tok[after].Norm is "today" or "yesterday" or "tomorrow" or "tonight" ? 1 : 2;
        while (after < sentenceEnd && tok[after].Tag.IsAdverb()) after++;
        bool verbAfter = after < sentenceEnd && (tok[after].Tag.IsFiniteVerb() || tok[after].Tag == PosTag.MD);
        if (!verbAfter) return false;
        // "marched on the legislature, and police fired": ", and" before the second of two NPs with its own verb.
        // Looking back stops at the sentence's start: a headline's last verb ("Drone row deepens") is no verb of this one.
        int firstToken = doc.PhraseRef(firstNp).FirstToken;
        bool opens = tok[firstToken].Has(TokenFlags.SentenceStart);
        if (lastNp == NextTopLevel(doc, firstNp, sentenceEnd) && lastFirst >= 2 && tok[lastFirst - 1].Tag == PosTag.CC && tok[lastFirst - 2].Tag == PosTag.Comma
            && !opens && tok[firstToken - 1].Tag is PosTag.IN or PosTag.TO) return true;
        int before = firstToken - 1;
        while (before >= 0 && !tok[before + 1].Has(TokenFlags.SentenceStart) && (tok[before].Tag.IsAdverb() || tok[before].Tag == PosTag.RP)) before--;
        // "believes Dagolath and Osgiliath can cope": after a verb of saying or thinking the NPs are the
        // coordinated subject of its complement.
        return before >= 0 && !tok[before + 1].Has(TokenFlags.SentenceStart) && tok[before].Tag.IsVerb() && !TakesBareComplement(tok[before].Lemma);
    }

    private static bool TakesBareComplement(string lemma) => lemma is "say" or "believe" or "think" or "claim" or "insist" or "allege"
        or "indicate" or "suggest" or "argue" or "predict" or "note" or "add" or "assert" or "fear" or "hope" or "expect";

    // A proper name, a comma, then "a/an NOUN and NOUN" where the second noun, singular and without an article of its
    // own, shares the first one's: one person described twice ("a lawyer and activist"), not three members of a list.
    private static bool IsSharedArticlePair(Document doc, ReadOnlySpan<TokenData> tok, int name, int first, int second)
    {
        ref var n = ref doc.PhraseRef(name);
        ref var a = ref doc.PhraseRef(first);
        ref var b = ref doc.PhraseRef(second);
        return (n.Flags & PhraseFlags.Proper) != 0 && a.FirstToken == n.EndToken + 1 && tok[n.EndToken].Tag == PosTag.Comma
            && tok[a.FirstToken].Norm is "a" or "an" && a.Head >= 0 && tok[a.Head].Tag == PosTag.NN
            && b.FirstToken == a.EndToken + 1 && tok[a.EndToken].Tag == PosTag.CC && b.Head >= 0 && tok[b.Head].Tag == PosTag.NN
            && tok[b.FirstToken].Tag is not (PosTag.DT or PosTag.PRPS or PosTag.CD);
    }

    // "Ishaq Dar, Pakistan's foreign minister," — a proper NP, a comma, a descriptive NP, then a comma,
    // a verb or the end.
    // end: the sentence's end token (an apposition's "of" phrase must not run into the next sentence).
    private static bool IsApposition(Document doc, int a, int b, int end, out int appositionEnd)
    {
        var tok = doc.Tokens;
        ref var pa = ref doc.PhraseRef(a);
        ref var pb = ref doc.PhraseRef(b);
        appositionEnd = pb.EndToken;
        if (pb.FirstToken - pa.EndToken != 1 || tok[pa.EndToken].Tag != PosTag.Comma) return false;
        if ((pa.Flags & PhraseFlags.Proper) == 0 && (pb.Flags & PhraseFlags.Proper) == 0) return false;
        if ((pa.Flags & PhraseFlags.Pronoun) != 0) return false;
        int after = pb.EndToken;
        // A PP may extend the apposition ("the leader of the group", "the mayor of Uruapan in Michoacan state"), within
        // the sentence.
        while (after < end && tok[after].Tag == PosTag.IN && tok[after].Norm is "of" or "in")
        {
            int k = after + 1;
            if (k < end && StartsNounPhrase(tok, k, end)) after = NounPhraseEnd(tok, k, end);
            else break;
        }
        appositionEnd = after;
        if (after >= end) return true;
        var t = tok[after].Tag;
        // "Hikmat al-Hijri, the Druze cleric who leads the community, accused": a relative clause on the apposition that
        // closes with a comma before the main verb; the apposition itself ends before "who".
        if (tok[after].Norm is "who" or "whose" && (pa.Flags & PhraseFlags.Proper) != 0 && RelativeClosesBeforeVerb(tok, after + 1, end)) return true;
        if (t == PosTag.Comma)
        {
            // Not a list: "China, Pakistan, and India".
            int k = after + 1;
            if (k < end && tok[k].Tag == PosTag.CC) return false;
            return !(k < end && StartsNounPhrase(tok, k, end) && ListContinues(tok, k, end));
        }
        return t is PosTag.Period;
    }

    // The first comma after `from` is followed by a finite verb (the sentence's main verb), with no period or conjunction
    // before it.
    private static bool RelativeClosesBeforeVerb(ReadOnlySpan<TokenData> tok, int from, int end)
    {
        for (int k = from; k + 1 < end; k++)
        {
            if (tok[k].Tag is PosTag.Period or PosTag.CC) return false;
            if (tok[k].Tag != PosTag.Comma) continue;
            int v = k + 1;
            if (tok[v].Tag == PosTag.RB && v + 1 < end) v++;
            return tok[v].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD;
        }
        return false;
    }

    private static bool ListContinues(ReadOnlySpan<TokenData> tok, int k, int end)
    {
        int e = NounPhraseEnd(tok, k, end);
        return e < end && (tok[e].Tag == PosTag.CC || tok[e].Tag == PosTag.Comma && e + 1 < end && tok[e + 1].Tag == PosTag.CC);
    }

    // Each preposition phrase takes the NP after it as its object and attaches to the phrase before.
    private static void AttachPrepositions(Document doc, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ref var p = ref doc.PhraseRef(i);
            if (p.Kind != PhraseKind.PP) continue;
            int obj = TopLevelNpStartingAt(doc, p.EndToken, first, end);
            if (obj < 0) continue;
            p.Child = obj;
            p.EndToken = doc.PhraseRef(obj).EndToken;
            doc.PhraseRef(obj).Parent = i;
            p.Attach = AttachmentSite(doc, i, first);
        }
    }

    private static int TopLevelNpStartingAt(Document doc, int token, int first, int end)
    {
        int best = -1;
        for (int k = first; k < end; k++)
        {
            ref var q = ref doc.PhraseRef(k);
            if (q.Kind == PhraseKind.NP && q.FirstToken == token && q.Parent < 0)
                if (best < 0 || q.EndToken > doc.PhraseRef(best).EndToken) best = k;
            // The object of a PP inside an apposition that starts before it: "the envoy for [Syria], Tom Barrack".
            if (q.Kind == PhraseKind.NP && q.FirstToken == token && q.Parent >= 0 && (doc.PhraseRef(q.Parent).Flags & PhraseFlags.Apposition) != 0
                && doc.PhraseRef(q.Parent).FirstToken < token && best < 0) best = k;
            if (q.Kind == PhraseKind.NP && q.FirstToken == token && q.Parent >= 0 && doc.PhraseRef(q.Parent).Kind == PhraseKind.NP
                && doc.PhraseRef(q.Parent).FirstToken == token && doc.PhraseRef(q.Parent).Parent < 0)
                if (best < 0 || doc.PhraseRef(q.Parent).EndToken > doc.PhraseRef(best).EndToken) best = q.Parent;
        }
        return best;
    }

    // "of" attaches to the noun before it; other prepositions to the nearest verb group on the left,
    // or to the noun right before when there is no verb.
    private static int AttachmentSite(Document doc, int pp, int first)
    {
        var tok = doc.Tokens;
        ref var p = ref doc.PhraseRef(pp);
        string prep = tok[p.Head].Norm;
        int prevNp = -1, prevVp = -1;
        for (int k = pp - 1; k >= first; k--)
        {
            ref var q = ref doc.PhraseRef(k);
            if (q.EndToken > p.FirstToken) continue;
            if (q.Kind == PhraseKind.NP && prevNp < 0 && q.EndToken == p.FirstToken) prevNp = TopOf(doc, k, p.FirstToken);
            if (q.Kind == PhraseKind.VP) { prevVp = k; break; }
            if (q.Kind == PhraseKind.SBAR) break;
        }
        if (prep is "of") return prevNp >= 0 ? prevNp : prevVp;
        if (prevNp >= 0 && prevVp < 0) return prevNp;
        return prevVp >= 0 ? prevVp : prevNp;
    }

    // The largest NP group that ends where the PP starts: a group running on past the PP ("the envoy for Syria,
    // Tom Barrack") contains the PP, which belongs to the member before it.
    private static int TopOf(Document doc, int k, int ppFirst)
    {
        while (doc.PhraseRef(k).Parent >= 0 && doc.PhraseRef(doc.PhraseRef(k).Parent).Kind == PhraseKind.NP && doc.PhraseRef(doc.PhraseRef(k).Parent).EndToken <= ppFirst)
            k = doc.PhraseRef(k).Parent;
        return k;
    }

    private static void WriteChunkTags(Document doc, int first, int end, int firstToken, int endToken)
    {
        var tok = doc.Tokens;
        for (int k = firstToken; k < endToken; k++) tok[k].Chunk = new ChunkTag(PhraseKind.O, false);
        for (int i = first; i < end; i++)
        {
            ref var p = ref doc.PhraseRef(i);
            // Chunk tags show base phrases only: a PP tags its preposition; groups keep their parts' tags.
            if (p.Kind == PhraseKind.NP && (p.Flags & (PhraseFlags.Coordination | PhraseFlags.Apposition)) != 0) continue;
            if (p.Kind == PhraseKind.NP && p.Parent >= 0 && doc.PhraseRef(p.Parent).Kind == PhraseKind.NP && doc.PhraseRef(p.Parent).Child == i) continue;
            int last = p.Kind == PhraseKind.PP ? p.FirstToken + 1 : p.EndToken;
            for (int k = p.FirstToken; k < last; k++)
            {
                var kind = p.Kind == PhraseKind.VP && tok[k].Tag == PosTag.RP ? PhraseKind.PRT : p.Kind;
                tok[k].Chunk = new ChunkTag(kind, k == p.FirstToken || kind != tok[k - 1].Chunk.Kind);
            }
        }
    }
}
