using Dyad.Coding.Dictionaries;
using Dyad.Text;

namespace Dyad.Coding.Matching;

/// <summary>The outcome of matching one pattern at one anchor: bound slots, or why it failed.</summary>
internal readonly record struct PatternMatch(bool Success, int SourceToken, int TargetToken, PatternItem? FailedItem, string? FailureKind)
{
    // Failures are described lazily: formatting a message for every pattern tried dominated coding time.
    public static PatternMatch Fail(string kind, PatternItem? item = null) => new(false, -1, -1, item, kind);

    /// <summary>Why the match failed, for explanations.</summary>
    public string? Failure => Success ? null : FailureKind switch
    {
        "after" => $"'{FailedItem}' not found after the anchor",
        "before" => $"'{FailedItem}' not found before the anchor",
        "target" => "no actor where '+' stands",
        "source" => "no actor where '$' stands",
        "words" => $"'{FailedItem}' does not occur in the sentence",
        _ => FailureKind,
    };
}

/// <summary>
/// Matches a pattern's items around an anchor token: items after the anchor left to right, items
/// before it right to left, each word within the gap the dictionary's policy allows, each slot at the
/// next actor name. Stateless.
/// </summary>
internal static class PatternMatcher
{
    private const int MaxModifierGap = 5;
    private const int MaxExplicitGap = 8;

    /// <summary>
    /// A cheap test before matching: every word item with few alternatives must have one whose first word
    /// occurs in the sentence (as a folded form or lemma). Most of a verb's patterns fail here.
    /// </summary>
    public static PatternItem? MissingWord(VerbPattern p, SentenceWordSet sentenceWords, bool reciprocal = false)
    {
        foreach (var test in p.WordTests)
        {
            // "Both sides expanded cooperation": for a reciprocal subject the final "with +" may be absent.
            if (reciprocal && p.After.Length >= 2 && ReferenceEquals(test.Item, p.After[^2]) && OnlyPrepositionAndTargetLeft(p.After, p.After.Length - 2)) continue;
            bool found = false;
            foreach (int id in test.Ids)
                if (sentenceWords.Contains(id)) { found = true; break; }
            if (!found) return test.Item;
        }
        return null;
    }

    public static PatternMatch Match(Document doc, VerbPattern p, int anchor, int leftLimit, int rightLimit, GapPolicy policy,
        IReadOnlyList<ActorMention> mentions, bool skipLeadingTargetSlot, bool allowMissingTarget = false, int passiveFirst = -1, int passiveEnd = -1,
        bool targetOnNounPhrase = false)
    {
        var tok = doc.Tokens;
        if (!p.AppliesToForm(tok[anchor].Norm)) return PatternMatch.Fail("pattern is for other forms of the verb only");
        int source = -1, target = -1;
        int pos = anchor + 1;
        // A verb in scare quotes: had "expelled" the ship.
        if (pos < rightLimit && tok[pos].Tag == PosTag.CloseQuote && anchor > 0 && tok[anchor - 1].Tag == PosTag.OpenQuote) pos++;
        // "Clashes erupted between X and Y": an event noun's own happening verb stands between it and its phrases.
        if (p.IsNoun) pos = PastHappeningVerb(tok, pos, rightLimit);
        // A passive clause's subject is the active object: "the agreement was signed by X" matches "sign &agreement".
        int passivePos = passiveFirst;
        bool objectWords = passiveFirst >= 0;
        // Multi-word anchors and verb particles directly after the verb are part of the anchor.
        for (int i = 0; i < p.After.Length; i++)
        {
            var item = p.After[i];
            // "were handed back by Cambodia" matches "hand back +": the passive subject also fills a slot after the particle.
            if (skipLeadingTargetSlot && item.Kind == PatternItemKind.Target && (i == 0 || i == 1 && IsParticleItem(p.After[0]))) continue;
            bool adjacent = item.Adjacent;
            if (item.Kind != PatternItemKind.Word) objectWords = false;
            // "imposed sanctions on Friday on ten US companies": a time adjunct between items is stepped over.
            // Not when the adjunct is what the pattern wants ("give + until"), unless the word comes again after it.
            if (!adjacent && pos > anchor + 1 && PastTimeAdjunct(tok, pos, rightLimit) is int afterTime && afterTime > pos
                && (item.Kind != PatternItemKind.Word || !WordAtAny(tok, item, pos, rightLimit) || WordAtAny(tok, item, afterTime, rightLimit)))
                pos = afterTime;
            // "approved a new package of sanctions against Russia": a quantity noun's "of" before the word the pattern wants.
            if (item.Kind == PatternItemKind.Word && QuantityLinkWith(tok, item, pos, rightLimit, policy) is int afterQuantity && afterQuantity > pos)
                pos = afterQuantity;
            // "declined on Tuesday to comment": right after the verb too, when the pattern's next word follows it.
            else if (pos == anchor + 1 && item.Kind == PatternItemKind.Word && PastTimeAdjunct(tok, pos, rightLimit) is int afterVerbTime && afterVerbTime > pos
                && WordAtAny(tok, item, afterVerbTime, rightLimit))
                pos = afterVerbTime;
            // "Trump was asked by Hun Manet to help mediate": a passive's agent phrase stands between the verb and the
            // words of its active pattern ("ask + to").
            if (item.Kind == PatternItemKind.Word && passiveFirst >= 0 && pos < rightLimit && tok[pos].Norm == "by" && !WordAtAny(tok, item, pos, rightLimit))
                pos = PastNounPhrase(tok, pos + 1, rightLimit);
            if (item.Kind == PatternItemKind.Word)
            {
                int q = FindWordForward(tok, item, pos, rightLimit, policy, adjacent, out int len, afterVerb: pos == anchor + 1);
                if (q < 0 && objectWords && FindWordForward(tok, item, passivePos, passiveEnd, GapPolicy.Modifiers, false, out int plen) is int pq and >= 0)
                {
                    passivePos = pq + plen;
                    continue;
                }
                // "weapons were handed over to": the verb's particle comes before the object words the subject holds.
                if (!(q == anchor + 1 && tok[q].Chunk.Kind == PhraseKind.PRT)) objectWords = false;
                // "called on Serbia and Kosovo to return": a slot's actor may be the first of several conjuncts.
                // "flew on to Washington": a particle the pattern does not name is stepped over.
                if (q < 0 && pos == anchor + 1 && pos < rightLimit && tok[pos].Chunk.Kind == PhraseKind.PRT)
                    q = FindWordForward(tok, item, pos + 1, rightLimit, policy, adjacent, out len);
                // "share data on ship movements with +": a noun or slot may carry its own modifier phrases.
                if (q < 0 && i > 0 && PastConjuncts(tok, pos, rightLimit, p.After[i - 1].Kind == PatternItemKind.Word, item) is int past && past > pos)
                    q = FindWordForward(tok, item, past, rightLimit, policy, adjacent, out len);
                // An event noun's words do not lie past another verb: "a drone strike blamed on the RSF" is no strike on it.
                if (q >= 0 && p.IsNoun && VerbBetween(tok, pos, q)) q = -1;
                if (q < 0)
                {
                    if (allowMissingTarget && OnlyPrepositionAndTargetLeft(p.After, i)) break;
                    return PatternMatch.Fail("after", item);
                }
                pos = q + len;
            }
            else
            {
                if (item.SkipPhrases > 0) pos = SkipNounPhrases(tok, pos, rightLimit, item.SkipPhrases);
                int q = FindMentionForward(tok, mentions, pos, rightLimit, policy, item.Gap, adjacent);
                // "expelled tens of thousands of Palestinians": the actor is the counted noun.
                if (q < 0 && PastQuantityOf(tok, pos, rightLimit) is int counted && counted > pos)
                    q = FindMentionForward(tok, mentions, counted, rightLimit, policy, item.Gap, adjacent);
                // "sanctions on six commanders of the RSF": the body a leader or spokesman stands for.
                if (q < 0 && PastPersonOf(tok, pos, rightLimit) is int body && body > pos)
                    q = FindMentionForward(tok, mentions, body, rightLimit, policy, item.Gap, adjacent);
                // A name the dictionaries lack still fills a target slot; the coder decides whether it can code it.
                if (q < 0 && item.Kind == PatternItemKind.Target) q = FindProperNameForward(tok, pos, rightLimit, policy, item.Gap);
                if (q < 0 && allowMissingTarget && item.Kind == PatternItemKind.Target && i == p.After.Length - 1) break;
                // The caller found the target elsewhere ("answer the restrictions with": the act's actor): '+' covers one noun phrase.
                if (q < 0 && targetOnNounPhrase && item.Kind == PatternItemKind.Target)
                {
                    pos = SkipNounPhrases(tok, pos, rightLimit, 1);
                    continue;
                }
                if (q < 0) return PatternMatch.Fail(item.Kind == PatternItemKind.Target ? "target" : "source");
                // "will send Ukraine air defence systems": the recipient before the thing given is a country's name.
                if (p.DoubleObject && !IsCountryName(tok, mentions, q)) return PatternMatch.Fail("target");
                if (item.Kind == PatternItemKind.Target) target = q; else source = q;
                if (item.Kind == PatternItemKind.Compound) { source = q; target = q; }
                pos = MentionEnd(mentions, q);
                // "called on the US and France, the ceasefire's guarantors, to press Israel": the words after '+' may
                // follow an apposition on it.
                if (item.Kind == PatternItemKind.Target && i + 1 < p.After.Length) pos = PastApposition(tok, pos, rightLimit);
            }
        }
        pos = anchor - 1;
        for (int i = p.Before.Length - 1; i >= 0; i--)
        {
            var item = p.Before[i];
            if (item.Kind != PatternItemKind.Word) continue; // slots before the anchor stand for the subject
            int q = FindWordBackward(tok, item, pos, leftLimit, policy, item.Adjacent || (i + 1 < p.Before.Length ? false : p.Before[i].Adjacent), out _);
            if (q < 0) return PatternMatch.Fail("before", item);
            pos = q - 1;
        }
        return new PatternMatch(true, source, target, null, null);
    }

    // Past ", the ceasefire's guarantors," (after any "and France" still to come): the token after the closing comma, or
    // pos itself when no such noun phrase between commas follows.
    private static int PastApposition(ReadOnlySpan<TokenData> tok, int pos, int limit)
    {
        int open = pos;
        while (open < limit && open - pos <= 4 && tok[open].Tag is PosTag.CC or PosTag.NNP or PosTag.NNPS or PosTag.DT) open++;
        if (open >= limit || tok[open].Tag != PosTag.Comma || open + 1 >= limit || tok[open + 1].Tag is not (PosTag.DT or PosTag.PRPS or PosTag.JJ or PosTag.NN or PosTag.NNS)) return pos;
        for (int close = open + 1; close < limit && close - open <= 8; close++)
        {
            if (tok[close].Tag == PosTag.Comma) return close > open + 1 ? close + 1 : pos;
            if (tok[close].Tag is not (PosTag.DT or PosTag.PRPS or PosTag.JJ or PosTag.JJS or PosTag.JJR or PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS or PosTag.POS or PosTag.CD or PosTag.CC)) return pos;
        }
        return pos;
    }

    // "... with +" at the end of a pattern: for a reciprocal subject ("both sides") the other side is the target.
    private static bool VerbBetween(ReadOnlySpan<TokenData> tok, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tok[k].Tag.IsVerb()) return true;
        return false;
    }

    private static int PastHappeningVerb(ReadOnlySpan<TokenData> tok, int pos, int limit)
    {
        int k = pos;
        while (k < limit && (tok[k].Tag is PosTag.MD or PosTag.RB || tok[k].Norm is "have" or "has" or "had" or "been")) k++;
        if (k >= limit || !tok[k].Tag.IsVerb() || tok[k].Lemma is not ("erupt" or "break" or "flare" or "resume" or "continue" or "intensify"
            or "occur" or "begin" or "start" or "take" or "rage" or "escalate")) return pos;
        k++;
        // "broke out", "took place", "flared up", then adverbs ("overnight", "again").
        if (k < limit && tok[k].Norm is "out" or "up" or "place") k++;
        while (k < limit && tok[k].Tag == PosTag.RB) k++;
        return k;
    }

    internal static bool OnlyPrepositionAndTargetLeft(PatternItem[] after, int i) =>
        i == after.Length - 2 && after[^1].Kind == PatternItemKind.Target && after[i].Alternatives.All(a => a.Length == 1 && a[0] is "with" or "to" or "for" or "between" or "on" or "toward" or "towards");

    private static bool WordAt(ReadOnlySpan<TokenData> tok, string[] alt, int q, int limit, bool exact)
    {
        if (q + alt.Length > limit) return false;
        for (int k = 0; k < alt.Length; k++)
        {
            ref readonly var t = ref tok[q + k];
            if (!t.Norm.Equals(alt[k], StringComparison.Ordinal) && (exact || !t.Lemma.Equals(alt[k], StringComparison.Ordinal))) return false;
        }
        return true;
    }

    private static int FindWordForward(ReadOnlySpan<TokenData> tok, PatternItem item, int from, int limit, GapPolicy policy, bool adjacent, out int len, bool afterVerb = false)
    {
        len = 0;
        // "demanded at the UN General Assembly on Wednesday that the United States lift": a verb's "that" clause may
        // follow its place and time phrases.
        if (afterVerb && !adjacent && policy == GapPolicy.Modifiers && item.Alternatives is [["that"]])
            for (int q = from; q < limit && q - from <= 12; q++)
            {
                if (tok[q].Norm == "that") { len = 1; return q; }
                if (tok[q].Tag.IsVerb() || tok[q].Tag is PosTag.Comma or PosTag.Colon or PosTag.CC or PosTag.WDT or PosTag.WP) break;
            }
        int maxGap = adjacent ? 0 : policy == GapPolicy.Any ? int.MaxValue : item.Gap ? MaxExplicitGap : MaxModifierGap;
        // Past the limit only to the head of the noun phrase already entered: "signed a 4 billion euro macro-financial
        // assistance agreement".
        for (int q = from; q < limit && (q - from <= maxGap || !adjacent && q > from && tok[q].Chunk.Kind == PhraseKind.NP && !tok[q].Chunk.Begin); q++)
        {
            foreach (var alt in item.Alternatives)
                if (WordAt(tok, alt, q, limit, item.ExactForm) && !ModifiesAnotherNoun(tok, q + alt.Length, limit)) { len = alt.Length; return q; }
            // "opened an investigation on Monday into": a day between the pattern's words is stepped over.
            if (policy == GapPolicy.Modifiers && PastTimeAdjunct(tok, q, limit) is int dayEnd && dayEnd > q) { q = dayEnd - 1; continue; }
            if (policy == GapPolicy.Modifiers && !item.Gap && (!Skippable(tok[q]) || GerundAfterAspectVerb(tok, q)) && !IsNounPhraseModifier(tok, q, limit) && !AfterMeasure(tok, q, from)) return -1;
            // "had taken refuge in its embassy" is no "take in +": a particle or preposition is not sought past a whole object
            // noun phrase (its head noun right before a preposition).
            if (afterVerb && policy == GapPolicy.Modifiers && !item.Gap && IsParticleItem(item) && tok[q].Tag is PosTag.NN or PosTag.NNS && q + 1 < limit
                && tok[q + 1].Tag is PosTag.IN or PosTag.TO && tok[q + 1].Chunk.Kind != PhraseKind.NP) return -1;
            // "rallied outside the embassy, chanting slogans against": a gap ends at the next clause's verb.
            if (item.Gap && q > from && tok[q].Tag.IsVerb() && tok[q].Chunk.Kind == PhraseKind.VP && tok[q - 1].Tag == PosTag.Comma) return -1;
        }
        return -1;
    }

    // "delivered two early warning aircraft" is no "deliver warning": a word the pattern names as a noun does not match
    // where it was read as an adjective of the noun after it.
    private static bool ModifiesAnotherNoun(ReadOnlySpan<TokenData> tok, int next, int limit) =>
        next < limit && next > 0 && tok[next - 1].Tag == PosTag.JJ && tok[next - 1].Lemma.EndsWith("ing", StringComparison.Ordinal)
        && tok[next].Tag is PosTag.NN or PosTag.NNS && tok[next].Chunk.Kind == PhraseKind.NP && !tok[next].Chunk.Begin;

    private static bool IsParticleItem(PatternItem item) =>
        item.Alternatives.Length == 1 && item.Alternatives[0].Length == 1 && item.Alternatives[0][0] is "in" or "off" or "out" or "up" or "down" or "over" or "back" or "away";

    // "delivered 4,000 tonnes of food": the "of" after a measure leads to what is measured.
    private static bool AfterMeasure(ReadOnlySpan<TokenData> tok, int q, int from) =>
        tok[q].Norm == "of" && q > from && tok[q - 1].Lemma is "tonne" or "ton" or "kilogram" or "litre" or "liter" or "barrel" or "truckload"
            or "consignment" or "dose" or "bag" or "sack" or "crate" or "carton" or "pallet" or "cubic";

    // "would stop attacking U.S. ships": the gerund a verb of stopping or continuing takes is a verb of its own, no
    // modifier to step over ("shared tracking data" is stepped over).
    private static bool GerundAfterAspectVerb(ReadOnlySpan<TokenData> tok, int q) =>
        tok[q].Tag == PosTag.VBG && q > 0 && tok[q - 1].Tag.IsVerb()
        && tok[q - 1].Lemma is "stop" or "keep" or "continue" or "start" or "begin" or "resume" or "cease" or "quit" or "avoid" or "halt" or "finish";

    private static int FindWordBackward(ReadOnlySpan<TokenData> tok, PatternItem item, int from, int limit, GapPolicy policy, bool adjacent, out int len)
    {
        len = 0;
        int maxGap = adjacent ? 0 : policy == GapPolicy.Any ? int.MaxValue : item.Gap ? MaxExplicitGap : MaxModifierGap;
        for (int end = from; end >= limit && from - end <= maxGap; end--)
        {
            foreach (var alt in item.Alternatives)
            {
                int q = end - alt.Length + 1;
                if (q >= limit && WordAt(tok, alt, q, end + 1, item.ExactForm)) { len = alt.Length; return q; }
            }
            if (policy == GapPolicy.Modifiers && !item.Gap && !SkippableBefore(tok[end])) return -1;
        }
        return -1;
    }

    private static int FindMentionForward(ReadOnlySpan<TokenData> tok, IReadOnlyList<ActorMention> mentions, int from, int limit, GapPolicy policy, bool gap, bool adjacent)
    {
        // By index: foreach over the interface boxed an enumerator per call.
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Start < from || m.Start >= limit) continue;
            if (m.Entry.Kind == ActorKind.NotActor) continue;
            int distance = m.Start - from;
            if (adjacent && distance > 0) return -1;
            if (policy == GapPolicy.Modifiers)
            {
                if (distance > (gap ? MaxExplicitGap : MaxModifierGap)) return -1;
                if (!gap)
                    for (int k = from; k < m.Start; k++)
                    {
                        // "release some of the UN staff", "freed dozens of the detained fishermen": a partitive is no gap.
                        if (k + 1 < m.Start && tok[k + 1].Norm == "of" && (tok[k].Tag == PosTag.CD || tok[k].Norm is "some" or "several" or "many" or "most" or "all" or "dozens" or "hundreds" or "thousands" or "scores" or "tens" or "one" or "two" or "three" or "four" or "five"))
                        {
                            k++;
                            continue;
                        }
                        if (!Skippable(tok[k]) && !IsNounPhraseModifier(tok, k, limit)) return -1;
                    }
            }
            return m.Start;
        }
        return -1;
    }

    // A word before the end of its noun phrase modifies it ("at least 30 Malian soldiers", "as many as 200 doctors").
    private static bool IsNounPhraseModifier(ReadOnlySpan<TokenData> tok, int k, int limit) =>
        tok[k].Chunk.Kind == PhraseKind.NP && k + 1 < limit && tok[k + 1].Chunk.Kind == PhraseKind.NP && !tok[k + 1].Chunk.Begin;

    private static int FindProperNameForward(ReadOnlySpan<TokenData> tok, int from, int limit, GapPolicy policy, bool gap)
    {
        int max = policy == GapPolicy.Any ? 0 : gap ? MaxExplicitGap : MaxModifierGap;
        for (int q = from; q < limit && q - from <= max; q++)
        {
            if (tok[q].Tag == PosTag.NNP && tok[q].Has(TokenFlags.Capitalized)) return q;
            if (!Skippable(tok[q]) || tok[q].Tag.IsNoun()) return -1;
        }
        return -1;
    }

    // Past the next n noun-phrase chunks from a token (PETRARCH '^').
    private static int SkipNounPhrases(ReadOnlySpan<TokenData> tok, int from, int limit, int n)
    {
        int q = from;
        for (int i = 0; i < n; i++)
        {
            while (q < limit && !(tok[q].Chunk.Kind == PhraseKind.NP && tok[q].Chunk.Begin)) q++;
            if (q >= limit) return limit;
            q++;
            while (q < limit && tok[q].Chunk.Kind == PhraseKind.NP && !tok[q].Chunk.Begin) q++;
        }
        return q;
    }

    // Past ", B", "and C", ", B and C" after a conjunct: each further conjunct is one NP chunk. Past a place
    // or origin phrase on the slot too: "ordered Malian officials in Paris to leave".
    private static int PastConjuncts(ReadOnlySpan<TokenData> tok, int pos, int limit, bool afterWord = false, PatternItem? want = null)
    {
        // After a literal noun only its modifier phrases and an "and/or" conjunct are stepped over.
        if (afterWord && (pos == 0 || !tok[pos - 1].Tag.IsNoun())) return pos;
        // The rest of the slot's own noun phrase first ("Malian| embassy officials").
        while (pos < limit && tok[pos].Chunk.Kind == PhraseKind.NP && !tok[pos].Chunk.Begin) pos++;
        while (pos < limit)
        {
            int q = pos;
            // Up to the word the pattern wants next: "tariffs of up to 25 percent| on +".
            if (want is not null && pos > 0 && WordAtAny(tok, want, pos, limit)) break;
            // "returned artefacts looted during the colonial era| to +": a participle's phrase after the noun.
            if (tok[q].Tag == PosTag.VBN && q > 0 && tok[q - 1].Tag.IsNoun() && q + 2 < limit && tok[q + 1].Tag == PosTag.IN
                && tok[q + 1].Norm is "during" or "in" or "by" or "from" or "at" or "on" or "since" or "under" or "after" or "before") q += 2;
            else if (tok[q].Tag == PosTag.IN && tok[q].Norm is "in" or "from" or "at" or "of" or "on" or "about" or "over") q++;
            // "threw stones and fireworks at +": a literal noun's own "and/or" conjunct, not a list after a comma.
            else if (afterWord && !(tok[q].Tag == PosTag.CC && tok[q].Norm is "and" or "or")) break;
            else
            {
                if (tok[q].Tag == PosTag.Comma) q++;
                if (q < limit && tok[q].Tag == PosTag.CC && tok[q].Norm is "and" or "or") q++;
            }
            if (q == pos || q >= limit || tok[q].Chunk.Kind != PhraseKind.NP || !tok[q].Chunk.Begin) break;
            q++;
            while (q < limit && tok[q].Chunk.Kind == PhraseKind.NP && !tok[q].Chunk.Begin) q++;
            pos = q;
        }
        // "called on the United States and France, which sit on the committee, to press Israel": past a relative clause
        // between commas.
        if (!afterWord && pos + 2 < limit && tok[pos].Tag == PosTag.Comma && tok[pos + 1].Norm is "which" or "who" or "whose")
            for (int k = pos + 2; k < limit && k < pos + 20; k++)
            {
                if (tok[k].Tag == PosTag.Period) break;
                if (tok[k].Tag == PosTag.Comma) return k + 1;
            }
        return pos;
    }

    private static bool WordAtAny(ReadOnlySpan<TokenData> tok, PatternItem item, int q, int limit)
    {
        foreach (var alt in item.Alternatives)
            if (WordAt(tok, alt, q, limit, item.ExactForm)) return true;
        return false;
    }

    // The position after the link of a count chain from which the pattern's word is found ("expelled tens of
    // thousands of people": "thousands"; "scores of Rohingya villagers": "villagers" past its modifiers), or -1.
    private static int QuantityLinkWith(ReadOnlySpan<TokenData> tok, PatternItem item, int pos, int limit, GapPolicy policy)
    {
        for (int at = pos, next; (next = PastQuantityOf(tok, at, limit, oneLink: true)) > at; at = next)
            if (WordAtAny(tok, item, next, limit) || FindWordForward(tok, item, next, limit, policy, false, out _) >= 0) return next;
        return -1;
    }

    // Past "(a|the) (new|fresh|another|further|...) package/round/set/wave/batch/series of" (or "imports of") at pos, else pos.
    private static int PastQuantityOf(ReadOnlySpan<TokenData> tok, int pos, int limit, bool oneLink = false)
    {
        // "massed tens of thousands of troops": counts chain.
        int result = pos;
        for (int links = 0; !oneLink || links < 1; links++)
        {
            int q = result;
            if (q < limit && tok[q].Norm is "a" or "an" or "the" or "its" or "their") q++;
            while (q < limit && (tok[q].Tag.IsAdjective() || tok[q].Tag == PosTag.CD) && q - result < 3) q++;
            if (q + 1 >= limit || tok[q + 1].Norm != "of" || !(tok[q].Lemma is "package" or "round" or "set" or "wave" or "batch" or "series" or "raft" or "slew" or "tranche"
                || tok[q].Lemma is "day" or "hour" or "week" && q > result && (tok[q - 1].Tag == PosTag.CD || tok[q - 1].Norm is "a" or "another") // "opened two days of talks", "began a week of joint exercises"
                || tok[q].Norm is "members" or "member" or "dozens" or "hundreds" or "thousands" or "tens" or "millions" or "scores" or "contingent" or "detachment" or "battalion" or "unit"
                // "lifted its ban on imports of Japanese seafood": traded goods stand for whoever trades them.
                || tok[q].Lemma is "import" or "export" or "shipment" or "sale" or "purchase" or "delivery" && tok[q].Tag.IsNoun())) return result;
            result = q + 2;
            // "the first contingent of its troops"
            if (result < limit && tok[result].Tag is PosTag.PRPS or PosTag.DT && tok[result].Norm is not ("a" or "an")) result++;
        }
        return result;
    }

    // Past "(the) (six senior) leaders/commanders/... of (the)", "the motorcade of" or "(suspected) hideouts of" at pos
    // (ActorResolver.IsPersonOfHead, IsEscortOfHead, IsHoldingHead), else pos.
    private static int PastPersonOf(ReadOnlySpan<TokenData> tok, int pos, int limit)
    {
        int q = pos;
        if (q < limit && tok[q].Tag is PosTag.DT or PosTag.PRPS) q++;
        while (q < limit && (tok[q].Tag.IsAdjective() || tok[q].Tag == PosTag.CD) && q - pos < 4) q++;
        // "spurned a proposal from Beijing", "could not accept the peace framework drafted by Kyiv": whoever made a
        // proposal, offer or request is the one answered.
        int head = q;
        while (head + 1 < limit && tok[head].Tag == PosTag.NN && tok[head + 1].Tag.IsNoun() && head - pos < 5) head++; // "peace framework"
        if (head + 2 < limit && tok[head].Tag.IsNoun() && IsProposalNoun(tok[head].Lemma))
        {
            int by = head + 1;
            // "drafted by", "put forward by"
            if (tok[by].Tag is PosTag.VBN or PosTag.VBD) by += by + 2 < limit && tok[by + 1].Tag is PosTag.RP or PosTag.RB ? 2 : 1;
            if (by + 1 < limit && (tok[by].Norm == "by" || tok[by].Norm == "from" && by == head + 1))
            {
                q = by + 1;
                if (q < limit && tok[q].Tag == PosTag.DT) q++;
                return q;
            }
        }
        // "struck suspected hideouts of the Pakistani Taliban": a participle modifies the held place too.
        if (q == pos + (pos < limit && tok[pos].Tag is PosTag.DT or PosTag.PRPS ? 1 : 0) && q + 1 < limit && tok[q].Tag == PosTag.VBN && tok[q + 1].Tag.IsNoun()) q++;
        // "pounded positions held by opposition fighters": whoever holds them.
        if (q + 3 < limit && tok[q].Tag.IsNoun() && ActorResolver.IsHoldingHead(tok[q].Lemma) && tok[q + 1].Norm == "held" && tok[q + 2].Norm == "by")
            return tok[q + 3].Tag == PosTag.DT ? q + 4 : q + 3;
        if (q + 2 >= limit || !tok[q].Tag.IsNoun() || tok[q + 1].Norm != "of"
            || !(ActorResolver.IsPersonOfHead(tok[q].Lemma) || ActorResolver.IsEscortOfHead(tok[q].Lemma) || ActorResolver.IsHoldingHead(tok[q].Lemma))) return pos;
        q += 2;
        if (q < limit && tok[q].Tag == PosTag.DT) q++;
        return q;
    }

    private static bool IsProposalNoun(string lemma) => lemma is "proposal" or "offer" or "request" or "demand" or "call" or "appeal" or "plan"
        or "invitation" or "bid" or "overture" or "initiative" or "suggestion" or "ultimatum" or "framework" or "roadmap" or "draft" or "resolution";

    // The token after the noun phrase starting at pos.
    private static int PastNounPhrase(ReadOnlySpan<TokenData> tok, int pos, int limit)
    {
        int q = pos;
        while (q < limit && tok[q].Chunk.Kind == PhraseKind.NP && (q == pos || !tok[q].Chunk.Begin)) q++;
        return q;
    }

    private static int PastTimeAdjunct(ReadOnlySpan<TokenData> tok, int pos, int limit)
    {
        int q = pos;
        if (q < limit && tok[q].Tag == PosTag.IN && tok[q].Norm is "on" or "in" or "during" or "since" or "until" or "by") q++;
        if (q < limit && tok[q].Norm is "last" or "this" or "next" or "early" or "late") q++;
        if (q >= limit || !IsTimeWord(tok[q])) return pos;
        q++;
        if (q < limit && tok[q].Tag == PosTag.CD) q++; // "on Sept 10"
        if (q < limit && tok[q].Norm is "morning" or "afternoon" or "evening" or "night") q++;
        return q < limit ? q : pos;
    }

    // Month and weekday names as the temporal recognizer reads them ("may" only when not the modal), and relative time nouns.
    private static bool IsTimeWord(in TokenData t) =>
        t.Tag != PosTag.MD && (Dyad.Time.TemporalRecognizer.Month(t.Norm) > 0 || Dyad.Time.TemporalRecognizer.Weekday(t.Norm) >= 0)
        || t.Norm is "week" or "month" or "year" or "weekend" or "overnight" or "yesterday" or "today" or "tonight";

    private static bool IsCountryName(ReadOnlySpan<TokenData> tok, IReadOnlyList<ActorMention> mentions, int start)
    {
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].Start == start)
                return mentions[i].Entry.Kind == ActorKind.Country && tok[start].Tag is PosTag.NNP or PosTag.NNPS
                    && mentions[i].End < tok.Length && tok[mentions[i].End].Tag != PosTag.POS;
        return false;
    }

    private static int MentionEnd(IReadOnlyList<ActorMention> mentions, int start)
    {
        for (int i = 0; i < mentions.Count; i++) if (mentions[i].Start == start) return mentions[i].End;
        return start + 1;
    }

    // Tokens a Dyad pattern may step over between its words: determiners, modifiers and noun modifiers, also quoted
    // ("opened fire "unprovoked" on").
    private static bool Skippable(in TokenData t) =>
        t.Tag is PosTag.DT or PosTag.PDT or PosTag.CD or PosTag.PRPS or PosTag.POS or PosTag.VBN or PosTag.VBG or PosTag.Dollar or PosTag.OpenQuote or PosTag.CloseQuote
        || t.Tag.IsAdjective() || t.Tag.IsAdverb() || t.Tag.IsNoun() || t.Tag == PosTag.Colon && t.Norm == "-"
        || t.Tag == PosTag.CC && t.Norm is "both" or "either"; // "restraint from both Washington and Caracas"

    // Before the verb: auxiliaries, negation and adverbs ("has not yet", "will").
    private static bool SkippableBefore(in TokenData t) => t.Tag.IsAdverb() || t.Tag == PosTag.MD || t.Tag.IsVerb() || t.Tag == PosTag.TO;
}
