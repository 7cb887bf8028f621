using Dyad.Coding.Cameo;
using Dyad.Coding.Dictionaries;
using Dyad.Coding.Matching;
using Dyad.Coding.Records;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>What the coder knows about a document besides its text.</summary>
public sealed record DocumentInfo(string DocId)
{
    /// <summary>Publication date, used for actor codes and as the event date when the text gives none.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Publisher.</summary>
    public string? Source { get; init; }
    /// <summary>URL.</summary>
    public string? Url { get; init; }
    /// <summary>Where <see cref="Published"/> came from ("option", "header", "markup", "trailer", "dateline"), or null.</summary>
    public string? PublishedBasis { get; init; }
    /// <summary>Where <see cref="Source"/> came from, same values, or null.</summary>
    public string? SourceBasis { get; init; }
    /// <summary>The text's own metadata (dateline, trailer), filled by <see cref="Setting.EventSetting.Complete"/>.</summary>
    public Metadata.ArticleMetadata? Article { get; init; }
}

/// <summary>
/// Codes events from an analysed document. For each clause it finds the most specific verb pattern
/// around the clause's verb, takes the source from the subject (the "by" agent for passives) and the
/// target from the pattern's '+' or the object, applies the intent, negation, hypothetical and
/// reported-speech rules, and adds nominal events ("the attack on X"). Thread-safe: one coder serves
/// all threads; per-document state lives in locals.
/// </summary>
public sealed class EventCoder(DictionarySet dictionaries, CoderOptions? options = null)
{
    private readonly DictionarySet _dicts = dictionaries;
    private readonly CoderOptions _options = options ?? new CoderOptions();

    /// <summary>The dictionaries in use.</summary>
    public DictionarySet Dictionaries => _dicts;

    /// <summary>The coding options.</summary>
    public CoderOptions Options => _options;

    /// <summary>Codes every sentence of the document.</summary>
    public List<EventRecord> Code(Document doc, DocumentInfo info, ExplainTrace? trace = null)
    {
        info = Setting.EventSetting.Complete(doc, info);
        var events = new List<EventRecord>();
        var resolver = new ActorResolver(doc, _dicts, _options);
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var kind = doc.SentenceRef(s).Kind;
            if (kind == SentenceKind.Dateline || (kind == SentenceKind.Headline && !_options.CodeHeadlines))
            {
                trace?.Add(s, "skip", $"{kind.ToString().ToLowerInvariant()} not coded");
                continue;
            }
            if (IsDiscarded(doc, s, out string? discard))
            {
                trace?.Add(s, "skip", $"discarded by '{discard}'");
                continue;
            }
            CodeSentence(doc, s, info, resolver, events, trace);
        }
        Setting.EventSetting.Default.Annotate(doc, info, events, trace);
        return events;
    }

    private bool IsDiscarded(Document doc, int s, out string? phrase)
    {
        phrase = null;
        if (_dicts.Discards.Count == 0) return false;
        ref var sd = ref doc.SentenceRef(s);
        var tok = doc.Tokens;
        foreach (var d in _dicts.Discards)
            for (int i = sd.FirstToken; i + d.Length <= sd.EndToken; i++)
            {
                bool ok = true;
                for (int k = 0; k < d.Length && ok; k++) ok = tok[i + k].Norm == d[k];
                if (ok) { phrase = string.Join(' ', d); return true; }
            }
        return false;
    }

    private sealed class Candidate
    {
        public required ResolvedActor Source;
        public ResolvedActor? Target;
        public required string Code;
        public required VerbPattern Pattern;
        public string? Rule;
        public bool Negated;
        public int VerbFirst, VerbEnd;
    }

    private void CodeSentence(Document doc, int s, DocumentInfo info, ActorResolver resolver, List<EventRecord> events, ExplainTrace? trace)
    {
        resolver.BeginSentence(s);
        ref var sd = ref doc.SentenceRef(s);
        resolver.NoteCoordinations(sd.FirstPhrase, sd.EndPhrase, info.Published);
        var tok = doc.Tokens;
        DateOnly? date = info.Published;
        if (trace is not null)
            foreach (var m in resolver.Mentions)
                trace.Add(s, "actor", doc.Text[tok[m.Start].Start..tok[m.End - 1].End], $"{m.Entry.Kind.ToString().ToLowerInvariant()} {m.Entry.Name} => {m.Entry.CodeAt(date) ?? "(no code at this date)"} [{m.Entry.Source}]");

        var found = new List<Candidate>();
        SentenceWordSet? words = null;
        var candidates = new List<VerbPattern>();
        var codedClauses = new HashSet<int>();
        var codedSpans = new List<(int First, int End)>();
        for (int c = sd.FirstClause; c < sd.EndClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            var vp = doc.PhraseRef(cl.Verb);
            int head = vp.Head;
            string lemma = tok[head].Lemma;
            string verbText = trace is null ? "" : doc.Text[tok[vp.FirstToken].Start..tok[vp.EndToken - 1].End]; // for explanations only
            var subjects = resolver.Resolve(cl.Subject, date);
            var agents = (cl.Flags & ClauseFlags.Passive) != 0 ? resolver.Resolve(cl.Agent, date) : [];
            var objects = DefaultTargets(doc, resolver, ref cl, date);

            if ((cl.Flags & ClauseFlags.Reporting) != 0 && HasComplement(doc, c, sd.FirstClause, sd.EndClause))
            {
                trace?.Add(s, "clause", verbText, "reporting verb: its reported content is coded instead");
                resolver.Remember(subjects, []);
                continue;
            }
            if (cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && codedClauses.Contains(cl.Parent))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, "complement of a verb already coded");
                continue;
            }
            if (cl.Kind == ClauseKind.Subordinate && cl.Marker >= 0 && tok[cl.Marker].Norm is "of" or "from" or "for" or "about" or "against" or "over" or "into" or "without" or "on"
                && tok[head].Tag == PosTag.VBG)
            {
                // "accused X of sheltering Y", "barred firms from trading with Z": the gerund is the content
                // of another act (or a prevented one), not an event of its own.
                trace?.Add(s, "clause", verbText, $"gerund after '{tok[cl.Marker].Norm}': content of another act, not coded");
                continue;
            }
            bool future = IsFuture(doc, cl.Verb) || IsReportedWould(doc, ref cl);
            if (_options.SkipHypothetical && IsHypothetical(doc, cl.Verb) && !future)
            {
                trace?.Add(s, "clause", verbText, "hypothetical (may/might/could/would/should): not coded");
                continue;
            }

            words ??= SentenceWords(doc, s);
            candidates.Clear();
            _dicts.Patterns.Candidates(lemma, noun: false, words, candidates);
            var patterns = candidates;
            if (patterns.Count == 0)
            {
                trace?.Add(s, "clause", verbText, _dicts.Patterns.ForVerb(lemma).Length == 0 ? $"no pattern for verb '{lemma}'" : $"no pattern for '{lemma}' has all its words in the sentence");
                resolver.Remember(subjects, objects);
                continue;
            }
            bool passive = (cl.Flags & ClauseFlags.Passive) != 0;
            int left = _dicts.Patterns.Policy == GapPolicy.Any ? sd.FirstToken : Math.Min(cl.FirstToken, vp.FirstToken);
            int right = sd.EndToken; // gaps are bounded by the policy, so the sentence end is a safe limit
            VerbPattern? chosen = null;
            int tried = 0;
            int sentenceEnd = sd.EndToken;
            // "Both sides vowed to upgrade ties": a reciprocal subject supplies its own target.
            // So is a coordinated subject with no object: "India and China agreed to ...", "Iranian and US negotiators met".
            bool reciprocal = subjects.Count == 2 && cl.Subject >= 0 && objects.Count == 0
                && (ActorResolver.IsBothSides(tok, doc.PhraseRef(cl.Subject).FirstToken, doc.PhraseRef(cl.Subject).EndToken)
                    || (doc.PhraseRef(cl.Subject).Flags & PhraseFlags.Coordination) != 0 || IsSharedHead(doc, cl.Subject));
            List<ResolvedActor> sources = [], targets = [];
            foreach (var p in patterns)
            {
                if (PatternMatcher.MissingWord(p, words) is { } missing)
                {
                    if (trace is not null && tried++ < 12) trace.Add(s, "try", p.Text + " => " + p.Code, $"'{missing}' does not occur in the sentence [{p.Source}]");
                    continue;
                }
                var m = PatternMatcher.Match(doc, p, head, left, right, _dicts.Patterns.Policy, resolver.Mentions, skipLeadingTargetSlot: passive, allowMissingTarget: reciprocal);
                if (trace is not null && tried++ < 12) trace.Add(s, m.Success ? "match" : "try", p.Text + " => " + p.Code, m.Success ? $"[{p.Source}]" : $"{m.Failure} [{p.Source}]");
                if (!m.Success) continue;
                var (src, tgt) = Bind(p, m);
                // A pattern that leaves the event without a dyad gives way to a later one that completes it.
                bool complete = src.Count > 0 && (tgt.Count > 0 || reciprocal || !_options.RequireTarget);
                if (chosen is null || complete) { chosen = p; sources = src; targets = tgt; }
                if (complete) break;
            }
            if (chosen is null)
            {
                trace?.Add(s, "clause", verbText, $"{patterns.Count} candidate pattern(s) for '{lemma}', none matched");
                resolver.Remember(subjects, objects);
                continue;
            }

            (List<ResolvedActor> Sources, List<ResolvedActor> Targets) Bind(VerbPattern p, PatternMatch m)
            {
                List<ResolvedActor> src, tgt;
                if (p.SubjectIsTarget)
                {
                    tgt = subjects;
                    src = m.SourceToken >= 0 ? ResolveAt(doc, resolver, m.SourceToken, date) : [];
                }
                else
                {
                    src = m.SourceToken >= 0 ? ResolveAt(doc, resolver, m.SourceToken, date) : (passive ? agents : subjects);
                    if (m.TargetToken >= 0) tgt = ResolveAt(doc, resolver, m.TargetToken, date);
                    else if (passive) tgt = subjects;
                    else tgt = objects;
                }
                if (tgt.Count == 0 && _options.TargetAfterVerb && !p.HasTargetSlot)
                    tgt = FirstActorAfter(doc, resolver, vp.EndToken, sentenceEnd, src, date);
                return (src, tgt);
            }

            string code = chosen.Code;
            string? rule = null;
            if (_options.IntentRules)
            {
                if (cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0)
                {
                    string parentLemma = tok[doc.PhraseRef(doc.ClauseRef(cl.Parent).Verb).Head].Lemma;
                    string readiness = ReadinessWordBefore(doc, vp.FirstToken);
                    if (IsThreatVerb(parentLemma)) { code = _dicts.Codebook.ThreatFor(code); rule = "threat: " + parentLemma + " to"; }
                    else if (IsIntentVerb(parentLemma)) { code = _dicts.Codebook.IntentFor(code) ?? code; rule = "intent: " + parentLemma + " to"; }
                    else if (readiness.Length > 0) { code = _dicts.Codebook.IntentFor(code) ?? code; rule = "intent: " + readiness + " to"; }
                }
                else if (future) { code = _dicts.Codebook.IntentFor(code) ?? code; rule = "intent: future"; }
            }
            bool negated = (cl.Flags & ClauseFlags.Negated) != 0 && !PatternHasNegation(chosen);
            if (negated && cl.Kind == ClauseKind.Infinitive) negated = false;
            if (cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && (doc.ClauseRef(cl.Parent).Flags & ClauseFlags.Negated) != 0) negated = true;
            // "refused to extradite", "failed to reach": the complement did not happen.
            // "denied arming the Houthis", "avoided naming Russia": the gerund did not happen either.
            if (cl.Kind is ClauseKind.Infinitive or ClauseKind.Participial && cl.Parent >= 0 && IsRefusalVerb(tok[doc.PhraseRef(doc.ClauseRef(cl.Parent).Verb).Head].Lemma)) negated = true;

            // "Both sides vowed to ..." with no target: each side towards the other.
            if (targets.Count == 0 && reciprocal && IsCooperative(code))
            {
                Add(found, sources[0], sources[1], code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
                Add(found, sources[1], sources[0], code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
            }
            else
            {
                foreach (var src in sources)
                {
                    if (targets.Count == 0)
                    {
                        if (!_options.RequireTarget) Add(found, src, null, code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
                        else trace?.Add(s, "clause", verbText, $"pattern matched but no target actor for {src.Code}");
                    }
                    foreach (var tgt in targets) Add(found, src, tgt, code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
                }
                if (sources.Count == 0) trace?.Add(s, "clause", verbText, "pattern matched but no source actor");
            }
            if (sources.Count > 0 && (targets.Count > 0 || !_options.RequireTarget || reciprocal))
            {
                codedClauses.Add(c);
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
            }
            resolver.Remember(sources, targets);
        }

        CodeNominalEvents(doc, s, resolver, date, found, codedSpans, trace);
        Emit(doc, s, info, date, found, events, trace);
    }

    // The folded forms and lemmas of a sentence, for rejecting patterns whose words are absent.
    private static SentenceWordSet SentenceWords(Document doc, int s) => SentenceWordSet.Of(doc, s);

    private static void Add(List<Candidate> found, ResolvedActor src, ResolvedActor? tgt, string code, VerbPattern p, string? rule, bool negated, int vFirst, int vEnd)
    {
        if (tgt is not null && SameActor(src.Code, tgt.Code)) return;
        foreach (var f in found)
            if (f.Source.Code == src.Code && f.Target?.Code == tgt?.Code && f.Code == code) return;
        found.Add(new Candidate { Source = src, Target = tgt, Code = code, Pattern = p, Rule = rule, Negated = negated, VerbFirst = vFirst, VerbEnd = vEnd });
    }

    // An actor does not act on itself, nor on its own state organs ("ISR" and "ISRGOV"); a state and
    // its rebels or opposition ("TUR", "TURREBPKK") are different actors.
    private static bool SameActor(string a, string b)
    {
        if (a == "---" || b == "---") return false;
        if (a == b) return true;
        string shorter = a.Length < b.Length ? a : b, longer = a.Length < b.Length ? b : a;
        if (!longer.StartsWith(shorter, StringComparison.Ordinal)) return false;
        for (int i = shorter.Length; i + 3 <= longer.Length; i += 3)
            if (longer.AsSpan(i, 3) is not ("GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY")) return false;
        return true;
    }

    // Mutual acts of "both sides" are cooperative: intents, consultation, cooperation, aid, concessions.
    private static bool IsCooperative(string code) => string.CompareOrdinal(code, "03") >= 0 && string.CompareOrdinal(code, "09") < 0 || code.StartsWith("19", StringComparison.Ordinal);

    private static bool IsSharedHead(Document doc, int np)
    {
        ref var p = ref doc.PhraseRef(np);
        for (int k = p.FirstToken; k < p.EndToken; k++) if (doc.Tokens[k].Tag == PosTag.CC) return true;
        return false;
    }

    private static bool PatternHasNegation(VerbPattern p) =>
        p.Before.Concat(p.After).Any(i => i.Kind == PatternItemKind.Word && i.Alternatives.Any(a => a.Contains("not") || a.Contains("n't") || a.Contains("never")));

    private static bool HasComplement(Document doc, int c, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (doc.ClauseRef(k).Parent == c && doc.ClauseRef(k).Kind == ClauseKind.Complement) return true;
        return false;
    }

    private static bool IsHypothetical(Document doc, int vp)
    {
        ref var p = ref doc.PhraseRef(vp);
        for (int k = p.FirstToken; k < p.EndToken; k++)
            if (doc.Tokens[k].Tag == PosTag.MD && doc.Tokens[k].Norm is "may" or "might" or "could" or "would" or "should" or "'d") return true;
        return false;
    }

    // "X said it would Y": a future in reported speech is an announced intention, not a hypothetical.
    private static bool IsReportedWould(Document doc, ref ClauseData cl)
    {
        if (cl.Kind != ClauseKind.Complement || cl.Parent < 0) return false;
        ref var p = ref doc.PhraseRef(cl.Verb);
        bool would = false;
        for (int k = p.FirstToken; k < p.EndToken; k++) would |= doc.Tokens[k].Norm is "would" or "'d";
        if (!would) return false;
        string parent = doc.Tokens[doc.PhraseRef(doc.ClauseRef(cl.Parent).Verb).Head].Lemma;
        return Chunk.ClauseAnalyzer.IsReportingVerb(parent) || IsIntentVerb(parent);
    }

    private static bool IsFuture(Document doc, int vp) => (doc.PhraseRef(vp).Flags & PhraseFlags.Future) != 0;

    internal static bool IsIntentVerb(string lemma) => lemma is "vow" or "pledge" or "promise" or "plan" or "intend" or "agree" or "offer"
        or "commit" or "decide" or "resolve" or "undertake" or "aim" or "propose" or "prepare" or "seek" or "want" or "hope" or "expect"
        or "wish" or "vote" or "consent" or "swear" or "announce";

    internal static bool IsRefusalVerb(string lemma) => lemma is "refuse" or "decline" or "fail" or "reject" or "avoid" or "deny" or "hesitate" or "cease" or "stop" or "neglect";

    // "ready to", "willing to", "prepared to" before an infinitive: an announced intention.
    private static string ReadinessWordBefore(Document doc, int infinitiveStart)
    {
        int k = infinitiveStart - 1;
        while (k >= 0 && doc.Tokens[k].Tag.IsAdverb()) k--;
        return k >= 0 && doc.Tokens[k].Norm is "ready" or "willing" or "prepared" or "determined" or "eager" or "keen" or "poised" or "set" ? doc.Tokens[k].Norm : "";
    }

    internal static bool IsThreatVerb(string lemma) => lemma is "threaten" or "warn";

    // The direct object's actors, else the actor of the first PP attached to the verb, else a named
    // person the dictionaries do not know (coded "---", so the event keeps its target's name).
    private static List<ResolvedActor> DefaultTargets(Document doc, ActorResolver resolver, ref ClauseData cl, DateOnly? date)
    {
        var r = resolver.Resolve(cl.Object, date);
        if (r.Count > 0) return r;
        if (cl.Object >= 0 && IsUnknownPersonName(doc, cl.Object, resolver))
        {
            ref var o = ref doc.PhraseRef(cl.Object);
            return [new ResolvedActor("---", o.FirstToken, o.EndToken, null, "name not in the dictionaries")];
        }
        if (cl.Object2 >= 0)
        {
            r = resolver.Resolve(cl.Object2, date);
            if (r.Count > 0) return r;
        }
        var (pFirst, pEnd) = doc.SentencePhrases(cl.Verb);
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind != PhraseKind.PP || q.Attach != cl.Verb || q.Child < 0) continue;
            if (doc.Tokens[q.Head].Norm is "by" or "according" or "on" or "in" or "at" or "during" or "after" or "before" or "since" or "for" or "amid" or "despite") continue;
            r = resolver.Resolve(q.Child, date);
            if (r.Count > 0) return r;
        }
        return r;
    }

    // Two to four capitalised proper nouns and nothing else, none of them a dictionary name: "Mohammad Sharifullah".
    private static bool IsUnknownPersonName(Document doc, int np, ActorResolver resolver)
    {
        ref var p = ref doc.PhraseRef(np);
        int n = p.EndToken - p.FirstToken;
        if (n is < 2 or > 4 || (p.Flags & (PhraseFlags.Coordination | PhraseFlags.Apposition | PhraseFlags.Possessive)) != 0) return false;
        var tok = doc.Tokens;
        for (int k = p.FirstToken; k < p.EndToken; k++)
            if (tok[k].Tag != PosTag.NNP || !tok[k].Has(TokenFlags.Capitalized) || tok[k].Has(TokenFlags.AllCaps)) return false;
        foreach (var m in resolver.Mentions)
            if (m.Start < p.EndToken && m.End > p.FirstToken) return false;
        return true;
    }

    // TABARI's target: the first actor named after the verb that is not the source.
    private static List<ResolvedActor> FirstActorAfter(Document doc, ActorResolver resolver, int from, int end, List<ResolvedActor> sources, DateOnly? date)
    {
        foreach (var m in resolver.Mentions)
        {
            if (m.Start < from || m.Start >= end || m.Entry.Kind == ActorKind.NotActor) continue;
            if (sources.Any(s => m.Start >= s.StartToken && m.Start < s.EndToken)) continue;
            var r = ResolveAt(doc, resolver, m.Start, date);
            r.RemoveAll(a => sources.Any(s => s.Code == a.Code));
            if (r.Count > 0) return r;
        }
        return [];
    }

    private static List<ResolvedActor> ResolveAt(Document doc, ActorResolver resolver, int token, DateOnly? date)
    {
        // The largest NP that starts at or contains the token, not crossing a PP boundary.
        int best = -1;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind != PhraseKind.NP || q.FirstToken > token || q.EndToken <= token) continue;
            if (best < 0 || q.EndToken - q.FirstToken > doc.PhraseRef(best).EndToken - doc.PhraseRef(best).FirstToken) best = p;
        }
        if (best >= 0)
        {
            var r = resolver.Resolve(best, date);
            if (r.Count > 0) return r;
            if (IsUnknownPersonName(doc, best, resolver))
                return [new ResolvedActor("---", doc.PhraseRef(best).FirstToken, doc.PhraseRef(best).EndToken, null, "name not in the dictionaries")];
        }
        foreach (var m in resolver.Mentions)
            if (m.Start == token)
            {
                var a = resolver.ResolveSpan(m.Start, m.End, date);
                return a is null ? [] : [a];
            }
        return [];
    }

    private static readonly HashSet<string> s_lightVerbs = new(StringComparer.Ordinal)
    {
        "hold", "conduct", "launch", "carry", "make", "pay", "begin", "open", "start", "resume", "continue", "have", "stage", "mount",
        "announce", "sign", "deliver", "provide", "impose", "offer", "extend", "give", "send", "order", "lead", "host", "attend", "complete",
    };

    // Nominal events: an event noun with its pattern ("attack on X", "visit to Y", "talks between X and Y").
    private void CodeNominalEvents(Document doc, int s, ActorResolver resolver, DateOnly? date, List<Candidate> found, List<(int First, int End)> codedSpans, ExplainTrace? trace)
    {
        SentenceWordSet? words = null;
        var candidates = new List<VerbPattern>();
        ref var sd = ref doc.SentenceRef(s);
        var tok = doc.Tokens;
        for (int n = sd.FirstToken; n < sd.EndToken; n++)
        {
            if (!tok[n].Tag.IsNoun() || tok[n].Tag.IsProperNoun()) continue;
            if (!_dicts.Patterns.HasNoun(tok[n].Lemma)) continue;
            words ??= SentenceWords(doc, s);
            candidates.Clear();
            _dicts.Patterns.Candidates(tok[n].Lemma, noun: true, words, candidates);
            var patterns = candidates;
            if (patterns.Count == 0) continue;
            // "threatened to impose sanctions on X": the verb's event already covers its object noun.
            if (codedSpans.Any(c => n >= c.First && n < c.End))
            {
                trace?.Add(s, "noun", tok[n].Norm, "inside a clause already coded: not a separate event");
                continue;
            }
            int np = NounPhraseWithHead(doc, sd.FirstPhrase, sd.EndPhrase, n);
            if (np < 0) continue;
            foreach (var p in patterns)
            {
                if (PatternMatcher.MissingWord(p, words) is not null) continue;
                var m = PatternMatcher.Match(doc, p, n, doc.PhraseRef(np).FirstToken, sd.EndToken, _dicts.Patterns.Policy, resolver.Mentions, false);
                if (!m.Success) { trace?.Add(s, "try", p.Text + " => " + p.Code, m.Failure + $" [{p.Source}]"); continue; }
                var sources = m.SourceToken >= 0 ? ResolveAt(doc, resolver, m.SourceToken, date) : NominalSources(doc, resolver, np, n, date, sd.FirstClause, sd.EndClause);
                var targets = m.TargetToken >= 0 ? ResolveAt(doc, resolver, m.TargetToken, date) : [];
                trace?.Add(s, "match", p.Text + " => " + p.Code, $"[{p.Source}] sources: {string.Join(", ", sources)}; targets: {string.Join(", ", targets)}");
                foreach (var src in sources)
                {
                    if (targets.Count == 0 && !_options.RequireTarget) Add(found, src, null, p.Code, p, "nominal", false, n, n + 1);
                    foreach (var tgt in targets) Add(found, src, tgt, p.Code, p, "nominal", false, n, n + 1);
                }
                break;
            }
        }
    }

    private static int NounPhraseWithHead(Document doc, int first, int end, int head)
    {
        for (int p = first; p < end; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind == PhraseKind.NP && q.Head == head && (q.Flags & (PhraseFlags.Coordination | PhraseFlags.Apposition)) == 0) return p;
        }
        return -1;
    }

    // The agent of a nominal event: its possessor ("Russia's attack"), an actor modifier ("the Chinese
    // visit"), a "by" phrase, or the subject of a light verb whose object it is ("X held talks").
    private static List<ResolvedActor> NominalSources(Document doc, ActorResolver resolver, int np, int head, DateOnly? date, int firstClause, int endClause)
    {
        ref var q = ref doc.PhraseRef(np);
        var tok = doc.Tokens;
        // "a Kabul attack": a capital before an event noun is where it happened, not who did it.
        var a = resolver.ResolveSpan(q.FirstToken, head, date, capitalsArePlaces: true);
        if (a is not null) return [a];
        var (pFirst, pEnd) = doc.SentencePhrases(np);
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var pp = ref doc.PhraseRef(p);
            if (pp.Kind == PhraseKind.PP && pp.Attach == np && tok[pp.Head].Norm == "by" && pp.Child >= 0) return resolver.Resolve(pp.Child, date);
        }
        int top = np;
        while (doc.PhraseRef(top).Parent >= 0 && doc.PhraseRef(doc.PhraseRef(top).Parent).Kind == PhraseKind.NP) top = doc.PhraseRef(top).Parent;
        for (int c = firstClause; c < endClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (cl.Object != top && cl.Object != np) continue;
            string lemma = tok[doc.PhraseRef(cl.Verb).Head].Lemma;
            if (!s_lightVerbs.Contains(lemma)) continue;
            return (cl.Flags & ClauseFlags.Passive) != 0 ? resolver.Resolve(cl.Agent, date) : resolver.Resolve(cl.Subject, date);
        }
        return [];
    }

    private void Emit(Document doc, int s, DocumentInfo info, DateOnly? date, List<Candidate> found, List<EventRecord> events, ExplainTrace? trace)
    {
        ref var sd = ref doc.SentenceRef(s);
        string sentence = doc.Text[sd.Start..sd.End];
        var tok = doc.Tokens;
        DocumentMeta? meta = info.Title is null && info.Source is null && info.Url is null && info.Published is null ? null
            : new DocumentMeta { Title = info.Title, Source = info.Source, Url = info.Url, Published = info.Published?.ToString("yyyy-MM-dd") };
        foreach (var f in found)
        {
            if (f.Negated && !_options.EmitNegated)
            {
                trace?.Add(s, "negated", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", "negated: not coded as the positive event");
                continue;
            }
            var cameo = _dicts.Codebook.Find(f.Code);
            var rec = new EventRecord
            {
                DocId = info.DocId,
                SentenceIndex = s,
                Sentence = sentence,
                SentenceStart = sd.Start,
                EventDate = date?.ToString("yyyy-MM-dd"),
                DateBasis = date is null ? null : "published",
                Source = ToRecord(doc, f.Source),
                Target = f.Target is null ? null : ToRecord(doc, f.Target),
                Cameo = f.Code,
                CameoRoot = f.Code.Length >= 2 ? f.Code[..2] : f.Code,
                PloverType = cameo?.PloverType,
                PloverMode = cameo?.PloverMode,
                QuadClass = cameo?.QuadClass ?? QuadFromRoot(f.Code),
                Goldstein = cameo?.Goldstein ?? 0,
                Negated = f.Negated,
                Verb = new SpanRecord { Text = doc.Text[tok[f.VerbFirst].Start..tok[f.VerbEnd - 1].End], Start = tok[f.VerbFirst].Start, End = tok[f.VerbEnd - 1].End },
                Pattern = new PatternRecord { Text = f.Pattern.Text, File = f.Pattern.Source.File, Line = f.Pattern.Source.Line, Rule = f.Rule },
                Doc = meta,
            };
            trace?.Add(s, "event", $"{rec.Source.Code} {rec.Cameo} {rec.Target?.Code ?? "-"}", $"{cameo?.Name}{(f.Rule is null ? "" : " (" + f.Rule + ")")} via '{f.Pattern.Text}' [{f.Pattern.Source}]");
            events.Add(rec);
        }
    }

    private static int QuadFromRoot(string code)
    {
        if (code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), out int root)) return 0;
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    private static ActorRecord ToRecord(Document doc, ResolvedActor a)
    {
        var tok = doc.Tokens;
        int start = tok[a.StartToken].Start, end = tok[a.EndToken - 1].End;
        return new ActorRecord
        {
            Code = a.Code, Country = ActorCode.Country(a.Code), Role = ActorCode.Role(a.Code),
            Text = doc.Text[start..end], Start = start, End = end, Entry = a.Basis,
        };
    }
}
