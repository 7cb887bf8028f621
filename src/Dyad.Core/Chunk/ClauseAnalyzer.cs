using Dyad.Text;

namespace Dyad.Chunk;

/// <summary>Finds clauses and their arguments over a chunked document.</summary>
public interface IClauseAnalyzer
{
    /// <summary>Adds the clauses of every sentence.</summary>
    void Analyze(Document document);
}

/// <summary>
/// Builds one clause per verb group, finds its subject, objects and "by" agent, and links clauses:
/// subordinate ("after X did Y"), relative ("who ..."), reported speech ("X said (that) ...",
/// "..., X said", "according to X"), control ("vowed to upgrade", "urged Y to act") and verb
/// coordination ("arrested and charged"). Thread-safe and stateless.
/// </summary>
public sealed class ClauseAnalyzer : IClauseAnalyzer
{
    /// <inheritdoc/>
    public void Analyze(Document doc)
    {
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            ref var sd = ref doc.SentenceRef(s);
            int firstClause = doc.ClauseCount;
            AnalyzeSentence(doc, s, sd.FirstPhrase, sd.EndPhrase, sd.FirstToken, sd.EndToken);
            sd.FirstClause = firstClause;
            sd.EndClause = doc.ClauseCount;
        }
    }

    private static void AnalyzeSentence(Document doc, int sentence, int firstPhrase, int endPhrase, int firstToken, int endToken)
    {
        var tok = doc.Tokens;
        int firstClause = doc.ClauseCount;
        // Verb groups in token order.
        Span<int> verbs = endPhrase - firstPhrase <= 256 ? stackalloc int[endPhrase - firstPhrase] : new int[endPhrase - firstPhrase];
        int nv = 0;
        for (int p = firstPhrase; p < endPhrase; p++)
            if (doc.PhraseRef(p).Kind == PhraseKind.VP) verbs[nv++] = p;
        verbs = verbs[..nv];
        if (nv == 0) return;

        for (int v = 0; v < nv; v++)
        {
            ref var vp = ref doc.PhraseRef(verbs[v]);
            int prevVerbEnd = v > 0 ? doc.PhraseRef(verbs[v - 1]).EndToken : firstToken;
            var clause = new ClauseData
            {
                Kind = ClauseKind.Main, Sentence = sentence, Verb = verbs[v], Subject = -1, Object = -1, Object2 = -1, Agent = -1,
                Parent = -1, Marker = -1, FirstToken = vp.FirstToken, EndToken = vp.EndToken,
            };
            if ((vp.Flags & PhraseFlags.Passive) != 0) clause.Flags |= ClauseFlags.Passive;
            if ((vp.Flags & PhraseFlags.Negated) != 0) clause.Flags |= ClauseFlags.Negated;
            if ((vp.Flags & (PhraseFlags.Modal | PhraseFlags.Future)) != 0) clause.Flags |= ClauseFlags.Modal;

            // What links this verb group to the text on its left.
            int marker = FindMarker(doc, tok, firstPhrase, verbs[v], prevVerbEnd, out int subjectCandidate);
            clause.Marker = marker;
            clause.Subject = subjectCandidate;
            if (clause.Subject >= 0) clause.FirstToken = Math.Min(clause.FirstToken, doc.PhraseRef(clause.Subject).FirstToken);
            if (marker >= 0) clause.FirstToken = Math.Min(clause.FirstToken, marker);

            int self = doc.ClauseCount;
            int prevClause = self > firstClause ? self - 1 : -1;
            string markerWord = marker >= 0 ? tok[marker].Norm : string.Empty;
            var markerTag = marker >= 0 ? tok[marker].Tag : PosTag.None;

            int beforeVerb = vp.FirstToken - 1;
            while (beforeVerb >= firstToken && tok[beforeVerb].Tag.IsAdverb()) beforeVerb--;
            // "X, who lives in London, condemned ..." / "X, elected in 2024, is negotiating ...": the verb
            // after a relative or participial clause set off by commas takes that clause's host as subject.
            if (clause.Subject < 0 && marker < 0 && prevClause >= 0 && (vp.Flags & PhraseFlags.Infinitive) == 0
                && beforeVerb >= firstToken && tok[beforeVerb].Tag == PosTag.Comma
                && InterruptedSubject(doc, tok, firstPhrase, firstToken, firstClause, prevClause) is int host and >= 0)
            {
                clause.Subject = host;
                clause.FirstToken = Math.Min(clause.FirstToken, doc.PhraseRef(host).FirstToken);
            }
            // "A drone strike blamed on the RSF killed 23 people": a bare participle right after its noun, with no comma,
            // is a reduced relative (the noun is what it acts on); the finite verb after it takes the noun as subject.
            // "Vehicles donated by Turkey were handed over": a finite auxiliary makes the verb finite too.
            if (clause.Subject < 0 && marker < 0 && prevClause >= 0 && (vp.Flags & PhraseFlags.Infinitive) == 0
                && IsFiniteGroup(tok, vp)
                && ReducedRelativeHost(doc, tok, prevClause, firstClause, vp.FirstToken, -1, firstPhrase, endPhrase, out var reported) is int noun and >= 0)
            {
                // "said troops backed by militias had driven ...": the verb is what was said.
                if (reported is { } said) (clause.Kind, clause.Parent, clause.Marker) = (ClauseKind.Complement, said.Parent, said.Marker);
                clause.Subject = noun;
                clause.FirstToken = Math.Min(clause.FirstToken, doc.PhraseRef(noun).FirstToken);
            }
            // "Protesters demanding the release of Khan stormed parliament": the noun found before the verb is what the
            // bare -ing participle after the true subject acts on.
            else if (clause.Subject >= 0 && marker < 0 && prevClause >= 0 && (vp.Flags & PhraseFlags.Infinitive) == 0
                && IsFiniteGroup(tok, vp)
                && ReducedRelativeHost(doc, tok, prevClause, firstClause, vp.FirstToken, clause.Subject, firstPhrase, endPhrase, out var reportedIng) is int ingHost and >= 0)
            {
                if (reportedIng is { } said) (clause.Kind, clause.Parent, clause.Marker) = (ClauseKind.Complement, said.Parent, said.Marker);
                clause.Subject = ingHost;
                clause.FirstToken = Math.Min(clause.FirstToken, doc.PhraseRef(ingHost).FirstToken);
            }
            // "Residents who reached the border town said ...": the noun before the verb is what the subject's own relative
            // clause (no comma) acted on; the verb's subject is the relative's antecedent.
            if (clause.Subject >= 0 && marker < 0 && prevClause >= 0 && (vp.Flags & PhraseFlags.Infinitive) == 0
                && IsFiniteGroup(tok, vp)
                && RelativeAntecedentBefore(doc, tok, prevClause, firstToken, clause.Subject, vp.FirstToken) is int antecedent and >= 0)
            {
                clause.Subject = antecedent;
                clause.FirstToken = Math.Min(clause.FirstToken, doc.PhraseRef(antecedent).FirstToken);
            }
            if (prevClause >= 0 && tok[vp.Head].Tag == PosTag.VBG && vp.Head == vp.FirstToken && beforeVerb >= firstToken
                && tok[beforeVerb].Tag == PosTag.IN && clause.Subject < 0)
            {
                // A gerund after a preposition: "accused X of sheltering", "barred them from trading",
                // "responded by shelling". Its subject is the parent's object for content prepositions,
                // else the parent's subject.
                clause.Kind = ClauseKind.Subordinate;
                clause.Marker = beforeVerb;
                clause.Parent = prevClause;
                bool content = tok[beforeVerb].Norm is "of" or "from" or "for" or "about" or "against" or "over" or "into" or "on";
                InheritSubject(doc, ref clause, prevClause, objectControl: content && doc.ClauseRef(prevClause).Object >= 0);
            }
            else if ((vp.Flags & PhraseFlags.Infinitive) != 0 && prevClause >= 0)
            {
                clause.Kind = ClauseKind.Infinitive;
                clause.Parent = prevClause; // the controller: the nearest earlier clause
                // "called on the US and France, which sit on the committee, to press Israel": not a relative clause
                // between commas, but the clause it interrupts.
                if (doc.ClauseRef(prevClause).Kind == ClauseKind.Relative && doc.ClauseRef(prevClause).Parent >= 0 && vp.FirstToken > 0
                    && tok[vp.FirstToken - 1].Tag == PosTag.Comma && doc.ClauseRef(prevClause).Marker > 0 && tok[doc.ClauseRef(prevClause).Marker - 1].Tag == PosTag.Comma)
                    clause.Parent = doc.ClauseRef(prevClause).Parent;
                // "he is ready to meet X": an adjective before "to" is no subject.
                if (clause.Subject >= 0 && IsPredicateAdjective(tok[doc.PhraseRef(clause.Subject).Head])) clause.Subject = -1;
                // "had no plans to free", "has every intention to stay": the one who has the plan does it.
                int prevObject = doc.ClauseRef(prevClause).Object;
                bool planObject = prevObject >= 0 && tok[doc.PhraseRef(prevObject).Head].Lemma is "plan" or "intention" or "desire" or "wish";
                if (planObject && clause.Subject == prevObject) clause.Subject = -1;
                // "fired tear gas to disperse the crowd": a thing the verb before acts with is not the infinitive's subject.
                if (clause.Subject >= 0 && clause.Subject == doc.ClauseRef(prevClause).Object
                    && tok[doc.PhraseRef(doc.ClauseRef(prevClause).Verb).Head].Lemma is var controller && (IsThingObjectVerb(controller) || IsContactVerb(controller, tok[vp.Head].Lemma))) clause.Subject = -1;
                if (clause.Subject < 0) InheritSubject(doc, ref clause, prevClause, objectControl: !planObject && HasObjectBefore(doc, prevClause, vp.FirstToken, tok[vp.Head].Lemma));
            }
            else if (marker < 0 && prevClause >= 0 && tok[vp.Head].Tag == PosTag.VBN && vp.FirstToken == vp.Head
                     // "said the AU stood by", but "claimed the attack in a statement posted on social media"
                     && (!IsReportingVerb(tok[doc.PhraseRef(doc.ClauseRef(prevClause).Verb).Head].Lemma) || InPrepositionalPhrase(doc, firstPhrase, vp.FirstToken))
                     && vp.EndToken < endToken && tok[vp.EndToken].Tag == PosTag.IN
                     && (clause.Subject >= 0 && doc.PhraseRef(clause.Subject).EndToken == vp.FirstToken || NounInPhraseBefore(doc, tok, firstPhrase, verbs[v], ref vp) >= 0))
            {
                // "under a deal brokered by Turkey": also on a noun inside a prepositional phrase.
                if (clause.Subject < 0 || doc.PhraseRef(clause.Subject).EndToken != vp.FirstToken) clause.Subject = NounInPhraseBefore(doc, tok, firstPhrase, verbs[v], ref vp);
                // "shelled positions held by its soldiers", "arrested a national accused of spying": a bare participle
                // (no auxiliary) right after a noun is a reduced relative on that noun, not a new clause.
                clause.Kind = ClauseKind.Participial;
                clause.Parent = prevClause;
                clause.Flags |= ClauseFlags.Passive;
                clause.FirstToken = vp.FirstToken; // the noun it modifies lies outside it
            }
            else if (marker >= 0 && markerTag is PosTag.WDT or PosTag.WP or PosTag.WPS)
            {
                clause.Kind = ClauseKind.Relative;
                clause.Parent = prevClause;
                if (clause.Subject < 0 || doc.PhraseRef(clause.Subject).EndToken <= marker)
                    clause.Subject = AntecedentOf(doc, firstPhrase, marker);
            }
            else if (marker > 0 && markerWord == "that" && prevClause >= 0 && tok[marker - 1].Tag.IsNoun() && vp.FirstToken == marker + 1)
            {
                // "claimed responsibility for a bombing that killed four officers": "that" with no subject before its
                // verb is a relative pronoun on the noun before it, not a complementizer.
                clause.Kind = ClauseKind.Relative;
                clause.Parent = prevClause;
                clause.Subject = AntecedentOf(doc, firstPhrase, marker);
            }
            else if (marker < 0 && prevClause >= 0 && clause.Subject >= 0 && IsContactRelative(doc, tok, clause.Subject, ref vp, firstToken, endToken, prevClause))
            {
                // "lift the sanctions it imposed on him last year": a pronoun subject right after a noun, its verb with no
                // object, is a relative clause without a pronoun of its own (the noun is what it acted on).
                clause.Kind = ClauseKind.Relative;
                clause.Parent = prevClause;
            }
            else if (marker >= 0 && markerWord == "that" && prevClause >= 0 || marker < 0 && prevClause >= 0 && IsReportingVerb(tok[doc.PhraseRef(doc.ClauseRef(prevClause).Verb).Head].Lemma)
                     && (doc.ClauseRef(prevClause).Object < 0 || clause.Subject >= 0 && doc.ClauseRef(prevClause).Object == clause.Subject && (vp.Flags & PhraseFlags.Participle) == 0
                         // "told mediators it would pull out": after the person told, the next subject starts what was said.
                         || clause.Subject >= 0 && IsTellVerb(tok[doc.PhraseRef(doc.ClauseRef(prevClause).Verb).Head].Lemma)
                            && doc.PhraseRef(doc.ClauseRef(prevClause).Object).EndToken == doc.PhraseRef(clause.Subject).FirstToken)
                     && clause.Subject >= 0 && !HasCoordinationBetween(tok, doc.ClauseRef(prevClause).EndToken, vp.FirstToken))
            {
                // "Lula said a military escalation would be a disaster": the NP read as the object of "said" is the
                // subject of what was said.
                if (marker < 0 && doc.ClauseRef(prevClause).Object == clause.Subject) doc.ClauseRef(prevClause).Object = -1;
                clause.Kind = ClauseKind.Complement;
                clause.Parent = ReportingHost(doc, tok, prevClause, firstClause);
                // The reporting clause ends where what was said begins ("Police said protesters rallied in Tbilisi": the
                // protesters act in the reported clause, where Tbilisi is).
                ref var reporting = ref doc.ClauseRef(prevClause);
                if (reporting.EndToken > clause.FirstToken && reporting.FirstToken < clause.FirstToken) reporting.EndToken = clause.FirstToken;
                if (IsReportingVerb(tok[doc.PhraseRef(doc.ClauseRef(clause.Parent).Verb).Head].Lemma)) doc.ClauseRef(clause.Parent).Flags |= ClauseFlags.Reporting;
            }
            else if (marker >= 0 && markerTag is PosTag.IN or PosTag.WRB)
            {
                clause.Kind = ClauseKind.Subordinate;
                clause.Parent = prevClause;
            }
            // "rejected the criticism, saying ..., and accused Amman of ...": a past form right after "and" is a finite verb
            // coordinated with the clause before (next branch), not a participle.
            else if (clause.Subject < 0 && prevClause >= 0 && (vp.Flags & PhraseFlags.Participle) != 0
                     && !(tok[vp.Head].Tag == PosTag.VBD && vp.FirstToken == vp.Head && vp.FirstToken > 0 && tok[vp.FirstToken - 1].Tag == PosTag.CC))
            {
                clause.Kind = ClauseKind.Participial;
                // "ordered an aid group to leave the country, accusing it of ...", "threatened tariffs unless Mexico did more,
                // drawing a rebuke": after a comma, the participle's doer is the enclosing clause's, not that of an
                // infinitive or adverbial clause before it.
                int pHost = prevClause;
                // A speech act is a speaker's, not that of a relative clause before it ("denied a role in a cyberattack that
                // disrupted water systems, calling the accusations baseless").
                bool speech = IsSpeechAct(tok[vp.Head].Lemma) || IsReportingVerb(tok[vp.Head].Lemma);
                if (vp.FirstToken > 0 && tok[vp.FirstToken - 1].Tag == PosTag.Comma)
                    while (doc.ClauseRef(pHost).Kind is ClauseKind.Infinitive or ClauseKind.Subordinate || speech && doc.ClauseRef(pHost).Kind == ClauseKind.Relative)
                    {
                        if (doc.ClauseRef(pHost).Parent < 0) break;
                        pHost = doc.ClauseRef(pHost).Parent;
                    }
                // "blocked the highway linking Lima to the Andes, demanding ...": an -ing form on the object before it is a
                // reduced relative, and the doer is that of the clause whose object it describes.
                if (vp.FirstToken > 0 && tok[vp.FirstToken - 1].Tag == PosTag.Comma && tok[doc.PhraseRef(doc.ClauseRef(pHost).Verb).Head].Tag == PosTag.VBG
                    && doc.ClauseRef(pHost).Subject >= 0)
                    for (int q = pHost - 1; q >= firstClause; q--)
                        if (doc.ClauseRef(q).Object == doc.ClauseRef(pHost).Subject && doc.ClauseRef(q).Subject >= 0) { pHost = q; break; }
                clause.Parent = pHost;
                // "over Kigali's backing of M23 rebels fighting in eastern Congo": a bare -ing form right after the noun of a
                // prepositional phrase (no comma) is a reduced relative on that noun.
                // Not a speech act, which is the sender's: "sent a letter to the Security Council accusing Algeria of".
                if (!speech && tok[vp.Head].Tag == PosTag.VBG && vp.Head == vp.FirstToken && vp.FirstToken > 0 && tok[vp.FirstToken - 1].Tag.IsNoun()
                    && InPrepositionalPhrase(doc, firstPhrase, vp.FirstToken) && TopNpEndingAt(doc, firstPhrase, verbs[v], vp.FirstToken, tok) is int modified and >= 0)
                    clause.Subject = modified;
                else InheritSubject(doc, ref clause, pHost, objectControl: false);
            }
            else if (clause.Subject < 0 && prevClause >= 0 && HasCoordinationBetween(tok, doc.PhraseRef(doc.ClauseRef(prevClause).Verb).EndToken, vp.FirstToken))
            {
                // "arrested X and charged him": a coordinated verb shares the subject. A finite verb is
                // not the conjunct of an infinitive, participle or gerund before it ("ordered X to leave and
                // suspended Y", "accused X of supporting Y and called on him"): its partner is the nearest
                // enclosing finite clause.
                int partner = prevClause;
                if (tok[vp.FirstToken].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD)
                    while (IsNonFinite(doc, partner) && doc.ClauseRef(partner).Parent >= 0)
                        partner = doc.ClauseRef(partner).Parent;
                // "X said Y started the fighting and denied that ...", "X said the strike showed that Y preferred war
                // and called on Z to ...": another speech act is the speaker's, however deep the reported content.
                string lemma = tok[vp.Head].Lemma;
                // Finite by its head or its auxiliary ("did not rule out", "will urge").
                bool finiteGroup = tok[vp.Head].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP || tok[vp.FirstToken].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD;
                if (finiteGroup && (IsReportingVerb(lemma) || IsSpeechAct(lemma)))
                {
                    int top = partner;
                    // Also through a condition inside it: "warned that Israel would act if Hezbollah was not disarmed, and accused ...".
                    while (doc.ClauseRef(top).Kind is ClauseKind.Complement or ClauseKind.Subordinate && doc.ClauseRef(top).Parent >= 0) top = doc.ClauseRef(top).Parent;
                    if (top != partner && (doc.ClauseRef(top).Flags & ClauseFlags.Reporting) != 0) partner = top;
                    // "rejected the criticism, saying Jews had the right ..., and accused Amman": not the conjunct of the
                    // participle that reported, but of the finite clause it hangs on.
                    while (IsNonFinite(doc, partner) && doc.ClauseRef(partner).Parent >= 0) partner = doc.ClauseRef(partner).Parent;
                }
                // "said Kyiv had handed Moscow a list of civilians it wants released, and urged Russia to ...": when the
                // partner found has no subject (a broken reduced relative), a speech act is the latest speaker's.
                if (doc.ClauseRef(partner).Subject < 0 && finiteGroup && (IsReportingVerb(lemma) || IsSpeechAct(lemma)))
                    for (int k = partner - 1; k >= firstClause; k--)
                        if ((doc.ClauseRef(k).Flags & ClauseFlags.Reporting) != 0 && doc.ClauseRef(k).Subject >= 0) { partner = k; break; }
                clause.Kind = doc.ClauseRef(partner).Kind;
                clause.Parent = doc.ClauseRef(partner).Parent;
                InheritSubject(doc, ref clause, partner, objectControl: false);
            }

            // "Hasina herself, in a video message, accused": an emphatic reflexive stands for the noun before it.
            if (clause.Subject >= 0 && EmphasisedNoun(doc, tok, firstPhrase, verbs[v], clause.Subject) is int emphasised and >= 0)
            {
                clause.Subject = emphasised;
                clause.FirstToken = Math.Min(clause.FirstToken, doc.PhraseRef(emphasised).FirstToken);
            }
            // "Neither Montenegro nor North Macedonia has applied": a subject opened by "neither" negates its verb.
            if (clause.Subject >= 0 && (clause.Flags & ClauseFlags.InheritedSubject) == 0 && doc.PhraseRef(clause.Subject).FirstToken is int subjectFirst
                && (tok[subjectFirst].Norm == "neither" || subjectFirst > firstToken && tok[subjectFirst - 1].Norm == "neither"))
                clause.Flags |= ClauseFlags.Negated;
            FindObjects(doc, ref clause, firstPhrase, endPhrase, v + 1 < nv ? doc.PhraseRef(verbs[v + 1]).FirstToken : endToken);
            if ((clause.Flags & ClauseFlags.Passive) != 0) clause.Agent = ByAgent(doc, clause.Verb, firstPhrase, endPhrase);
            clause.EndToken = Math.Max(clause.EndToken, ExtentEnd(doc, clause, v + 1 < nv ? doc.PhraseRef(verbs[v + 1]).FirstToken : endToken));
            doc.AddClause(clause);
        }

        // "..., officials said." / "X said on Saturday.": a reporting clause after the content makes
        // the content its complement.
        for (int c = firstClause + 1; c < doc.ClauseCount; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (cl.Kind != ClauseKind.Main || cl.Object >= 0) continue;
            string lemma = tok[doc.PhraseRef(cl.Verb).Head].Lemma;
            // "Kabul must restore girls' schooling, the UN office demanded": a demand after its content reports it too.
            if (!IsReportingVerb(lemma) && lemma is not ("demand" or "urge")) continue;
            int before = cl.FirstToken - 1;
            while (before >= firstToken && tok[before].Tag is PosTag.CloseQuote) before--;
            if (before < firstToken || tok[before].Tag is not (PosTag.Comma or PosTag.Colon)) continue;
            cl.Flags |= ClauseFlags.Reporting;
            for (int k = firstClause; k < c; k++)
            {
                ref var content = ref doc.ClauseRef(k);
                if (content.Kind == ClauseKind.Main) { content.Kind = ClauseKind.Complement; content.Parent = c; }
            }
        }
        MarkQuoted(doc, firstClause, firstToken, endToken);
    }

    // "warned in a statement carried by KCNA that ...": a "that" clause after a reduced relative (a participle
    // with no subject of its own) belongs to the reporting verb before it.
    private static int ReportingHost(Document doc, ReadOnlySpan<TokenData> tok, int prevClause, int firstClause)
    {
        int c = prevClause;
        // Back over participles with no subject, and over reduced relatives ("warned in a statement carried by state media that").
        while (c > firstClause && (doc.ClauseRef(c).Subject < 0 || doc.ClauseRef(c).Kind == ClauseKind.Participial) && tok[doc.PhraseRef(doc.ClauseRef(c).Verb).Head].Tag == PosTag.VBN
               && !IsReportingVerb(tok[doc.PhraseRef(doc.ClauseRef(c).Verb).Head].Lemma)) c--;
        return c != prevClause && IsReportingVerb(tok[doc.PhraseRef(doc.ClauseRef(c).Verb).Head].Lemma) ? c : prevClause;
    }

    // Reporting verbs whose object is the person told, not what is said.
    private static bool IsContactRelative(Document doc, ReadOnlySpan<TokenData> tok, int subject, ref PhraseData vp, int firstToken, int endToken, int prevClause)
    {
        ref var subj = ref doc.PhraseRef(subject);
        int s = subj.FirstToken;
        if (subj.EndToken != s + 1 || subj.EndToken != vp.FirstToken || tok[s].Norm is not ("it" or "they" or "he" or "she" or "we")
            || s - 1 < firstToken || tok[s - 1].Tag is not (PosTag.NN or PosTag.NNS)
            // "this week it said": a time is no antecedent.
            || tok[s - 1].Lemma is "week" or "month" or "year" or "day" or "time" or "night" or "morning" or "evening" or "afternoon" or "weekend" or "decade" or "hour"
            || (vp.Flags & (PhraseFlags.Modal | PhraseFlags.Future | PhraseFlags.Infinitive | PhraseFlags.Passive)) != 0
            || tok[vp.Head].Tag is not (PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBN)) return false;
        // Its object is the noun before it: nothing that could start an object follows the verb.
        if (vp.EndToken < endToken && (tok[vp.EndToken].Tag is PosTag.DT or PosTag.PRP or PosTag.PRPS or PosTag.CD or PosTag.JJ || tok[vp.EndToken].Tag.IsNoun()
            || tok[vp.EndToken].Norm == "that")) return false;
        // "told reporters it had withdrawn": after a verb of telling, what follows is what was said.
        string host = tok[doc.PhraseRef(doc.ClauseRef(prevClause).Verb).Head].Lemma;
        return !IsTellVerb(host) && !IsReportingVerb(host);
    }

    private static bool IsTellVerb(string lemma) => lemma is "tell" or "inform" or "assure" or "remind" or "notify" or "warn";

    /// <summary>True for verbs that introduce reported speech ("say", "tell", "announce" ...).</summary>
    public static bool IsReportingVerb(string lemma) => lemma is "say" or "tell" or "state" or "announce" or "declare" or "report"
        or "add" or "claim" or "confirm" or "insist" or "note" or "warn" or "stress" or "explain" or "reveal" or "assert"
        or "allege" or "indicate" or "disclose" or "acknowledge" or "believe" or "think" or "suggest" or "argue" or "write"
        or "tweet" or "predict" or "emphasize" or "emphasise" or "reiterate" or "recall" or "mention" or "maintain";

    // An infinitive, a participle or a gerund after a preposition ("accused X of supporting Y").
    private static bool IsNonFinite(Document doc, int c)
    {
        ref var cl = ref doc.ClauseRef(c);
        return cl.Kind is ClauseKind.Infinitive or ClauseKind.Participial
            || cl.Kind == ClauseKind.Subordinate && doc.Tokens[doc.PhraseRef(cl.Verb).Head].Tag == PosTag.VBG;
    }

    // The noun phrase right before a subject that is only "herself", "himself", "itself" or "themselves"; -1 otherwise.
    private static int EmphasisedNoun(Document doc, ReadOnlySpan<TokenData> tok, int firstPhrase, int verbPhrase, int subject)
    {
        ref var np = ref doc.PhraseRef(subject);
        if (np.EndToken - np.FirstToken != 1 || tok[np.FirstToken].Norm is not ("herself" or "himself" or "itself" or "themselves")) return -1;
        return TopNpEndingAt(doc, firstPhrase, verbPhrase, np.FirstToken, tok);
    }

    // Acts done by speaking, which a speaker rather than the people spoken about goes on to do.
    private static bool IsSpeechAct(string lemma) => lemma is "deny" or "accuse" or "urge" or "reject" or "dismiss" or "call" or "appeal"
        or "ask" or "demand" or "vow" or "pledge" or "promise" or "condemn" or "blame" or "criticize" or "criticise" or "praise" or "thank" or "welcome" or "rule" or "warn" or "threaten";

    // Scans left from a verb group for its subject NP and a clause marker, stopping at the previous verb.
    // "last month", "this week", "next year": a noun phrase that only dates (the chunker's time expressions).
    private static bool IsBareTimePhrase(ReadOnlySpan<TokenData> tok, in PhraseData np) =>
        np.EndToken - np.FirstToken == 2 && Chunker.StartsTimeExpression(tok, np.FirstToken, np.EndToken);

    private static int FindMarker(Document doc, ReadOnlySpan<TokenData> tok, int firstPhrase, int verbPhrase, int leftLimit, out int subject)
    {
        subject = -1;
        int marker = -1;
        int vStart = doc.PhraseRef(verbPhrase).FirstToken;
        int k = vStart - 1;
        // Adverbs and parentheticals between subject and verb: "Pakistan on Monday arrested".
        while (k >= leftLimit)
        {
            var t = tok[k].Tag;
            // A quotation may open after the subject: 'said it "firmly opposed" the move'.
            if (t.IsAdverb() || t == PosTag.RP || t == PosTag.OpenQuote && k > leftLimit && tok[k - 1].Tag is PosTag.PRP or PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.NNS) { k--; continue; }
            if (t == PosTag.Comma)
            {
                // "The Taliban's foreign minister, Amir Khan Muttaqi, thanked": an apposition ends at the comma.
                int appo = TopNpEndingAt(doc, firstPhrase, verbPhrase, k, tok);
                if (appo >= 0 && (doc.PhraseRef(appo).Flags & PhraseFlags.Apposition) != 0)
                {
                    subject = appo;
                    // "the U.N. resident coordinator in Bangladesh, Gwyn Lewis, appealed": an apposition inside a PP
                    // leaves the subject the noun the PP modifies.
                    int prep = doc.PhraseRef(appo).FirstToken - 1;
                    if (prep > leftLimit && tok[prep].Tag == PosTag.IN && TopNpEndingAt(doc, firstPhrase, verbPhrase, prep, tok) is int ppHost and >= 0
                        && doc.PhraseRef(ppHost).FirstToken >= leftLimit)
                        subject = ppHost;
                    k = doc.PhraseRef(subject).FirstToken - 1;
                    break;
                }
                // "Kenya's minister and his Ugandan counterpart, Jeje Odongo, met": a name between commas after a coordination
                // of office holders names its last member; the subject is the coordination.
                if (appo >= 0 && tok[doc.PhraseRef(appo).Head].Tag == PosTag.NNP && doc.PhraseRef(appo).FirstToken - 1 > leftLimit
                    && tok[doc.PhraseRef(appo).FirstToken - 1].Tag == PosTag.Comma
                    && TopNpEndingAt(doc, firstPhrase, verbPhrase, doc.PhraseRef(appo).FirstToken - 1, tok) is int host and >= 0
                    && (doc.PhraseRef(host).Flags & PhraseFlags.Coordination) != 0 && tok[doc.PhraseRef(host).Head].Tag is PosTag.NN or PosTag.NNS
                    && doc.PhraseRef(host).FirstToken >= leftLimit)
                {
                    subject = host;
                    k = doc.PhraseRef(host).FirstToken - 1;
                    break;
                }
                // "Massad Boulos, the senior U.S. adviser for Africa, arrived": an apposition whose noun carries a
                // prepositional phrase; the subject is the name before it.
                if (appo >= 0 && NamedBeforeApposition(doc, tok, firstPhrase, verbPhrase, appo, leftLimit) is int named and >= 0)
                {
                    subject = named;
                    k = doc.PhraseRef(named).FirstToken - 1;
                    break;
                }
                // "Arnor's foreign minister, in remarks published on Monday, urged": skip a parenthetical
                // between commas that has no finite verb; otherwise a comma ends the search.
                int open = k - 1;
                while (open >= leftLimit && open > k - 16 && tok[open].Tag != PosTag.Comma && !tok[open].Tag.IsFiniteVerb() && tok[open].Tag != PosTag.MD
                       && tok[open].Tag is not (PosTag.WDT or PosTag.WP or PosTag.CC)) open--;
                if (open >= leftLimit && open < k - 1 && tok[open].Tag == PosTag.Comma && open > leftLimit
                    && (tok[k - 1].Tag != PosTag.Comma) && (tok[open + 1].Tag is PosTag.IN or PosTag.VBN or PosTag.VBG || tok[open + 1].Tag.IsAdverb()))
                {
                    k = open - 1;
                    continue;
                }
                break;
            }
            if (t.IsNoun() || t is PosTag.PRP or PosTag.CD or PosTag.EX || t == PosTag.POS || t is PosTag.RightParen)
            {
                int np = TopNpEndingAt(doc, firstPhrase, verbPhrase, k + 1, tok);
                if (np < 0 && t == PosTag.RightParen)
                {
                    // "The International Atomic Energy Agency (IAEA) criticized": a short parenthesis after the subject.
                    int open = k - 1;
                    while (open > leftLimit && open > k - 8 && tok[open].Tag is not (PosTag.LeftParen or PosTag.RightParen or PosTag.Comma)) open--;
                    if (open > leftLimit && tok[open].Tag == PosTag.LeftParen) { k = open - 1; continue; }
                }
                if (np < 0) break;
                // An NP inside a PP is skipped: "The leader of Arnor visited" -> "The leader".
                ref var npd = ref doc.PhraseRef(np);
                if (npd.Parent >= 0 && doc.PhraseRef(npd.Parent).Kind == PhraseKind.PP)
                {
                    int pp = npd.Parent;
                    int ppStart = doc.PhraseRef(pp).FirstToken;
                    string prep = tok[doc.PhraseRef(pp).Head].Norm;
                    // Temporal or locative PPs before the verb: "on Saturday", "in March".
                    if (prep is "of" or "from" or "in" or "on" or "at" or "for" or "with" or "near" or "between" or "among" or "under" or "along")
                    {
                        k = ppStart - 1;
                        if (prep is not "of" && k >= leftLimit && tok[k].Tag == PosTag.Comma)
                        {
                            // "Kenya's parliament, the National Assembly, on Tuesday condemned": an apposition ends at the comma.
                            int appo = TopNpEndingAt(doc, firstPhrase, verbPhrase, k, tok);
                            if (appo >= 0 && (doc.PhraseRef(appo).Flags & PhraseFlags.Apposition) != 0 && doc.PhraseRef(appo).FirstToken >= leftLimit)
                            {
                                subject = appo;
                                k = doc.PhraseRef(appo).FirstToken - 1;
                            }
                            break;
                        }
                        continue;
                    }
                    // "Protesters angry over power cuts stormed": an adjective with its PP after the noun.
                    if (prep is "over" or "about" or "at" or "against" && ppStart - 2 >= leftLimit && tok[ppStart - 1].Tag == PosTag.JJ && tok[ppStart - 2].Tag.IsNoun())
                    {
                        k = ppStart - 2;
                        continue;
                    }
                    // "Rallies by the opposition were banned", "Sanctions against Russia were extended": the noun the PP modifies,
                    // when no verb comes right before it ("drove tractors into Brussels to protest": those are the verb's).
                    if (prep is "by" or "against" or "over" or "across" or "into" or "during")
                    {
                        int host = TopNpEndingAt(doc, firstPhrase, verbPhrase, ppStart, tok);
                        if (host < 0 || doc.PhraseRef(host).FirstToken - 1 >= 0 && (tok[doc.PhraseRef(host).FirstToken - 1].Tag.IsVerb() || tok[doc.PhraseRef(host).FirstToken - 1].Tag == PosTag.TO)
                            || doc.PhraseRef(host).FirstToken < leftLimit) break;
                        k = ppStart - 1;
                        continue;
                    }
                    // "China's ambassador to the United Nations urged": a post "to" a country or body belongs to the noun.
                    if (prep == "to" && ppStart - 1 >= leftLimit && tok[ppStart - 1].Lemma is "ambassador" or "envoy" or "representative" or "delegation"
                        or "mission" or "delegate" or "emissary" or "adviser" or "advisor")
                    {
                        k = ppStart - 1;
                        continue;
                    }
                    // "fighters loyal to a faction of the TPLF seized", "groups close to the government": an
                    // adjective with its PP after the noun.
                    if (prep is "to" or "with" && ppStart - 2 >= leftLimit && tok[ppStart - 1].Tag == PosTag.JJ && tok[ppStart - 2].Tag.IsNoun())
                    {
                        k = ppStart - 2;
                        continue;
                    }
                    break;
                }
                // "Washington last month imposed", "... and this week imposed": a time phrase between subject (or conjunction)
                // and verb is not the subject.
                if (IsBareTimePhrase(tok, npd) && npd.FirstToken - 1 >= leftLimit && (tok[npd.FirstToken - 1].Tag.IsNoun() || tok[npd.FirstToken - 1].Tag == PosTag.CC))
                {
                    k = npd.FirstToken - 1;
                    continue;
                }
                subject = np;
                // "X, whose country has served as ...": the relative pronoun opens the subject itself.
                if (tok[npd.FirstToken].Tag == PosTag.WPS) return npd.FirstToken;
                k = npd.FirstToken - 1;
                break;
            }
            if (t is PosTag.WDT or PosTag.WP or PosTag.WRB)
            {
                marker = k;
                return marker;
            }
            break;
        }
        // A marker right before the subject: "after crowds trashed", "that Arnor had".
        while (k >= leftLimit && tok[k].Tag.IsAdverb()) k--;
        if (k >= leftLimit)
        {
            var t = tok[k].Tag;
            if (t is PosTag.WDT or PosTag.WP or PosTag.WRB || t == PosTag.IN && tok[k].Chunk.Kind == PhraseKind.SBAR || tok[k].Norm == "that" && t is PosTag.IN or PosTag.DT)
                marker = k;
            else if (t == PosTag.IN && IsSubordinatorWord(tok[k].Norm)) marker = k;
        }
        return marker;
    }

    // The noun a chain of prepositional phrases ending in `np` modifies ("the envoy for Yemen": "the envoy"), else `np`.
    private static int ModifiedNoun(Document doc, ReadOnlySpan<TokenData> tok, int np)
    {
        while (doc.PhraseRef(np).Parent is int pp and >= 0 && doc.PhraseRef(pp).Kind == PhraseKind.PP && doc.PhraseRef(pp).Attach is int host and >= 0 && host < np
               && doc.PhraseRef(host).Kind == PhraseKind.NP && tok[doc.PhraseRef(pp).Head].Norm is "of" or "for" or "to" or "from" or "in" or "at" or "on")
            np = host;
        return np;
    }

    // A verb group that is finite: a past or present verb, or one opened by such an auxiliary or a modal.
    private static bool IsFiniteGroup(ReadOnlySpan<TokenData> tok, in PhraseData vp) =>
        tok[vp.Head].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP || vp.FirstToken < vp.Head && tok[vp.FirstToken].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD;

    // The proper-noun phrase before ", the/a NOUN of/for/to X," when `np` is that X: the name an apposition with a
    // prepositional phrase describes; -1 otherwise.
    private static int NamedBeforeApposition(Document doc, ReadOnlySpan<TokenData> tok, int firstPhrase, int verbPhrase, int np, int leftLimit)
    {
        np = ModifiedNoun(doc, tok, np);
        int first = doc.PhraseRef(np).FirstToken;
        if (first - 2 < leftLimit || tok[first - 1].Tag != PosTag.Comma || tok[first].Tag != PosTag.DT) return -1;
        int name = TopNpEndingAt(doc, firstPhrase, verbPhrase, first - 1, tok);
        if (name < 0 || doc.PhraseRef(name).Head < 0 || tok[doc.PhraseRef(name).Head].Tag is not (PosTag.NNP or PosTag.NNPS)) return -1;
        int before = doc.PhraseRef(name).FirstToken - 1;
        // The name opens the clause (or follows a marker): not an item of a list ("Kenya, Uganda, the ...").
        return before < leftLimit || tok[before].Tag is not (PosTag.Comma or PosTag.CC) ? name : -1;
    }

    private static bool IsSubordinatorWord(string w) => w is "after" or "before" or "because" or "while" or "although" or "though"
        or "if" or "unless" or "since" or "until" or "whereas" or "whether" or "once" or "as" or "that" or "when" or "where";

    // The noun phrase right before a bare participle followed by "by", where no subject was found ("under a deal brokered by").
    // "a deal brokered by Turkey", "the release of two citizens detained in Iran": a bare participle right after a noun
    // in a prepositional phrase (the tagger already read it as a participle, not a past tense) describes that noun.
    private static int NounInPhraseBefore(Document doc, ReadOnlySpan<TokenData> tok, int firstPhrase, int verbPhrase, ref PhraseData vp) =>
        vp.EndToken < tok.Length && (tok[vp.EndToken].Norm == "by" || tok[vp.Head].Tag == PosTag.VBN && vp.FirstToken > 0 && tok[vp.FirstToken - 1].Tag.IsNoun())
            ? TopNpEndingAt(doc, firstPhrase, verbPhrase, vp.FirstToken, tok) : -1;

    // Whether the noun phrase ending right before token end is the object of a preposition.
    private static bool InPrepositionalPhrase(Document doc, int firstPhrase, int end)
    {
        int sentenceEndPhrase = SentenceEndPhrase(doc, firstPhrase);
        for (int p = firstPhrase; p < sentenceEndPhrase; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind == PhraseKind.NP && q.EndToken == end && q.Parent >= 0 && doc.PhraseRef(q.Parent).Kind == PhraseKind.PP) return true;
        }
        return false;
    }

    private static int TopNpEndingAt(Document doc, int firstPhrase, int limit, int endToken, ReadOnlySpan<TokenData> tok)
    {
        int best = -1;
        int sentenceEndPhrase = SentenceEndPhrase(doc, firstPhrase);
        for (int p = firstPhrase; p < sentenceEndPhrase; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind != PhraseKind.NP || q.EndToken != endToken) continue;
            int top = p;
            // Climb NP groups (coordination, apposition, possessive) but not PPs.
            while (doc.PhraseRef(top).Parent >= 0 && doc.PhraseRef(doc.PhraseRef(top).Parent).Kind == PhraseKind.NP
                   && doc.PhraseRef(doc.PhraseRef(top).Parent).EndToken == endToken) top = doc.PhraseRef(top).Parent;
            if (best < 0 || doc.PhraseRef(top).FirstToken < doc.PhraseRef(best).FirstToken) best = top;
        }
        return best;
    }

    // Only the current sentence's phrases are searched: later sentences are already chunked, and a
    // document-wide search made clause analysis quadratic in document length.
    private static int SentenceEndPhrase(Document doc, int firstPhrase) =>
        firstPhrase >= doc.PhraseCount ? firstPhrase : doc.SentenceRef(doc.PhraseRef(firstPhrase).Sentence).EndPhrase;

    // The NP before ", who ..." (a subject relative) or ", elected ..." (a reduced relative without
    // a subject of its own) that ends at the comma opening the clause; -1 when there is none.
    private static int InterruptedSubject(Document doc, ReadOnlySpan<TokenData> tok, int firstPhrase, int firstToken, int firstClause, int prevClause)
    {
        // "X, which seeks to restore a state in the south, took": the relative's own infinitive lies between.
        while (prevClause > firstClause && doc.ClauseRef(prevClause).Kind == ClauseKind.Infinitive && doc.ClauseRef(prevClause).Parent == prevClause - 1) prevClause--;
        int last = prevClause;
        // "X, formed by lawmakers ousted in the coup, condemned": a participle inside the interruption hands
        // over to the one that opened it.
        // So does a relative clause inside it: "China, which brokered the deal that restored ties, praised ...".
        for (int c = prevClause; c > firstClause && c > last - 3; c--)
        {
            ref var inner = ref doc.ClauseRef(c);
            int first;
            if (IsBareParticiple(doc, tok, c)) first = doc.PhraseRef(inner.Verb).FirstToken;
            else if (inner.Kind == ClauseKind.Relative && inner.Marker >= 0) first = inner.Marker;
            // "The RSF, which has controlled Darfur since capturing El Fasher, accused": so does a gerund after a preposition.
            else if (inner.Kind == ClauseKind.Subordinate && inner.Marker >= 0 && inner.Marker + 1 == doc.PhraseRef(inner.Verb).FirstToken
                     && tok[doc.PhraseRef(inner.Verb).Head].Tag == PosTag.VBG && tok[inner.Marker].Tag == PosTag.IN) first = inner.Marker;
            else break;
            if (first - 1 > firstToken && tok[first - 1].Tag == PosTag.Comma) break;
            ref var outer = ref doc.ClauseRef(c - 1);
            if (!IsBareParticiple(doc, tok, c - 1) && !(outer.Kind == ClauseKind.Relative && outer.Marker >= 0)) break;
            prevClause = c - 1;
        }
        ref var prev = ref doc.ClauseRef(prevClause);
        int open;
        if (prev.Kind == ClauseKind.Relative && prev.Marker >= 0 && prev.Subject >= 0
            && (doc.PhraseRef(prev.Subject).EndToken <= prev.Marker || tok[prev.Marker].Tag == PosTag.WPS))
            open = prev.Marker;
        // "ECOWAS, from which Mali and Niger withdrew, urged ...": a relative clause opened by a preposition.
        else if (prev.Kind == ClauseKind.Relative && prev.Marker >= 2 && tok[prev.Marker - 1].Tag == PosTag.IN && tok[prev.Marker - 2].Tag == PosTag.Comma)
            open = prev.Marker - 1;
        else if (prev.Subject < 0 && prev.Marker < 0 && tok[doc.PhraseRef(prev.Verb).Head].Tag is PosTag.VBN or PosTag.VBG)
            open = doc.PhraseRef(prev.Verb).FirstToken;
        else return -1;
        // "X, in a message posted on social media, accused ...": the interruption may open with a prepositional
        // phrase whose noun the participle modifies.
        int comma = open - 1;
        bool afterPhrase = false;
        if (comma > firstToken && tok[comma].Tag != PosTag.Comma && doc.PhraseRef(prev.Verb).FirstToken == open)
        {
            int k = comma;
            while (k > firstToken && open - k < 8 && tok[k].Tag != PosTag.Comma && !tok[k].Tag.IsVerb()) k--;
            if (tok[k].Tag == PosTag.Comma && k + 1 < open && tok[k + 1].Tag == PosTag.IN) { comma = k; afterPhrase = true; }
        }
        // "The TNLA, an ethnic armed group that controls the hills, accused": an apposition carrying the relative clause.
        if (comma > firstToken && tok[comma].Tag != PosTag.Comma && prev.Kind == ClauseKind.Relative && prev.Subject >= 0
            && doc.PhraseRef(prev.Subject).EndToken == open && doc.PhraseRef(prev.Subject).FirstToken - 1 > firstToken
            && tok[doc.PhraseRef(prev.Subject).FirstToken - 1].Tag == PosTag.Comma && tok[doc.PhraseRef(prev.Subject).FirstToken].Tag == PosTag.DT)
            comma = doc.PhraseRef(prev.Subject).FirstToken - 1;
        // "Hikmat al-Hijri, the Druze cleric who leads the community, accused": the chunker grouped the name and the
        // apposition the relative clause hangs on; together they are the subject.
        if (prev.Kind == ClauseKind.Relative && prev.Subject >= 0 && doc.PhraseRef(prev.Subject).EndToken == open
            && (doc.PhraseRef(prev.Subject).Flags & PhraseFlags.Apposition) != 0)
            return prev.Subject;
        if (comma <= firstToken || tok[comma].Tag != PosTag.Comma) return -1;
        // "The Ta'ang National Liberation Army (TNLA), ...": the noun before a short parenthesis.
        int np = TopNpEndingAt(doc, firstPhrase, -1, BeforeParenthesis(tok, comma - 1, firstToken) + 1, tok);
        if (np < 0) return -1;
        // "The US special envoy for Yemen, speaking in Riyadh, demanded": the noun its prepositional phrase modifies.
        np = ModifiedNoun(doc, tok, np);
        // "Fighters loyal to the STC, which ..., took": the noun the adjective and its phrase describe.
        int npFirst = doc.PhraseRef(np).FirstToken;
        if (npFirst - 3 >= firstToken && tok[npFirst - 1].Norm is "to" or "with" && tok[npFirst - 2].Tag is PosTag.JJ or PosTag.VBN
            && TopNpEndingAt(doc, firstPhrase, -1, npFirst - 2, tok) is int described and >= 0)
            np = ModifiedNoun(doc, tok, described);
        if (prev.Subject < 0 && !afterPhrase) prev.Subject = np;
        // The participles of the interruption modify the noun (reduced relatives): what they say, dates included,
        // is about it, not the sentence's act.
        if (open == doc.PhraseRef(prev.Verb).FirstToken)
            for (int c = prevClause; c <= last; c++)
                if (doc.ClauseRef(c).Kind == ClauseKind.Main && doc.ClauseRef(c).Marker < 0 && tok[doc.PhraseRef(doc.ClauseRef(c).Verb).Head].Tag is PosTag.VBN or PosTag.VBG)
                    doc.ClauseRef(c).Kind = ClauseKind.Participial;
        return np;
    }

    // The subject of clause `prev` when it is a one-word participle right after that noun and nothing between it and
    // the verb at `verbStart` starts another clause; the participle's clause becomes a passive participial. -1 otherwise.
    // `found` is the subject the verb's own search found (-1 for none): only a noun after the participle is replaced.
    // A participle taken for a reported clause's verb ("said troops backed by ...") hands that clause's place
    // (parent and marker) to the verb, through `reported`.
    private static int ReducedRelativeHost(Document doc, ReadOnlySpan<TokenData> tok, int prev, int firstClause, int verbStart, int found, int firstPhrase, int endPhrase,
        out (int Parent, int Marker)? reported)
    {
        reported = null;
        // "Rioters calling for Biya to go torched ...": the participle's own infinitive lies between.
        while (prev > firstClause && doc.ClauseRef(prev).Kind == ClauseKind.Infinitive && doc.ClauseRef(prev).Parent == prev - 1) prev--;
        ref var pc = ref doc.ClauseRef(prev);
        bool complement = pc.Kind == ClauseKind.Complement && pc.Subject >= 0 && (pc.Marker < 0 || doc.PhraseRef(pc.Subject).FirstToken > pc.Marker);
        if (!(pc.Kind == ClauseKind.Main && pc.Marker < 0 || complement) || pc.Subject < 0) return -1;
        ref var pv = ref doc.PhraseRef(pc.Verb);
        bool ing = tok[pv.Head].Tag == PosTag.VBG;
        if (found >= 0 && (!ing || doc.PhraseRef(found).FirstToken < pv.EndToken)) return -1;
        // "ADF rebels linked to the Islamic State killed ...": a past form read as VBD but followed by a preposition and then
        // another finite verb with no conjunction between is a participle too.
        // ("linked to", "backed by", "armed with", "based in"; not a particle: "handed over").
        // "Hackers working for Russian military intelligence launched ...", "Protesters demanding X stormed ...": a bare
        // -ing form after its noun, with its object or phrase, is one too.
        bool participle = tok[pv.Head].Tag == PosTag.VBN || tok[pv.Head].Tag == PosTag.VBD && pv.EndToken < verbStart && tok[pv.EndToken].Norm is "to" or "by" or "with" or "in"
            || ing && pv.EndToken < verbStart;
        if (pv.FirstToken != pv.Head || !participle || !EndsRightBefore(tok, doc.PhraseRef(pc.Subject).EndToken, pv.FirstToken)) return -1;
        // "carrying food and medicine crossed": an -ing form's object may be coordinated; "and" before a verb joins clauses.
        // So may a list: "carrying food, water and medical supplies docked".
        for (int k = pv.EndToken; k < verbStart; k++)
            if (tok[k].Tag is PosTag.Comma && !(ing && k > pv.EndToken && tok[k - 1].Tag.IsNoun() && ListContinues(tok, k + 1, verbStart))
                || tok[k].Tag is PosTag.MD or PosTag.Colon
                || tok[k].Tag == PosTag.CC && !(ing && k > pv.EndToken && tok[k - 1].Tag.IsNoun() && k + 1 < verbStart && !tok[k + 1].Tag.IsVerb())
                || tok[k].Tag.IsVerb() && !(ing && (tok[k].Tag == PosTag.VB && k > 0 && tok[k - 1].Tag == PosTag.TO))) return -1;
        if (complement) reported = (pc.Parent, pc.Marker);
        pc.Kind = ClauseKind.Participial;
        pc.Marker = -1;
        if (tok[pv.Head].Tag != PosTag.VBG)
        {
            pc.Flags |= ClauseFlags.Passive;
            // "Information passed by Kenya's intelligence service to Ugandan officials helped ...": its agent too. Not for
            // a participle that only says whose side the noun is on ("troops backed by Russian fighters killed ...").
            if (pc.Agent < 0 && tok[pv.Head].Lemma is not ("back" or "support" or "lead" or "arm" or "fund" or "finance" or "ally" or "link" or "align" or "sponsor" or "train" or "equip" or "aid"))
            {
                pc.Agent = ByAgent(doc, pc.Verb, firstPhrase, endPhrase);
            }
        }
        return pc.Subject;
    }

    // Nouns and modifiers up to a coordinating "and"/"or" before the verb: the rest of a list of objects.
    private static bool ListContinues(ReadOnlySpan<TokenData> tok, int from, int verbStart)
    {
        for (int k = from; k < verbStart; k++)
        {
            if (tok[k].Norm is "and" or "or") return k > from;
            if (!(tok[k].Tag.IsNoun() || tok[k].Tag.IsAdjective() || tok[k].Tag is PosTag.CD or PosTag.DT or PosTag.Comma)) return false;
        }
        return false;
    }

    // The subject ends right before the participle, or its "of" phrase does: "Dozens of Palestinian prisoners held in ...".
    private static bool EndsRightBefore(ReadOnlySpan<TokenData> tok, int subjectEnd, int participle)
    {
        if (subjectEnd == participle) return true;
        if (subjectEnd > participle || tok[subjectEnd].Norm != "of") return false;
        for (int k = subjectEnd + 1; k < participle; k++)
            if (!(tok[k].Tag.IsNoun() || tok[k].Tag.IsAdjective() || tok[k].Tag is PosTag.DT or PosTag.CD or PosTag.PRPS or PosTag.POS)) return false;
        return true;
    }

    private static bool IsBareParticiple(Document doc, ReadOnlySpan<TokenData> tok, int c)
    {
        ref var cl = ref doc.ClauseRef(c);
        // A reduced relative already given the noun right before it ("lawmakers ousted in the coup") is bare too.
        // So is a bare -ing form right after its noun, which cannot be a finite verb ("700 soldiers serving with UNIFIL").
        ref var v = ref doc.PhraseRef(cl.Verb);
        bool ownNoun = cl.Subject < 0 || (cl.Kind == ClauseKind.Participial || tok[v.Head].Tag == PosTag.VBG && v.FirstToken == v.Head)
            && doc.PhraseRef(cl.Subject).EndToken == v.FirstToken;
        return ownNoun && cl.Marker < 0 && tok[doc.PhraseRef(cl.Verb).Head].Tag is PosTag.VBN or PosTag.VBG;
    }

    private static int AntecedentOf(Document doc, int firstPhrase, int marker)
    {
        var tok = doc.Tokens;
        int k = marker - 1;
        if (k >= 0 && tok[k].Tag == PosTag.Comma) k--;
        // "The International Atomic Energy Agency (IAEA), which": the noun before a short parenthesis.
        if (k > 0) k = BeforeParenthesis(tok, k, 0);
        int np = k >= 0 ? TopNpEndingAt(doc, firstPhrase, -1, k + 1, tok) : -1;
        // "Qatari Minister of State Mohammed Al-Khulaifi, who is mediating": the antecedent is the noun the "of" phrase hangs on.
        if (np >= 0 && doc.PhraseRef(np).Parent is int pp and >= 0 && doc.PhraseRef(pp).Kind == PhraseKind.PP && tok[doc.PhraseRef(pp).Head].Norm == "of"
            && TopNpEndingAt(doc, firstPhrase, -1, doc.PhraseRef(pp).FirstToken, tok) is int owner and >= 0)
            return owner;
        return np;
    }

    // The antecedent of the subject relative `prev` ("Residents who reached X") when `found` lies inside that relative,
    // after its verb, and nothing between it and the next verb at `verbStart` opens another clause; -1 otherwise.
    private static int RelativeAntecedentBefore(Document doc, ReadOnlySpan<TokenData> tok, int prev, int firstToken, int found, int verbStart)
    {
        ref var rc = ref doc.ClauseRef(prev);
        if (rc.Kind != ClauseKind.Relative || rc.Marker < 0 || rc.Subject < 0 || tok[rc.Marker].Tag is not (PosTag.WP or PosTag.WDT)
            || doc.PhraseRef(rc.Subject).EndToken > rc.Marker || rc.Marker - 1 < firstToken || tok[rc.Marker - 1].Tag == PosTag.Comma) return -1;
        if (doc.PhraseRef(found).FirstToken < doc.PhraseRef(rc.Verb).EndToken) return -1;
        for (int k = doc.PhraseRef(rc.Verb).EndToken; k < verbStart; k++)
            if (tok[k].Tag is PosTag.Comma or PosTag.CC or PosTag.MD or PosTag.Colon || tok[k].Tag.IsVerb()) return -1;
        return rc.Subject;
    }

    // The last token before a short parenthesis ending at `last` ("Agency (IAEA)": "Agency"), else `last`.
    private static int BeforeParenthesis(ReadOnlySpan<TokenData> tok, int last, int lowerLimit)
    {
        if (tok[last].Tag != PosTag.RightParen) return last;
        int paren = last - 1;
        while (paren > lowerLimit && last - paren < 8 && tok[paren].Tag is not (PosTag.LeftParen or PosTag.RightParen or PosTag.Comma)) paren--;
        return paren > lowerLimit && tok[paren].Tag == PosTag.LeftParen ? paren - 1 : last;
    }

    private static bool HasObjectBefore(Document doc, int clause, int token, string infinitive)
    {
        ref var c = ref doc.ClauseRef(clause);
        if (c.Object < 0) return false;
        string lemma = doc.Tokens[doc.PhraseRef(c.Verb).Head].Lemma;
        // Subject-control verbs keep their subject even with an object ("promised Y to ...").
        if (lemma is "promise" or "vow" or "pledge") return false;
        if (IsContactVerb(lemma, infinitive)) return false;
        if (IsThingObjectVerb(lemma)) return false;
        // "he is ready to meet X", "it remained willing to talk": after a copula the adjective is no controller.
        if (lemma is "be" or "remain" or "seem" or "appear" or "become" || IsPredicateAdjective(doc.Tokens[doc.PhraseRef(c.Object).Head])) return false;
        return doc.PhraseRef(c.Object).EndToken <= token;
    }

    // Verbs whose object is a thing or an event: the infinitive is the subject's purpose ("drove their tractors into
    // Paris to protest", "used drones to strike", "held rallies to demand", "fired tear gas to disperse the crowd").
    private static bool IsThingObjectVerb(string lemma) => lemma is "drive" or "use" or "hold" or "stage" or "launch" or "organise" or "organize"
        or "spend" or "build" or "set" or "take" or "block" or "burn" or "wave" or "carry" or "raise" or "collect" or "sign" or "erect" or "beat"
        or "bang" or "blockade" or "occupy" or "mount" or "form" or "create" or "establish" or "adopt" or "pass" or "introduce" or "announce"
        or "unveil" or "impose" or "fire" or "shoot" or "throw" or "hurl" or "lob" or "plant" or "detonate" or "drop" or "spray";

    /// <summary>Verbs of making contact, whose maker has the purpose infinitive ("telephoned Michal to express support",
    /// "summoned the envoy to protest").</summary>
    public static bool IsContactVerb(string lemma) => lemma is "telephone" or "phone" or "meet" or "visit" or "summon" or "host" or "receive" or "contact";

    /// <summary>A contact verb with its infinitive: also "called Bayramov to express support", a call made to say
    /// something (not "called on X to withdraw", an appeal).</summary>
    public static bool IsContactVerb(string lemma, string infinitive) =>
        IsContactVerb(lemma) || lemma is "call" or "ring" && infinitive is "express" or "offer" or "congratulate" or "convey" or "thank"
            or "extend" or "reassure" or "brief" or "condole" or "discuss" or "apologise" or "apologize" or "pledge" or "reaffirm";

    // Adjectives that take an infinitive, also when the tagger read them as nouns ("was ready/NN to host").
    private static bool IsPredicateAdjective(in TokenData t) =>
        t.Tag.IsAdjective() || t.Norm is "ready" or "willing" or "prepared" or "determined" or "eager" or "keen" or "poised" or "unwilling" or "reluctant" or "able" or "unable";

    private static void InheritSubject(Document doc, ref ClauseData clause, int from, bool objectControl)
    {
        ref var src = ref doc.ClauseRef(from);
        int subject = objectControl ? src.Object : src.Subject;
        // A passive controller's subject is its patient; its agent acts ("was asked by X to ...").
        if (!objectControl && (src.Flags & ClauseFlags.Passive) != 0 && src.Agent >= 0 && clause.Kind == ClauseKind.Main) subject = src.Agent;
        if (subject >= 0)
        {
            clause.Subject = subject;
            clause.Flags |= ClauseFlags.InheritedSubject;
        }
    }

    private static bool OpensQuoteBefore(ReadOnlySpan<TokenData> tok, int end, int span)
    {
        for (int k = end - 1; k >= 0 && k >= end - span; k--)
        {
            if (tok[k].Tag == PosTag.OpenQuote) return true;
            if (tok[k].Tag == PosTag.CloseQuote) return false;
        }
        return false;
    }

    private static bool HasCoordinationBetween(ReadOnlySpan<TokenData> tok, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (tok[k].Tag == PosTag.CC && tok[k].Norm is "and" or "or" or "but") return true;
        }
        return false;
    }

    // The first top-level NP after the verb group is its object; a second directly after it is the
    // second object ("gave Pakistan aid").
    private static void FindObjects(Document doc, ref ClauseData clause, int firstPhrase, int endPhrase, int limit)
    {
        var tok = doc.Tokens;
        int vEnd = doc.PhraseRef(clause.Verb).EndToken;
        int k = vEnd;
        // The closing quote of a verb in scare quotes: had "expelled" the ship.
        // Also a quoted verb group with its adverb: 'it "firmly opposed" the move'.
        if (k < limit && tok[k].Tag == PosTag.CloseQuote && OpensQuoteBefore(tok, vEnd, 4)) k++;
        while (k < limit && (tok[k].Tag.IsAdverb() || tok[k].Tag == PosTag.RP)) k++;
        int obj = TopNpStartingAt(doc, firstPhrase, endPhrase, k);
        if (obj < 0) return;
        // "said it would ...", "believes China will ...": an NP followed by its own verb is the subject
        // of a complement clause, not the object.
        int next = doc.PhraseRef(obj).EndToken;
        if (next < limit && tok[next].Tag == PosTag.OpenQuote) next++; // 'said it "firmly opposed"'
        while (next < limit && tok[next].Tag.IsAdverb()) next++;
        if (next < tok.Length && (tok[next].Tag.IsFiniteVerb() || tok[next].Tag == PosTag.MD) && next < limit + 1) return;
        clause.Object = obj;
        int after = doc.PhraseRef(obj).EndToken;
        int obj2 = TopNpStartingAt(doc, firstPhrase, endPhrase, after);
        if (obj2 >= 0 && doc.PhraseRef(obj2).FirstToken < limit && (doc.PhraseRef(obj).Flags & PhraseFlags.Possessive) == 0)
        {
            clause.Object2 = obj2;
        }
    }

    private static int TopNpStartingAt(Document doc, int firstPhrase, int endPhrase, int token)
    {
        int best = -1;
        for (int p = firstPhrase; p < endPhrase; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind != PhraseKind.NP || q.FirstToken != token) continue;
            int top = p;
            while (doc.PhraseRef(top).Parent >= 0 && doc.PhraseRef(doc.PhraseRef(top).Parent).Kind == PhraseKind.NP
                   && doc.PhraseRef(doc.PhraseRef(top).Parent).FirstToken == token) top = doc.PhraseRef(top).Parent;
            if (doc.PhraseRef(top).Parent >= 0) continue; // inside a PP
            if (best < 0 || doc.PhraseRef(top).EndToken > doc.PhraseRef(best).EndToken) best = top;
        }
        return best;
    }

    private static int ByAgent(Document doc, int verb, int firstPhrase, int endPhrase)
    {
        var tok = doc.Tokens;
        for (int p = firstPhrase; p < endPhrase; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind == PhraseKind.PP && q.Attach == verb && tok[q.Head].Norm == "by" && q.Child >= 0)
            {
                // "would be held responsible for any further attacks by the group": the by-phrase ends a for/against/over
                // phrase's noun (whose doer it names), not the verb's agent ("was killed in an attack by militants" is).
                for (int k = p - 1; k >= firstPhrase && doc.PhraseRef(k).FirstToken >= doc.PhraseRef(verb).EndToken; k--)
                    if (doc.PhraseRef(k).Kind == PhraseKind.PP)
                    {
                        if (tok[doc.PhraseRef(k).Head].Norm is "for" or "against" or "over" or "about" && doc.PhraseRef(k).EndToken == q.FirstToken) return -1;
                        break;
                    }
                return q.Child;
            }
        }
        return -1;
    }

    private static int ExtentEnd(Document doc, in ClauseData clause, int limit)
    {
        int end = doc.PhraseRef(clause.Verb).EndToken;
        if (clause.Object >= 0) end = Math.Max(end, doc.PhraseRef(clause.Object).EndToken);
        if (clause.Object2 >= 0) end = Math.Max(end, doc.PhraseRef(clause.Object2).EndToken);
        // PPs that follow up to the next verb group belong to the clause.
        var tok = doc.Tokens;
        int k = end;
        while (k < limit && tok[k].Tag is not (PosTag.WDT or PosTag.WP) && !(tok[k].Chunk.Kind == PhraseKind.SBAR)) k++;
        return Math.Max(end, k);
    }

    private static void MarkQuoted(Document doc, int firstClause, int firstToken, int endToken)
    {
        var tok = doc.Tokens;
        bool open = false;
        int openAt = -1;
        for (int k = firstToken; k < endToken; k++)
        {
            if (tok[k].Tag == PosTag.OpenQuote) { open = true; openAt = k; }
            else if (tok[k].Tag == PosTag.CloseQuote && open)
            {
                for (int c = firstClause; c < doc.ClauseCount; c++)
                {
                    int head = doc.PhraseRef(doc.ClauseRef(c).Verb).Head;
                    if (head > openAt && head < k) doc.ClauseRef(c).Flags |= ClauseFlags.Quoted;
                }
                open = false;
            }
        }
    }
}
