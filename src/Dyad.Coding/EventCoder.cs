using Dyad.Coding.Cameo;
using Dyad.Coding.Dictionaries;
using Dyad.Coding.Matching;
using Dyad.Coding.Records;
using Dyad.Numbers;
using Dyad.Text;
using Dyad.Time;

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
public sealed partial class EventCoder(DictionarySet dictionaries, CoderOptions? options = null)
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
        string? dateline = DatelineCountry(doc, info);
        var home = _options.DatelineCountry ? HomeCountry(dateline, () => MostNamedCountry([doc], _dicts.Actors), c => IsOnlyCountry(doc, c, _dicts.Actors)) : null;
        var run = new Run(info, new ActorResolver(doc, _dicts, _options) { HomeCountry = home?.Country, HomeBasis = home?.Basis, StoryCountry = home?.Country ?? dateline });
        CodeWindow(run, doc, trace);
        return Finish(run, trace);
    }

    // "DHAKA, May 18 - Police fired tear gas": the dateline's country, for agents that name none. Otherwise a story
    // takes the country it is plainly about: named at least three times and twice as often as any other.
    // A text naming one country only, by name or demonym and among its places, is about that country (whole texts
    // only: isOnlyCountry is null for a long text coded in windows).
    private static (string Country, string Basis)? HomeCountry(string? datelineCountry, Func<(string? Best, int Count, int Second)> mostNamedCountry,
        Func<string, bool>? isOnlyCountry = null)
    {
        var (best, count, second) = mostNamedCountry();
        // A dateline counts only when the story is about its country: datelines from a neighbouring capital or a news
        // hub ("BANGKOK" on Myanmar, "DOHA" on talks about Congo) would otherwise give every "police" the wrong country.
        if (datelineCountry is { } country && country == best) return (country, "agent in a story datelined in " + country);
        if (best is not null && count >= 3 && count >= 2 * second) return (best, "agent in a story about " + best);
        // "Tanzania's opposition said security forces killed 1,000 people" (but not "Russian artillery shelled Kherson").
        return best is not null && second == 0 && isOnlyCountry is not null && isOnlyCountry(best) ? (best, "agent in a text naming only " + best) : null;
    }

    // Whether the text names the country itself ("Kenya's", "Serbian"), or one of its people or groups ("the Arakan
    // Army"), and every place it names lies there (a capital or a place alone may be a venue: "In Doha, officials ...").
    private static bool IsOnlyCountry(Document doc, string country, ActorDictionary actors)
    {
        bool named = false;
        List<(int Start, int End)>? names = null;
        actors.ForEachMention(doc, 0, doc.TokenCount, m =>
        {
            // "rallied outside the Chinese embassy in Makati": a country's mission abroad says where the text is not.
            if (m.Entry.Kind is ActorKind.Country or ActorKind.Person or ActorKind.Group or ActorKind.Organisation && ActorCode.Country(m.Entry.CodeAt(null) ?? "") == country
                && !(m.Entry.Kind == ActorKind.Country && IsMissionAfter(doc, m.End))) named = true;
            if (m.Entry.Kind is ActorKind.Person or ActorKind.Group or ActorKind.Organisation) (names ??= []).Add((m.Start, m.End));
        });
        if (!named) return false;
        var gazetteer = Setting.EventSetting.Default.Gazetteer;
        var mentions = new List<Places.PlaceMention>();
        gazetteer.Match(doc, 0, doc.TokenCount, mentions);
        // "President Paul Biya" names no town Paul (Cape Verde): a place inside a person's or group's name is no place.
        if (names is not null) mentions.RemoveAll(p => names.Exists(n => n.Start <= p.FirstToken && p.EndToken <= n.End));
        if (mentions.Count == 0) return true;
        var chosen = Places.ToponymResolver.Resolve(gazetteer, doc, mentions.ToArray(), new HashSet<string>(StringComparer.Ordinal) { country });
        foreach (int k in chosen)
            if (gazetteer[k].Country is { } c && c != country) return false;
        return true;
    }

    private static bool IsMissionAfter(Document doc, int k)
    {
        var tok = doc.Tokens;
        if (k < tok.Length && tok[k].Norm == "'s") k++;
        return k < tok.Length && tok[k].Lemma is "embassy" or "consulate" or "ambassador" or "envoy" or "diplomat" or "mission";
    }

    // The country of the dateline's place ("MAPUTO, November 5 (Wire) -" → MOZ), or null.
    private static string? DatelineCountry(Document doc, DocumentInfo info)
    {
        if (info.Article is not { DatelinePlaceTokens: { First: >= 0 } span }) return null;
        var gazetteer = Setting.EventSetting.Default.Gazetteer;
        var mentions = new List<Places.PlaceMention>();
        gazetteer.Match(doc, span.First, span.End, mentions);
        if (mentions.Count == 0) return null;
        var chosen = Places.ToponymResolver.Resolve(gazetteer, doc, mentions.ToArray(), new HashSet<string>(StringComparer.Ordinal));
        return gazetteer[chosen[0]].Country;
    }

    // The country named most often in the text (its windows in order; null on a tie), how often, and the runner-up's count.
    private static (string? Best, int Count, int Second) MostNamedCountry(IEnumerable<Document> windows, ActorDictionary actors)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in windows)
            actors.ForEachMention(doc, 0, doc.TokenCount, m =>
            {
                if (m.Entry.Kind is ActorKind.Agent or ActorKind.NotActor) return;
                if (ActorCode.Country(m.Entry.CodeAt(null) ?? "") is { } c) counts[c] = counts.GetValueOrDefault(c) + 1;
            });
        string? best = null;
        int bestCount = 0, second = 0;
        foreach (var (c, n) in counts)
        {
            if (n > bestCount) { second = bestCount; bestCount = n; best = c; }
            else if (n > second) second = n;
        }
        return (bestCount > second ? best : null, bestCount, second);
    }

    // Actors were resolved at the publication date; an event the text dates elsewhere ("in March
    // 2019 Imran Khan visited Beijing") takes each dated entry's code at the event's own date.
    private static void RedateActors(DateOnly? published, List<EventRecord> events, List<(int Event, ActorEntry? Source, ActorEntry? Target)> dated, ExplainTrace? trace)
    {
        foreach (var (i, src, tgt) in dated)
        {
            var e = events[i];
            if (e.DateBasis != "text" || ParseEventDate(e.EventDate) is not { } when || when == published) continue;
            if (Redate(e.Source, src, published, when) is { } s) { trace?.Add(e.SentenceIndex, "actor date", e.Source.Code, $"{s.Code} at {e.EventDate}"); e.Source = s; }
            if (e.Target is { } t0 && Redate(t0, tgt, published, when) is { } t) { trace?.Add(e.SentenceIndex, "actor date", t0.Code, $"{t.Code} at {e.EventDate}"); e.Target = t; }
        }
    }

    // The actor's record at another date, or null when its code does not change.
    private static ActorRecord? Redate(ActorRecord a, ActorEntry? entry, DateOnly? published, DateOnly when)
    {
        if (entry is not { Codes.Count: > 1 }) return null;
        string? before = entry.CodeAt(published), after = entry.CodeAt(when);
        if (before is null || after is null || before == after) return null;
        int at = a.Code.IndexOf(before, StringComparison.Ordinal);
        if (at < 0) return null;
        string code = string.Concat(a.Code.AsSpan(0, at), after, a.Code.AsSpan(at + before.Length));
        return new ActorRecord { Code = code, Country = ActorCode.Country(code), Role = ActorCode.Role(code), Text = a.Text, Start = a.Start, End = a.End, Entry = a.Entry };
    }

    // The first day of an event date ("2019-03-14", "2019-03", "2019").
    internal static DateOnly? ParseEventDate(string? text)
    {
        if (text is null) return null;
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        return text.Length switch
        {
            10 when DateOnly.TryParseExact(text, "yyyy-MM-dd", ci, System.Globalization.DateTimeStyles.None, out var d) => d,
            7 when DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", ci, System.Globalization.DateTimeStyles.None, out var m) => m,
            4 when int.TryParse(text, ci, out int y) && y is > 0 and < 10000 => new DateOnly(y, 1, 1),
            _ => null,
        };
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

    // Candidate patterns of the current clause and noun, reused per thread: a list per sentence grew to hundreds of
    // patterns again each time (184 MB of arrays on 100,000 sentences). Cleared before each use.
    [ThreadStatic] private static List<VerbPattern>? t_clauseCandidates, t_nounCandidates, t_ownActCandidates;

    private void CodeSentence(Document doc, int s, DocumentInfo info, ActorResolver resolver, List<EventRecord> events, List<(ResolvedActor, ResolvedActor?)> actors, ExplainTrace? trace)
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
        var candidates = t_clauseCandidates ??= [];
        var codedClauses = new HashSet<int>();
        var codedSpans = new List<(int First, int End)>();
        int lastContentGerundEnd = -1; // "barred firms from trading with or investing in X": both gerunds are content
        HashSet<int>? contentClauses = null;
        List<(int Clause, List<ResolvedActor> Speakers, List<ResolvedActor> Addressed, int VerbFirst, int VerbEnd)>? warnings = null, promises = null, statements = null, shipments = null;
        List<(int Clause, string Code, List<ResolvedActor> Targets, VerbPattern Pattern, int VerbFirst, int VerbEnd)>? doerless = null;
        List<(string Code, List<ResolvedActor> Sources, VerbPattern Pattern, int VerbFirst, int VerbEnd)>? partyless = null;
        Dictionary<int, (List<ResolvedActor> Targets, string Code)>? clauseTargets = null; // whom each coded clause acted on, and how
        int firstClause = sd.FirstClause;
        int endClause = sd.EndClause;
        for (int c = sd.FirstClause; c < sd.EndClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            var vp = doc.PhraseRef(cl.Verb);
            int head = vp.Head;
            string lemma = tok[head].Lemma;
            string verbText = trace is null ? "" : doc.Text[tok[vp.FirstToken].Start..tok[vp.EndToken - 1].End]; // for explanations only
            var subjects = resolver.Resolve(cl.Subject, date);
            // "Sudan's civil war has displaced 12 million people": a happening named by its country does nothing itself.
            if (subjects.Count > 0 && cl.Subject >= 0 && IsHappening(doc, cl.Subject))
            {
                trace?.Add(s, "source", verbText, "the subject is a happening, not an actor");
                subjects = [];
            }
            if (subjects.Count == 0 && cl.Kind == ClauseKind.Complement) subjects = PronounOfParentSubject(doc, resolver, ref cl, date);
            // "Rubio said that he welcomed ...": "he" or "she" reported by a person is that person, not one named before.
            else if (cl.Kind == ClauseKind.Complement && cl.Subject >= 0 && tok[doc.PhraseRef(cl.Subject).FirstToken].Norm is "he" or "she"
                && PronounOfParentSubject(doc, resolver, ref cl, date) is { Count: > 0 } reporter) subjects = reporter;
            // "UNIFIL said an Israeli tank had fired ... and that it had lodged a protest": an active "it" reported by an
            // organisation or a state is the reporter.
            else if (cl.Kind == ClauseKind.Complement && cl.Subject >= 0 && (cl.Flags & ClauseFlags.Passive) == 0 && tok[doc.PhraseRef(cl.Subject).FirstToken].Norm == "it"
                && doc.PhraseRef(cl.Subject).EndToken - doc.PhraseRef(cl.Subject).FirstToken == 1
                && ReportingAncestor(doc, ref cl) is int reporting and >= 0
                && resolver.Resolve(doc.ClauseRef(reporting).Subject, date) is [{ Entry.Kind: ActorKind.Organisation or ActorKind.Group or ActorKind.Country }] reportingBody)
                subjects = [reportingBody[0] with { StartToken = doc.PhraseRef(cl.Subject).FirstToken, EndToken = doc.PhraseRef(cl.Subject).EndToken, Basis = "the reporter: " + reportingBody[0].Basis }];
            if (subjects.Count == 0 && cl.Kind == ClauseKind.Complement && _options.Coreference && SpeakersOwnOrgan(doc, resolver, ref cl, date) is { } organ) subjects = [organ];
            // "Eritrean state television reported that the army had been placed on alert": a definite organ that only the
            // story or an earlier mention gave a country is, in what a state's actor reports, that state's own.
            else if (subjects.Count == 1 && subjects[0].Entry is null && cl.Kind == ClauseKind.Complement && _options.Coreference
                && (IsContextCountry(subjects[0].Basis) || subjects[0].Basis.StartsWith("coreference: the latest", StringComparison.Ordinal))
                && tok[doc.PhraseRef(cl.Subject).FirstToken].Norm == "the" && SpeakersDefiniteOrgan(doc, resolver, ref cl, subjects[0], date) is { } speakersOrgan)
            {
                trace?.Add(s, "source", verbText, $"the speaker's own {speakersOrgan.Code}, not {subjects[0].Code}");
                subjects = [speakersOrgan];
            }
            // '"We will receive its delegation," the president told reporters': a quoted "we" or "I" is the quote's speaker.
            if (subjects.Count == 0 && _options.Coreference && (cl.Flags & ClauseFlags.Quoted) != 0 && cl.Subject >= 0
                && tok[doc.PhraseRef(cl.Subject).Head].Norm is "we" or "i" && QuoteSpeaker(doc, resolver, ref sd, date) is { Count: > 0 } quoteSpeakers) subjects = quoteSpeakers;
            bool ownersPair = false;
            // "Israel's military said its aircraft had struck ... inside Lebanon": the owner "its" names outranks a country
            // the agent only takes from its clause's places or the story.
            if ((subjects.Count == 0 || subjects.Count == 1 && subjects[0].Entry is null && IsContextCountry(subjects[0].Basis))
                && resolver.PossessiveSubjects(cl.Subject, date) is { Count: > 0 } owned) { subjects = owned; ownersPair = owned.Count == 2; }
            if (subjects.Count == 0 && _options.Coreference && ViolentEventSubject(doc, cl.Subject, doc.FirstSentenceIndex + s, events, actors) is { } doer) subjects = [doer];
            if (subjects.Count == 0 && cl.Kind == ClauseKind.Relative && _options.Coreference) subjects = UserOfAntecedentWeapon(doc, resolver, ref cl, date);
            // "a session of the AU council in Addis Ababa, which also criticised ...": a capital named as where something was
            // is a place; the relative clause says what the body that was there did.
            if (subjects.Count == 1 && subjects[0].Entry?.Kind == ActorKind.Capital && cl.Kind == ClauseKind.Relative && cl.Subject >= 0
                && doc.PhraseRef(cl.Subject).FirstToken is int capital && capital - 2 >= sd.FirstToken && tok[capital - 1].Norm is "in" or "at"
                && BodyEndingAt(doc, resolver, capital - 1, date) is { } hostActor)
            {
                trace?.Add(s, "source", verbText, $"the body in {subjects[0].Code}'s capital, not the capital: {hostActor.Code}");
                subjects = [hostActor];
            }
            // "A drone strike blamed on the RSF killed 12 people": an act is done by whom it is blamed on; an agent word in
            // the act's noun ("drone") that has only the story's country is no doer.
            if (cl.Subject >= 0 && doc.PhraseRef(cl.Subject).Head >= 0 && (s_eventNouns.ContainsKey(tok[doc.PhraseRef(cl.Subject).Head].Lemma) || IsWeapon(tok[doc.PhraseRef(cl.Subject).Head].Lemma)))
            {
                if (BlamedOn(doc, resolver, c, sd.FirstClause, sd.EndClause, date) is { Count: > 0 } blamed) subjects = blamed;
                // "A drone strike by the Nigerian Air Force killed 20 fighters": the act's doer follows "by".
                else if (s_eventNouns.ContainsKey(tok[doc.PhraseRef(cl.Subject).Head].Lemma) && doc.PhraseRef(cl.Subject).EndToken is int by && by + 1 < vp.FirstToken
                    && tok[by].Norm == "by" && NounPhraseAt(doc, resolver, by + 1) is int doerPhrase and >= 0 && resolver.Resolve(doerPhrase, date) is { Count: > 0 } doers)
                    subjects = doers;
                else if (subjects.Count == 1 && subjects[0].Basis.StartsWith("agent in a story", StringComparison.Ordinal)) subjects = [];
            }
            if (lemma is "order" or "instruct" or "direct" or "command" && cl.Object >= 0 && (cl.Flags & ClauseFlags.Passive) == 0 && _options.Coreference
                && subjects.Count == 1 && ActorCode.Country(subjects[0].Code) is { } commanderCountry && ActorCode.Role(subjects[0].Code) is null or "GOV" or "ELI" or "MIL")
                resolver.TakeAsOwnForces(cl.Object, commanderCountry, date);
            // "The council set up a mechanism to investigate abuses": what a body set up for is done by whoever set it up.
            if (subjects.Count == 0 && cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && cl.Subject >= 0 && cl.Subject == doc.ClauseRef(cl.Parent).Object
                && (doc.PhraseRef(cl.Subject).Flags & PhraseFlags.Pronoun) == 0
                && tok[doc.PhraseRef(doc.ClauseRef(cl.Parent).Verb).Head].Lemma is "set" or "establish" or "create" or "form" or "appoint" or "convene" or "commission")
                subjects = resolver.Resolve(doc.ClauseRef(cl.Parent).Subject, date);
            // "Trump signed an executive order lifting sanctions on Syria", "issued a statement condemning the strike": what
            // a signed order or an issued statement does, its signer or issuer does.
            if (subjects.Count == 0 && cl.Subject >= 0 && doc.PhraseRef(cl.Subject).Head >= 0 && IsIssuedText(tok[doc.PhraseRef(cl.Subject).Head].Lemma))
                for (int k = c - 1; k >= sd.FirstClause; k--)
                    if (doc.ClauseRef(k).Object == cl.Subject) { subjects = resolver.Resolve(doc.ClauseRef(k).Subject, date); break; }
            var agents = (cl.Flags & ClauseFlags.Passive) != 0 ? resolver.Resolve(cl.Agent, date) : [];
            string? whenBomb = null; // the bombing kind when the harm was done by a bomb its "when" clause names
            // "set off a roadside bomb near Kirkuk, killing three soldiers": the harm a participle tells was done by the bomb
            // its clause set off.
            if (cl.Kind == ClauseKind.Participial && (cl.Flags & ClauseFlags.InheritedSubject) != 0 && cl.Parent >= 0 && doc.ClauseRef(cl.Parent).Object is int bombNp and >= 0)
                whenBomb = BombKind(doc, bombNp);
            // "A suicide bomber killed 14 soldiers": a suicide bomber's killing is a suicide bombing ("US bombers struck" are aircraft).
            if (cl.Subject >= 0 && doc.PhraseRef(cl.Subject).Head is int bomber and > 0 && tok[bomber].Lemma is "bomber" && tok[bomber - 1].Lemma == "suicide")
                whenBomb = "1831";
            if (agents.Count == 0 && (cl.Flags & ClauseFlags.Passive) != 0 && cl.Agent >= 0) agents = WeaponUser(doc, resolver, cl.Agent, sd.EndToken, date);
            // "Twelve worshippers were killed when gunmen opened fire": a passive with no agent is done by the subject of
            // the "when/as" clause that tells how it happened.
            if (agents.Count == 0 && (cl.Flags & ClauseFlags.Passive) != 0 && cl.Agent < 0 && _options.Coreference
                && WhenClauseSubject(doc, c, sd.EndClause) is int whenDoer and >= 0)
            {
                agents = resolver.Resolve(whenDoer, date);
                // "were killed when their vehicle struck a roadside bomb planted by X / in an attack blamed on X": the
                // weapon's user, or whom the attack is blamed on.
                if (agents.Count == 0 && WhenClauseWeapon(doc, c, sd.EndClause) is int weapon and >= 0)
                {
                    agents = WeaponUser(doc, resolver, weapon, sd.EndToken, date);
                    if (agents.Count == 0) agents = BlamedOn(doc, resolver, c, sd.FirstClause, sd.EndClause, date) ?? [];
                    if (agents.Count > 0) whenBomb = BombKind(doc, weapon);
                }
            }
            // "Vehicles donated by Turkey were handed over to Somalia's army": a passive with no agent of its own is done by
            // the agent of the reduced relative on its subject.
            if (agents.Count == 0 && (cl.Flags & ClauseFlags.Passive) != 0 && cl.Agent < 0 && cl.Kind == ClauseKind.Main && cl.Subject >= 0
                && RelativeAgent(doc, sd.FirstClause, c, cl.Subject) is int relAgent and >= 0)
                agents = resolver.Resolve(relAgent, date);
            var objects = DefaultTargets(doc, resolver, ref cl, date, _options.TargetAfterVerb, out bool topicTarget);
            // "telephoned Michal to express support": support expressed to whom the call was made.
            if (objects.Count == 0 && cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && PurposeOfContact(doc, cl))
                objects = resolver.Resolve(doc.ClauseRef(cl.Parent).Object, date);
            // "The war began in April 2023. It has killed tens of thousands": a singular noun subject that names no actor
            // is what "it" stands for next, not an actor named before it.
            if (subjects.Count == 0 && cl.Kind == ClauseKind.Main && cl.Subject >= 0 && doc.PhraseRef(cl.Subject) is { Head: >= 0 } subj
                && (subj.Flags & PhraseFlags.Pronoun) == 0 && tok[subj.Head].Tag == PosTag.NN)
                resolver.ForgetSingular();

            if ((cl.Flags & ClauseFlags.Reporting) != 0 && !_options.CodeReportingVerbs && HasChild(doc, c, sd.FirstClause, sd.EndClause, ClauseKind.Complement))
            {
                trace?.Add(s, "clause", verbText, "reporting verb: its reported content is coded instead");
                // "Ethiopia was warned by Egypt that ...": the passive's agent speaks, its subject is warned.
                if (lemma == "warn" && _options.IntentRules && (cl.Flags & ClauseFlags.Passive) != 0 && agents.Count > 0) (warnings ??= []).Add((c, agents, subjects, vp.FirstToken, vp.EndToken));
                else if (lemma == "warn" && _options.IntentRules && subjects.Count > 0) (warnings ??= []).Add((c, subjects, [], vp.FirstToken, vp.EndToken));
                // "Hungary told the Commission that it would change its law": telling someone what one will do is a promise.
                else if (lemma is "tell" or "inform" && _options.IntentRules && subjects.Count > 0 && objects.Count > 0) (promises ??= []).Add((c, subjects, objects, vp.FirstToken, vp.EndToken));
                // "said the armed forces would respond with full force to any attempt by Guyana": a stated retaliation.
                // (Registered only with a future or modal complement: "said" is on most sentences.)
                else if (lemma is "say" or "vow" or "insist" or "declare" or "add" && _options.IntentRules && subjects.Count > 0 && HasFutureComplement(doc, c, sd.FirstClause, sd.EndClause))
                    (statements ??= []).Add((c, subjects, s_noActors, vp.FirstToken, vp.EndToken));
                // "told Youssouf in a telephone call that ...": the report was itself a call or meeting with whom it was told to.
                if (subjects.Count > 0) ConsultedInReport(doc, s, c, lemma, subjects, resolver, date, found, trace);
                resolver.Remember(subjects, []);
                continue;
            }
            // "accused Rwanda of violating the accords by sending soldiers to support the offensive": the purpose of content is content.
            if (cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && contentClauses is not null && contentClauses.Contains(cl.Parent))
            {
                contentClauses.Add(c);
                trace?.Add(s, "clause", verbText, "purpose of content of another act, not coded");
                continue;
            }
            if (cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && codedClauses.Contains(cl.Parent) && !PurposeOfContact(doc, cl))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, "complement of a verb already coded");
                continue;
            }
            // "imposed sanctions on Iran, targeting its banks": whom a non-violent act is aimed at is its scope, not an attack.
            if (cl.Kind == ClauseKind.Participial && lemma == "target" && (cl.Flags & ClauseFlags.InheritedSubject) != 0 && cl.Parent >= 0
                && clauseTargets is not null && clauseTargets.TryGetValue(cl.Parent, out var aimedAct) && aimedAct.Code.Length >= 2 && !IsViolentRoot(aimedAct.Code))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, "whom the act before it is aimed at: not coded");
                continue;
            }
            // "urged Kosovo and Serbia to return to talks": what an appeal asks for has not happened, also when the
            // appeal itself could not be coded (no source).
            if (cl.Kind == ClauseKind.Infinitive && UnderAppeal(doc, cl.Parent, lemma))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, "what an appeal asks for: not coded");
                continue;
            }
            // "against any attempt by Hezbollah to rearm", "foiled a bid to storm the base": what an attempt is for is not done.
            if (cl.Kind == ClauseKind.Infinitive && AttemptBefore(tok, vp.FirstToken))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, "what an attempt or effort is for: not done, not coded");
                continue;
            }
            // "Analysts expect Washington to press Seoul": what someone expects another to do is a forecast (an actor's
            // expectation is coded on its own verb as a demand).
            // So is what someone is expected to do: "Greek unions are expected to stage another strike".
            if (cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && doc.ClauseRef(cl.Parent) is var expecting
                && (expecting.Object >= 0 && (expecting.Flags & ClauseFlags.Passive) == 0 || (expecting.Flags & ClauseFlags.Passive) != 0 && expecting.Agent < 0)
                && tok[doc.PhraseRef(expecting.Verb).Head].Lemma is "expect" or "predict" or "forecast" or "anticipate")
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, "what someone expects another to do: a forecast, not coded");
                continue;
            }
            // "food aid for people displaced by gang violence": a participle whose agent is a situation, not an actor,
            // describes the people it modifies.
            if (cl.Kind == ClauseKind.Participial && (cl.Flags & ClauseFlags.Passive) != 0 && cl.Agent >= 0 && doc.PhraseRef(cl.Agent) is { Head: >= 0 } situation
                && tok[situation.Head].Lemma is "violence" or "fighting" or "conflict" or "war" or "insecurity" or "unrest" or "flood" or "drought" or "crisis")
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, "done by a situation, not an actor: a description, not coded");
                continue;
            }
            // "in protest at Georgia's new law restricting foreign-funded media": a bare -ing form right after a noun that
            // names no actor describes that noun; it is no clause of the sentence's subject.
            if (cl.Kind == ClauseKind.Main && vp.EndToken - vp.FirstToken == 1 && tok[head].Tag == PosTag.VBG && vp.FirstToken > 0
                && tok[vp.FirstToken - 1].Tag is PosTag.NN or PosTag.NNS && !resolver.InMention(vp.FirstToken - 1))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, $"describes the '{tok[vp.FirstToken - 1].Norm}' before it: not coded");
                continue;
            }
            // "investigating alleged war crimes committed by the RSF": an act only alleged is not told as having happened.
            if (cl.Kind == ClauseKind.Participial && cl.Subject >= 0 && (cl.Flags & ClauseFlags.InheritedSubject) == 0
                && AllegedIn(tok, doc.PhraseRef(cl.Subject).FirstToken, doc.PhraseRef(cl.Subject).EndToken))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, "an act only alleged: not coded");
                continue;
            }
            // "The two countries fought two wars over Karabakh": a count of wars sums up history; it is no event of the day.
            if (cl.Object >= 0 && doc.PhraseRef(cl.Object) is { Head: >= 0 } wars && tok[wars.Head] is { Tag: PosTag.NNS, Lemma: "war" or "conflict" }
                && wars.Head > wars.FirstToken && (tok[wars.Head - 1].Tag == PosTag.CD || tok[wars.Head - 1].Norm is "several" or "many"))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, $"a count of {tok[wars.Head].Norm}: history, not coded");
                continue;
            }
            // "to examine allegations that Iranian forces killed protesters": what is alleged, claimed or rumoured is
            // not told as having happened.
            if (cl.Kind == ClauseKind.Complement && cl.Marker >= 1 && tok[cl.Marker].Norm == "that" && IsAllegationNoun(tok[cl.Marker - 1]))
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, $"what the {tok[cl.Marker - 1].Norm} say: not told as a fact, not coded");
                continue;
            }
            // "renewed its demand on Tuesday that Turkey withdraw its troops": what is demanded, requested or proposed is not done.
            if (cl.Kind == ClauseKind.Complement && cl.Marker >= 1 && tok[cl.Marker].Norm == "that" && DemandNounBefore(tok, cl.Marker) is int asked and >= 0)
            {
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                trace?.Add(s, "clause", verbText, $"what the {tok[asked].Norm} asks for: not done, not coded");
                continue;
            }
            // Also the means of a content gerund: "accused Thailand of starting the fighting by sending troops".
            bool gerundAfterConjunction = tok[head].Tag == PosTag.VBG && vp.FirstToken > 0 && lastContentGerundEnd >= 0
                && (tok[vp.FirstToken - 1].Norm is "or" or "and" && vp.FirstToken - lastContentGerundEnd <= 8
                    || tok[vp.FirstToken - 1].Norm == "by" && vp.FirstToken - lastContentGerundEnd <= 2);
            if (cl.Kind == ClauseKind.Subordinate && cl.Marker >= 0 && tok[cl.Marker].Norm is "of" or "from" or "for" or "about" or "against" or "over" or "into" or "without" or "on"
                && tok[head].Tag == PosTag.VBG || gerundAfterConjunction)
            {
                lastContentGerundEnd = Math.Max(cl.EndToken, vp.EndToken);
                (contentClauses ??= []).Add(c);
                // Nor its event nouns: "accused Pashinyan of making concessions to Baku" makes no concession.
                codedSpans.Add((vp.FirstToken, lastContentGerundEnd));
                // "accused X of sheltering Y", "barred firms from trading with Z": the gerund is the content
                // of another act (or a prevented one), not an event of its own.
                trace?.Add(s, "clause", verbText, $"gerund after '{tok[cl.Marker >= 0 ? cl.Marker : vp.FirstToken - 1].Norm}': content of another act, not coded");
                continue;
            }
            bool future = IsFuture(doc, cl.Verb) || IsReportedWould(doc, ref cl) || IsMeansOfFutureAct(doc, ref cl) || SharesFutureVerb(doc, sd.FirstClause, c);
            // "Bishkek insisted that Astana honour the accord": a subjunctive after a speaker's insistence is a demand too.
            bool subjunctive = cl.Kind == ClauseKind.Complement && cl.Parent >= 0 && IsSubjunctive(doc, ref cl)
                && tok[doc.PhraseRef(doc.ClauseRef(cl.Parent).Verb).Head].Lemma is "insist" or "demand" or "urge" or "ask" or "request";
            if (_options.SkipHypothetical && (IsHypothetical(doc, cl.Verb) && !future || IsConditional(doc, c)) || subjunctive && _options.IntentRules)
            {
                trace?.Add(s, "clause", verbText, subjunctive ? "subjunctive after an insistence: what another side is to do" : "hypothetical (may/might/could/would/should): not coded");
                // Nor are its event nouns: "might open negotiations with Colombia" is no negotiation.
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                // "Tshisekedi told the envoy that the M23 must withdraw": what a speaker says another side must do is a demand.
                if (_options.IntentRules && cl.Kind == ClauseKind.Complement && cl.Parent >= 0 && subjects.Count > 0 && (cl.Flags & ClauseFlags.Negated) == 0
                    && (subjunctive || HasMust(doc, cl.Verb)) && (doc.ClauseRef(cl.Parent).Flags & ClauseFlags.Reporting) != 0
                    && resolver.Resolve(doc.ClauseRef(cl.Parent).Subject, date) is { Count: > 0 } speakers
                    && DemandPatternFor(doc, head, Math.Max(cl.EndToken, vp.EndToken), lemma) is { } demand)
                    foreach (var src in speakers)
                        foreach (var tgt in subjects)
                            if (Side(src.Code) != Side(tgt.Code) && !tgt.Code.StartsWith("---", StringComparison.Ordinal) && !src.Code.StartsWith("---", StringComparison.Ordinal))
                            {
                                trace?.Add(s, "rule", $"{src.Code} {demand.Code} {tgt.Code}", "what the speaker says another side must do: a demand");
                                Add(found, src, tgt, demand.Code, demand, "demand: must", false, vp.FirstToken, vp.EndToken);
                            }
                continue;
            }

            // "Niger, which forms an alliance with Mali", "terrorists who kill Nigerians": a relative clause in the present simple
            // describes what someone is or does habitually; it reports no event.
            if (_options.BackgroundDays is not null && cl.Kind == ClauseKind.Relative && vp.EndToken - vp.FirstToken == 1 && tok[head].Tag is PosTag.VBZ or PosTag.VBP)
            {
                trace?.Add(s, "clause", verbText, "a relative clause in the present simple: a description, not coded");
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                continue;
            }
            // "did not rule out sanctions on Moldova", "refused to rule out military action": not ruling a coercive measure out
            // threatens it (13x), against the one foreign actor the clause names.
            if (_options.IntentRules && lemma == "rule" && subjects.Count > 0 && RuledOut(doc, c) && NotRuledOut(doc, ref cl)
                && ForeignActors(doc, resolver, subjects, vp.EndToken, Math.Max(cl.EndToken, vp.EndToken), date) is { Count: > 0 } threatened)
            {
                // Only a coercive measure the object names is threatened: "did not rule out talks" is no threat.
                var (measureFirst, measureEnd) = cl.Object >= 0 ? (doc.PhraseRef(cl.Object).FirstToken, doc.PhraseRef(cl.Object).EndToken) : (vp.EndToken, vp.EndToken);
                // 'did not rule out "economic pressure" on Denmark': words up to the first preposition when quotes hide the object.
                if (cl.Object < 0)
                    while (measureEnd < sd.EndToken && measureEnd - vp.EndToken < 6 && tok[measureEnd].Tag is not (PosTag.IN or PosTag.Comma or PosTag.Period or PosTag.TO)) measureEnd++;
                bool force = MentionsForce(doc, measureFirst, measureEnd);
                var threat = force ? Array.Find(_dicts.Patterns.ForVerb("warn"), static p => p.Text == "warn of force")
                    : WarnedOfNamed(doc, measureFirst, measureEnd);
                if (threat is not null)
                {
                    foreach (var src in subjects)
                        foreach (var tgt in threatened)
                        {
                            trace?.Add(s, "rule", $"{src.Code} {threat.Code} {tgt.Code}", "a measure not ruled out is threatened");
                            Add(found, src, tgt, threat.Code, threat, "threat: not ruled out", false, vp.FirstToken, vp.EndToken);
                        }
                    codedClauses.Add(c);
                    codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                    resolver.Remember(subjects, threatened);
                    continue;
                }
            }
            // "Turkey has long refused to recognise Cyprus", "Paraguay has recognised Taiwan since 1957": a standing state, not news.
            // Also what such a state is about: "has long refused | to recognise Cyprus".
            if (_options.BackgroundDays is not null && (IsStandingState(doc, ref cl, info.Published)
                || cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && IsStandingState(doc, ref doc.ClauseRef(cl.Parent), info.Published)))
            {
                trace?.Add(s, "clause", verbText, "a present perfect held for long ('has long', 'since' an earlier year): background, not coded");
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
                resolver.Remember(subjects, []);
                continue;
            }

            words ??= SentenceWords(doc, s);
            candidates.Clear();
            _dicts.Patterns.Candidates(lemma, noun: false, words, candidates);
            var patterns = candidates;
            if (patterns.Count == 0)
            {
                trace?.Add(s, "clause", verbText, _dicts.Patterns.ForVerb(lemma).Length == 0 ? $"no pattern for verb '{lemma}'" : $"no pattern for '{lemma}' has all its words in the sentence");
                NothingCoded(doc, c, ref cl, ref sd, lemma, subjects, ref statements, ref shipments);
                resolver.Remember(subjects, objects);
                continue;
            }
            bool passive = (cl.Flags & ClauseFlags.Passive) != 0;
            // "Addis Ababa was committed to settling its dispute": a state of commitment, not something done to the subject.
            if (passive && cl.Agent < 0 && lemma is "commit" or "dedicate" or "determine" && vp.EndToken < tok.Length && tok[vp.EndToken].Norm == "to") passive = false;
            bool participle = cl.Kind == ClauseKind.Participial;
            // The subject of the reporting verb whose content this clause is ("Cambodia said Thai troops fired"), or -1.
            int reporterSubject = cl.Kind == ClauseKind.Complement && cl.Parent >= 0 && (doc.ClauseRef(cl.Parent).Flags & ClauseFlags.Reporting) != 0
                && (cl.Flags & ClauseFlags.Negated) == 0 ? doc.ClauseRef(cl.Parent).Subject : -1;
            int objectPhrase = cl.Object, verbPhrase = cl.Verb, subjectPhrase = cl.Subject, agentPhrase = cl.Agent;
            bool inheritedSubject = (cl.Flags & ClauseFlags.InheritedSubject) != 0;
            bool ownSubject = cl.Kind is ClauseKind.Main or ClauseKind.Complement && (cl.Flags & ClauseFlags.InheritedSubject) == 0;
            // "Hezbollah fired rockets at northern Israel, wounding two soldiers": a participle that shares its clause's
            // subject happens where that clause does (the verb of that clause, or -1).
            int inheritedPlaceHead = cl.Kind == ClauseKind.Participial && (cl.Flags & ClauseFlags.InheritedSubject) != 0 && cl.Parent >= 0
                && doc.ClauseRef(cl.Parent).Verb >= 0 ? doc.PhraseRef(doc.ClauseRef(cl.Parent).Verb).Head : -1;
            int left = _dicts.Patterns.Policy == GapPolicy.Any ? sd.FirstToken : Math.Min(cl.FirstToken, vp.FirstToken);
            int right = sd.EndToken; // gaps are bounded by the policy, so the sentence end is a safe limit
            // "Weapons donated by Turkey were handed over to Somalia's army": a reduced relative ends where the verb of
            // the noun it modifies starts.
            if (cl.Kind == ClauseKind.Participial && cl.Subject >= 0 && doc.PhraseRef(cl.Subject).EndToken == vp.FirstToken)
                for (int k = c + 1; k < sd.EndClause; k++)
                    if (doc.ClauseRef(k).Subject == cl.Subject && doc.ClauseRef(k).Kind is ClauseKind.Main or ClauseKind.Complement)
                    {
                        right = Math.Min(right, doc.PhraseRef(doc.ClauseRef(k).Verb).FirstToken);
                        break;
                    }
            VerbPattern? chosen = null;
            int tried = 0;
            int sentenceEnd = sd.EndToken, sentenceFirst = sd.FirstToken;
            // "Both sides vowed to upgrade ties": a reciprocal subject supplies its own target.
            // So is a coordinated subject with no object: "India and China agreed to ...", "Iranian and US negotiators met".
            // "Iranian and Saudi officials held consultations on the situation in Yemen": a topic is no party.
            // "The AU and the UN demanded a ceasefire between the army and the SPLA-IO": parties named after "between" are
            // the targets, not the subject's members.
            bool reciprocal = subjects.Count == 2 && cl.Subject >= 0 && (objects.Count == 0 || topicTarget) && !NamesPartiesBetween(tok, resolver.SlotMentions, vp.EndToken, sentenceEnd)
                && (ActorResolver.IsBothSides(tok, doc.PhraseRef(cl.Subject).FirstToken, doc.PhraseRef(cl.Subject).EndToken)
                    || (doc.PhraseRef(cl.Subject).Flags & (PhraseFlags.Coordination | PhraseFlags.Pronoun)) != 0 || IsSharedHead(doc, cl.Subject) || ownersPair
                    // "Negotiators for Colombia's government and the ELN": the two sides' people, named by whom they act for.
                    || doc.PhraseRef(cl.Subject).Head >= 0 && tok[doc.PhraseRef(cl.Subject).Head].Tag == PosTag.NNS
                        && tok[doc.PhraseRef(cl.Subject).Head].Lemma is "negotiator" or "delegate" or "representative" or "delegation" or "envoy" or "official")
                // "The agreement was signed by Egypt and Qatar": a coordinated agent with nobody acted on.
                // So is "by the labour ministers of Nepal and Malaysia".
                || passive && agents.Count == 2 && subjects.Count == 0 && cl.Agent >= 0 && ((doc.PhraseRef(cl.Agent).Flags & PhraseFlags.Coordination) != 0 || IsSharedHead(doc, cl.Agent))
                    // "a move backed by the United States and Gulf states" acts on the move's doer, not between the two.
                    && !(cl.Subject >= 0 && doc.PhraseRef(cl.Subject).Head >= 0 && s_eventNouns.ContainsKey(tok[doc.PhraseRef(cl.Subject).Head].Lemma));
            // "Both sides accused each other": any act, hostile ones too, goes both ways.
            bool eachOtherObject = reciprocal && objectPhrase >= 0 && IsEachOther(tok, doc.PhraseRef(objectPhrase).FirstToken, doc.PhraseRef(objectPhrase).EndToken);
            // "Egypt and Ethiopia traded accusations": the verb itself says "each other".
            bool eachOther = eachOtherObject || reciprocal && lemma is "trade" or "exchange";
            // "agreed to reopen trade", "agreeing to a prisoner exchange": about the act agreed to, not an accord of its own.
            bool accord = reciprocal && !HasChild(doc, c, sd.FirstClause, sd.EndClause, ClauseKind.Infinitive) && !(vp.EndToken < sentenceEnd && tok[vp.EndToken].Norm == "to");
            // "US and British warplanes struck radar sites": allies striking an object do not fight each other ("clashed",
            // "exchanged fire" have no such object).
            bool strikesAThing = objectPhrase >= 0 && lemma is "strike" or "attack" or "bomb" or "hit" or "shell" or "target" or "raid" or "pound"
                or "bombard" or "shoot" or "destroy" or "storm" or "ambush" or "seize" or "capture" or "blockade";
            List<ResolvedActor> sources = [], targets = [];
            VerbPattern? summaryPattern = null;
            string? struckBefore = StruckBefore(ref cl, clauseTargets);
            foreach (var p in patterns)
            {
                // Only a cooperative act (or fighting) of a reciprocal subject goes without its "with +": the rest
                // would code nothing and hide the pattern that fits ("agreed to reopen trade", not "agree with +").
                // "Egypt and Ethiopia traded accusations" is not "trade with +": an object the pattern leaves out is another act.
                // Nor is "dismissed the vote": a thing in the very slot where the pattern wants its target.
                bool mutual = reciprocal && IsReciprocalAct(p.Code, strikesAThing, accord, eachOther)
                    && !(objectPhrase >= 0 && !eachOtherObject && (p.After.Length == 2 || p.After is [{ Kind: PatternItemKind.Target }]));
                if (PatternMatcher.MissingWord(p, words, mutual) is { } missing)
                {
                    if (trace is not null && tried++ < 12) trace.Add(s, "try", p.Text + " => " + p.Code, $"'{missing}' does not occur in the sentence [{p.Source}]");
                    continue;
                }
                var m = PatternMatcher.Match(doc, p, head, left, right, _dicts.Patterns.Policy, resolver.SlotMentions, skipLeadingTargetSlot: passive, allowMissingTarget: mutual,
                    passiveFirst: passive && cl.Subject >= 0 ? doc.PhraseRef(cl.Subject).FirstToken : -1, passiveEnd: passive && cl.Subject >= 0 ? PassiveSubjectEnd(doc, cl.Subject) : -1);
                // "welcomed Nigeria's cooperation in the operation": a host receives a guest, not the owner of an act.
                if (m.Success && !passive && m.TargetToken >= 0 && p.Code.StartsWith("043", StringComparison.Ordinal) && OwnerOfObject(doc, resolver, m.TargetToken))
                {
                    trace?.Add(s, "try", p.Text + " => " + p.Code, "'+' owns the object ('X's cooperation'): no guest");
                    continue;
                }
                if (trace is not null && tried++ < 12) trace.Add(s, m.Success ? "match" : "try", p.Text + " => " + p.Code, m.Success ? $"[{p.Source}]" : $"{m.Failure} [{p.Source}]");
                List<ResolvedActor> src, tgt;
                if (m.Success) (src, tgt) = Bind(p, m);
                else if (m.FailureKind == "target" && !passive && _options.Coreference && IsMaterial(p.Code)
                    && PatternMatcher.Match(doc, p, head, left, right, _dicts.Patterns.Policy, resolver.SlotMentions, false, allowMissingTarget: true) is { Success: true, TargetToken: < 0 }
                    && PlaceTarget(doc, resolver, objectPhrase, verbPhrase, subjects.FirstOrDefault(), date, p.Code) is { } place && subjects.Count > 0)
                {
                    // "delivered food to villages in Somalia": no actor where '+' stands, but the act lands in another country.
                    trace?.Add(s, "target", p.Text, $"no actor where '+' stands; the act happens in another country: {place.Code}");
                    var there = p.Code.StartsWith("09", StringComparison.Ordinal) ? InvestigatedActor(doc, resolver, vp.EndToken, sentenceEnd, subjects, date) : null;
                    (src, tgt) = (subjects, [there ?? ArmedGroupThere(doc, resolver, p.Code, vp.EndToken, sentenceEnd, place, date) ?? place]);
                }
                else if (m.FailureKind == "target" && !passive && subjects.Count > 0 && p.Code.StartsWith("15", StringComparison.Ordinal)
                    && PatternMatcher.Match(doc, p, head, left, right, _dicts.Patterns.Policy, resolver.SlotMentions, false, allowMissingTarget: true) is { Success: true, TargetToken: < 0 }
                    && PostureTarget(doc, resolver, vp.EndToken, sentenceEnd, subjects[0], date) is { } aimed)
                {
                    // "put units along its border with Mali on alert": a show of force whose '+' is no actor is aimed at whom
                    // the sentence says it is for (also after the loop, for a pattern that matched with '+' on no actor).
                    trace?.Add(s, "target", p.Text, $"no actor where '+' stands; the force is aimed at {aimed.Code} ({aimed.Basis})");
                    (src, tgt) = (subjects, [aimed]);
                }
                else if (m.FailureKind == "target" && !passive && subjects.Count > 0 && cl.Object < 0
                    && SummarisedActor(doc, resolver, cl.Subject, sd.FirstClause, sd.EndClause, date, out int summaryNoun) is { } summarised && !SharesCode([summarised], subjects)
                    && PatternMatcher.Match(doc, p, head, left, right, _dicts.Patterns.Policy, resolver.SlotMentions, false, allowMissingTarget: true) is { Success: true, TargetToken: < 0 })
                {
                    // "accused the ruling party of softness, a charge the government denied": what a summary of the main
                    // clause is done to is that clause's actor; the summary noun is the verb's object ("dismiss allegation").
                    summaryPattern = PatternWithObject(patterns, p, tok[summaryNoun].Lemma);
                    trace?.Add(s, "target", p.Text, $"a summary of the main clause: {summarised.Code}" + (summaryPattern is null ? "" : $"; as '{summaryPattern.Text}'"));
                    (src, tgt) = (subjects, [summarised]);
                }
                else if (m.FailureKind == "target" && !passive && subjects.Count > 0 && TopicAfter(doc, resolver, vp.EndToken, sentenceEnd, date) is { Count: > 0 } topic
                    && PatternMatcher.Match(doc, p, head, left, right, _dicts.Patterns.Policy, resolver.SlotMentions, false, allowMissingTarget: true, targetOnNounPhrase: true) is { Success: true, TargetToken: < 0 })
                {
                    // "declined to comment on the situation in Libya": '+' stands on a topic noun, which stands for its country.
                    trace?.Add(s, "target", p.Text, $"'+' stands on a topic noun of {topic[0].Code}");
                    (src, tgt) = (subjects, topic);
                }
                else if (m.FailureKind == "target" && !passive && _options.Coreference && subjects.Count > 0 && objectPhrase >= 0 && !TargetDescribedAs(p)
                    && (MeetingParties(doc, doc.FirstSentenceIndex + s, objectPhrase, subjects[0], events, actors, agreements: true)
                        ?? (EarlierEventActor(doc, doc.FirstSentenceIndex + s, objectPhrase, subjects[0], events, actors, resolver.UntargetedActs) is { } one ? [one] : null)) is { } answered
                    && PatternMatcher.Match(doc, p, head, left, right, _dicts.Patterns.Policy, resolver.SlotMentions, false, allowMissingTarget: true, targetOnNounPhrase: true) is { Success: true, TargetToken: < 0 })
                {
                    // "would answer any new restrictions with countermeasures", "hosted the meeting": '+' stands on an
                    // earlier act, aimed at its actor (a meeting's parties).
                    trace?.Add(s, "target", p.Text, $"'+' stands on an earlier act: {string.Join(", ", answered.Select(x => x.Code))}");
                    (src, tgt) = (subjects, answered);
                }
                else continue;
                // A pattern that leaves the event without a dyad gives way to a later one that completes it.
                // A target that is only the source's own country ("reduce diplomatic presence in +" on "in Russia")
                // gives way to a later pattern that finds someone else.
                // So does a target that is only a name the dictionaries lack ("shell positions of +" on "El Obeid" gives way to
                // "shell +" on "positions held by the RSF").
                bool complete = src.Count > 0 && (tgt.Count > 0 && !OnlyOwnCountry(src, tgt) && !AllUnknown(tgt) || mutual || !_options.RequireTarget);
                if (chosen is null || complete) { chosen = summaryPattern ?? p; sources = src; targets = tgt; }
                if (complete) break;
            }
            if (chosen is null)
            {
                trace?.Add(s, "clause", verbText, $"{patterns.Count} candidate pattern(s) for '{lemma}', none matched");
                NothingCoded(doc, c, ref cl, ref sd, lemma, subjects, ref statements, ref shipments);
                resolver.Remember(subjects, objects);
                continue;
            }
            // "Seoul demanded the immediate return of the fishermen": a release whose '+' named no actor is asked of whoever held them.
            if (targets.Count == 0 && sources.Count > 0 && chosen.Code is "1053" or "0253" && !passive && _options.Coreference
                && EarlierHolder(doc.FirstSentenceIndex + s, ActorCode.Country(sources[0].Code), events, actors) is { } holderOf)
            {
                trace?.Add(s, "target", chosen.Text, $"no actor where '+' stands; release asked of whoever held them: {holderOf.Code}");
                var (heldFirst, heldEnd) = objectPhrase >= 0 ? (doc.PhraseRef(objectPhrase).FirstToken, doc.PhraseRef(objectPhrase).EndToken) : (vp.FirstToken, vp.EndToken);
                targets = [holderOf with { StartToken = heldFirst, EndToken = heldEnd, Basis = "earlier detention: " + holderOf.Basis }];
            }
            // A show of force whose '+' named no actor ("sent troops to the Papua highlands to hunt separatist fighters").
            // (Forces "reinforced with additional troops" are the source's own, no target.)
            if ((targets.Count == 0 || sources.Count > 0 && targets.TrueForAll(t => t.Code == sources[0].Code)) && sources.Count > 0 && chosen.Code.StartsWith("15", StringComparison.Ordinal) && !passive
                && PostureTarget(doc, resolver, vp.EndToken, sentenceEnd, sources[0], date) is { } aimedAt)
            {
                trace?.Add(s, "target", chosen.Text, $"no actor where '+' stands; the force is aimed at {aimedAt.Code} ({aimedAt.Basis})");
                targets = [aimedAt];
            }

            (List<ResolvedActor> Sources, List<ResolvedActor> Targets) Bind(VerbPattern p, PatternMatch m)
            {
                List<ResolvedActor> src, tgt;
                bool ownPosture = false;
                if (p.SubjectIsTarget)
                {
                    tgt = subjects;
                    src = m.SourceToken >= 0 ? ResolveAt(doc, resolver, m.SourceToken, date) : [];
                }
                else
                {
                    src = m.SourceToken >= 0 ? ResolveAt(doc, resolver, m.SourceToken, date) : (passive ? agents : subjects);
                    if (m.TargetToken >= 0)
                    {
                        tgt = ResolveAt(doc, resolver, m.TargetToken, date);
                        // "threatened to carry out bombings in Nairobi": violence in a capital strikes the country, not its government.
                        if (tgt.Count == 1 && tgt[0].Entry?.Kind == ActorKind.Capital && m.TargetToken > 0 && doc.Tokens[m.TargetToken - 1].Norm == "in"
                            && p.Code.Length >= 2 && p.Code.AsSpan(0, 2) is "13" or "18" or "19" or "20")
                            tgt = [tgt[0] with { Code = ActorCode.Country(tgt[0].Code) ?? tgt[0].Code, Basis = "place: " + tgt[0].Basis }];
                        // "imposed a curfew on Antananarivo": a curfew on a capital binds its people, not its government.
                        else if (tgt.Count == 1 && tgt[0].Entry?.Kind == ActorKind.Capital && m.TargetToken > 0 && doc.Tokens[m.TargetToken - 1].Norm is "in" or "on"
                            && p.Code.StartsWith("1723", StringComparison.Ordinal) && ActorCode.Country(tgt[0].Code) is { } cityCountry)
                            tgt = [tgt[0] with { Code = cityCountry + "CVL", Basis = "people of: " + tgt[0].Basis }];
                        if (tgt.Count == 0) tgt = TopicPlace(doc, resolver, NounPhraseAt(doc, resolver, m.TargetToken), date);
                        else if (RepeatedPrepositionTargets(doc, resolver, m.TargetToken, date) is { Count: > 0 } more)
                        {
                            trace?.Add(s, "target", p.Text, $"the preposition repeated after 'and' adds {more[0].Code}");
                            tgt = [.. tgt, .. more];
                        }
                        // "(Pakistan's military said) Afghan forces opened fire on its border posts": agents owned by
                        // someone else than the source are that owner's.
                        if (tgt.Count == 0 && resolver.PossessiveSubjects(NounPhraseAt(doc, resolver, m.TargetToken), date) is { Count: > 0 } owned && !SharesCountry(owned, src))
                        {
                            trace?.Add(s, "target", p.Text, $"agents owned by an earlier actor: {owned[0].Code}");
                            tgt = owned;
                        }
                    }
                    else if (passive) tgt = subjects;
                    // "sent troops", "dispatched warships": an object the pattern names, with no country of its
                    // own, is what is acted with, not a target in the dateline's country.
                    // "banned opposition parties" (1722), "arrested protesters": in coercion the people
                    // the pattern names are those it is done to.
                    else tgt = objects.Count > 0 && (AllNamedByPattern(doc, p, objects) && !IsDoneToCode(p.Code) || reciprocal && topicTarget) ? [] : objects;
                    // "India placed its Border Security Force on high alert": one's own forces put on a footing are what it acts with.
                    if (!passive && tgt.Count > 0 && p.Code.StartsWith("15", StringComparison.Ordinal) && src.Count > 0 && SharesCountry(tgt, src)
                        && tgt.TrueForAll(t => IsForceRole(ActorCode.Role(t.Code))))
                    {
                        trace?.Add(s, "target", p.Text, "its own forces put on a footing: what it acts with, not a target");
                        tgt = [];
                    }
                    // "Thai troops were mobilised along the border": forces put on a footing with no agent named act themselves.
                    if (passive && agents.Count == 0 && m.SourceToken < 0 && p.Code.StartsWith("15", StringComparison.Ordinal) && subjects.Count > 0
                        && subjects.TrueForAll(a => a.Code.Length >= 6 && (a.Code.AsSpan(3).Contains("MIL", StringComparison.Ordinal) || a.Code.AsSpan(3).Contains("COP", StringComparison.Ordinal))))
                    {
                        trace?.Add(s, "source", p.Text, "forces put on a footing with no agent named: their own act");
                        (src, tgt, ownPosture) = (subjects, [], true);
                    }
                    // "demanded the release of its civilians held in Russian prisons": a release is asked of whoever holds them.
                    if ((p.Code.StartsWith("1053", StringComparison.Ordinal) || p.Code.StartsWith("0253", StringComparison.Ordinal)) && src.Count > 0 && !passive
                        && tgt.TrueForAll(t => SharesCountry([t], src) || t.Code.Length > 3 && !IsStateRole(t.Code.AsSpan(3)))
                        && DetainersIn(doc, resolver, s, date, vp.EndToken) is { Count: > 0 } detainers && !SharesCountry(detainers, src))
                    {
                        trace?.Add(s, "target", p.Text, $"the release is asked of those holding them: {detainers[0].Code}");
                        tgt = detainers;
                    }

                    // "shelled positions held by its soldiers": what is acted on belongs to whoever holds it.
                    if (tgt.Count == 0 && !passive && src.Count > 0 && objectPhrase >= 0 && HolderOf(doc, resolver, objectPhrase, firstClause, doc.SentenceRef(s).EndClause, date) is { Count: > 0 } holders
                        && !SharesCountry(holders, src))
                    {
                        trace?.Add(s, "target", p.Text, $"held by {holders[0].Code}");
                        tgt = holders;
                    }
                    if (tgt.Count == 0 && !passive && !reciprocal && src.Count > 0 && NamedNounPhrase(doc, resolver, p, objectPhrase, vp.EndToken, sentenceEnd) is int named and >= 0
                        && OwnActsTarget(doc, resolver, named, src, date, words!) is { Count: > 0 } ofAct)
                    {
                        trace?.Add(s, "target", p.Text, $"the act it names lands on {ofAct[0].Code}");
                        tgt = ofAct;
                    }
                }
                if (tgt.Count == 0 && _options.TargetAfterVerb && !p.HasTargetSlot)
                    tgt = FirstActorAfter(doc, resolver, vp.EndToken, sentenceEnd, src, date, c);
                // PETRARCH's '%': a compound subject acts among its members ("% HAVE DELAYED"); after the
                // verb with a subject of its own ("AGREE WITH %"), the compound is the target.
                if (HasCompoundSlot(p.Before) && subjects.Count >= 2 && !passive) (src, tgt) = (subjects, subjects);
                else if (HasCompoundSlot(p.After) && m.TargetToken >= 0 && m.SourceToken == m.TargetToken && subjects.Count > 0 && !passive) src = subjects;
                // "Qatar and Turkey called on both sides", "Sharif invited him": not the speakers themselves.
                if (m.TargetToken >= 0 && tgt.Count > 0 && SharesCode(tgt, src) && AllCoreference(tgt))
                    tgt = resolver.OtherReferent(src, tgt[0].StartToken, tgt[0].EndToken, date);
                // Before the people acted on: "released prisoners at the request of the US" answers the US.
                // Not a meeting held at someone's request: the askers do not attend because they asked.
                if (tgt.Count == 0 && src.Count > 0 && _options.Coreference && !p.Code.StartsWith("04", StringComparison.Ordinal) && RequestingActor(doc, resolver, date) is { Count: > 0 } askers
                    && !SharesCode(askers, src))
                {
                    trace?.Add(s, "target", p.Text, $"done at the request of {askers[0].Code}");
                    tgt = askers;
                }
                // Also a name not in the dictionaries described by such a role: "arrested Nika Melia, a leader of the opposition".
                // "Burkinabe authorities arrested several military officers" in a story datelined Bamako: a state coerces its
                // own people, so agents given only the story's or a place's country are the arresting state's, soldiers too (not
                // sanctions, 172: those fall on foreign officials as often).
                if (tgt.Count == 1 && tgt[0].Entry is null && tgt[0].StartToken >= 0 && IsContextCountry(tgt[0].Basis) && src.Count == 1 && _options.DomesticTargets
                    && IsDomesticCoercion(p) && !p.SubjectIsTarget && DomesticCountry(src[0], p.Code) is { } coercer
                    && ActorCode.Country(tgt[0].Code) != coercer && resolver.AgentsIn(NounPhraseAt(doc, resolver, tgt[0].StartToken), date, coercer) is { } own17)
                {
                    trace?.Add(s, "target", p.Text, $"agents the story gave another country, coerced by {src[0].Code}: {own17.Code}");
                    tgt = [own17];
                }
                if ((tgt.Count == 0 || tgt.Count == 1 && tgt[0].Code == "---") && src.Count == 1 && _options.DomesticTargets && !p.SubjectIsTarget && DomesticCountry(src[0], p.Code) is { } home)
                {
                    // "Belarusian police pressured journalists": people the text gives no country are the actor's own.
                    int phrase = m.TargetToken >= 0 ? NounPhraseAt(doc, resolver, m.TargetToken) : passive ? subjectPhrase : ActedOnPhrase(doc, objectPhrase, verbPhrase);
                    // Not the agents the pattern itself names ("deploy thousands of police"): what it acts with.
                    // Police, prosecutors and courts investigate their own officials too ("police are investigating a senior official").
                    bool ownInquiry = p.Code.StartsWith("09", StringComparison.Ordinal) && ActorCode.Role(src[0].Code) is "COP" or "JUD";
                    if ((resolver.AgentsIn(phrase, date, home) ?? DescribedAs(doc, resolver, phrase, date, home)) is { } own && (IsDomesticRole(own.Code) || IsDomesticCoercion(p) || ownInquiry) && !(own.EndToken > 0 && NamesWord(p, doc.Tokens[own.EndToken - 1])))
                    {
                        trace?.Add(s, "target", p.Text, $"agents without a country, acted on by {src[0].Code}: {own.Code}");
                        tgt = [own];
                    }
                }
                // "Protesters demanded the release of jailed opposition leaders": people of one country jailed at
                // home, the release is asked of its government.
                if (p.Code.StartsWith("1053", StringComparison.Ordinal) && src.Count > 0 && !passive && tgt.Count > 0 && ActorCode.Country(tgt[0].Code) is { } jailedIn
                    && tgt.TrueForAll(t => ActorCode.Country(t.Code) == jailedIn && t.Code.Length > 3 && !IsStateRole(t.Code.AsSpan(3)))
                    && src.TrueForAll(x => ActorCode.Country(x.Code) == jailedIn && x.Code.Length > 3 && !IsStateRole(x.Code.AsSpan(3))))
                {
                    trace?.Add(s, "target", p.Text, $"the release of its own people is asked of the government: {jailedIn}GOV");
                    tgt = [tgt[0] with { Code = jailedIn + "GOV", Basis = "the jailer at home of " + tgt[0].Code }];
                }
                // "threatened to withdraw his delegation unless Washington reversed the decision": a threat is made to
                // whom its condition names.
                if (tgt.Count == 0 && src.Count > 0 && !passive && p.Code.StartsWith("13", StringComparison.Ordinal)
                    && ConditionActors(doc, resolver, c, firstClause, endClause, date) is { Count: > 0 } conditioned && !SharesCountry(conditioned, src))
                {
                    trace?.Add(s, "target", p.Text, $"the one its condition names: {conditioned[0].Code}");
                    tgt = conditioned;
                }
                // "Cambodia said Thai troops had opened fire across the border": fighting a speaker reports, with nobody named as
                // struck, struck the speaker's country (not when the speaker is of the fighters' own country).
                if (tgt.Count == 0 && src.Count > 0 && !passive && p.Code.StartsWith("19", StringComparison.Ordinal) && reporterSubject >= 0
                    && ReportingVictim(resolver.Resolve(reporterSubject, date), src, vp.FirstToken, vp.EndToken) is { } victim)
                {
                    trace?.Add(s, "target", p.Text, $"fighting reported by the side it struck: {victim.Code}");
                    tgt = [victim];
                }
                // "Kabul said the Pakistani strikes had killed nine civilians": people the story placed in the attacker's own
                // country are the reporting side's when a foreign attack on them is what it reports.
                else if (tgt.Count == 1 && tgt[0].Entry is null && IsContextCountry(tgt[0].Basis) && src.Count > 0 && !passive && reporterSubject >= 0
                    && p.Code.Length >= 2 && p.Code.AsSpan(0, 2) is "18" or "19" or "20" && ActorCode.Country(tgt[0].Code) is { } placed && placed == ActorCode.Country(src[0].Code)
                    && ReportingVictim(resolver.Resolve(reporterSubject, date), src, vp.FirstToken, vp.EndToken) is { } reporting)
                {
                    string hurt = reporting.Code + tgt[0].Code[3..];
                    trace?.Add(s, "target", p.Text, $"people hurt by a foreign attack, as the side they belong to reports: {hurt}");
                    tgt = [tgt[0] with { Code = hurt, Basis = "the reporting side's people" }];
                }
                // "The TTP claimed responsibility for an attack on a police post": a claim (or a denial) is made to the ones the act struck.
                if (tgt.Count == 0 && src.Count > 0 && (p.Code.StartsWith("015", StringComparison.Ordinal) || p.Code.StartsWith("016", StringComparison.Ordinal))
                    && ClaimedActTargets(doc, s, resolver, vp.EndToken, sentenceEnd, date, ActorCode.Country(src[0].Code)) is { Count: > 0 } struckByClaimed)
                {
                    trace?.Add(s, "target", p.Text, $"those the claimed act struck: {struckByClaimed[0].Code}");
                    tgt = struckByClaimed;
                }
                // "Nigerian jets bombed bandit hideouts in Zamfara": soldiers acting at home act on that country's outlaws or people.
                if (tgt.Count == 0 && src.Count == 1 && _options.DomesticTargets && !p.SubjectIsTarget && ActorCode.Role(src[0].Code) == "MIL"
                    && ActorCode.Country(src[0].Code) is { Length: 3 } soldiersHome && resolver.ClausePlaceCountry(head) == soldiersHome
                    && resolver.AgentsIn(m.TargetToken >= 0 ? NounPhraseAt(doc, resolver, m.TargetToken) : passive ? subjectPhrase : ActedOnPhrase(doc, objectPhrase, verbPhrase), date, soldiersHome) is { } local
                    && IsDomesticRole(local.Code))
                {
                    trace?.Add(s, "target", p.Text, $"agents without a country, acted on by {src[0].Code} at home: {local.Code}");
                    tgt = [local];
                }
                if (tgt.Count == 0 && src.Count == 1 && _options.DomesticTargets && IsViolent(p.Code) && src[0].Code.AsSpan(3).StartsWith("REB")
                    // "JNIM fighters seized the town of Djibo in northern Burkina Faso after overrunning an army base": the
                    // sentence's one country of places, before the group's own.
                    && (struckBefore ?? resolver.ClausePlaceCountry(head) ?? (inheritedPlaceHead >= 0 ? resolver.ClausePlaceCountry(inheritedPlaceHead) : null)
                        ?? (inheritedSubject ? Setting.EventSetting.Default.PlaceCountry(doc, sentenceFirst, sentenceEnd, locativeOnly: true) : null)
                        ?? ActorCode.Country(src[0].Code)) is { } battlefield && battlefield != "IMG")
                {
                    // "Militants bombed a government building in Bannu": what rebels strike without a country named is the state's or people's where they fight.
                    int phrase = m.TargetToken >= 0 ? NounPhraseAt(doc, resolver, m.TargetToken) : passive ? subjectPhrase : objectPhrase;
                    if (resolver.AgentsIn(phrase, date, battlefield) is { } struck)
                    {
                        trace?.Add(s, "target", p.Text, $"agents without a country, struck by {src[0].Code} in {battlefield}: {struck.Code}");
                        tgt = [struck];
                    }
                    // "M23 rebels seized the town of Pinga in Congo's North Kivu": territory is taken from the state it belongs to.
                    else if (p.Code.StartsWith("192", StringComparison.Ordinal) && battlefield.Length == 3 && resolver.ClausePlaceCountry(head) == battlefield)
                    {
                        trace?.Add(s, "target", p.Text, $"territory seized by {src[0].Code} in {battlefield}: the state's");
                        tgt = [new ResolvedActor(battlefield, vp.FirstToken, vp.EndToken, null, "implied: territory is seized from the state it belongs to")];
                    }
                }
                // "M23 rebels withdrew from the town of Walikale in eastern Congo": a town rebels leave goes back to its state.
                if (tgt.Count == 0 && src.Count == 1 && _options.DomesticTargets && p.Code.StartsWith("087", StringComparison.Ordinal) && src[0].Code.AsSpan(3).StartsWith("REB")
                    && resolver.ClausePlaceCountry(head) is { Length: 3 } left && left != "IMG")
                {
                    // "M23 rebels declared a unilateral ceasefire in South Kivu": a truce faces the state's government.
                    bool truce = p.Code.StartsWith("0871", StringComparison.Ordinal);
                    trace?.Add(s, "target", p.Text, truce ? $"truce declared by {src[0].Code} in {left}: the government's" : $"territory left by {src[0].Code} in {left}: the state's");
                    tgt = [truce ? new ResolvedActor(left + "GOV", vp.FirstToken, vp.EndToken, null, "implied: a truce rebels declare faces the government")
                        : new ResolvedActor(left, vp.FirstToken, vp.EndToken, null, "implied: territory left goes back to the state it belongs to")];
                }
                // "Palestinian prisoners in Israeli jails began a hunger strike": prisoners protest against their jailer.
                if (tgt.Count == 0 && src.Count == 1 && _options.DomesticTargets && p.Code.StartsWith("14", StringComparison.Ordinal)
                    && Jailer(doc, resolver, date) is { } jailer && ActorCode.Country(jailer.Code) != ActorCode.Country(src[0].Code))
                {
                    trace?.Add(s, "target", p.Text, $"prisoners protest against their jailer: {jailer.Code}");
                    tgt = [jailer];
                }
                if (tgt.Count == 0 && src.Count == 1 && _options.DomesticTargets && !IsViolent(p.Code) && PopularCountry(src[0]) is { } people)
                {
                    // "Protesters in Belgrade demanded the resignation of the government": their own government.
                    int phrase = m.TargetToken >= 0 ? NounPhraseAt(doc, resolver, m.TargetToken) : passive ? subjectPhrase : ActedOnPhrase(doc, objectPhrase, verbPhrase);
                    if (resolver.AgentsIn(phrase, date, people) is { } rulers && rulers.Code.AsSpan(3) is "GOV" or "COP" or "JUD" or "LEG")
                    {
                        trace?.Add(s, "target", p.Text, $"state agents without a country, addressed by {src[0].Code}: {rulers.Code}");
                        tgt = [rulers];
                    }
                }
                // "rebels ambushed a military convoy": an armed group of a country fights that country's forces.
                if (tgt.Count == 0 && src.Count == 1 && _options.DomesticTargets && IsViolent(p.Code) && ActorCode.Role(src[0].Code) is "REB" or "SEP" or "INS"
                    && ActorCode.Country(src[0].Code) is { Length: 3 } groupHome && groupHome != "IMG")
                {
                    int phrase = m.TargetToken >= 0 ? NounPhraseAt(doc, resolver, m.TargetToken) : passive ? subjectPhrase : ActedOnPhrase(doc, objectPhrase, verbPhrase);
                    if (resolver.AgentsIn(phrase, date, groupHome) is { } forces && forces.Code.AsSpan(3) is "MIL" or "COP" or "GOV")
                    {
                        trace?.Add(s, "target", p.Text, $"state forces without a country, fought by {src[0].Code}: {forces.Code}");
                        tgt = [forces];
                    }
                }
                // "protested in Islamabad against what they called Indian aggression": a protest against someone named.
                if (tgt.Count == 0 && src.Count > 0 && !passive && p.Code.StartsWith("14", StringComparison.Ordinal)
                    && AimedAt(doc, resolver, vp.EndToken, ProtestEnd(doc, vp.EndToken, sentenceEnd), src, date, against: true) is { Count: > 0 } protested)
                {
                    trace?.Add(s, "target", p.Text, $"protest against: {protested[0].Code}");
                    tgt = protested;
                }
                // "Kenyan police were placed on high alert ahead of planned protests", "deployed riot units to prevent
                // opposition rallies": police posture against protests faces the protesters.
                if (tgt.Count == 0 && src.Count == 1 && p.Code.StartsWith("15", StringComparison.Ordinal) && ActorCode.Role(src[0].Code) == "COP"
                    && ActorCode.Country(src[0].Code) is { } policed && ProtestNounAfter(doc, vp.EndToken, sentenceEnd) is int protest and >= 0)
                {
                    string crowd = protest > 0 && doc.Tokens[protest - 1].Norm == "opposition" ? "OPP" : OrganiserRole(doc, resolver, protest, sentenceEnd, date) ?? "CVL";
                    // "ahead of a rally called by Bobi Wine's National Unity Platform": the organisers named.
                    if (OrganisersOf(doc, resolver, protest, sentenceEnd, date) is { Count: > 0 } organisers && SharesCountry(organisers, src))
                    {
                        trace?.Add(s, "target", p.Text, $"police posture against protests called by {organisers[0].Code}");
                        tgt = organisers;
                    }
                    else
                    {
                        trace?.Add(s, "target", p.Text, $"police posture against protests: {policed}{crowd}");
                        tgt = [new ResolvedActor(policed + crowd, protest, protest + 1, null, "implied: the protesters police prepare for")];
                    }
                }
                // "Prisoners held in Israel's Ofer jail began a hunger strike": detained protesters protest against their jailer.
                if (tgt.Count == 0 && src.Count > 0 && !passive && p.Code.StartsWith("14", StringComparison.Ordinal) && !p.HasTargetSlot
                    && DetainersIn(doc, resolver, s, date) is [var holder] && ActorCode.Country(holder.Code) is { } held && !SharesCountry([holder], src))
                {
                    trace?.Add(s, "target", p.Text, $"protest against those who hold the protesters: {held}GOV");
                    tgt = [holder with { Code = held + "GOV" }];
                }
                // "Serbian students and their supporters marched": coordinated sources share an implied target when each implies it.
                if (tgt.Count == 0 && src.Count >= 1 && _options.DomesticTargets && !p.HasTargetSlot && ImpliedTarget(src[0], p.Code, vp.FirstToken, vp.EndToken, resolver.ClausePlaceCountry(head), IsPeopleOfCountry(doc, src[0])) is { } implied
                    && AllImply(doc, src, implied.Code, p.Code, vp.FirstToken, vp.EndToken, resolver.ClausePlaceCountry(head)))
                {
                    // "detonated a car bomb at an army base in Mali": the bombed post's soldiers or police, not civilians.
                    if (implied.Basis.StartsWith("implied: an attack on a place", StringComparison.Ordinal) && ActorCode.Country(implied.Code) is { } struck
                        && PostAttacked(doc, resolver, verbPhrase, date, struck) is { } post) implied = post;
                    // "lifted a ban on opposition rallies": a measure on a named part of the population is on that part.
                    if (implied.Basis.StartsWith("implied: the measure applies", StringComparison.Ordinal) && PopulationPart(doc, resolver, vp.EndToken, sentenceEnd, date) is { } part)
                        implied = implied with { Code = ActorCode.Country(implied.Code) + part };
                    trace?.Add(s, "target", p.Text, $"implied by the act: {implied.Code}");
                    tgt = [implied];
                    // "Thousands of Israelis rallied": the country's people protest against their government.
                    if (src[0].Code.Length == 3 && IsPeopleOfCountry(doc, src[0])) src = [src[0] with { Code = src[0].Code + "CVL", Basis = "a country's people: " + src[0].Basis }];
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && !(reciprocal && IsCooperative(p.Code)) && OwnerOfNamedNoun(doc, resolver, p, vp.EndToken, sentenceEnd, src, date) is { Count: > 0 } owners)
                {
                    trace?.Add(s, "target", p.Text, $"the owner of what the pattern names: {owners[0].Code}");
                    tgt = owners;
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && p.Code.StartsWith("12", StringComparison.Ordinal) && objectPhrase >= 0
                    && RejectedFor(doc, resolver, objectPhrase, sentenceEnd, src, date) is { Count: > 0 } rejected)
                {
                    trace?.Add(s, "target", p.Text, $"whom the rejected thing is for or from: {rejected[0].Code}");
                    tgt = rejected;
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && AimedAt(doc, resolver, vp.EndToken, sentenceEnd, src, date, against: p.Code.StartsWith("15", StringComparison.Ordinal)) is { Count: > 0 } aimed)
                {
                    // "held drills in a show of force aimed at the United States"; force posture "against insurgents".
                    trace?.Add(s, "target", p.Text, $"aimed at: {aimed[0].Code}");
                    tgt = aimed;
                }
                // "KAMPALA - Kenya's foreign minister arrived on Tuesday for a three-day visit": a visit that names no place
                // is to the dateline's country.
                if (tgt.Count == 0 && src.Count > 0 && !passive && p.Code.StartsWith("042", StringComparison.Ordinal) && doc.FirstSentenceIndex == 0
                    && resolver.ClausePlaceCountry(head) is null && DatelineCountry(doc, info) is { } visited && ActorCode.Country(src[0].Code) != visited)
                {
                    trace?.Add(s, "target", p.Text, $"a visit to no place named: the dateline's country {visited}");
                    tgt = [new ResolvedActor(visited + "GOV", vp.FirstToken, vp.EndToken, null, "implied: the dateline's country, where the visitor arrived")];
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && WhatItCalled(doc, resolver, vp.EndToken, sentenceEnd, src, date) is { Count: > 0 } called)
                {
                    // "condemned what it called American pressure": the actor in the name the source gives.
                    trace?.Add(s, "target", p.Text, $"in what the source calls it: {called[0].Code}");
                    tgt = called;
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && _options.Coreference && p.Code.StartsWith("15", StringComparison.Ordinal)
                    && ProvokedBy(doc, resolver, vp.EndToken, sentenceEnd, src, date) is { Count: > 0 } provokers)
                {
                    // "Poland put its air force on alert after Russian strikes on Ukraine": posture in answer to their act.
                    trace?.Add(s, "target", p.Text, $"in answer to the act of: {provokers[0].Code}");
                    tgt = provokers;
                }
                // "Ethiopian troops pulled out of several bases in Somalia's Gedo region", "withdrew from a camp after days
                // of attacks by JNIM": a withdrawal is from what it answers, else from the foreign country it leaves.
                if (tgt.Count == 0 && src.Count == 1 && !passive && IsWithdrawal(p.Code)
                    && (PostureTarget(doc, resolver, vp.EndToken, sentenceEnd, src[0], date)
                        ?? ForeignPlace(doc, resolver, vp.EndToken, ActEnd(doc.Tokens, vp.EndToken, sentenceEnd), ActorCode.Country(src[0].Code), date, "the foreign place left")) is { } leftFrom)
                {
                    trace?.Add(s, "target", p.Text, $"withdrawn from: {leftFrom.Code}");
                    tgt = [leftFrom];
                }
                // "an inquiry into abuses against civilians by Ethiopian forces": the doer investigated, not the victims.
                // So is "war crimes committed by both the army and armed groups in Burkina Faso": the doers, not the country.
                if (tgt.Count > 0 && src.Count > 0 && !passive && p.Code.StartsWith("09", StringComparison.Ordinal)
                    && (m.TargetToken < 0 || tgt.TrueForAll(t => t.Code.Length == 3))
                    && InvestigatedDoers(doc, resolver, vp.EndToken, sentenceEnd, src, date) is { Count: > 0 } doersInvestigated)
                {
                    trace?.Add(s, "target", p.Text, $"the doer of the act investigated: {string.Join(", ", doersInvestigated.Select(d => d.Code))}");
                    tgt = doersInvestigated;
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && p.Code.StartsWith("09", StringComparison.Ordinal)
                    && (InvestigatedActor(doc, resolver, vp.EndToken, sentenceEnd, src, date) is { } investigated ? [investigated]
                        : InvestigatedPlace(doc, s, resolver, vp.EndToken, sentenceEnd, date, src[0])) is { Count: > 0 } into)
                {
                    // "opened an investigation into the killing of a journalist in Karachi", "a probe into imports from China".
                    trace?.Add(s, "target", p.Text, $"what the investigation is into: {into[0].Code}");
                    tgt = into;
                }
                if (tgt.Count == 0 && src.Count > 0 && (!passive || ownPosture) && _options.Coreference && (p.Code.StartsWith("15", StringComparison.Ordinal) || p.Code.StartsWith("19", StringComparison.Ordinal))
                    && AcrossTheBorder(doc, resolver, vp.EndToken, sentenceEnd, src, date) is { Count: > 0 } neighbours)
                {
                    // "massed troops near its border with Finland", "shelled positions along the frontier with Pakistan".
                    trace?.Add(s, "target", p.Text, $"across the border: {neighbours[0].Code}");
                    tgt = neighbours;
                }
                if (tgt.Count == 0 && src.Count == 1 && _options.DomesticTargets && p.Code.StartsWith("08", StringComparison.Ordinal)
                    && YieldedTo(doc, resolver, vp.EndToken, sentenceEnd, src[0], date) is { } pressers)
                {
                    trace?.Add(s, "target", p.Text, $"yields to those it follows: {pressers.Code}");
                    tgt = [pressers];
                }
                // A symbolic act abroad ("laid a wreath at a monument in Warsaw") is a gesture to the host country.
                if (tgt.Count == 0 && src.Count > 0 && !passive && !reciprocal && _options.Coreference && (IsMaterial(p.Code) || p.Code.StartsWith("017", StringComparison.Ordinal)) && PlaceTarget(doc, resolver, objectPhrase, verbPhrase, src[0], date, p.Code) is { } where)
                {
                    trace?.Add(s, "target", p.Text, $"the act happens in another country: {where.Code}");
                    tgt = [ArmedGroupThere(doc, resolver, p.Code, vp.EndToken, sentenceEnd, where, date) ?? where];
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && _options.Coreference && MeetingParties(doc, doc.FirstSentenceIndex + s, objectPhrase, src[0], events, actors) is { Count: > 0 } parties)
                {
                    trace?.Add(s, "target", p.Text, $"the meeting refers to an earlier one: its parties {string.Join(", ", parties.Select(x => x.Code))}");
                    tgt = parties;
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && _options.Coreference && EarlierEventActor(doc, doc.FirstSentenceIndex + s, objectPhrase >= 0 && IsEventNounPhrase(doc, objectPhrase) ? objectPhrase : TopicPhrase(doc, resolver, vp.EndToken), src[0], events, actors, resolver.UntargetedActs, anyRefers: false) is { } earlier)
                {
                    trace?.Add(s, "target", p.Text, $"the object refers to an earlier event: its actor {earlier.Code}");
                    tgt = [earlier];
                }
                if (tgt.Count == 0 && src.Count > 0 && !passive && _options.Coreference && clauseTargets is not null
                    && ConjunctTargets(doc, c, firstClause, clauseTargets, p.Code) is { Count: > 0 } shared)
                {
                    // "spoke by phone with Abiy and urged dialogue", "called on both countries to exercise restraint and
                    // offered to mediate": a coordinated act with nobody named is done to whom the first conjunct named.
                    trace?.Add(s, "target", p.Text, $"shares the target of the act it is coordinated with: {shared[0].Code}");
                    tgt = shared;
                }
                if (tgt.Count == 0 && src.Count == 1 && !passive && _options.Coreference && !p.HasTargetSlot && IsResponse(p.Code, lemma)
                    && !(objectPhrase >= 0 && s_eventNouns.ContainsKey(doc.Tokens[doc.PhraseRef(objectPhrase).Head].Lemma)) // "rejected the request" names what it answers
                    // "rejected any attempt to disarm it" is generic; "denied any involvement" still answers the accuser.
                    && !(objectPhrase >= 0 && doc.Tokens[doc.PhraseRef(objectPhrase).FirstToken].Norm == "any" && p.Code.StartsWith("12", StringComparison.Ordinal))
                    // "accused local informants of tipping off the kidnappers": the accused are named, if by no actor.
                    && !(objectPhrase >= 0 && lemma is "accuse" or "blame" && doc.PhraseRef(objectPhrase).EndToken < sentenceEnd
                        && doc.Tokens[doc.PhraseRef(objectPhrase).EndToken].Norm is "of" or "for")
                    && ((participle ? null : HostileActOnIn(found, src[0])) ?? RespondedActor(doc.FirstSentenceIndex + s, p.Code, src[0], events, actors)) is { } accuser)
                {
                    trace?.Add(s, "target", p.Text, $"a reply to the latest act on {src[0].Code}: by {accuser.Code}");
                    tgt = [accuser];
                }
                // "Eritrea denied that its troops had crossed into Ethiopia's Tigray region": a denial answers the one
                // other country its denied content names.
                if (tgt.Count == 0 && src.Count == 1 && !passive && p.Code.StartsWith("016", StringComparison.Ordinal) && ForeignCountryIn(doc, resolver, c, firstClause, endClause, src[0]) is { } about)
                {
                    trace?.Add(s, "target", p.Text, $"the other country the denied content names: {about.Code}");
                    tgt = [about];
                }
                // "Opposition parties demanded reforms from Cameroon's government", "Serbia's president was accused by
                // opposition parties": its own opposition.
                // "Police said 14 protesters had been detained", "the army said 40 militants were killed": with no agent
                // named, the force that reports its own act did it. A government reports its own restrictions ("a curfew was
                // imposed on the capital, the government announced"), but the people it says were detained may be its own abroad.
                if (src.Count == 0 && passive && agentPhrase < 0 && tgt.Count > 0 && reporterSubject >= 0 && p.Code.Length >= 2
                    && resolver.Resolve(reporterSubject, date) is [var reporter] && ActorCode.Role(reporter.Code) is { } reporterRole
                    && (p.Code.AsSpan(0, 2) is "17" && (reporterRole is "COP" or "MIL" or "JUD" || reporterRole == "GOV" && p.Code.StartsWith("172", StringComparison.Ordinal))
                        || p.Code.AsSpan(0, 2) is "18" or "19" && reporterRole is "COP" or "MIL" && tgt.TrueForAll(t => ActorCode.Role(t.Code) is "REB" or "UAF" or "SEP" or "CRM")))
                {
                    trace?.Add(s, "source", p.Text, $"no agent named: the force reporting it, {reporter.Code}");
                    src = [reporter];
                }
                int doerPhrase = passive ? agentPhrase : ownSubject ? subjectPhrase : -1;
                if (src.Count == 0 && tgt.Count == 1 && _options.DomesticTargets && doerPhrase >= 0
                    // "insurgents attacked a Mozambican army post": rebels fighting a state's forces are that state's.
                    && tgt[0].Code.Length == 6 && (tgt[0].Code.AsSpan(3) is "GOV" or "COP" or "JUD" or "LEG" || tgt[0].Code.AsSpan(3) is "MIL" && IsViolent(p.Code))
                    && ActorCode.Country(tgt[0].Code) is { } ruled
                    // "rallied outside the Russian embassy": a country's mission abroad is not where its own people protest.
                    && doc.Tokens[tgt[0].EndToken - 1].Lemma is not ("embassy" or "consulate")
                    && resolver.AgentsIn(doerPhrase, date, ruled) is { } subjectsOf && PopularCountry(subjectsOf) == ruled)
                {
                    trace?.Add(s, "source", p.Text, $"agents without a country addressing {tgt[0].Code}: {subjectsOf.Code}");
                    src = [subjectsOf];
                }
                // "Russia and Ukraine exchanged prisoners under a deal brokered by Turkey": a mediator with no party named
                // mediates between the actors of its sentence's own event.
                if (tgt.Count == 0 && src.Count == 1 && p.Code.StartsWith("045", StringComparison.Ordinal) && PartiesCodedBefore(found, src[0]) is { Count: >= 2 } sides)
                {
                    trace?.Add(s, "target", p.Text, $"mediates between the parties of the sentence's event: {string.Join(", ", sides.Select(x => x.Code))}");
                    tgt = sides;
                }
                return (src, tgt);
            }

            string code = chosen.Code;
            string? rule = null;
            if (whenBomb is not null && code.Length >= 2 && code.AsSpan(0, 2) is "18" or "19")
            {
                trace?.Add(s, "rule", chosen.Text, $"the harm was done by a bomb: bombing ({whenBomb})");
                (code, rule) = (whenBomb, "bombing");
            }
            string parentLemma = cl.Parent >= 0 ? tok[doc.PhraseRef(doc.ClauseRef(cl.Parent).Verb).Head].Lemma : "";
            // "vowed to keep fighting the RSF": an aspect verb passes the vow (or threat) on to the act it continues.
            bool throughAspect = false;
            if (cl.Kind is ClauseKind.Infinitive or ClauseKind.Participial && cl.Parent >= 0 && parentLemma is "keep" or "continue" or "resume" or "start" or "begin")
            {
                if (doc.ClauseRef(cl.Parent) is { Kind: ClauseKind.Infinitive, Parent: >= 0 } aspect)
                {
                    parentLemma = tok[doc.PhraseRef(doc.ClauseRef(aspect.Parent).Verb).Head].Lemma;
                    throughAspect = true;
                }
                // "said Israel would keep striking Hezbollah targets", "would continue to supply Mali with weapons": so
                // does a future aspect verb.
                else if (IsFuture(doc, doc.ClauseRef(cl.Parent).Verb) || IsReportedWould(doc, ref doc.ClauseRef(cl.Parent)))
                    future = true;
            }
            if (_options.IntentRules)
            {
                if ((cl.Kind == ClauseKind.Infinitive || throughAspect) && cl.Parent >= 0)
                {
                    string readiness = ReadinessWordBefore(doc, vp.FirstToken);
                    if (IsThreatVerb(parentLemma)) { code = _dicts.Codebook.ThreatFor(code); rule = "threat: " + parentLemma + " to"; }
                    else if (IsIntentVerb(parentLemma)) { code = _dicts.Codebook.IntentFor(code) ?? code; rule = "intent: " + parentLemma + " to"; }
                    else if (readiness.Length > 0) { code = _dicts.Codebook.IntentFor(code) ?? code; rule = "intent: " + readiness + " to"; }
                    else if (future) { code = _dicts.Codebook.IntentFor(code) ?? code; rule = "intent: future"; }
                }
                else if (future) { code = _dicts.Codebook.IntentFor(code) ?? code; rule = "intent: future"; }
            }
            // "would pull out of the talks unless Israel halted its strikes", "will halt cooperation with the IAEA if the board
            // adopts the resolution": a hostile act promised on another side's condition is a threat to that side.
            if (_options.IntentRules && future && cl.Kind != ClauseKind.Infinitive && chosen.Code.Length >= 2 && chosen.Code.AsSpan(0, 2) is "12" or "15" or "16" or "17" or "18" or "19" or "20"
                && ConditionActors(doc, resolver, c, firstClause, endClause, date) is { Count: > 0 } conditionedOn && !SharesCountry(conditionedOn, sources))
            {
                code = _dicts.Codebook.ThreatFor(chosen.Code);
                rule = "threat: conditional";
                if (targets.Count == 0) targets = conditionedOn;
            }
            // "Berlin was considering sending air defence systems to Lithuania": an act under consideration is CAMEO's
            // "consider policy option" (014), not the act.
            if (_options.IntentRules && cl.Kind is ClauseKind.Infinitive or ClauseKind.Participial && cl.Parent >= 0
                && parentLemma is "consider" or "weigh" or "mull" or "contemplate" or "explore" && !code.StartsWith("01", StringComparison.Ordinal))
            {
                code = "014";
                rule = "considered: " + parentLemma;
            }
            // "A roadside bomb ... killed seven soldiers": what a bomb does is a bombing (183), not a battle.
            if (cl.Subject >= 0 && doc.PhraseRef(cl.Subject).Head >= 0 && tok[doc.PhraseRef(cl.Subject).Head].Lemma is "bomb" or "explosive" or "ied" or "device"
                && (cl.Flags & ClauseFlags.Passive) == 0 && code.Length >= 2 && code[..2] is "18" or "19" && !code.StartsWith("183", StringComparison.Ordinal))
            {
                code = "183";
                rule = "bombing: done by a bomb";
            }
            bool negated = (cl.Flags & ClauseFlags.Negated) != 0 && !PatternHasNegation(chosen);
            if (negated && cl.Kind == ClauseKind.Infinitive) negated = false;
            if (cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0 && (doc.ClauseRef(cl.Parent).Flags & ClauseFlags.Negated) != 0 && !PatternHasNegation(chosen)) negated = true;
            // "the government would not give in to pressure", "will not release them", "cannot accept the plan": a stated refusal.
            if (negated && (future || IsInability(doc, cl.Verb)) && _options.IntentRules && cl.Kind != ClauseKind.Infinitive && _dicts.Codebook.RefusalFor(chosen.Code) is { } willNot)
            {
                code = willNot;
                rule = future ? "refusal: will not" : "refusal: cannot";
                negated = false;
            }
            // "refused to extradite", "failed to reach": the complement did not happen.
            // "denied arming the Houthis", "avoided naming Russia": the gerund did not happen either.
            // "ruled out easing sanctions": so is what is ruled out.
            if (cl.Kind is ClauseKind.Infinitive or ClauseKind.Participial && cl.Parent >= 0 && (IsRefusalVerb(parentLemma) || parentLemma == "rule" && RuledOut(doc, cl.Parent)))
            {
                // "refused to lift the ban": CAMEO codes the refusal itself where it has a code for it (12x).
                if (_options.IntentRules && cl.Kind == ClauseKind.Infinitive && parentLemma is "refuse" or "decline" or "reject" && !negated
                    && _dicts.Codebook.RefusalFor(code) is { } refusal)
                {
                    code = refusal;
                    rule = "refusal: " + parentLemma + " to";
                }
                else negated = true;
            }

            // "said it had no plans to free the two nationals", "has no intention to withdraw": a stated refusal too.
            if (_options.IntentRules && cl.Kind == ClauseKind.Infinitive && !negated && vp.FirstToken >= 2 && tok[vp.FirstToken].Norm == "to"
                && tok[vp.FirstToken - 1].Lemma is "plan" or "intention" or "desire" && tok[vp.FirstToken - 2].Norm == "no")
            {
                if (_dicts.Codebook.RefusalFor(code) is { } refusal)
                {
                    code = refusal;
                    rule = "refusal: no plans to";
                }
                else negated = true;
            }

            // "Iran denied that it had supplied drones", "rejected claims that its police attacked": denied content.
            if (cl.Kind == ClauseKind.Complement && cl.Parent >= 0 && IsDenialVerb(parentLemma)) negated = true;

            // "Katz warned that Israel would strike Beirut": a threat or intent stated for a country by its own official
            // is the official's.
            // So is one stated for the speaker's own forces: "Kim warned that his army would strike South Korea".
            if (cl.Kind == ClauseKind.Complement && cl.Parent >= 0 && code.Length >= 2 && code.AsSpan(0, 2) is "13" or "03" && sources.Count == 1
                && (sources[0].Code.Length == 3 || cl.Subject >= 0 && tok[doc.PhraseRef(cl.Subject).FirstToken].Norm is "his" or "her" or "its" or "our")
                && doc.ClauseRef(cl.Parent).Subject is int speakerPhrase and >= 0
                && resolver.Resolve(speakerPhrase, date) is [var speaker] && speaker.Code.Length > 3 && speaker.Code != sources[0].Code
                && ActorCode.Country(speaker.Code) == ActorCode.Country(sources[0].Code))
            {
                trace?.Add(s, "source", chosen.Text, $"stated for {sources[0].Code} by its own {speaker.Code}");
                sources = [speaker];
            }
            // "Both leaders pledged to coordinate with the United States": the infinitive names the other party.
            if (targets.Count == 0 && reciprocal && InfinitiveNamesAnother(doc, c, sd.FirstClause, sd.EndClause, resolver, sources))
            {
                trace?.Add(s, "clause", verbText, "reciprocal subject, but its infinitive names another party: coded there");
                continue;
            }
            // "deployed 5,000 police officers ahead of a march": police put out before a protest face the protesters (ForcesPostured).
            if (code is "151" or "153" && sources.Count > 0 && !negated && ActorCode.Country(sources[0].Code) is { Length: 3 } policeHome
                && OnlyOwnState(targets, policeHome) && ProtestFaced(doc, resolver, date, policeHome, vp.EndToken, sentenceEnd) is { } protesters)
            {
                trace?.Add(s, "target", chosen.Text, $"police put out before a protest face the protesters: {protesters.Code}");
                targets = [protesters];
            }
            // "told visiting French Foreign Minister Barrot": "visiting" before a name is the name's, who visits the host.
            if (lemma == "visit" && cl.Kind == ClauseKind.Participial && (cl.Flags & ClauseFlags.InheritedSubject) != 0 && vp.FirstToken == head
                && head > sd.FirstToken && (tok[head - 1].Tag.IsVerb() || tok[head - 1].Tag == PosTag.DT) && targets.Count > 0 && sources.Count > 0)
            {
                trace?.Add(s, "clause", verbText, "'visiting' before a name: the named visit the host");
                (sources, targets) = (targets, sources);
            }
            // "Both sides vowed to ..." with no target: each side towards the other.
            // Not acts that go out to a third party: "Niger and Mali pledged to send reinforcements" (force posture,
            // aid, anything sent or provided) are not sent to each other.
            if (targets.Count == 0 && reciprocal && IsReciprocalAct(code, strikesAThing, accord, eachOther) && !GoesToThirdParty(chosen))
            {
                Add(found, sources[0], sources[1], code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
                // "Israel and Hamas exchanged fire", "Iran and Oman held talks", "signed a pact", "held joint drills": a joint
                // act is one event, the first named acting (unless MutualConsultations); a commitment each side makes ("both
                // sides vowed") is each one's.
                if (_options.MutualConsultations || eachOtherObject || !IsJointAct(code)) Add(found, sources[1], sources[0], code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
            }
            else
            {
                foreach (var src in sources)
                {
                    if (targets.Count == 0)
                    {
                        if (!_options.RequireTarget) Add(found, src, null, code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
                        else
                        {
                            if (!negated) resolver.UntargetedActs.Add((doc.FirstSentenceIndex + s, code[..2], src.Code));
                            // "The Revolutionary Guards staged naval drills": a show of force facing nobody named is
                            // still one, coded with its source alone, as GDELT leaves Actor2 empty.
                            // Not a participle describing its noun ("Rwandan troops deployed in the province said ...").
                            if (_options.UntargetedForcePosture && !negated && code.StartsWith("15", StringComparison.Ordinal)
                                && !(cl.Kind == ClauseKind.Participial && (cl.Flags & ClauseFlags.Passive) != 0 && cl.Subject >= 0
                                     && doc.PhraseRef(cl.Subject).EndToken == vp.FirstToken))
                            {
                                trace?.Add(s, "clause", verbText, $"force posture facing nobody named: coded for {src.Code} alone");
                                Add(found, src, null, code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
                            }
                            else trace?.Add(s, "clause", verbText, $"pattern matched but no target actor for {src.Code}");
                        }
                    }
                    foreach (var tgt in targets)
                    {
                        // "South Korea, Japan and the US will hold drills over the Korean Peninsula": not at one of themselves.
                        // (PETRARCH's '%' codes a compound among its members on purpose: there the two lists are one.)
                        if (sources.Count >= 2 && !ReferenceEquals(sources, targets) && IsCoSubject(sources, src, tgt)) continue;
                        // "received more than 4,000 Mexicans deported from the US": people taken in are not hosted on a visit.
                        if (code == "043" && lemma == "receive" && tgt.Code.Length > 3 && tgt.Code.AsSpan(3) is "CVL" or "REF")
                        {
                            trace?.Add(s, "clause", verbText, $"civilians received ({tgt.Code}) are not hosted on a visit");
                            continue;
                        }
                        // "Gunmen killed 70 villagers, burning homes": damage done on the way is part of the violence it follows.
                        if (PartOfViolenceBefore(doc, ref cl, clauseTargets, code, tgt) is { } struck)
                        {
                            trace?.Add(s, "clause", verbText, $"part of the violence before it against {tgt.Code}");
                            // "struck a car near Nabatieh, killing two Hezbollah members": the victims say whom a strike
                            // on a place hit; "set off a roadside bomb near Garissa, killing four soldiers": and whom a
                            // bombing whose civilians were only implied hit.
                            if ((struck.Code.Length == 3 || struck.Basis.StartsWith("implied:", StringComparison.Ordinal) && ActorCode.Role(struck.Code) == "CVL") && tgt.Code.Length > 3)
                                foreach (var f in found)
                                    if (f.Source.Code == src.Code && f.Target?.Code == struck.Code && !SameActor(src.Code, tgt.Code)) f.Target = tgt;
                            continue;
                        }
                        if (IsCommandToOwnForces(lemma, code, src, tgt))
                        {
                            trace?.Add(s, "clause", verbText, $"a command to its own forces ({src.Code} to {tgt.Code}) is no demand between actors");
                            continue;
                        }
                        // "captured the village of Novopavlivka in Ukraine's east": land taken is the country's, not its villagers'.
                        bool landTaken = code.StartsWith("192", StringComparison.Ordinal) && tgt.Code.Length == 6 && tgt.Code.EndsWith("CVL", StringComparison.Ordinal)
                            && tgt.Entry is null && tgt.EndToken > 0 && doc.Tokens[tgt.EndToken - 1].Lemma is "village" or "home" or "house";
                        Add(found, src, landTaken ? tgt with { Code = tgt.Code[..3] } : tgt, code, chosen, rule, negated, vp.FirstToken, vp.EndToken);
                        // A meeting or negotiation has two parties, each consulting the other (a phone call is told
                        // from the caller's side: most independent coders code it one way).
                        if (_options.MutualConsultations && code is "040" or "044" or "046")
                            Add(found, tgt, src, code, chosen, rule is null ? "mutual consultation" : rule + "; mutual consultation", negated, vp.FirstToken, vp.EndToken);
                        // "Egypt hosted a Hamas delegation", "received the prime minister": a guest named in the
                        // clause, from abroad, made the visit (not the parties of a meeting referred back to).
                        else if (_options.MutualConsultations && code == "043" && rule is null && !negated && !tgt.Basis.StartsWith("earlier", StringComparison.Ordinal)
                            && !tgt.Basis.StartsWith("coreference", StringComparison.Ordinal)
                            && ActorCode.Country(tgt.Code) is { } guest && guest != ActorCode.Country(src.Code))
                            Add(found, tgt, src, "042", chosen, "the host's guest made the visit", negated, vp.FirstToken, vp.EndToken);
                    }
                }
                if (sources.Count == 0) trace?.Add(s, "clause", verbText, "pattern matched but no source actor");
                // "A bomb planted at a station killed 14 people, in an attack claimed by X": violence whose doer the
                // sentence names only by attribution (AttributedViolence).
                // "was prepared to mediate and urged Egypt and Ethiopia to return to talks": mediation whose parties the
                // sentence names elsewhere (MediationParties).
                if (sources.Count > 0 && targets.Count == 0 && !negated && code is "039" or "045")
                    (partyless ??= []).Add((code, sources, chosen, vp.FirstToken, vp.EndToken));
                if (sources.Count == 0 && !negated && !passive && code.Length >= 2 && code.AsSpan(0, 2) is "18" or "19" or "20")
                {
                    // "A car bomb exploded outside a police station in Quetta, killing six policemen": people of no named
                    // country are those of the sentence's place.
                    if (targets.Count == 0 && objects.Count == 0 && objectPhrase >= 0
                        && Setting.EventSetting.Default.PlaceCountry(doc, sd.FirstToken, sd.EndToken, locativeOnly: true) is { Length: 3 } placed
                        && resolver.AgentsIn(objectPhrase, date, placed) is { } placedPeople)
                        objects = [placedPeople];
                    if (targets.Count > 0 || objects.Count > 0) (doerless ??= []).Add((c, code, targets.Count > 0 ? targets : objects, chosen, vp.FirstToken, vp.EndToken));
                }
            }
            if (sources.Count > 0 && (targets.Count > 0 || !_options.RequireTarget || reciprocal))
            {
                if (targets.Count > 0 && !negated) (clauseTargets ??= [])[c] = (targets, code);
                codedClauses.Add(c);
                codedSpans.Add((vp.FirstToken, Math.Max(cl.EndToken, vp.EndToken)));
            }
            resolver.Remember(sources, targets);
        }

        if (warnings is not null)
            foreach (var w in warnings) WarnedThat(doc, s, w.Clause, w.Speakers, w.Addressed, w.VerbFirst, w.VerbEnd, resolver, date, codedClauses, found, trace);
        if (statements is not null)
            foreach (var w in statements) WarnedThat(doc, s, w.Clause, w.Speakers, w.Addressed, w.VerbFirst, w.VerbEnd, resolver, date, codedClauses, found, trace, stated: true);
        if (shipments is not null)
            foreach (var sh in shipments) Shipment(doc, s, sh.Clause, sh.Speakers, sh.VerbFirst, sh.VerbEnd, resolver, date, codedClauses, found, trace);
        if (promises is not null)
            foreach (var p in promises) PromisedThat(doc, s, p.Clause, p.Speakers, p.Addressed, p.VerbFirst, p.VerbEnd, resolver, date, codedClauses, found, trace);
        CodeNominalEvents(doc, s, resolver, date, found, codedSpans, trace);
        AttributedViolence(doc, s, resolver, date, found, doerless, trace);
        WhereArmedGroupsFight(s, resolver, found, trace);
        BombingHarm(s, found, trace);
        if (partyless is not null) MediationParties(s, found, partyless, trace);
        CrowdViolence(doc, s, found, trace);
        ArmsHandedInAndCaptivesFreed(s, found, trace);
        MediatedTalksHeld(s, found, trace);
        NonStateBombing(doc, s, found, trace);
        AerialStrikes(doc, s, found, trace);
        if (_options.StatesActThroughGovernments) ForcesInCombat(doc, s, found, trace);
        if (_options.PlaceCountry) TransnationalGroupsWhereTheyAct(s, resolver, found, trace);
        NonStateAssault(s, found, trace);
        AttacksOnOfficeHolders(doc, s, found, trace);
        MassViolence(doc, s, found, trace);
        RecodeByActors(s, found, trace);
        AcrossSides(s, found, trace);
        DiscussedByPhone(doc, s, found, trace);
        ProtestAims(s, found, trace);
        PoliceRepression(doc, s, found, trace);
        ForcesPostured(doc, s, resolver, date, found, _options.UntargetedForcePosture && _options.RequireTarget, trace);
        UntargetedPosture(s, found, trace);
        AidReachesTheCountry(s, found, trace);
        GesturesReachTheCountry(s, found, trace);
        MissionsExpelled(doc, s, found, trace);
        if (_options.Coreference) ReleaseDemandedOfTheHolder(doc.FirstSentenceIndex + s, s, found, events, actors, trace);
        if (_options.StatesActThroughGovernments) StatesActThroughGovernments(doc, s, found, trace);
        if (_options.StatesAddressedThroughGovernments) StatesAddressedThroughGovernments(doc, s, found, trace);
        Emit(doc, s, info, date, found, events, actors, trace);
    }

    // "Rioters attacked police stations", "protesters set fire to parliament": violence by a protesting crowd is
    // CAMEO's violent protest (145), not an armed assault, military force or state seizure of property.
    private static void CrowdViolence(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (!(f.Code.StartsWith("18", StringComparison.Ordinal) || f.Code.StartsWith("19", StringComparison.Ordinal) || f.Code.StartsWith("171", StringComparison.Ordinal))
                || !IsProtestCrowd(doc, f.Source)) continue;
            // "A mob beat a man to death", "beat three migrants": a crowd's physical assault on civilians (migrants,
            // students, journalists ...) is the assault (a lynching), no protest.
            if (f.Code.StartsWith("182", StringComparison.Ordinal) && f.Target is { } victim
                && ActorCode.Role(victim.Code) is "CVL" or "REF" or "EDU" or "AGR" or "REL" or "MED" or "LAB") continue;
            Recode(found, ref i, "145", "violent protest", "done by a protesting crowd: violent protest (145)", s, trace);
        }
    }

    // "The PKK handed over rifles to a Turkish and Iraqi team": weapons an armed group gives up at home are its
    // demobilisation (0873), not military aid. "Troops clashed with the kidnappers, freeing nine pupils": captives the
    // fighting force takes back are rescued, not released by it (084 is for those who held them).
    private static void ArmsHandedInAndCaptivesFreed(int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Code == "072" && ActorCode.Role(f.Source.Code) is { } armed && IsArmedGroupRole(armed) && f.Target is { } t
                && ActorCode.Country(t.Code) == ActorCode.Country(f.Source.Code))
                Recode(found, ref i, "0873", "arms handed in", "weapons an armed group hands over at home: demobilisation (0873)", s, trace);
            else if (f.Code.StartsWith("084", StringComparison.Ordinal) && ActorCode.Role(f.Source.Code) is "MIL" or "COP" && FoughtBy(found, f.Source.Code))
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", "captives freed by the force that fought their captors: a rescue, not a release");
                found.RemoveAt(i--);
            }
        }
    }

    private static bool FoughtBy(List<Candidate> found, string source)
    {
        foreach (var g in found)
            if (g.Source.Code == source && (g.Code.StartsWith("18", StringComparison.Ordinal) || g.Code.StartsWith("19", StringComparison.Ordinal))) return true;
        return false;
    }

    // "Turkish officials mediated talks between Pakistani and Afghan delegations": the two sides mediated between also
    // held the talks, coded once (the first named acting) through the noun pattern "talks between $ and +".
    private void MediatedTalksHeld(int s, List<Candidate> found, ExplainTrace? trace)
    {
        int n = found.Count;
        for (int i = 0; i < n; i++)
        {
            var f = found[i];
            // Only mediated talks: one can mediate between two sides who never meet.
            if (f.Code != "045" || f.Negated || f.Target is not { } a || !f.Pattern.Text.StartsWith("mediate &talks between ", StringComparison.Ordinal)) continue;
            for (int j = i + 1; j < n; j++)
            {
                var g = found[j];
                if (g.Pattern.Text != f.Pattern.Text || g.Source.Code != f.Source.Code || g.Target is not { } b || b.Code == a.Code) continue;
                var talks = Array.Find(_dicts.Patterns.ForNoun("talk"), static p => p.Text == "n: talks between $ and +");
                if (talks is null) return;
                var (first, second) = a.StartToken <= b.StartToken ? (a, b) : (b, a);
                trace?.Add(s, "rule", $"{first.Code} {talks.Code} {second.Code}", "the sides a mediation was between held the talks");
                Add(found, first, second, talks.Code, talks, "talks mediated between them", false, f.VerbFirst, f.VerbEnd);
                return;
            }
        }
    }

    // Gives candidate i another code with the rule that did it, or drops it when its dyad already has that code.
    private static void Recode(List<Candidate> found, ref int i, string code, string rule, string why, int s, ExplainTrace? trace)
    {
        var f = found[i];
        trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", why);
        if (HasCandidate(found, f, code, f.Source.Code, f.Target?.Code)) { found.RemoveAt(i--); return; }
        f.Code = code;
        f.Rule = f.Rule is null ? rule : f.Rule + "; " + rule;
    }

    // "A suicide bomber blew himself up at a tea shop, killing nine people, in an attack claimed by al-Shabaab", "a
    // car bomb exploded near a base, killing six; authorities blamed FARC dissidents": violence by an unidentified or
    // unnamed doer is done by whom the sentence attributes it to (claimed by, blamed on, attributed to, carried out by,
    // "authorities blamed X"; "X claimed responsibility" names the doer of unidentified attackers only). A bomb doing
    // the harm makes it a bombing (1831-1834); BombingHarm then drops the killing it caused.
    private void AttributedViolence(Document doc, int s, ActorResolver resolver, DateOnly? date, List<Candidate> found,
        List<(int Clause, string Code, List<ResolvedActor> Targets, VerbPattern Pattern, int VerbFirst, int VerbEnd)>? doerless, ExplainTrace? trace)
    {
        bool unknownDoer = false;
        foreach (var f in found) unknownDoer |= IsViolentRoot(f.Code) && !f.Negated && ActorCode.Role(f.Source.Code) == "UAF";
        if (!unknownDoer && doerless is null) return;
        if (AttributedDoer(doc, s, resolver, date) is not { } doer) return;
        foreach (var f in found)
        {
            if (!IsViolentRoot(f.Code) || f.Negated || ActorCode.Role(f.Source.Code) != "UAF") continue;
            var by = WithCountry(doer, ActorCode.Country(f.Source.Code) ?? (f.Target is { } t0 ? ActorCode.Country(t0.Code) : null));
            if (by is null || f.Target is { } t1 && SameActor(by.Code, t1.Code)) continue;
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", $"done by whom the sentence attributes it to: {by.Code}");
            f.Source = by;
        }
        // "X claimed responsibility for an ambush that killed 14 soldiers" is told as the claim (015); its attack is background.
        if (doerless is not null && !doer.Claimed)
            foreach (var (clause, code, targets, pattern, vFirst, vEnd) in doerless)
            {
                ref var cl = ref doc.ClauseRef(clause);
                string kind = cl.Subject >= 0 && BombKind(doc, cl.Subject) is { } bomb ? bomb : code;
                foreach (var t in targets)
                {
                    if (WithCountry(doer, ActorCode.Country(t.Code)) is not { } by || SameActor(by.Code, t.Code)) continue;
                    trace?.Add(s, "rule", $"- {code} {t.Code}", $"done by whom the sentence attributes it to: {by.Code}" + (kind != code ? $"; a bomb did it: {kind}" : ""));
                    Add(found, by, t, kind, pattern, "attributed doer", false, vFirst, vEnd);
                }
            }
    }

    // "Islamic State militants attacked a church in Damascus": a transnational armed group's violence is coded under the
    // country where it fights, the place the clause names (CAMEO codes rebels by the state they fight).
    private static void WhereArmedGroupsFight(int s, ActorResolver resolver, List<Candidate> found, ExplainTrace? trace)
    {
        foreach (var f in found)
        {
            if (!IsViolentRoot(f.Code) || f.Negated || f.Source.Entry is not { Kind: ActorKind.Group } || f.Source.Code.Length < 6
                || f.Source.Code.AsSpan(3, 3) is not ("REB" or "SEP")) continue;
            // Only groups the dictionaries place in no one country ("IMGREBISS", a region's): a national group keeps its
            // country abroad, as most coders keep al-Shabaab Somali in Kenya.
            string home = f.Source.Code[..3];
            if (home != "IMG" && !ActorCode.IsRegion(home)) continue;
            // Where the clause names no place, civilians or officials struck are at home.
            string? place = resolver.ClausePlaceCountry(f.VerbFirst)
                ?? (f.Target is { } at && ActorCode.Role(at.Code) is "CVL" or "COP" or "GOV" or "REL" or "EDU" ? ActorCode.Country(at.Code) : null);
            if (place is not { Length: 3 } || place == "IGO" || place == home || ActorCode.IsRegion(place)) continue;
            // Only where those struck are of that country too (foreign troops struck at home are fought at home); people the
            // group's own country was only assumed for are the place's.
            bool assumed = f.Target is { Entry: null } a && ActorCode.Country(a.Code) == home && a.Basis.StartsWith("agents without", StringComparison.Ordinal);
            if (f.Target is { } t && ActorCode.Country(t.Code) is { } struck && struck != place && !assumed) continue;
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", $"an armed group fighting in {place} is coded there");
            f.Source = f.Source with { Code = place + f.Source.Code[3..], Basis = "fighting in " + place + ": " + f.Source.Basis };
            if (assumed) f.Target = f.Target! with { Code = place + f.Target!.Code[3..] };
        }
    }

    // "A suicide bomber blew himself up at a market, killing nine people": the killing a bombing caused is the bombing.
    private static void BombingHarm(int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Code is not ("180" or "190")) continue;
            foreach (var g in found)
                if (g != f && g.Code.StartsWith("183", StringComparison.Ordinal) && g.Source.Code == f.Source.Code && g.Target?.Code == f.Target?.Code)
                {
                    trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", "the harm a bombing did is that bombing: dropped");
                    found.RemoveAt(i--);
                    break;
                }
        }
    }

    // "The United States was prepared to mediate and urged Egypt and Ethiopia to return to negotiations": a mediator's
    // parties are the two or more others it addresses by a cooperative act (01-08) in the same sentence (not those it
    // sanctions: "The United States, which brokered that deal, announced sanctions against ...").
    private static void MediationParties(int s, List<Candidate> found, List<(string Code, List<ResolvedActor> Sources, VerbPattern Pattern, int VerbFirst, int VerbEnd)> partyless, ExplainTrace? trace)
    {
        foreach (var (code, sources, pattern, vFirst, vEnd) in partyless)
            foreach (var src in sources)
            {
                var parties = new List<ResolvedActor>();
                foreach (var f in found)
                    if (ActorCode.Country(f.Source.Code) == ActorCode.Country(src.Code) && f.Target is { } t && !f.Negated && f.Code[0] == '0' && !ActorResolver.HasCode(parties, t.Code)) parties.Add(t);
                if (parties.Count < 2) continue;
                foreach (var t in parties)
                {
                    trace?.Add(s, "rule", $"{src.Code} {code} {t.Code}", "a mediator's parties are the others it addresses in the sentence");
                    Add(found, src, t, code, pattern, "mediation between the parties addressed", false, vFirst, vEnd);
                }
            }
    }

    // ", a charge the government denied", ", remarks that Chisinau condemned", ", a decision the US embassy criticised": a
    // clause whose subject follows a summary noun in apposition after a comma acts on what the sentence's first main
    // clause told, so on that clause's subject.
    private static ResolvedActor? SummarisedActor(Document doc, ActorResolver resolver, int subject, int firstClause, int endClause, DateOnly? date, out int noun)
    {
        noun = -1;
        if (subject < 0) return null;
        var tok = doc.Tokens;
        ref var np = ref doc.PhraseRef(subject);
        int k = np.FirstToken - 1;
        if (k > 0 && tok[k].Norm is "that" or "which") k--;
        // ", an offer Cameroon has turned down": the chunker may join the summary noun and the subject in one phrase.
        int inside = np.FirstToken;
        while (inside < np.EndToken - 1 && tok[inside].Tag is PosTag.DT or PosTag.JJ) inside++;
        if (inside < np.EndToken - 1 && IsSummaryNoun(tok[inside].Lemma) && tok[inside + 1].Tag is PosTag.NNP or PosTag.DT) k = inside;
        if (k < 1 || !IsSummaryNoun(tok[k].Lemma)) return null;
        noun = k;
        int j = k - 1;
        while (j > 0 && tok[j].Tag is PosTag.DT or PosTag.JJ or PosTag.PRPS or PosTag.CD or PosTag.RB or PosTag.CloseQuote) j--;
        if (tok[j].Tag != PosTag.Comma && !(tok[j + 1].Tag == PosTag.CloseQuote && tok[j].Tag == PosTag.Comma)) return null;
        for (int c = firstClause; c < endClause; c++)
        {
            ref var main = ref doc.ClauseRef(c);
            if (main.Kind != ClauseKind.Main) continue;
            if (main.FirstToken >= j) return null;
            int doer = (main.Flags & ClauseFlags.Passive) != 0 ? main.Agent : main.Subject;
            return resolver.Resolve(doer, date) is [var one, ..] ? one : null;
        }
        return null;
    }

    // The verb's pattern with this noun as its object ("dismiss +" → "dismiss allegation"), if the dictionary has one.
    private static VerbPattern? PatternWithObject(List<VerbPattern> patterns, VerbPattern p, string noun)
    {
        var stem = p.Text.AsSpan();
        if (stem.EndsWith(" +")) stem = stem[..^2];
        foreach (var q in patterns)
        {
            var text = q.Text.AsSpan();
            if (text.Length > stem.Length + 1 && text.StartsWith(stem) && text[stem.Length] == ' ' && text[(stem.Length + 1)..] is var obj
                && (obj.SequenceEqual(noun) || obj.Length == noun.Length + 1 && obj.StartsWith(noun) && obj[^1] == 's')) return q;
        }
        return null;
    }

    private static bool IsSummaryNoun(string lemma) => lemma is "decision" or "move" or "step" or "remark" or "remarks" or "comment" or "statement"
        or "accusation" or "charge" or "claim" or "allegation" or "offer" or "proposal" or "request" or "demand" or "appeal" or "plan" or "measure"
        or "ruling" or "verdict" or "announcement" or "threat" or "warning" or "criticism" or "assertion" or "suggestion" or "call";

    // "telephoned Michal to express support": the purpose of a contact is an act of its own by whoever made contact,
    // so it is coded beside the call. (A summons "to protest" is the protest itself.)
    private static bool PurposeOfContact(Document doc, in ClauseData cl)
    {
        ref var parent = ref doc.ClauseRef(cl.Parent);
        // Only a contact that happened, and a purpose other than talking: "met Li to discuss" is the meeting.
        return cl.Subject >= 0 && cl.Subject == parent.Subject && parent.Object >= 0 && parent.Kind is ClauseKind.Main or ClauseKind.Complement
            && (parent.Flags & (ClauseFlags.Modal | ClauseFlags.Negated)) == 0
            && doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma is not ("discuss" or "talk" or "consult" or "negotiate" or "review" or "explore" or "examine" or "address")
            && doc.Tokens[doc.PhraseRef(parent.Verb).Head].Lemma is var contact && Chunk.ClauseAnalyzer.IsContactVerb(contact, doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma) && contact != "summon";
    }

    private static bool IsViolentRoot(string code) => code.Length >= 2 && code.AsSpan(0, 2) is "18" or "19" or "20";

    // The doer with a country: its own, else that of the people it struck ("an attack blamed on jihadists" in Burkina
    // Faso); null when neither is known.
    private static ResolvedActor? WithCountry((ResolvedActor? Actor, string? Role, int First, int End, bool Claimed) doer, string? country)
    {
        if (doer.Actor is { } a) return a;
        if (country is not { Length: 3 } c || c == "IGO" || c == "---" || doer.Role is null) return null;
        return new ResolvedActor(c + doer.Role, doer.First, doer.End, null, "attributed; of the country struck");
    }

    // The kind of bomb a noun phrase names ("a car bomb" 1832, "a roadside bomb" 1833, "a suicide bomber" 1831, "a bomb"
    // 1834), or null when it names none.
    private static string? BombKind(Document doc, int np)
    {
        ref var p = ref doc.PhraseRef(np);
        var tok = doc.Tokens;
        string? kind = null;
        for (int k = p.FirstToken; k < p.EndToken; k++)
        {
            string l = tok[k].Lemma;
            if (l is "suicide") return "1831";
            if (l is "car" or "vehicle" or "truck" or "motorcycle" or "explosives-laden" or "car-bomb") kind ??= "1832";
            else if (l is "roadside" or "ied" or "landmine" or "mine" or "improvised") kind ??= "1833";
            else if (k == p.Head && l is "bomb" or "explosive" or "explosion" or "blast" or "device") kind ??= "1834";
        }
        return kind is not null && tok[p.Head].Lemma is "bomb" or "explosive" or "explosion" or "blast" or "device" or "car" or "vehicle" or "truck" or "ied" or "mine" or "landmine" ? kind : null;
    }

    // Whom the sentence attributes its violence to: the agent of "(an attack) claimed by / carried out by X", the
    // object of "blamed on / attributed to X", the subject of "X claimed responsibility / claimed the attack", the
    // object of "authorities blamed X". An actor, or a role without a country ("jihadists"); null for none.
    private static (ResolvedActor? Actor, string? Role, int First, int End, bool Claimed)? AttributedDoer(Document doc, int s, ActorResolver resolver, DateOnly? date)
    {
        ref var sd = ref doc.SentenceRef(s);
        var tok = doc.Tokens;
        for (int c = sd.FirstClause; c < sd.EndClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (cl.Verb < 0 || (cl.Flags & ClauseFlags.Negated) != 0) continue;
            ref var vp = ref doc.PhraseRef(cl.Verb);
            string lemma = tok[vp.Head].Lemma;
            if (lemma is not ("claim" or "blame" or "attribute" or "carry")) continue;
            bool passive = (cl.Flags & ClauseFlags.Passive) != 0, claimed = false;
            int np = -1;
            if (passive && cl.Subject >= 0 && IsAttackNoun(tok[doc.PhraseRef(cl.Subject).Head].Lemma))
                np = lemma is "claim" or "carry" ? cl.Agent : lemma is "blame" ? PrepositionObject(doc, cl.Verb, "on") : PrepositionObject(doc, cl.Verb, "to");
            else if (!passive && lemma == "claim" && cl.Object >= 0 && tok[doc.PhraseRef(cl.Object).Head].Lemma is "responsibility" or "attack" or "bombing" or "killing" or "assault")
                (np, claimed) = (cl.Subject, true);
            else if (!passive && lemma == "blame" && cl.Object >= 0 && IsAttackNoun(tok[doc.PhraseRef(cl.Object).Head].Lemma))
                np = PrepositionObject(doc, cl.Verb, "on");
            // "in an attack the Baloch Liberation Army later claimed": the attack is the object the relative leaves out.
            else if (!passive && lemma is "claim" or "carry" && cl.Object < 0 && cl.Subject >= 0 && doc.PhraseRef(cl.Subject).FirstToken is int sf and > 1
                && (IsAttackNoun(tok[sf - 1].Lemma) || tok[sf - 1].Norm is "that" or "which" && IsAttackNoun(tok[sf - 2].Lemma)))
                np = cl.Subject;
            // "authorities blamed FARC dissidents" (for nothing else: "blamed Addis Ababa for floods" is about floods).
            else if (!passive && lemma == "blame" && cl.Object >= 0 && (PrepositionObject(doc, cl.Verb, "for") is not (>= 0 and var why) || IsAttackNoun(tok[doc.PhraseRef(why).Head].Lemma)))
                np = cl.Object;
            if (np < 0) continue;
            var found = resolver.Resolve(np, date);
            if (found.Count == 1) return (found[0], null, found[0].StartToken, found[0].EndToken, claimed);
            if (found.Count > 1) return null;
            // "blamed on jihadists": a role without a country takes the country of those struck.
            ref var n = ref doc.PhraseRef(np);
            foreach (var m in resolver.Mentions)
                if (m.Start >= n.FirstToken && m.End <= n.EndToken && m.Entry.Kind == ActorKind.Agent && m.Entry.CodeAt(date)?.TrimStart('~') is { Length: 3 } role
                    && role is "REB" or "SEP" or "UAF" or "CRM" or "INS")
                    return (null, role, m.Start, m.End, claimed);
            return null;
        }
        return null;
    }

    private static bool IsAttackNoun(string lemma) =>
        lemma is "attack" or "bombing" or "blast" or "explosion" or "assault" or "ambush" or "raid" or "killing" or "massacre" or "shooting" or "strike";

    // The noun phrase of a PP headed by `prep` attached to the verb group, or -1.
    private static int PrepositionObject(Document doc, int verb, string prep)
    {
        var (first, end) = doc.SentencePhrases(verb);
        for (int p = first; p < end; p++)
        {
            ref var pp = ref doc.PhraseRef(p);
            if (pp.Kind == PhraseKind.PP && pp.Attach == verb && pp.Child >= 0 && doc.Tokens[pp.Head].Norm == prep) return pp.Child;
        }
        return -1;
    }

    // "Militants bombed a government building": bombing by an armed group or civilians is CAMEO's non-military
    // bombing (183); aerial weapons (195) need an air force.
    private static void NonStateBombing(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (!f.Code.StartsWith("195", StringComparison.Ordinal) || !IsNonState(f.Source.Code) || !VerbIs(doc, f, "bomb")) continue;
            Recode(found, ref i, "183", "non-military bombing", "bombing by a non-state actor: non-military bombing (183)", s, trace);
        }
    }

    // "Pakistani warplanes struck suspected hideouts of the TTP", "its aircraft had struck rebel positions": military
    // force by aircraft is CAMEO's aerial weapons (195), not force unspecified (190).
    private static void AerialStrikes(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        var tok = doc.Tokens;
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Code != "190" || f.Negated || f.Source.StartToken < 0 || ActorCode.Role(f.Source.Code) != "MIL"
                || !(VerbIs(doc, f, "strike") || VerbIs(doc, f, "bomb") || VerbIs(doc, f, "hit") || VerbIs(doc, f, "pound") || VerbIs(doc, f, "target"))) continue;
            bool aircraft = false;
            for (int k = f.Source.StartToken; k < f.Source.EndToken && !aircraft; k++)
                aircraft = tok[k].Lemma is "warplane" or "jet" or "aircraft" or "drone" or "helicopter" or "bomber" or "airstrike"
                    || tok[k].Lemma == "force" && k > 0 && tok[k - 1].Norm == "air";
            if (aircraft) Recode(found, ref i, "195", "aerial weapons", "military force by aircraft: aerial weapons (195)", s, trace);
        }
    }

    // "Russia fired 40 cruise missiles at Ukraine", "Ukraine launched drones at a refinery": a state that fires weapons
    // does so by its armed forces. "fired rockets at Thai positions": the positions under fire are the other's forces.
    private static void ForcesInCombat(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        var tok = doc.Tokens;
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Negated || f.Code.Length < 2 || f.Code.AsSpan(0, 2) is not ("19" or "20")) continue;
            if (IsBareState(f.Source.Code) && f.VerbEnd > 0 && WeaponFiredAfter(tok, f.VerbEnd, f.Target?.StartToken ?? doc.SentenceRef(s).EndToken))
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", $"a state firing weapons acts by its forces: {f.Source.Code}MIL");
                f.Source = f.Source with { Code = f.Source.Code + "MIL", Basis = "its forces fire the weapons: " + f.Source.Basis };
            }
            if (f.Target is { } t && IsBareState(t.Code) && t.EndToken > 0 && (IsFrontWord(tok[t.EndToken - 1].Lemma) || t.EndToken < tok.Length && IsFrontWord(tok[t.EndToken].Lemma)))
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {t.Code}", $"positions under fire are its forces: {t.Code}MIL");
                f.Target = t with { Code = t.Code + "MIL", Basis = "its forces' positions: " + t.Basis };
            }
        }
    }

    // "Islamic State militants executed 30 Syrian soldiers", "a US strike on an Islamic State hideout in Syria": a
    // transnational group's core (IMG) acts as the insurgency of the country where it acts (SYRREBISS), as its branches
    // are coded (ISWAP is NGAREBISS): the place of the clause, else, for violence, the story's country it acts on.
    private static void TransnationalGroupsWhereTheyAct(int s, ActorResolver resolver, List<Candidate> found, ExplainTrace? trace)
    {
        foreach (var f in found)
        {
            bool src = IsTransnationalGroup(f.Source.Code), tgt = f.Target is { } t0 && IsTransnationalGroup(t0.Code);
            if (!src && !tgt || f.VerbFirst < 0) continue;
            string? there = resolver.ClausePlaceCountry(f.VerbFirst) is { Length: 3 } p && p != "IMG" ? p : null;
            var other = src ? f.Target : f.Source;
            if (there is null && IsViolentRoot(f.Code) && other is not null
                && ActorCode.Country(other.Code) is { Length: 3 } c && c == resolver.HomeCountry) there = c;
            if (there is null) continue;
            if (src) f.Source = Localised(f.Source, there, s, trace);
            if (tgt) f.Target = Localised(f.Target!, there, s, trace);
        }
    }

    // A group coded by a transnational or regional block (IMG, or CAMEO's WAF, NAF, SAS), not by a country.
    private static bool IsTransnationalGroup(string code) =>
        code.Length >= 6 && code.AsSpan(0, 3) is "IMG" or "WAF" or "NAF" or "SAS" && IsArmedGroupRole(code.AsSpan(3, 3));

    private static ResolvedActor Localised(ResolvedActor a, string country, int s, ExplainTrace? trace)
    {
        string code = country + a.Code[3..];
        trace?.Add(s, "rule", a.Code, $"a transnational group acts where it is: {code}");
        return a with { Code = code, Basis = "where the group acts: " + a.Basis };
    }

    private static bool IsBareState(string code) => code.Length == 3 && code != "IGO" && code != "---";

    private static bool IsFrontWord(string lemma) => lemma is "position" or "trench" or "frontline";

    // A weapon fired, launched or used between the verb and the target ("fired more than 40 cruise missiles at").
    private static bool WeaponFiredAfter(ReadOnlySpan<TokenData> tok, int from, int end)
    {
        for (int k = from; k < end && k < from + 8 && k < tok.Length; k++)
            if (IsWeapon(tok[k].Lemma) || tok[k].Lemma is "artillery" or "mortar" or "munition" or "warplane" or "jet") return true;
        return false;
    }

    // "Gunmen killed a mayor", "the TTP killed twelve police officers": force by an armed group or gang against civilians,
    // officials or police is an assault (180), not a fight between armed forces (190).
    private static void NonStateAssault(int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Code != "190" || !IsNonState(f.Source.Code) || f.Target is not { } t || ActorCode.Role(t.Code) is not { } role
                || role == "MIL" || IsArmedGroupRole(role) || t.Code.StartsWith("IMG", StringComparison.Ordinal)) continue;
            Recode(found, ref i, "180", "assault by a non-state group", "force by a non-state group against people who do not fight back: assault (180)", s, trace);
        }
    }

    // "Gunmen shot dead the mayor", "opened fire on the motorcade of the prime minister": armed violence by a non-state
    // group against one office-holder is CAMEO's assassination (186) when it kills, an attempt (185) when it does not.
    private static void AttacksOnOfficeHolders(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Negated || f.Code is not ("180" or "190" or "193" or "1823") || !IsNonState(f.Source.Code) || f.Target is not { StartToken: >= 0 } t
                || ActorCode.Role(t.Code) is not ("GOV" or "LEG" or "JUD" or "ELI") || !IsOneOfficeHolder(doc, t)) continue;
            bool killed = VerbIs(doc, f, "kill") || VerbIs(doc, f, "assassinate") || VerbIs(doc, f, "murder")
                || (VerbIs(doc, f, "shoot") || VerbIs(doc, f, "gun")) && f.VerbEnd + 1 < doc.TokenCount && (doc.Tokens[f.VerbEnd].Norm is "dead" or "down" || doc.Tokens[f.VerbEnd - 1].Norm is "dead" or "down");
            if (killed) Recode(found, ref i, "186", "assassination", "an office-holder killed by an armed group: assassination (186)", s, trace);
            else Recode(found, ref i, "185", "assassination attempt", "armed violence against an office-holder who survives: attempted assassination (185)", s, trace);
        }
    }

    // A named person, or one office by its title ("the mayor", "Libya's prime minister"), not "officials" or "ministries".
    private static bool IsOneOfficeHolder(Document doc, ResolvedActor t)
    {
        if (t.Entry?.Kind == ActorKind.Person) return true;
        ref readonly var last = ref doc.Tokens[t.EndToken - 1];
        return last.Tag is PosTag.NN or PosTag.NNP && last.Lemma is "mayor" or "president" or "minister" or "governor" or "premier" or "chancellor"
            or "senator" or "councillor" or "councilor" or "candidate" or "lawmaker" or "legislator" or "judge" or "prosecutor" or "speaker";
    }

    // "expelled more than 100,000 Afghan refugees", "killed more than 400 civilians": the same acts on a mass scale are
    // CAMEO's mass expulsion (201) and mass killing (202). Killing counts only when done to people who do not fight
    // (civilians, refugees) or by execution, and only by the verb's own victims, not a strike's toll.
    private static void MassViolence(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Target is not { } t || f.Negated) continue;
            // "forcibly returned more than 120,000 Afghan refugees": people returned by force are deported.
            if (f.Code.StartsWith("084", StringComparison.Ordinal) && ActorCode.Role(t.Code) is "CVL" or "REF" && f.VerbFirst > 0
                && doc.Tokens[f.VerbFirst - 1].Norm is "forcibly" or "forcefully")
            {
                int before = found.Count;
                Recode(found, ref i, "174", "forced return", "people returned by force are deported (174)", s, trace);
                if (found.Count < before) continue; // the same deportation was already there
            }
            // "expelled more than 10,000 Haitians": expelling people (166 is for expelling organisations) counts too.
            // Thousands expelled, or forcibly deported, are a mass expulsion too ("expelled more than 5,000 migrants").
            if ((f.Code == "174" || f.Code == "166" && ActorCode.Role(t.Code) is "CVL" or "REF") && (PeopleCounted(doc, t) is var counted && counted >= MassExpulsion || SaysMass(doc, s)
                || counted >= ThousandsExpelled && (VerbIs(doc, f, "expel") || f.VerbFirst > 0 && doc.Tokens[f.VerbFirst - 1].Norm is "forcibly" or "forcefully")))
                Recode(found, ref i, "201", "mass expulsion", "tens of thousands expelled or deported, or a mass deportation: mass expulsion (201)", s, trace);
            else if (f.Code.Length >= 2 && f.Code.AsSpan(0, 2) is "18" or "19" && !DoneByAnAttack(doc, f.VerbFirst) && PeopleCounted(doc, t) >= MassKilling
                     && (VerbIs(doc, f, "execute") || (VerbIs(doc, f, "kill") || VerbIs(doc, f, "massacre") || VerbIs(doc, f, "slaughter")) && ActorCode.Role(t.Code) is "CVL" or "REF"))
                Recode(found, ref i, "202", "mass killing", $"{MassKilling} or more non-combatants killed: mass killing (202)", s, trace);
            // "burned villages ... in what the UN called ethnic cleansing": force the sentence names so.
            else if (f.Code.Length >= 2 && f.Code.AsSpan(0, 2) is "17" or "18" or "19" or "20" && f.Code != "203" && SaysEthnicCleansing(doc, s))
                Recode(found, ref i, "203", "ethnic cleansing", "force the sentence calls ethnic cleansing (203)", s, trace);
            // "dropped barrels filled with chlorine gas on RSF-held districts": an attack with a chemical agent (2041).
            else if (f.Code.Length >= 2 && f.Code.AsSpan(0, 2) is "18" or "19" && ChemicalAgentIn(doc, s))
                Recode(found, ref i, "2041", "chemical weapons", "an attack with a chemical agent (2041)", s, trace);
        }
    }

    private static bool SaysEthnicCleansing(Document doc, int s)
    {
        ref var sd = ref doc.SentenceRef(s);
        for (int k = sd.FirstToken; k + 1 < sd.EndToken; k++)
            if (doc.Tokens[k].Norm == "ethnic" && doc.Tokens[k + 1].Norm == "cleansing") return true;
        return false;
    }

    // Chemical weapons and agents by name: "chemical weapons", "chlorine gas", "sarin", "a choking agent".
    private static bool ChemicalAgentIn(Document doc, int s)
    {
        ref var sd = ref doc.SentenceRef(s);
        var tok = doc.Tokens;
        for (int k = sd.FirstToken; k < sd.EndToken; k++)
        {
            string w = tok[k].Norm;
            if (w is "sarin" or "chloropicrin" or "novichok" or "vx" or "tabun" || w.EndsWith("-filled", StringComparison.Ordinal) && w.StartsWith("chlor", StringComparison.Ordinal)) return true;
            if (k + 1 < sd.EndToken && (w is "chemical" && tok[k + 1].Lemma is "weapon" or "attack" or "agent" or "munition"
                || w is "chlorine" or "mustard" or "nerve" && tok[k + 1].Lemma is "gas" or "agent" || w is "choking" or "blister" && tok[k + 1].Lemma == "agent")) return true;
        }
        return false;
    }

    // Codes that depend on who acts, whatever the pattern's verb said: an alert is the police's (151) or the military's
    // (152) by who raises it ("South Korea's military raised its alert level"), and one state's "charges" against
    // another are accusations (112).
    private static void RecodeByActors(int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            string? role = ActorCode.Role(f.Source.Code);
            // "Pyongyang charged Washington with rehearsing an invasion": one state charging another accuses it (112).
            if (f.Code.StartsWith("173", StringComparison.Ordinal) && f.Pattern.Anchor == "charge" && f.Target is { } charged
                && IsStateCode(f.Source.Code) && IsStateCode(charged.Code) && ActorCode.Country(charged.Code) != ActorCode.Country(f.Source.Code))
                Recode(found, ref i, "112", "state charges state", "a state charging another state accuses it (112)", s, trace);
            else if (f.Code == "151" && role == "MIL") Recode(found, ref i, "152", "military alert", "an alert raised by the military (152)", s, trace);
            // "announced their withdrawal from ECOWAS": leaving an organisation reduces relations with it, not troops.
            else if (f.Code.StartsWith("087", StringComparison.Ordinal) && f.Target is { } left && left.Code.StartsWith("IGO", StringComparison.Ordinal))
                Recode(found, ref i, "161", "leaves an organisation", "a withdrawal from an organisation reduces relations with it (161)", s, trace);
            // "Bangladesh hosts 1.1 million Rohingya refugees": sheltering people who fled is no visit hosted.
            else if (f.Code.StartsWith("043", StringComparison.Ordinal) && f.Target is { } hosted && ActorCode.Role(hosted.Code) == "REF")
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {hosted.Code}", "refugees sheltered are not a visit hosted: not coded");
                found.RemoveAt(i--);
            }
            else if (f.Code == "152" && role == "COP") Recode(found, ref i, "151", "police alert", "an alert raised by the police (151)", s, trace);
            // "Icelandic and Norwegian coast guard vessels joined forces to tow a ship": forces working together cooperate
            // in deed (06), armies militarily (062), not diplomatically (050).
            else if (f.Code == "050" && f.Target is { } partner && IsForceRole(role) && IsForceRole(ActorCode.Role(partner.Code)))
                Recode(found, ref i, role == "MIL" && ActorCode.Role(partner.Code) == "MIL" ? "062" : "060", "forces cooperate",
                    "security forces working together cooperate materially (06)", s, trace);
        }
    }

    // "Pakistani troops and Afghan forces exchanged fire, killing four Pakistani soldiers and Afghan fighters": doers
    // who fight each other act on the other side, not on their own country's people.
    private static void AcrossSides(int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (!IsViolentRoot(f.Code) || f.Target is not { } t || ActorCode.Country(t.Code) is not { } tc || tc != ActorCode.Country(f.Source.Code)) continue;
            bool otherSide = false;
            foreach (var g in found)
                if (IsViolentRoot(g.Code) && g.Target?.Code == f.Source.Code && ActorCode.Country(g.Source.Code) is { } gc && gc != tc && gc != "IMG") otherSide = true;
            if (!otherSide) continue;
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {t.Code}", "sides fighting each other act on the other side: not on their own");
            found.RemoveAt(i--);
        }
    }

    private static bool IsForceRole(string? role) => role is "MIL" or "COP" or "SPY";

    // "Pakistan urged India to accept mediation", "Qatari mediators shuttled between the sides": a country named as
    // the source of a political act (statements, appeals, talks, aid, demands, sanctions, arrests, mass expulsions:
    // roots 01-13, 16, 17, 20) acts through its government. Protest, force posture and fighting (14, 15, 18, 19) stay
    // the country's, as do its people ("Afghans protested"); targets are StatesAddressedThroughGovernments'.
    private static void StatesActThroughGovernments(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Source is not { Entry.Kind: ActorKind.Country, Code.Length: 3 } src || f.Code.AsSpan(0, 2) is "14" or "15" or "18" or "19") continue;
            if (IsPeopleOfCountry(doc, src)) continue;
            string code = src.Code + "GOV";
            trace?.Add(s, "rule", $"{src.Code} {f.Code} {f.Target?.Code ?? "-"}", $"a country's political act is its government's ({code})");
            if (HasCandidate(found, f, f.Code, code, f.Target?.Code)) { found.RemoveAt(i--); continue; }
            f.Source = src with { Code = code };
            f.Rule = f.Rule is null ? "state acts through its government" : f.Rule + "; state acts through its government";
        }
    }

    // Shows of force coded with no target (UntargetedForcePosture). "launched exercises around Taiwan, sending warships
    // and bombers", "killed by a missile fired by Hezbollah": one the sentence aims at someone, or that is part of an
    // attack, is not also one facing nobody.
    private static void UntargetedPosture(int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Target is not null || !f.Code.StartsWith("15", StringComparison.Ordinal)) continue;
            foreach (var g in found)
                if (g.Target is not null && g.Code.Length >= 2 && g.Code.AsSpan(0, 2) is "15" or "17" or "18" or "19" or "20"
                    && ActorCode.Country(g.Source.Code) == ActorCode.Country(f.Source.Code))
                {
                    trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} -", $"the show of force is aimed at {g.Target.Code} in the same sentence");
                    found.RemoveAt(i--);
                    break;
                }
        }
        // "Indian and French warships began the annual Varuna exercise": two states' forces showing force together,
        // facing nobody, cooperate militarily (062), one joint act as drills "with" each other are.
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Target is not null || !f.Code.StartsWith("15", StringComparison.Ordinal) || !IsForceRole(ActorCode.Role(f.Source.Code))) continue;
            for (int k = i + 1; k < found.Count; k++)
            {
                var g = found[k];
                if (g.Target is not null || g.VerbFirst != f.VerbFirst || !g.Code.StartsWith("15", StringComparison.Ordinal) || !IsForceRole(ActorCode.Role(g.Source.Code))
                    || ActorCode.Country(g.Source.Code) == ActorCode.Country(f.Source.Code)) continue;
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {g.Source.Code}", "two states' forces showing force together cooperate militarily (062)");
                f.Target = g.Source;
                f.Code = "062";
                f.Rule = f.Rule is null ? "joint show of force" : f.Rule + "; joint show of force";
                found.RemoveAt(k);
                break;
            }
        }
    }

    // "Vanuatu demanded that Australia honour its pledge", "Iran rejected an American offer": a country named as the
    // target of a political act is addressed through its government, as independent coders write it. Aid and its
    // pledges, investigations, coercion, protest, force and violence reach the country itself; so does a country named
    // as a place ("talks in Qatar") and its people ("Afghans"), and a country acting on itself.
    private static void StatesAddressedThroughGovernments(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Target is not { Entry.Kind: ActorKind.Country, Code.Length: 3 } tgt || !IsAddressedCode(f.Code)) continue;
            if (IsPeopleOfCountry(doc, tgt) || NamedAsPlaceOrPeople(doc, tgt) || ActorCode.Country(f.Source.Code) == tgt.Code) continue;
            string code = tgt.Code + "GOV";
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {tgt.Code}", $"a country addressed by a political act is its government ({code})");
            if (HasCandidate(found, f, f.Code, f.Source.Code, code)) { found.RemoveAt(i--); continue; }
            f.Target = tgt with { Code = code };
            f.Rule = f.Rule is null ? "state addressed through its government" : f.Rule + "; state addressed through its government";
        }
    }

    // Statements, appeals, intents, talks, cooperation, yielding, demands, disapproval, rejection, threats and cuts in
    // relations (01-06, 08, 10-13, 16), but not gestures of sympathy to a people (017, 018), pledges of aid (033),
    // people or property handed back (084: "released 900 Yemeni prisoners" returns them to Yemen) nor aid and missions
    // let in (086).
    private static bool IsAddressedCode(string code) =>
        code.Length >= 2 && code.AsSpan(0, 2) is "01" or "02" or "03" or "04" or "05" or "06" or "08" or "10" or "11" or "12" or "13" or "16"
        && code is not ("017" or "018") && !code.StartsWith("033", StringComparison.Ordinal) && !code.StartsWith("084", StringComparison.Ordinal)
        && !code.StartsWith("086", StringComparison.Ordinal);

    // "in Ukraine", "across Sudan": a country after a preposition of place is where, not whom; "the people of Peru" are
    // its people.
    private static bool NamedAsPlaceOrPeople(Document doc, ResolvedActor a)
    {
        if (a.StartToken <= 0 || a.StartToken > doc.TokenCount) return false;
        // "the crisis in neighbouring Bolivia", "in eastern Congo": adjectives may stand between.
        int k = a.StartToken - 1;
        while (k > 0 && a.StartToken - k <= 2 && doc.Tokens[k].Tag is PosTag.JJ or PosTag.VBG && !doc.Tokens[k].Has(TokenFlags.Capitalized)) k--;
        return doc.Tokens[k].Norm is "in" or "inside" or "into" or "across" or "throughout" or "within" or "near" or "around"
            || a.StartToken > 1 && doc.Tokens[a.StartToken - 1].Norm == "of" && doc.Tokens[a.StartToken - 2].Lemma is "people" or "citizen" or "resident" or "population" or "victim" or "family";
    }

    // A country or its government (not its courts, police or people).
    private static bool IsStateCode(string code) => code.Length == 3 && !code.StartsWith("IGO", StringComparison.Ordinal) || code.Length == 6 && code.AsSpan(3) is "GOV";

    // "discussed regional tensions in a telephone call with Pezeshkian": talks held by phone are a phone call (041),
    // told from the caller's side like any other call.
    private static void DiscussedByPhone(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        bool any = false;
        foreach (var f in found) any |= f.Code == "040";
        if (!any || !MentionsPhoneCall(doc, s)) return;
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Code != "040") continue;
            if (f.Rule is { } r && r.EndsWith("mutual consultation", StringComparison.Ordinal))
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", "a phone call is coded from the caller's side only");
                found.RemoveAt(i--);
                continue;
            }
            Recode(found, ref i, "041", "by phone", "talks held by phone: a phone call (041)", s, trace);
        }
    }

    private static bool MentionsPhoneCall(Document doc, int s)
    {
        ref var sd = ref doc.SentenceRef(s);
        for (int k = sd.FirstToken; k + 1 < sd.EndToken; k++)
            if (doc.Tokens[k].Norm is "phone" or "telephone" && (doc.Tokens[k + 1].Lemma is "call" or "conversation" || k > sd.FirstToken && doc.Tokens[k - 1].Norm == "by")) return true;
        return false;
    }

    // "marched ..., demanding that President Ruto resign": a protest whose demand is a change of leaders, policy,
    // rights or institutions is CAMEO's protest for it (1411-1414), one event, not a protest and a demand.
    private static void ProtestAims(int s, List<Candidate> found, ExplainTrace? trace)
    {
        // "Afghan traders staged a protest at Torkham, demanding that Pakistan reopen the border": a protest with only an
        // implied target is against whom its demand names, and the bare demand (100) is that protest's content. A demand
        // of a kind of its own (release, withdrawal, troops) stays an event too, as article coders code it.
        for (int i = 0; i < found.Count; i++)
        {
            var demand = found[i];
            if (demand.Code != "100" || demand.Negated || demand.Target is not { } asked) continue;
            int protest = -1;
            for (int k = 0; k < found.Count && protest < 0; k++)
                if (found[k].Code.StartsWith("14", StringComparison.Ordinal) && !found[k].Negated && found[k].Source.Code == demand.Source.Code
                    && found[k].Target is { } t && IsImpliedOrUnknown(t) && ActorCode.Country(t.Code) != ActorCode.Country(asked.Code)) protest = k;
            if (protest < 0) continue;
            trace?.Add(s, "rule", $"{found[protest].Source.Code} {found[protest].Code} {asked.Code}", "a protest is against whom its demand names");
            found[protest].Target = asked;
            found.RemoveAt(i--);
        }
        // "marched ..., demanding that President Ruto resign": a protest demanding a change of leaders, policy, rights or
        // institutions is one protest for it (1411-1414, 1421 ...).
        for (int i = 0; i < found.Count; i++)
        {
            var demand = found[i];
            if (demand.Code is not ['1', '0', '4', var kind] || kind is < '1' or > '4' || demand.Negated) continue;
            int protest = -1;
            for (int k = 0; k < found.Count && protest < 0; k++)
                if (found[k].Code.Length == 3 && found[k].Code.StartsWith("14", StringComparison.Ordinal) && !found[k].Negated && found[k].Source.Code == demand.Source.Code
                    && (found[k].Target?.Code == demand.Target?.Code || found[k].Target is { } t && IsImpliedOrUnknown(t))) protest = k;
            if (protest < 0) continue;
            var f = found[protest];
            if (f.Target is not { } ft || IsImpliedOrUnknown(ft)) f.Target = demand.Target;
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", $"a protest demanding what {demand.Code} names: {f.Code + kind}");
            f.Code += kind;
            f.Rule = f.Rule is null ? "protest for its demand" : f.Rule + "; protest for its demand";
            found.RemoveAt(i);
            i = -1;
        }
        // "gathered outside the French embassy, chanting slogans": a second protest by the same people whose target was
        // only implied is the same protest.
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (!f.Code.StartsWith("14", StringComparison.Ordinal) || f.Negated || f.Target is not { } t || !IsImpliedOrUnknown(t)) continue;
            bool other = false;
            foreach (var g in found)
                other |= g != f && g.Code.StartsWith("14", StringComparison.Ordinal) && !g.Negated && g.Source.Code == f.Source.Code && g.Target is { } gt && !IsImpliedOrUnknown(gt);
            if (!other) continue;
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {t.Code}", "the same protest as one with a target named: dropped");
            found.RemoveAt(i--);
        }
    }

    private static bool IsImpliedOrUnknown(ResolvedActor a) =>
        a.Basis.StartsWith("implied", StringComparison.Ordinal) || a.Code.StartsWith("---", StringComparison.Ordinal);

    // "Kenyan police shot dead at least 11 people during anti-government protests": police force against people in a
    // story of protests is violent repression (175), not a battle.
    private static void PoliceRepression(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Code.Length < 2 || f.Code.AsSpan(0, 2) is not ("18" or "19") || f.Code.StartsWith("186", StringComparison.Ordinal) || ActorCode.Role(f.Source.Code) != "COP"
                || f.Target is not { } t || ActorCode.Role(t.Code) is not ("CVL" or "OPP" or "EDU" or "LAB") || ActorCode.Country(t.Code) != ActorCode.Country(f.Source.Code)) continue;
            ref var sd = ref doc.SentenceRef(s);
            if (ProtestNounAfter(doc, sd.FirstToken, sd.EndToken) < 0) continue;
            Recode(found, ref i, "175", "police violence at protests", "police force against people at protests: violent repression (175)", s, trace);
        }
    }

    private const int MassKilling = 30, MassExpulsion = 10_000, ThousandsExpelled = 2_000;

    // "as part of its mass deportation campaign": the sentence calls it mass.
    private static bool SaysMass(Document doc, int s)
    {
        ref var sd = ref doc.SentenceRef(s);
        for (int k = sd.FirstToken; k + 1 < sd.EndToken; k++)
            if (doc.Tokens[k].Norm == "mass" && doc.Tokens[k + 1].Lemma is "deportation" or "expulsion" or "eviction") return true;
        return false;
    }

    // "An Israeli strike killed 35 civilians": the toll of an attack is that attack, not a massacre.
    private static bool DoneByAnAttack(Document doc, int verb)
    {
        int k = verb - 1;
        while (k >= 0 && doc.Tokens[k].Tag.IsAdverb()) k--;
        return k >= 0 && doc.Tokens[k].Lemma is "strike" or "airstrike" or "attack" or "raid" or "bombardment" or "shelling" or "explosion" or "blast" or "bomb" or "bombing" or "missile" or "drone";
    }

    // The number of people a target phrase counts ("more than 400 civilians", "tens of thousands of migrants"), or 0.
    private static double PeopleCounted(Document doc, ResolvedActor target)
    {
        var tok = doc.Tokens;
        int from = target.StartToken;
        // The count stands before the actor's words: "50 worshippers", "thousands of Ukrainian residents".
        for (int k = from - 1; k >= 0 && k >= from - 5; k--)
        {
            if (tok[k].Tag.IsVerb() || tok[k].Tag.IsPunctuation() || tok[k].Tag == PosTag.IN && tok[k].Norm != "of") break;
            from = k;
        }
        double best = 0;
        for (int k = from; k < target.EndToken; k++)
        {
            double v = tok[k].Norm switch { "dozens" => 24, "hundreds" => 200, "thousands" => 2000, "millions" => 2e6, _ => 0 };
            // "tens of thousands", "hundreds of thousands"
            if (v > 0 && k >= 2 && tok[k - 1].Norm == "of") v *= tok[k - 2].Norm switch { "tens" => 10, "hundreds" => 100, _ => 1 };
            else if (v == 0 && NumberReader.Read(tok, k, target.EndToken, out double n) > 0) v = n;
            if (v > best) best = v;
        }
        return best;
    }

    // Armed groups other than a state's forces: rebels, separatists, gunmen, pro-government militias, gangs.
    private static bool IsArmedGroupRole(ReadOnlySpan<char> role) => role is "REB" or "SEP" or "INS" or "UAF" or "PRM" or "CRM";

    private static bool IsNonState(string code) =>
        ActorCode.Role(code) is "REB" or "SEP" or "INS" or "UAF" or "CVL" or "CRM" or "RAD" || code.StartsWith("IMG", StringComparison.Ordinal);

    private static bool VerbIs(Document doc, Candidate f, string lemma)
    {
        for (int k = f.VerbFirst; k < f.VerbEnd; k++)
            if (doc.Tokens[k].Lemma == lemma) return true;
        return false;
    }

    // A country an agent took from its clause's places or the story, not from a name beside it.
    private static bool IsContextCountry(string basis) =>
        basis.StartsWith("agent at a place", StringComparison.Ordinal) || basis.StartsWith("agent in a story", StringComparison.Ordinal);

    private static bool IsIssuedText(string lemma) => lemma is "order" or "decree" or "law" or "bill" or "resolution" or "directive"
        or "statement" or "communique" or "declaration" or "letter" or "note" or "memorandum" or "proclamation";

    private static bool IsWeapon(string lemma) =>
        lemma is "bomb" or "mine" or "explosive" or "device" or "missile" or "rocket" or "shell" or "drone" or "grenade" or "ied" or "landmine" or "bullet" or "shot";

    // "killed by a roadside bomb planted by Baloch militants", "hit by a missile fired by the Houthis": the agent of a
    // weapon is whoever planted, fired or launched it.
    private static List<ResolvedActor> WeaponUser(Document doc, ActorResolver resolver, int agentPhrase, int sentenceEnd, DateOnly? date)
    {
        var tok = doc.Tokens;
        ref var ap = ref doc.PhraseRef(agentPhrase);
        if (!IsWeapon(tok[ap.Head].Lemma)) return [];
        int k = ap.EndToken;
        if (k < sentenceEnd && tok[k].Norm == ",") k++;
        if (k + 2 >= sentenceEnd || tok[k].Tag != PosTag.VBN || tok[k + 1].Norm != "by") return [];
        return ResolveAt(doc, resolver, k + 2, date);
    }

    // "planted a roadside bomb that killed ten soldiers", "launched a drone strike that hit a market": what a weapon or
    // an attack does in a relative clause, whoever used it does (the subject of the clause whose object it is).
    private static List<ResolvedActor> UserOfAntecedentWeapon(Document doc, ActorResolver resolver, ref ClauseData cl, DateOnly? date)
    {
        if (cl.Parent < 0 || cl.Subject < 0) return [];
        ref var ante = ref doc.PhraseRef(cl.Subject);
        if (ante.Kind != PhraseKind.NP || ante.Head < 0) return [];
        string lemma = doc.Tokens[ante.Head].Lemma;
        if (!IsWeapon(lemma) && !(s_eventNouns.TryGetValue(lemma, out var roots) && Array.IndexOf(roots, "18") >= 0)) return [];
        ref var parent = ref doc.ClauseRef(cl.Parent);
        if (parent.Object < 0 || (parent.Flags & ClauseFlags.Passive) != 0) return [];
        // Whoever plants, fires or carries it out, not who investigates or condemns it.
        if (doc.Tokens[doc.PhraseRef(parent.Verb).Head].Lemma is not ("plant" or "fire" or "launch" or "detonate" or "drop" or "carry" or "conduct"
            or "stage" or "mount" or "unleash" or "use" or "throw" or "hurl" or "lob" or "set" or "shoot" or "explode")) return [];
        ref var obj = ref doc.PhraseRef(parent.Object);
        if (ante.FirstToken < obj.FirstToken || ante.EndToken > Math.Max(obj.EndToken, parent.EndToken) || ante.FirstToken > obj.EndToken) return [];
        var users = resolver.Resolve(parent.Subject, date);
        if (users.Count == 0) return users;
        var result = new List<ResolvedActor>(users.Count);
        foreach (var u in users) result.Add(u with { StartToken = ante.FirstToken, EndToken = ante.EndToken, Basis = "whoever used the weapon or attack: " + u.Basis });
        return result;
    }

    // "Poland deployed 40,000 troops", "Greece put its navy on alert": a state's show of force is made by the forces it
    // moves. "France deployed 80,000 police officers ahead of protests": police put out before a protest face the
    // protesters (their organisers when named), not the forces themselves nor the government the protest is against.
    private static void ForcesPostured(Document doc, int s, ActorResolver resolver, DateOnly? date, List<Candidate> found, bool untargeted, ExplainTrace? trace)
    {
        ref var sd = ref doc.SentenceRef(s);
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            // So are troops or police sent to protect another country (074) or withdrawn (087): "Rwanda deployed
            // additional troops to Mozambique" is RWAMIL's.
            bool posture = f.Code.StartsWith("15", StringComparison.Ordinal);
            if (!posture && !f.Code.StartsWith("074", StringComparison.Ordinal) && !IsWithdrawal(f.Code)) continue;
            if (ActorCode.Country(f.Source.Code) is not { Length: 3 } home || home == "IGO") continue;
            string role = ActorCode.Role(f.Source.Code) ?? "";
            if (role is "" or "GOV" && MovedForces(doc, resolver, date, home, f.VerbEnd, sd.EndToken) is { } forces)
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", $"{(posture ? "a show of force" : "a deployment or withdrawal")} is made by the forces moved: {home + forces}");
                f.Source = f.Source with { Code = home + forces, Basis = "the forces it moved: " + f.Source.Basis };
                role = forces;
            }
            if (!posture) continue;
            bool selfTarget = f.Target is { } t && ActorCode.Country(t.Code) == home && ActorCode.Role(t.Code) is "MIL" or "COP";
            bool police = role == "COP" || f.Code is "151" or "153";
            var faced = police ? ProtestFaced(doc, resolver, date, home, f.VerbEnd, sd.EndToken) : null;
            if (faced is not null && (f.Target is null || selfTarget || ActorCode.Country(f.Target.Code) == home && IsStateCode(f.Target.Code)))
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target?.Code ?? "-"}", $"police put out before a protest face the protesters: {faced.Code}");
                f.Target = faced;
            }
            else if (selfTarget && untargeted && !f.Negated)
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target!.Code}", "the forces moved are not the target: it faces nobody named");
                f.Target = null;
            }
            else if (selfTarget)
            {
                trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {f.Target!.Code}", "the forces moved are not the target: dropped");
                found.RemoveAt(i--);
            }
        }
    }

    // Whether every actor is the country's own state or its forces (or there is none).
    private static bool OnlyOwnState(List<ResolvedActor> actors, string country)
    {
        foreach (var a in actors)
            if (ActorCode.Country(a.Code) != country || !IsStateCode(a.Code) && ActorCode.Role(a.Code) is not ("MIL" or "COP")) return false;
        return true;
    }

    // The role of the soldiers or police named within a few words after the verb ("deployed thousands of riot police"),
    // when they are the source's own or name no country; null for none.
    private static string? MovedForces(Document doc, ActorResolver resolver, DateOnly? date, string home, int from, int end)
    {
        foreach (var m in resolver.Mentions)
        {
            if (m.Start < from || m.Start > from + 6 || m.Start >= end || m.Entry.Kind != ActorKind.Agent) continue;
            string? role = m.Entry.CodeAt(date)?.TrimStart('~');
            if (role is not ("MIL" or "COP")) continue;
            foreach (var a in ResolveAt(doc, resolver, m.Start, date))
                if (ActorCode.Country(a.Code) is { } c && c != home && c != "---") return null;
            return role;
        }
        return null;
    }

    // Who a protest named after the verb is by ("ahead of a rally by opposition leader Bobi Wine"), else the
    // country's people; null when no protest is named.
    private static ResolvedActor? ProtestFaced(Document doc, ActorResolver resolver, DateOnly? date, string home, int from, int end)
    {
        var tok = doc.Tokens;
        for (int k = from; k < end; k++)
        {
            if (!tok[k].Tag.IsNoun() || tok[k].Lemma is not ("protest" or "rally" or "march" or "demonstration" or "demonstrator" or "protester" or "sit-in")) continue;
            foreach (var m in resolver.Mentions)
            {
                if (m.Start <= k - 3 || m.Start > k + 8 || m.Start >= end) continue;
                foreach (var a in ResolveAt(doc, resolver, m.Start, date))
                    if (ActorCode.Country(a.Code) == home && a.Code.Length > 3 && !IsStateRole(a.Code.AsSpan(3))) return a;
            }
            return new ResolvedActor(home + "CVL", k, k + 1, null, "the people of a protest in " + home);
        }
        return null;
    }

    // "delivered food to 200,000 people in Gaza", "pledged medicine for flood victims in Pakistan": people known
    // only by where they are receive aid as their country does (the convention of our gold files).
    private static void AidReachesTheCountry(int s, List<Candidate> found, ExplainTrace? trace)
    {
        foreach (var f in found)
        {
            if (f.Target is not { } t || !(f.Code.StartsWith("07", StringComparison.Ordinal) || f.Code.StartsWith("033", StringComparison.Ordinal))
                || ActorCode.Role(t.Code) != "CVL" || !t.Basis.StartsWith("agent at a place", StringComparison.Ordinal) || ActorCode.Country(t.Code) is not { } country) continue;
            if (HasCandidate(found, f, f.Code, f.Source.Code, country)) continue;
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {t.Code}", $"aid for people at a place reaches the country: {country}");
            f.Target = t with { Code = country };
        }
    }

    // "expelled a team of UN human rights monitors", "ordered the Red Cross to close its offices and leave the country",
    // "ordered Ethiopian troops serving with the AU mission to leave": an organisation's mission or foreign forces sent
    // away is CAMEO's 166 (peacekeepers 1661, inspectors and observers 1662, aid agencies 1663), not the expulsion of a
    // person (174), a mass expulsion (201) nor a bare demand (10).
    private static void MissionsExpelled(Document doc, int s, List<Candidate> found, ExplainTrace? trace)
    {
        var tok = doc.Tokens;
        int sentenceEnd = doc.SentenceRef(s).EndToken;
        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            if (f.Negated || f.Target is not { StartToken: >= 0 } t || f.Code is not ("166" or "174" or "201" or "100" or "1052" or "1056")) continue;
            bool organisation = t.Code.StartsWith("IGO", StringComparison.Ordinal) || t.Code.StartsWith("NGO", StringComparison.Ordinal);
            bool foreignForces = ActorCode.Role(t.Code) is "MIL" or "PKO" && ActorCode.Country(t.Code) != ActorCode.Country(f.Source.Code);
            if (!organisation && !foreignForces) continue;
            int end = Math.Min(sentenceEnd, t.EndToken + 4);
            // A demand counts only as an order to leave, close or stop ("ordered UNRWA to vacate its facilities").
            if (f.Code is "100" or "1052" or "1056")
            {
                bool leave = false;
                for (int k = t.EndToken; k + 1 < sentenceEnd && k < t.EndToken + 4 && !leave; k++)
                    leave = tok[k].Norm == "to" && tok[k + 1].Lemma is "leave" or "vacate" or "close" or "halt" or "cease" or "quit" or "withdraw" or "shut" or "suspend";
                if (!leave || !VerbIs(doc, f, "order")) continue;
                end = sentenceEnd;
            }
            string? kind = null;
            for (int k = f.VerbEnd; k < Math.Min(end, t.EndToken + 4) && kind is null; k++)
                kind = tok[k].Lemma switch
                {
                    "inspector" or "monitor" or "observer" => "1662",
                    "peacekeeper" or "peacekeeping" or "troop" or "soldier" => "1661",
                    // One person sent away is expelled as a person (174).
                    "coordinator" or "envoy" or "representative" or "ambassador" or "diplomat" or "chief" or "head" => "174",
                    _ => null,
                };
            kind ??= foreignForces ? "1661" : IsAidOrganisation(t.Code) ? "1663" : "166";
            // (An organisation is never expelled en masse: "expelled the UN's resident coordinator" is no 201.)
            if (kind == f.Code || kind == "174" && f.Code is not ("166" or "201")) continue;
            Recode(found, ref i, kind, "mission expelled", $"an organisation's mission or foreign forces sent away: {kind}", s, trace);
        }
    }

    // UN agencies and non-governmental organisations that deliver aid (refugees, food, health, development, children's
    // aid: UNICEF is IGOUNOKID; the Red Cross is an NGO).
    private static bool IsAidOrganisation(string code) =>
        code.StartsWith("NGO", StringComparison.Ordinal) || code.StartsWith("IGOUNO", StringComparison.Ordinal)
        && (code.Contains("REF", StringComparison.Ordinal) || code.Contains("WFP", StringComparison.Ordinal) || code.Contains("HLH", StringComparison.Ordinal)
            || code.Contains("DEV", StringComparison.Ordinal) || code.Contains("KID", StringComparison.Ordinal) || code.Contains("AGR", StringComparison.Ordinal));

    // "expressed sympathy to the people of Papua New Guinea", "laid a wreath at a memorial to Vietnamese civilians":
    // sympathy and symbolic acts (017, 018) towards a country's people are towards the country; so is the release of
    // another country's people ("released four Armenian prisoners", "freed 12 Tunisian fishermen" → ARM, TUN).
    private static void GesturesReachTheCountry(int s, List<Candidate> found, ExplainTrace? trace)
    {
        foreach (var f in found)
        {
            bool gesture = f.Code is "017" or "018" && f.Target is { } g && ActorCode.Role(g.Code) == "CVL";
            bool release = f.Code.StartsWith("084", StringComparison.Ordinal) && f.Code != "0842" && f.Target is { } r && ActorCode.Role(r.Code) is "CVL" or "AGR" or "LAB" or "EDU";
            if (!gesture && !release || f.Target is not { } t || ActorCode.Country(t.Code) is not { Length: 3 } country
                || country == ActorCode.Country(f.Source.Code) || HasCandidate(found, f, f.Code, f.Source.Code, country)) continue;
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {t.Code}", $"a gesture to, or release of, a country's people is to the country: {country}");
            f.Target = t with { Code = country };
        }
    }

    // "Belgrade demanded the release of the four men": the release of the source's own people is asked of whoever
    // detained or seized them a few sentences earlier, not of the people themselves.
    private static void ReleaseDemandedOfTheHolder(int sentence, int s, List<Candidate> found, List<EventRecord> events, List<(ResolvedActor Source, ResolvedActor? Target)> actors, ExplainTrace? trace)
    {
        foreach (var f in found)
        {
            if (f.Target is not { } t || f.Code is not ("1053" or "0253") || ActorCode.Country(t.Code) is not { } held
                || ActorCode.Country(f.Source.Code) != held || ActorCode.Role(t.Code) is "GOV" or "MIL" or "COP") continue;
            if (EarlierHolder(sentence, held, events, actors) is not { } holder) continue;
            trace?.Add(s, "rule", $"{f.Source.Code} {f.Code} {t.Code}", $"release asked of whoever held them: {holder.Code}");
            f.Target = holder with { StartToken = t.StartToken, EndToken = t.EndToken, Basis = "earlier detention: " + holder.Basis };
        }
    }

    // The subject of a "when"/"as" clause right after passive clause c ("were killed when gunmen opened fire"), else -1.
    private static int WhenClauseSubject(Document doc, int c, int endClause) =>
        WhenClause(doc, c, endClause) is int k and >= 0 && (doc.ClauseRef(k).Flags & ClauseFlags.Passive) == 0 ? doc.ClauseRef(k).Subject : -1;

    // The "when/as" clause under clause c that tells how its event happened, or -1.
    private static int WhenClause(Document doc, int c, int endClause)
    {
        for (int k = c + 1; k < endClause; k++)
        {
            ref var w = ref doc.ClauseRef(k);
            if (w.Parent == c && w.Kind == ClauseKind.Subordinate && w.Marker >= 0 && doc.Tokens[w.Marker].Norm is "when" or "as") return k;
        }
        return -1;
    }

    // The weapon phrase (subject or object) of the active "when/as" clause under clause c, or -1.
    private static int WhenClauseWeapon(Document doc, int c, int endClause)
    {
        if (WhenClause(doc, c, endClause) is not (int k and >= 0)) return -1;
        ref var w = ref doc.ClauseRef(k);
        if (w.Object >= 0 && doc.PhraseRef(w.Object).Head >= 0 && IsWeapon(doc.Tokens[doc.PhraseRef(w.Object).Head].Lemma)) return w.Object;
        if (w.Subject >= 0 && doc.PhraseRef(w.Subject).Head >= 0 && IsWeapon(doc.Tokens[doc.PhraseRef(w.Subject).Head].Lemma)) return w.Subject;
        return -1;
    }

    // Who detained or seized someone (17x, 181) in the last few sentences, not of country `own`; null for nobody.
    // The people held may have been named by where they live ("ethnic Serb men" arrested in Kosovo).
    private static ResolvedActor? EarlierHolder(int sentence, string? own, List<EventRecord> events, List<(ResolvedActor Source, ResolvedActor? Target)> actors)
    {
        for (int i = events.Count - 1; i >= 0 && events[i].SentenceIndex >= sentence - EventNounReach; i--)
        {
            var e = events[i];
            if (e.SentenceIndex >= sentence || !(e.CameoRoot == "17" || e.Cameo == "181") || e.Target is null || e.Source.Country is null || e.Source.Country == own) continue;
            return actors[i].Source;
        }
        return null;
    }

    // Another candidate with this code and dyad (a loop: a lambda's closure would be allocated per candidate).
    private static bool HasCandidate(List<Candidate> found, Candidate except, string code, string source, string? target)
    {
        foreach (var g in found)
            if (g != except && g.Code == code && g.Source.Code == source && g.Target?.Code == target) return true;
        return false;
    }

    private static bool IsProtestCrowd(Document doc, ResolvedActor a)
    {
        if (a.StartToken < 0 || ActorCode.Role(a.Code) != "CVL") return false;
        for (int k = a.StartToken; k < a.EndToken; k++)
            if (doc.Tokens[k].Tag.IsNoun() && doc.Tokens[k].Lemma is "protester" or "protestor" or "demonstrator" or "rioter" or "crowd" or "mob" or "marcher")
                return true;
        return false;
    }

    // The targets of the earlier conjunct a clause is coordinated with (same subject, joined by a conjunction),
    // for the clause itself or, for an infinitive, for the verb it completes ("and offered to mediate"), when both
    // acts cooperate or both conflict ("condemned the attack and pledged to send troops" helps the attacked instead).
    private static List<ResolvedActor>? ConjunctTargets(Document doc, int clause, int firstClause, Dictionary<int, (List<ResolvedActor> Targets, string Code)> coded, string code)
    {
        int m = clause;
        while (doc.ClauseRef(m).Kind == ClauseKind.Infinitive && doc.ClauseRef(m).Parent >= 0 && (doc.ClauseRef(m).Flags & ClauseFlags.InheritedSubject) != 0)
            m = doc.ClauseRef(m).Parent;
        ref var cl = ref doc.ClauseRef(m);
        if ((cl.Flags & ClauseFlags.InheritedSubject) == 0 || cl.Kind is ClauseKind.Infinitive or ClauseKind.Participial || cl.Subject < 0) return null;
        var tok = doc.Tokens;
        int verbFirst = doc.PhraseRef(cl.Verb).FirstToken;
        if (verbFirst < 1 || tok[verbFirst - 1].Norm is not ("and" or "but")) return null;
        for (int q = m - 1; q >= firstClause; q--)
        {
            ref var other = ref doc.ClauseRef(q);
            if (other.Subject != cl.Subject || other.Kind != cl.Kind) continue;
            if (coded.TryGetValue(q, out var t)) return SameSide(t.Code) ? t.Targets : null;
            // The earlier conjunct may have coded through its infinitive ("called on X to exercise restraint").
            for (int k = q + 1; k < m; k++)
                if (doc.ClauseRef(k).Kind == ClauseKind.Infinitive && doc.ClauseRef(k).Parent == q && coded.TryGetValue(k, out t)) return SameSide(t.Code) ? t.Targets : null;
            return null;
        }
        return null;

        // Nor whom a reply answers: "denied any involvement and called for an investigation" addresses nobody.
        bool SameSide(string first) => QuadFromRoot(first) <= 2 == QuadFromRoot(code) <= 2 && !first.StartsWith("016", StringComparison.Ordinal);
    }

    // "warned that Taiwan's leaders would be severely punished": a warning whose reported future act codes as
    // no event of its own is a threat (130) to the actor that act falls on, coded through the dictionary's "warn +".
    // A plain statement ("said", "vowed") counts only when what is to come is a retaliation or its consequences: "would
    // respond with full force to any attempt by Guyana", "would bring serious consequences for Caracas" (Retaliation).
    private void WarnedThat(Document doc, int s, int clause, List<ResolvedActor> speakers, List<ResolvedActor> warned, int vFirst, int vEnd, ActorResolver resolver, DateOnly? date,
        HashSet<int> codedClauses, List<Candidate> found, ExplainTrace? trace, bool stated = false)
    {
        ref var sd = ref doc.SentenceRef(s);
        for (int k = sd.FirstClause; k < sd.EndClause; k++)
        {
            ref var cl = ref doc.ClauseRef(k);
            if (cl.Kind != ClauseKind.Complement || cl.Parent != clause) continue;
            if (codedClauses.Contains(k)) return;
            bool future = IsFuture(doc, cl.Verb) || (cl.Flags & ClauseFlags.Modal) != 0;
            if (!future || (cl.Flags & ClauseFlags.Negated) != 0 && stated) continue;
            if (stated && !Retaliation(doc, cl.Verb, cl.FirstToken, cl.EndToken)) continue;
            // What is done to them ("would be punished"), or what the speaker's side will do to them ("the North
            // would answer the drills with force"); not a forecast ("Kenya's economy would shrink").
            List<ResolvedActor> on;
            bool addressed = false; // the threatened are the ones told
            if (warned.Count > 0) (on, addressed) = (warned, true);
            // "warned Washington that any attack would be met with a crushing response": with no actor as the passive's
            // subject, the one warned.
            else if ((cl.Flags & ClauseFlags.Passive) != 0)
            {
                on = resolver.Resolve(cl.Subject, date);
                if (on.Count == 0) (on, addressed) = (resolver.Resolve(doc.ClauseRef(clause).Object, date), true);
            }
            else if ((resolver.Resolve(cl.Subject, date) is { Count: > 0 } named ? named : PronounOfParentSubject(doc, resolver, ref cl, date)) is { Count: > 0 } doers
                     && doers.TrueForAll(d => speakers.Exists(x => ActorCode.Country(x.Code) == ActorCode.Country(d.Code))))
                // "warned the SDF that Ankara would not tolerate delays ...": the one warned, else whom the act falls on.
            {
                on = resolver.Resolve(doc.ClauseRef(clause).Object, date) is { Count: > 0 } told ? told : DefaultTargets(doc, resolver, ref cl, date, targetAfterVerb: false);
                // "warned that Israel would act with full force if Hezbollah was not disarmed": the one the condition names.
                if (on.Count == 0 && ConditionActors(doc, resolver, k, sd.FirstClause, sd.EndClause, date) is { Count: > 0 } conditioned) on = conditioned;
            }
            // "warned that its stocks in eastern Afghanistan would run out": a thing doing something on its own is a
            // forecast, unless what comes is a retaliation or force ("any attack would meet a crushing response").
            else if (cl.Subject >= 0 && !stated && !Retaliation(doc, cl.Verb, cl.FirstToken, cl.EndToken) && !MentionsForce(doc, cl.FirstToken, cl.EndToken)) continue;
            else on = [];
            // "would respond with full force to any attempt by Guyana to develop oil fields": the one foreign actor the
            // threat names, else (for a warning) the sentence's, not as an owner ("accused the government of serving
            // Israel's interests and warned that the decision could lead to strife" is no threat to Israel).
            // "warned that it could impose sanctions on members of the junta": whom the warned act's own pattern falls on.
            if (on.Count == 0 && !stated && PatternTargetOf(doc, s, ref cl, resolver, date) is { Count: > 0 } patterned) on = Except(patterned, speakers, s_sameCountry);
            if (on.Count == 0) on = ForeignActors(doc, resolver, speakers, cl.FirstToken, cl.EndToken, date) ?? (stated ? null : ForeignActors(doc, resolver, speakers, sd.FirstToken, sd.EndToken, date)) ?? [];
            // A threat of force is CAMEO's 138: "would act with full force", "would respond militarily".
            bool force = MentionsForce(doc, cl.FirstToken, cl.EndToken) || IsForceAgainstPeople(doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma);
            var warn = Array.Find(_dicts.Patterns.ForVerb("warn"), p => force ? p.Text == "warn of force" : p.Code == "130" && p.Text == "warn +");
            // "warned that it could impose targeted sanctions": the "warn of X" pattern for what the act names.
            if (!force && WarnedOfNamed(doc, cl.FirstToken, cl.EndToken) is { } namedWarning) warn = namedWarning;
            if (warn is null) return;
            foreach (var src in speakers)
                foreach (var tgt in on)
                    // A threat is to another country, or to armed groups at home ("vowed that the army would pursue the terrorists"),
                    // or to whoever at home is told ("warned opposition supporters that any march would be crushed").
                    if (ActorCode.Country(tgt.Code) is { } c && (c != ActorCode.Country(src.Code) || ActorCode.Role(tgt.Code) is { } tr && IsArmedGroupRole(tr)
                            || addressed && tgt.Code.Length > 3)
                        && !tgt.Code.StartsWith("---", StringComparison.Ordinal))
                    {
                        trace?.Add(s, "target", warn.Text, $"a warning of a future act on {tgt.Code} that codes as no event: a threat");
                        Add(found, src, tgt, warn.Code, warn, stated ? "threat: a retaliation stated" : "threat: warned that", false, vFirst, vEnd);
                    }
            return;
        }
    }

    private static readonly List<ResolvedActor> s_noActors = [];

    private static bool AllUnknown(List<ResolvedActor> actors)
    {
        foreach (var a in actors)
            if (!a.Code.StartsWith("---", StringComparison.Ordinal)) return false;
        return true;
    }

    // Whether the actor mention at `token` is followed by a possessive "'s" and a noun that is no actor: it owns the object.
    private static bool OwnerOfObject(Document doc, ActorResolver resolver, int token)
    {
        int owned = -1;
        foreach (var m in resolver.SlotMentions)
            if (m.Start == token && m.End + 1 < doc.TokenCount && doc.Tokens[m.End].Tag == PosTag.POS) owned = m.End + 1;
        if (owned < 0) return false;
        while (owned < doc.TokenCount && doc.Tokens[owned].Tag.IsAdjective()) owned++;
        // "welcomed Kenya's president": the owned noun is an actor itself, the guest.
        foreach (var m in resolver.Mentions)
            if (m.Start <= owned && owned < m.End) return false;
        // So is an office the dictionaries do not list: "hosted NATO's deputy secretary-general".
        for (int k = owned; k < doc.TokenCount && k < owned + 3 && doc.Tokens[k].Tag.IsNoun(); k++)
            if (IsOfficeTitle(doc.Tokens[k].Lemma)) return false;
        return owned < doc.TokenCount && doc.Tokens[owned].Tag.IsNoun();
    }

    private static bool IsOfficeTitle(string lemma) => ActorResolver.IsOfficeNoun(lemma) || ActorResolver.IsPersonOfHead(lemma)
        || lemma is "secretary-general" or "director" or "director-general" or "delegation" or "delegate" or "official" or "officer" or "coordinator" or "commissioner";

    // The target of the first pattern of a clause's verb that matches with one, or null.
    private List<ResolvedActor>? PatternTargetOf(Document doc, int s, ref ClauseData cl, ActorResolver resolver, DateOnly? date)
    {
        ref var sd = ref doc.SentenceRef(s);
        int head = doc.PhraseRef(cl.Verb).Head;
        var words = SentenceWords(doc, s);
        foreach (var p in _dicts.Patterns.ForVerb(doc.Tokens[head].Lemma))
        {
            if (!p.HasTargetSlot || PatternMatcher.MissingWord(p, words) is not null) continue;
            var m = PatternMatcher.Match(doc, p, head, Math.Min(cl.FirstToken, doc.PhraseRef(cl.Verb).FirstToken), sd.EndToken, _dicts.Patterns.Policy, resolver.SlotMentions, false);
            if (m.Success && m.TargetToken >= 0 && ResolveAt(doc, resolver, m.TargetToken, date) is { Count: > 0 } targets) return targets;
        }
        return null;
    }

    private static bool Names(PatternItem item, in TokenData t)
    {
        foreach (var alt in item.Alternatives)
            if (alt.Length == 1 && (alt[0] == t.Norm || alt[0] == t.Lemma)) return true;
        return false;
    }

    // The target-less "warn of WORDS" pattern (one or two words, or a synonym set) naming tokens of [first, end), or null.
    private VerbPattern? WarnedOfNamed(Document doc, int first, int end)
    {
        var tok = doc.Tokens;
        foreach (var p in _dicts.Patterns.ForVerb("warn"))
        {
            var a = p.After;
            if (a.Length < 2 || a.Length > 3 || a[0].Kind != PatternItemKind.Word || !Array.Exists(a[0].Alternatives, static x => x is ["of"])) continue;
            bool words = true;
            for (int i = 1; i < a.Length; i++) words &= a[i].Kind == PatternItemKind.Word;
            if (!words) continue;
            // The words after "of" in a row, the last a noun: "economic pressure", "sanctions".
            for (int k = first; k + a.Length - 1 <= end; k++)
            {
                bool all = tok[k + a.Length - 2].Tag.IsNoun();
                for (int i = 1; all && i < a.Length; i++) all = Names(a[i], tok[k + i - 1]);
                if (all) return p;
            }
        }
        return null;
    }

    private static bool HasFutureComplement(Document doc, int clause, int firstClause, int endClause)
    {
        for (int k = firstClause; k < endClause; k++)
        {
            ref var cl = ref doc.ClauseRef(k);
            if (cl.Kind == ClauseKind.Complement && cl.Parent == clause && ((cl.Flags & ClauseFlags.Modal) != 0 || IsFuture(doc, cl.Verb))) return true;
        }
        return false;
    }

    // A future act that answers someone: a retaliation verb with words of force or resolve ("respond with full force",
    // "retaliate", "respond in kind", "respond with appropriate measures", "to any attempt"), or consequences to bear.
    private static bool Retaliation(Document doc, int verb, int first, int end)
    {
        var tok = doc.Tokens;
        bool consequences = false, resolve = false;
        for (int k = first; k < end; k++)
        {
            string l = tok[k].Lemma;
            consequences |= l == "consequence";
            resolve |= l is "force" or "militarily" or "kind" or "strength" or "measure" or "decisively" or "forcefully" or "firmly" or "war"
                || l == "any" && k + 1 < end && tok[k + 1].Lemma is "attempt" or "attack" or "aggression" or "incursion" or "provocation" or "violation";
        }
        string lemma = tok[doc.PhraseRef(verb).Head].Lemma;
        return consequences || resolve && lemma is "respond" or "retaliate" or "react" or "answer" or "hit" or "strike" or "meet" or "act"
            || IsForceAgainstPeople(lemma);
    }

    // "would pursue the terrorists wherever they are", "would be hunted down", "would crush the rebellion": acts that are
    // force against someone by themselves.
    private static bool IsForceAgainstPeople(string lemma) =>
        lemma is "pursue" or "hunt" or "crush" or "eliminate" or "annihilate" or "wipe" or "defeat" or "destroy" or "track";

    // The actors of the one foreign country named in tokens [first, end) (not the speakers'), else null.
    private static List<ResolvedActor>? ForeignActors(Document doc, ActorResolver resolver, List<ResolvedActor> speakers, int first, int end, DateOnly? date)
    {
        List<ResolvedActor>? result = null;
        foreach (var m in resolver.Mentions)
        {
            // A possessive names whose something is, not whom the threat is to ("serving Israel's interests").
            if (m.Start < first || m.End > end || m.Entry.Kind is ActorKind.Agent or ActorKind.NotActor || m.End < end && doc.Tokens[m.End].Tag == PosTag.POS) continue;
            var found = ResolveAt(doc, resolver, m.Start, date);
            foreach (var a in found)
            {
                string? c = ActorCode.Country(a.Code);
                if (c is null || a.Code.StartsWith("---", StringComparison.Ordinal) || SharesCountry([a], speakers)) continue;
                if (result is not null && ActorCode.Country(result[0].Code) != c) return null;
                (result ??= []).Add(a);
            }
        }
        return result;
    }

    // The consultation patterns of a reporting verb ("tell + in phone call") still code the exchange the report came in.
    private void ConsultedInReport(Document doc, int s, int clause, string lemma, List<ResolvedActor> speakers, ActorResolver resolver, DateOnly? date,
        List<Candidate> found, ExplainTrace? trace)
    {
        var verbPatterns = _dicts.Patterns.ForVerb(lemma);
        if (verbPatterns.Length == 0) return;
        ref var sd = ref doc.SentenceRef(s);
        ref var cl = ref doc.ClauseRef(clause);
        int head = doc.PhraseRef(cl.Verb).Head;
        SentenceWordSet? words = null; // only for a verb with such patterns: "said" has none, and it is on most sentences
        foreach (var p in verbPatterns)
        {
            if (!p.Code.StartsWith("04", StringComparison.Ordinal) || !p.HasTargetSlot || PatternMatcher.MissingWord(p, words ??= SentenceWords(doc, s)) is not null) continue;
            var m = PatternMatcher.Match(doc, p, head, Math.Min(cl.FirstToken, doc.PhraseRef(cl.Verb).FirstToken), sd.EndToken, _dicts.Patterns.Policy, resolver.SlotMentions, false);
            if (!m.Success || m.TargetToken < 0) continue;
            var targets = ResolveAt(doc, resolver, m.TargetToken, date);
            if (targets.Count == 0) continue;
            trace?.Add(s, "match", p.Text + " => " + p.Code, $"the report came in a call or meeting [{p.Source}]");
            foreach (var src in speakers)
                foreach (var tgt in targets)
                    if (tgt.Code != src.Code) Add(found, src, tgt, p.Code, p, "reported in a call or meeting", false, head, head + 1);
            return;
        }
    }

    // The one country of the speakers, when no doer is of it: the side that reports being fought.
    private static ResolvedActor? ReportingVictim(List<ResolvedActor> speakers, List<ResolvedActor> doers, int first, int end)
    {
        string? country = null;
        foreach (var sp in speakers)
        {
            if (ActorCode.Country(sp.Code) is not { Length: 3 } c || c == "IMG" || country is not null && country != c) return null;
            country = c;
        }
        if (country is null) return null;
        foreach (var d in doers) if (ActorCode.Country(d.Code) is not { } dc || dc == country) return null;
        return new ResolvedActor(country, first, end, null, "implied: the speaker's country, which reports being fought");
    }

    // The targets of the violent act named after a claim or a denial ("responsibility for an attack on a police post",
    // "for an ambush that killed 14 soldiers", "any role in a cyberattack that knocked Albanian sites offline"): the
    // act noun's own target, else the object of the clause describing it, else the country where the act took place.
    private List<ResolvedActor>? ClaimedActTargets(Document doc, int s, ActorResolver resolver, int from, int end, DateOnly? date, string? own)
    {
        var tok = doc.Tokens;
        ref var sd = ref doc.SentenceRef(s);
        for (int n = from; n < end && n < from + 8; n++)
        {
            if (!tok[n].Tag.IsNoun() || !IsActNoun(tok[n].Lemma)) continue;
            var candidates = new List<VerbPattern>();
            _dicts.Patterns.Candidates(tok[n].Lemma, noun: true, SentenceWords(doc, s), candidates);
            int np = NounPhraseWithHead(doc, sd.FirstPhrase, sd.EndPhrase, n);
            foreach (var p in candidates)
            {
                var m = PatternMatcher.Match(doc, p, n, np >= 0 ? doc.PhraseRef(np).FirstToken : n, end, _dicts.Patterns.Policy, resolver.Mentions, false);
                if (m.Success && m.TargetToken >= 0 && ResolveAt(doc, resolver, m.TargetToken, date) is { Count: > 0 } struck) return struck;
            }
            int described = -1;
            for (int c = sd.FirstClause; c < sd.EndClause && np >= 0; c++)
            {
                ref var cl = ref doc.ClauseRef(c);
                if (cl.Kind is not (ClauseKind.Relative or ClauseKind.Participial) || cl.Subject != np) continue;
                var hit = resolver.Resolve(cl.Object, date);
                if (hit.Exists(a => ActorCode.Country(a.Code) is not null)) return hit;
                described = cl.Object;
                break;
            }
            // "a drone strike on a market in South Kivu", "a bombing that killed four officers at a checkpoint in Bannu":
            // the act struck the country it happened in (its people where the clause names them), unless that is the
            // claimant's own and nothing more is known.
            int actEnd = end;
            for (int k = n + 1; k < end; k++)
                if (tok[k].Tag is PosTag.Comma or PosTag.Period or PosTag.CC) { actEnd = k; break; }
            if ((Setting.EventSetting.Default.PlaceCountry(doc, n + 1, actEnd, locativeOnly: false) ?? OneCountryNamed(resolver, n + 1, actEnd)) is not { } where) return null;
            if (described >= 0 && resolver.AgentsIn(described, date, where) is { } people) return [people];
            return where == own ? null : [new ResolvedActor(where, n, actEnd, null, "place of the act claimed or denied")];
        }
        return null;

        static bool IsActNoun(string lemma) =>
            s_eventNouns.TryGetValue(lemma, out var roots) && (Array.IndexOf(roots, "19") >= 0 || Array.IndexOf(roots, "18") >= 0)
            || lemma.EndsWith("attack", StringComparison.Ordinal) || lemma is "hack" or "hacking" or "sabotage" or "massacre";
    }

    // Who an investigation with no '+' and nothing named after its "into" is of: a doer named further on ("war crimes,
    // including torture, committed by militias"), else those the act struck or the country it happened in (as for a
    // claimed act: "reviewing a drone strike in southern Somalia"), else a foreign country whose place is examined
    // ("damage at Iran's Isfahan site").
    private List<ResolvedActor>? InvestigatedPlace(Document doc, int s, ActorResolver resolver, int from, int end, DateOnly? date, ResolvedActor source)
    {
        var tok = doc.Tokens;
        string? own = ActorCode.Country(source.Code);
        int stop = ActEnd(tok, from, end);
        // "alleged war crimes, including torture, committed by militias": the doer named further on.
        for (int k = from; k + 1 < stop && k < from + 16; k++)
            if (tok[k].Norm == "by" && tok[k + 1].Norm is not ("his" or "her" or "its" or "their" or "our")
                && ResolveAt(doc, resolver, k + 1, date) is { Count: > 0 } doers && doers.TrueForAll(d => d.Code != source.Code)) return doers;
        if (ClaimedActTargets(doc, s, resolver, from, stop, date, own) is { Count: > 0 } struck) return struck;
        return ForeignPlace(doc, resolver, from, stop, own, date, "place of the act investigated") is { } where ? [where] : null;
    }

    // Where what a clause tells ends: before a later "after/because/amid" adjunct or a closing ", X said".
    private static int ActEnd(ReadOnlySpan<TokenData> tok, int from, int end)
    {
        for (int k = from; k < end; k++)
            if (tok[k].Tag == PosTag.Period || tok[k].Norm is "after" or "before" or "because" or "amid" && k > from + 1 || tok[k].Tag == PosTag.Comma && k + 1 < end && tok[k + 1].Tag is PosTag.DT or PosTag.NNP && ReportingTail(tok, k + 1, end))
                return k;
        return end;

        static bool ReportingTail(ReadOnlySpan<TokenData> tok, int k, int end)
        {
            for (int j = k; j < end && j < k + 8; j++)
                if (tok[j].Lemma is "say" or "report" or "tell" or "announce") return true;
            return false;
        }
    }

    // A foreign country named as a place in tokens [from, stop): a possessive country ("at Iran's Isfahan site",
    // "bases in Somalia's Gedo region"), else the one country of the locative places ("in southern Lebanon").
    private static ResolvedActor? ForeignPlace(Document doc, ActorResolver resolver, int from, int stop, string? own, DateOnly? date, string basis)
    {
        var tok = doc.Tokens;
        foreach (var m in resolver.Mentions)
        {
            if (m.Start < from || m.Start >= stop || m.Entry.Kind is not (ActorKind.Country or ActorKind.Capital) || m.Entry.CodeAt(date) is not { } code) continue;
            if (m.End < stop && tok[m.End].Tag == PosTag.POS && ActorCode.Country(code) is { } c && c != own)
                return new ResolvedActor(c, m.Start, m.End, null, basis);
        }
        return Setting.EventSetting.Default.PlaceCountry(doc, from, stop, locativeOnly: true) is { } where && where != own
            ? new ResolvedActor(where, from, stop, null, basis) : null;
    }

    // The actors an "if"/"unless" clause inside or after clause <paramref name="within"/> is about: its subject, else its agent.
    private static List<ResolvedActor>? ConditionActors(Document doc, ActorResolver resolver, int within, int firstClause, int endClause, DateOnly? date)
    {
        ref var w = ref doc.ClauseRef(within);
        for (int c = firstClause; c < endClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (c == within || cl.FirstToken < w.FirstToken || cl.Marker < 0 || doc.Tokens[cl.Marker].Norm is not ("if" or "unless")) continue;
            var who = resolver.Resolve(cl.Subject, date);
            if (who.Count == 0 && (cl.Flags & ClauseFlags.Passive) != 0) who = resolver.Resolve(cl.Agent, date);
            return who;
        }
        return null;
    }

    private static bool MentionsForce(Document doc, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (doc.Tokens[k].Lemma is "force" or "militarily" or "retaliate" or "retaliation" or "strike" or "war"
                || doc.Tokens[k].Lemma == "response" && k > first && doc.Tokens[k - 1].Lemma is "crushing" or "military" or "devastating" or "decisive"
                || doc.Tokens[k].Lemma is "action" or "option" or "intervention" or "operation" && k > first && doc.Tokens[k - 1].Lemma == "military") return true;
        return false;
    }

    // Verbs that move goods somewhere, and verbs of a vehicle arriving with them.
    // A verb no pattern coded may still be a vow of what is to come ("vowed that the army would pursue the terrorists",
    // like a statement of it) or a shipment of goods the synsets name; both are coded after the sentence's clauses.
    private void NothingCoded(Document doc, int c, ref ClauseData cl, ref SentenceData sd, string lemma, List<ResolvedActor> subjects,
        ref List<(int Clause, List<ResolvedActor> Speakers, List<ResolvedActor> Addressed, int VerbFirst, int VerbEnd)>? statements,
        ref List<(int Clause, List<ResolvedActor> Speakers, List<ResolvedActor> Addressed, int VerbFirst, int VerbEnd)>? shipments)
    {
        if (subjects.Count == 0) return;
        ref var vp = ref doc.PhraseRef(cl.Verb);
        if (lemma is "vow" or "swear" or "pledge" && _options.IntentRules && HasFutureComplement(doc, c, sd.FirstClause, sd.EndClause))
            (statements ??= []).Add((c, subjects, s_noActors, vp.FirstToken, vp.EndToken));
        if (IsShipmentVerb(lemma) && (cl.Flags & (ClauseFlags.Passive | ClauseFlags.Negated)) == 0)
            (shipments ??= []).Add((c, subjects, s_noActors, vp.FirstToken, vp.EndToken));
    }

    private static bool IsShipmentVerb(string lemma) => IsSendingVerb(lemma) || lemma is "cross" or "reach" or "dock" or "enter" or "land" or "arrive";

    private static bool IsSendingVerb(string lemma) => lemma is "send" or "ship" or "deliver" or "airlift" or "fly" or "dispatch" or "truck"
        or "rush" or "transport" or "airdrop" or "donate" or "gift" or "hand" or "despatch";

    // "India airlifted 50 tonnes of relief supplies, including tents, to Myanmar", "New Zealand's air force flew
    // tarpaulins to Tonga", "a Jordanian convoy carrying food and medicine crossed into Gaza": goods that no pattern
    // reached, sent or carried to another country, are aid of the kind the dictionaries' synsets say the goods are
    // (&humaid 073, &milaid 072, &econaid 071), coded through the matching "send ... to +" pattern.
    private void Shipment(Document doc, int s, int clause, List<ResolvedActor> senders, int vFirst, int vEnd, ActorResolver resolver, DateOnly? date,
        HashSet<int> codedClauses, List<Candidate> found, ExplainTrace? trace)
    {
        if (codedClauses.Contains(clause)) return;
        var tok = doc.Tokens;
        ref var sd = ref doc.SentenceRef(s);
        ref var cl = ref doc.ClauseRef(clause);
        bool sending = IsSendingVerb(tok[doc.PhraseRef(cl.Verb).Head].Lemma);
        // What is said after the goods and their destination is another matter ("... to Myanmar after an earthquake struck").
        int stop = sd.EndToken;
        for (int k = vEnd; k < sd.EndToken; k++)
            if (tok[k].Tag is PosTag.VBD or PosTag.MD || tok[k].Norm is "after" or "before" or "when" or "while" or "because" or "amid") { stop = k; break; }
        // The destination: the first "to" or "into" (sending; "over" for an airdrop) or "into / in / at / to" (arriving)
        // phrase after the verb.
        int dest = -1;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int p = pFirst; p < pEnd && dest < 0; p++)
        {
            ref var pp = ref doc.PhraseRef(p);
            if (pp.Kind != PhraseKind.PP || pp.FirstToken < vEnd || pp.FirstToken >= stop || pp.Child < 0) continue;
            string prep = tok[pp.Head].Norm;
            // "sent aid into Gaza", "airdropped food over northern Gaza".
            if (prep is "to" or "into" || !sending && prep is "in" or "at" || prep == "over" && tok[doc.PhraseRef(cl.Verb).Head].Lemma == "airdrop") dest = p;
        }
        if (dest < 0) return;
        int destFirst = doc.PhraseRef(dest).FirstToken;
        // The goods: what is sent, or what the arriving vehicle carries (its subject phrase and the participle on it).
        int goodsFirst = sending ? vEnd : cl.Subject >= 0 ? doc.PhraseRef(cl.Subject).FirstToken : sd.FirstToken;
        int goodsEnd = sending ? destFirst : vFirst;
        string? code = null;
        foreach (var (synset, aid) in s_shipmentKinds)
        {
            for (int k = goodsFirst; k < goodsEnd && code is null; k++)
                if (_dicts.Patterns.SynsetMemberAt(synset, tok, k, goodsEnd) > 0) code = aid;
            if (code is not null) break;
        }
        if (code is null) return;
        // Where the goods go: an actor named there, else the country of the place.
        var to = resolver.Resolve(doc.PhraseRef(dest).Child, date);
        // "docked in Havana": a capital the goods reach is a place, its country.
        if (to.Count == 1 && to[0].Entry?.Kind == ActorKind.Capital && ActorCode.Country(to[0].Code) is { } capitalOf) to = [to[0] with { Code = capitalOf }];
        if (to.Count == 0)
        {
            string? own = ActorCode.Country(senders[0].Code);
            if ((Setting.EventSetting.Default.PlaceCountry(doc, destFirst, stop, locativeOnly: false) ?? OneCountryNamed(resolver, destFirst, stop)) is { } where && where != own)
                to = [new ResolvedActor(where, destFirst, stop, null, "where the goods go")];
        }
        string synsetName = code switch { "073" => "&humaid", "072" => "&milaid", _ => "&econaid" };
        var send = Array.Find(_dicts.Patterns.ForVerb("send"), p => p.Code == code && p.Text == $"send {synsetName} to +");
        if (send is null) return;
        foreach (var src in senders)
            foreach (var tgt in to)
                if (ActorCode.Country(tgt.Code) != ActorCode.Country(src.Code) && !tgt.Code.StartsWith("---", StringComparison.Ordinal))
                {
                    trace?.Add(s, "target", send.Text, $"{synsetName} goods {(sending ? "sent" : "carried")} to {tgt.Code}: aid");
                    Add(found, src, tgt, code, send, "aid: goods shipped", false, vFirst, vEnd);
                }
        codedClauses.Add(clause);
    }

    // The one country named by a country or capital name in tokens [first, end) ("in several Albanian cities", "into
    // the Gaza Strip"); null for none or several.
    private static string? OneCountryNamed(ActorResolver resolver, int first, int end)
    {
        string? country = null;
        foreach (var m in resolver.Mentions)
        {
            if (m.Start < first || m.Start >= end || m.Entry.Kind is not (ActorKind.Country or ActorKind.Capital) || m.Entry.CodeAt(null) is not { } c) continue;
            if (ActorCode.Country(c) is not { } cc || country is not null && country != cc) return null;
            country = cc;
        }
        return country;
    }

    private static readonly (string Synset, string Code)[] s_shipmentKinds = [("humaid", "073"), ("milaid", "072"), ("econaid", "071")];

    // "told the Commission that it would change its law": the speaker's own future act, told to an actor and coded as
    // nothing else, is a promise to that actor (030, as "assured X that"). Not what it will not do, nor what others will.
    private void PromisedThat(Document doc, int s, int clause, List<ResolvedActor> speakers, List<ResolvedActor> told, int vFirst, int vEnd, ActorResolver resolver, DateOnly? date,
        HashSet<int> codedClauses, List<Candidate> found, ExplainTrace? trace)
    {
        ref var sd = ref doc.SentenceRef(s);
        for (int k = sd.FirstClause; k < sd.EndClause; k++)
        {
            ref var cl = ref doc.ClauseRef(k);
            if (cl.Kind != ClauseKind.Complement || cl.Parent != clause) continue;
            if (codedClauses.Contains(k) || (cl.Flags & ClauseFlags.Negated) != 0 || !IsFuture(doc, cl.Verb) && !IsReportedWould(doc, ref cl)) return;
            var doers = resolver.Resolve(cl.Subject, date);
            if (doers.Count == 0 || !doers.TrueForAll(d => speakers.Exists(x => ActorCode.Country(x.Code) == ActorCode.Country(d.Code)))) return;
            var assure = Array.Find(_dicts.Patterns.ForVerb("assure"), p => p.Code == "030");
            if (assure is null) return;
            foreach (var src in speakers)
                foreach (var tgt in told)
                    if (ActorCode.Country(tgt.Code) != ActorCode.Country(src.Code) && !tgt.Code.StartsWith("---", StringComparison.Ordinal))
                    {
                        trace?.Add(s, "target", assure.Text, $"told {tgt.Code} what the speaker will do: a promise");
                        Add(found, src, tgt, "030", assure, "intent: told that it would", false, vFirst, vEnd);
                    }
            return;
        }
    }

    // Who holds the people a sentence describes as held: "held by Russia", "held in Russian prisons", "jailed in Iran".
    // With `after`, only holding clauses that start after that token ("..., while Lebanon demanded the release of
    // citizens held in Israeli prisons": not an earlier clause's holder).
    private static List<ResolvedActor>? DetainersIn(Document doc, ActorResolver resolver, int s, DateOnly? date, int after = -1)
    {
        ref var sd = ref doc.SentenceRef(s);
        for (int k = sd.FirstClause; k < sd.EndClause; k++)
        {
            ref var pc = ref doc.ClauseRef(k);
            if (pc.Kind is not (ClauseKind.Participial or ClauseKind.Relative) || doc.PhraseRef(pc.Verb).FirstToken < after
                || doc.Tokens[doc.PhraseRef(pc.Verb).Head].Lemma is not ("hold" or "detain" or "jail" or "imprison" or "kidnap" or "abduct" or "capture")) continue;
            if (pc.Agent >= 0 && resolver.Resolve(pc.Agent, date) is { Count: > 0 } by) return by;
            var (pFirst, pEnd) = resolver.SentencePhrases;
            for (int q = pFirst; q < pEnd; q++)
            {
                ref var pp = ref doc.PhraseRef(q);
                if (pp.Kind != PhraseKind.PP || pp.Child < 0 || pp.FirstToken < doc.PhraseRef(pc.Verb).EndToken || pp.FirstToken >= pc.EndToken
                    || doc.Tokens[pp.Head].Norm is not ("in" or "by")) continue;
                ref var np = ref doc.PhraseRef(pp.Child);
                if (resolver.ResolveSpan(np.FirstToken, np.EndToken, date) is { } holder && ActorCode.Country(holder.Code) is { Length: 3 } c)
                    return [new ResolvedActor(c, holder.StartToken, holder.EndToken, holder.Entry, "holder: " + holder.Basis)];
            }
        }
        return null;
    }

    // The agent of a participle that holds, controls or occupies the noun phrase ("positions held by its soldiers").
    private static List<ResolvedActor>? HolderOf(Document doc, ActorResolver resolver, int np, int firstClause, int endClause, DateOnly? date)
    {
        for (int k = firstClause; k < endClause; k++)
        {
            ref var pc = ref doc.ClauseRef(k);
            if (pc.Kind != ClauseKind.Participial || pc.Subject != np || pc.Agent < 0
                || doc.Tokens[doc.PhraseRef(pc.Verb).Head].Lemma is not ("hold" or "control" or "man" or "occupy" or "own" or "run" or "operate" or "use" or "guard")) continue;
            // "held by its soldiers": the owner "its" refers to comes before the story's own country.
            var owned = resolver.PossessiveSubjects(pc.Agent, date);
            return owned.Count > 0 ? owned : resolver.Resolve(pc.Agent, date);
        }
        return null;
    }

    // "between" after the verb with an actor at the start of its noun phrase.
    private static bool NamesPartiesBetween(ReadOnlySpan<TokenData> tok, IReadOnlyList<ActorMention> mentions, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            // Within the clause: ", even as fighting between the rebels and the army spread" is another clause's.
            if (tok[k].Tag == PosTag.Comma) return false;
            if (tok[k].Norm != "between") continue;
            // The first noun phrase after it ("between South Sudan's army and ..."), not "aged between 18 and 25, Ukraine's ...".
            int q = k + 1;
            while (q < end && q <= k + 3 && tok[q].Tag is PosTag.DT or PosTag.JJ or PosTag.JJS) q++;
            for (int i = 0; i < mentions.Count; i++)
                if (mentions[i].Start == q && mentions[i].Entry.Kind != ActorKind.NotActor) return true;
        }
        return false;
    }

    // A bare base verb with a singular subject ("that Kazakhstan honour"): the mandative subjunctive.
    private static bool IsSubjunctive(Document doc, ref ClauseData cl)
    {
        if (cl.Subject < 0 || cl.Verb < 0) return false;
        ref var vp = ref doc.PhraseRef(cl.Verb);
        var tok = doc.Tokens;
        // One verb word, or one with its particle ("demanded that the rebels pull out").
        bool single = vp.EndToken - vp.FirstToken == 1 || vp.EndToken - vp.FirstToken == 2 && vp.Head == vp.FirstToken && tok[vp.Head + 1].Tag == PosTag.RP;
        return single && tok[vp.Head].Tag is PosTag.VB or PosTag.VBP && tok[vp.Head].Norm != "be"
            && tok[doc.PhraseRef(cl.Subject).Head].Tag is PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.NNS or PosTag.PRP && (cl.Flags & ClauseFlags.Negated) == 0;
    }

    private static bool HasMust(Document doc, int vp)
    {
        ref var p = ref doc.PhraseRef(vp);
        for (int k = p.FirstToken; k < p.EndToken; k++) if (doc.Tokens[k].Norm == "must") return true;
        return false;
    }

    // The "demand that + VERB ..." pattern of the dictionaries that fits what must be done (its verb, then its other
    // words after it in the clause), else the plain "demand +" (100).
    private VerbPattern? DemandPatternFor(Document doc, int verb, int end, string lemma)
    {
        VerbPattern? best = null, plain = null;
        foreach (var p in _dicts.Patterns.ForVerb("demand"))
        {
            var a = p.After;
            if (p.Before.Length == 0 && a.Length == 1 && a[0].Kind == PatternItemKind.Target && p.AnchorParticles.Length == 0) plain ??= p;
            if (a.Length < 3 || a[0].Kind != PatternItemKind.Word || !Array.Exists(a[0].Alternatives, static x => x is ["that"]) || a[1].Kind != PatternItemKind.Target) continue;
            bool fits = a[2].Kind == PatternItemKind.Word && Array.Exists(a[2].Alternatives, x => x[0] == lemma && (x.Length == 1 || WordsAfter(doc, verb, end, x, 1)));
            for (int i = 3; i < a.Length && fits; i++)
                fits = a[i].Kind == PatternItemKind.Word && Array.Exists(a[i].Alternatives, x => WordsAfter(doc, verb, end, x, 0));
            if (fits && (best is null || p.Specificity > best.Specificity)) best = p;
        }
        return best ?? plain;
    }

    // The words from index `from` of a pattern alternative occur in order after the verb, before `end`.
    private static bool WordsAfter(Document doc, int verb, int end, string[] words, int from)
    {
        var tok = doc.Tokens;
        for (int k = verb + 1; k + words.Length - from <= end && k < doc.TokenCount; k++)
        {
            bool all = true;
            for (int j = from; j < words.Length && all; j++)
                all = tok[k + j - from].Norm == words[j] || tok[k + j - from].Lemma == words[j];
            if (all) return true;
        }
        return false;
    }

    // Nouns that name an act, with the CAMEO roots of the acts they can point back to ("" = any act):
    // "India rejected the request" answers an earlier appeal or demand.
    private static readonly Dictionary<string, string[]> s_eventNouns = BuildEventNouns();

    private static Dictionary<string, string[]> BuildEventNouns()
    {
        var d = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string roots, params string[] nouns) { foreach (var n in nouns) d[n] = roots.Length == 0 ? [] : roots.Split(' '); }
        Add("02 10", "request", "demand", "appeal", "call", "ultimatum");
        Add("11", "accusation", "allegation", "criticism", "condemnation");
        Add("18 19 20", "attack", "strike", "raid", "bombing", "shelling", "shooting", "killing", "incursion", "invasion", "offensive", "assault", "explosion", "blast", "ambush");
        Add("06 15 19", "exercise", "drill", "manoeuvre", "maneuver"); // joint drills are military cooperation (062)
        Add("15 19", "launch", "test", "deployment", "provocation");
        Add("16 17 19", "sanction", "ban", "tariff", "restriction", "closure", "suspension", "expulsion", "blockade", "embargo");
        Add("17 18", "arrest", "detention", "crackdown", "seizure", "execution", "abduction", "kidnapping", "hijacking", "hostage-taking");
        Add("03 04 05", "proposal", "offer", "plan", "invitation");
        Add("13", "threat", "warning");
        Add("06 07 08 17", "transfer", "handover", "extradition", "deportation", "release", "repatriation");
        Add("01 10 11 12 13", "remark", "comment", "statement");
        Add("", "move", "decision", "action", "step", "measure");
        return d;
    }

    // The actor after "blamed on", "attributed to" or "claimed by" in a participle that modifies clause c's subject.
    private static List<ResolvedActor>? BlamedOn(Document doc, ActorResolver resolver, int c, int firstClause, int endClause, DateOnly? date)
    {
        int subject = doc.ClauseRef(c).Subject;
        var tok = doc.Tokens;
        for (int k = firstClause; k < endClause; k++)
        {
            ref var pc = ref doc.ClauseRef(k);
            if (k == c || pc.Kind != ClauseKind.Participial || pc.Subject != subject) continue;
            ref var pv = ref doc.PhraseRef(pc.Verb);
            // "A roadside bomb planted by Taliban militants killed seven soldiers": who planted, fired or set off a weapon used it.
            bool blame = tok[pv.Head].Lemma is "blame" or "attribute" or "claim";
            if (!blame && tok[pv.Head].Lemma is not ("plant" or "fire" or "launch" or "detonate" or "set" or "lay" or "drop" or "fly" or "carry" or "use")) continue;
            var (pFirst, pEnd) = resolver.SentencePhrases;
            for (int q = pFirst; q < pEnd; q++)
            {
                ref var pp = ref doc.PhraseRef(q);
                if (pp.Kind == PhraseKind.PP && pp.FirstToken == pv.EndToken && pp.Child >= 0 && (tok[pp.Head].Norm == "by" || blame && tok[pp.Head].Norm is "on" or "to"))
                    return resolver.Resolve(pp.Child, date);
            }
        }
        return null;
    }

    // "Pakistani warplanes struck militant hideouts ... the strikes targeted TTP camps": a definite violent event noun as
    // subject acts as the one who did the latest such event told in the last few sentences.
    private static ResolvedActor? ViolentEventSubject(Document doc, int subject, int sentence, List<EventRecord> events, List<(ResolvedActor Source, ResolvedActor? Target)> earlier)
    {
        if (subject < 0) return null;
        ref var np = ref doc.PhraseRef(subject);
        var tok = doc.Tokens;
        if (np.Kind != PhraseKind.NP || (np.Flags & (PhraseFlags.Coordination | PhraseFlags.Pronoun)) != 0 || np.Head < 0
            || tok[np.FirstToken].Norm is not ("the" or "this" or "these" or "those")) return null;
        if (!s_eventNouns.TryGetValue(tok[np.Head].Lemma, out var roots) || Array.IndexOf(roots, "19") < 0) return null;
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            if (events[i].SentenceIndex < sentence - EventNounReach) break;
            if (events[i].SentenceIndex >= sentence || events[i].CameoRoot is not ("18" or "19" or "20")) continue;
            var src = earlier[i].Source;
            if (src.Code.StartsWith("---", StringComparison.Ordinal)) return null;
            return src with { StartToken = np.FirstToken, EndToken = np.EndToken, Basis = "earlier event: " + src.Basis };
        }
        return null;
    }

    // Acts done to a place rather than said to someone: aid, force posture, coercion, violence.
    // Investigations, aid pledges, aid cuts and troop withdrawals also land on a place ("investigated war crimes in
    // Darfur", "suspended funding for projects in Niger", "pulled its troops back from positions near Kharkiv").
    private static bool IsMaterial(string code) => code.Length >= 2 && code[..2] is "07" or "09" or "15" or "17" or "18" or "19" or "20"
        || code.StartsWith("033", StringComparison.Ordinal) || code.StartsWith("162", StringComparison.Ordinal) || IsWithdrawal(code);

    private static bool IsWithdrawal(string code) => code is "087" or "0874";

    // Nouns for an accord or a process a place may name ("the Doha ceasefire", "the Minsk agreements").
    private static bool IsNamedAccord(string lemma) => lemma is "ceasefire" or "truce" or "accord" or "agreement" or "deal" or "treaty"
        or "process" or "format" or "declaration" or "protocol" or "framework" or "summit" or "conference" or "talks" or "plan";

    // "Israeli aircraft struck a building in Khan Younis", "Rwandan troops protected gas facilities in
    // Mozambique": with no actor as target, a place in a locative phrase on the object or the verb
    // gives its country, when that is not the source's own.
    private static ResolvedActor? PlaceTarget(Document doc, ActorResolver resolver, int obj, int verb, ResolvedActor? source, DateOnly? date, string code)
    {
        if (source is null) return null;
        string? own = ActorCode.Country(source.Code);
        // Rebels or a party's fighters taking a town of their own country take it from that state ("TPLF fighters seized
        // the town of Adigrat" → ETH); the state's own forces doing so have no foreign target.
        bool rebelsTakeTerritory = code.StartsWith("192", StringComparison.Ordinal) && source.Code.Length > 3 && !IsStateRole(source.Code.AsSpan(3));
        var tok = doc.Tokens;
        // "Russian forces occupied Avdiivka": the object itself may be the place.
        // Not one a place only names ("violated the Doha ceasefire", "the Minsk agreements").
        if (obj >= 0 && doc.PhraseRef(obj).Kind == PhraseKind.NP && !IsNamedAccord(tok[doc.PhraseRef(obj).Head].Lemma) && PlaceCountry(obj) is { } named && (named != own || rebelsTakeTerritory))
            return new ResolvedActor(named, doc.PhraseRef(obj).FirstToken, doc.PhraseRef(obj).EndToken, null, "place acted on");
        // Aid "for flood victims in Pakistan" reaches them there (and aid cut "for projects in Niger" no longer does).
        bool aid = code.StartsWith("07", StringComparison.Ordinal) || code.StartsWith("033", StringComparison.Ordinal) || code.StartsWith("162", StringComparison.Ordinal);
        bool away = IsWithdrawal(code);
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int k = pFirst; k < pEnd; k++)
        {
            ref var pp = ref doc.PhraseRef(k);
            if (pp.Kind != PhraseKind.PP || pp.Child < 0) continue;
            // On the verb, on its object, or one step down: "to villages in Somalia".
            int on = pp.Attach;
            bool attached = on == verb || obj >= 0 && on == obj || on >= 0 && IsLocativeStep(doc, doc.PhraseRef(on).Parent, verb, aid, away);
            if (!attached) continue;
            string prep = tok[pp.Head].Norm;
            bool settlementOf = prep == "of" && obj >= 0 && on == obj && tok[doc.PhraseRef(obj).Head].Lemma is "town" or "city" or "village" or "region" or "province" or "district" or "port" or "island";
            // "an offensive toward the city of Zaporizhzhia": the settlement named one step down.
            settlementOf |= prep == "of" && on >= 0 && on != obj && doc.PhraseRef(on).Kind == PhraseKind.NP && tok[doc.PhraseRef(on).Head].Lemma is "town" or "city" or "village" or "region" or "province" or "district" or "port" or "island";
            if (!settlementOf && prep is not ("in" or "near" or "at" or "around" or "across" or "inside" or "into" or "off" or "over" or "toward" or "towards") && !(away && prep == "from")) continue;
            if (!aid && ModifiesPurposeNoun(tok, pp.FirstToken)) continue;
            // "pledged aid at a donor conference in Brussels": the venue where aid is pledged is not where it goes.
            if (aid && IsVenueBefore(tok, pp.FirstToken)) continue;
            if (PlaceCountry(pp.Child) is not { } country || country == own && !(settlementOf && rebelsTakeTerritory)) continue;
            return new ResolvedActor(country, doc.PhraseRef(pp.Child).FirstToken, doc.PhraseRef(pp.Child).EndToken, null, "place of the act");
        }
        // "pledged $50 million to help rebuild schools and hospitals in Syria": aid for a place named further on, in what
        // it is to do, goes there.
        if (aid && obj >= 0)
            for (int k = doc.PhraseRef(obj).EndToken; k + 1 < tok.Length && tok[k].Tag is not (PosTag.Comma or PosTag.Period); k++)
            {
                if (tok[k].Norm is not ("in" or "for") || IsVenueBefore(tok, k)) continue;
                int stop = k + 1;
                while (stop < tok.Length && stop - k <= 5 && tok[stop].Tag is not (PosTag.IN or PosTag.Comma or PosTag.Period or PosTag.TO or PosTag.CC) && !tok[stop].Tag.IsVerb()) stop++;
                if (Setting.EventSetting.Default.PlaceCountry(doc, k + 1, stop, locativeOnly: false) is { } where && where != own)
                    return new ResolvedActor(where, k + 1, stop, null, "the place the aid is for");
            }
        return null;

        static bool IsVenueBefore(ReadOnlySpan<TokenData> tok, int prep)
        {
            for (int b = prep - 1; b >= 0 && b >= prep - 3; b--)
                if (tok[b].Lemma is "conference" or "summit" or "meeting" or "talk" or "forum" or "ceremony" or "visit") return true;
            return false;
        }

        // A bare country or capital, else a gazetteer place, read as the country it lies in.
        string? PlaceCountry(int npIndex)
        {
            // A region is no place acted on ("struck a boat in the Caribbean" has no target).
            foreach (var a in resolver.Resolve(npIndex, date))
                if (a.Entry?.Kind == ActorKind.Capital || a.Entry?.Kind == ActorKind.Country && a.Code.Length == 3 && !ActorCode.IsRegion(a.Code)) return ActorCode.Country(a.Code);
            ref var np = ref doc.PhraseRef(npIndex);
            var gazetteer = Setting.EventSetting.Default.Gazetteer;
            var places = new List<Places.PlaceMention>();
            gazetteer.Match(doc, np.FirstToken, np.EndToken, places);
            if (places.Count == 0) return null;
            var context = new HashSet<string>(StringComparer.Ordinal);
            if (own is not null) context.Add(own);
            return gazetteer[Places.ToponymResolver.Resolve(gazetteer, doc, places.ToArray(), context)[0]].Country;
        }
    }

    // A military or police post in a locative phrase of the verb ("at an army base", "on a police checkpoint"): its
    // force, of the place's country.
    private static ResolvedActor? PostAttacked(Document doc, ActorResolver resolver, int verb, DateOnly? date, string country)
    {
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int k = pFirst; k < pEnd; k++)
        {
            ref var pp = ref doc.PhraseRef(k);
            // On the verb, or on its object ("planted a bomb under an army truck").
            if (pp.Kind != PhraseKind.PP || pp.Child < 0 || pp.Attach != verb
                && !(pp.Attach >= 0 && doc.PhraseRef(pp.Attach).Kind == PhraseKind.NP && doc.PhraseRef(pp.Attach).FirstToken == doc.PhraseRef(verb).EndToken)) continue;
            if (doc.Tokens[pp.Head].Norm is not ("at" or "on" or "near" or "outside" or "inside" or "into" or "under" or "against")) continue;
            if (resolver.AgentsIn(pp.Child, date, country) is { } agents && ActorCode.Role(agents.Code) is "MIL" or "COP") return agents;
            // "under a Malian army truck": the post may name its country itself.
            if (resolver.Resolve(pp.Child, date) is [var named] && ActorCode.Country(named.Code) == country && ActorCode.Role(named.Code) is "MIL" or "COP") return named;
        }
        return null;
    }

    // The agent of a passive participial clause on `subject` before clause `c` ("donated by Turkey"), or -1.
    private static int RelativeAgent(Document doc, int firstClause, int c, int subject)
    {
        for (int r = firstClause; r < c; r++)
        {
            ref var rc = ref doc.ClauseRef(r);
            if (rc.Kind != ClauseKind.Participial || rc.Subject != subject || (rc.Flags & ClauseFlags.Passive) == 0) continue;
            if (rc.Agent >= 0) return rc.Agent;
            int after = doc.PhraseRef(rc.Verb).EndToken;
            var (pFirst, pEnd) = doc.SentencePhrases(rc.Verb);
            for (int k = pFirst; k < pEnd; k++)
            {
                ref var pp = ref doc.PhraseRef(k);
                if (pp.Kind == PhraseKind.PP && pp.FirstToken == after && doc.Tokens[pp.Head].Norm == "by" && pp.Child >= 0) return pp.Child;
            }
        }
        return -1;
    }

    private static bool GoesToThirdParty(VerbPattern p)
    {
        if (p.Code.StartsWith("07", StringComparison.Ordinal) || p.Code.StartsWith("15", StringComparison.Ordinal) || IsSendVerb(p.Anchor)) return true;
        foreach (var item in p.After)
            if (item.Kind == PatternItemKind.Word)
                foreach (var alt in item.Alternatives)
                    if (alt.Length > 0 && IsSendVerb(alt[0])) return true;
        return false;

        static bool IsSendVerb(string w) => w is "send" or "provide" or "deliver" or "deploy" or "supply" or "donate" or "give" or "dispatch" or "ship";
    }

    // "Marcos ordered the navy to escort resupply missions": a government commanding its own soldiers or police is the
    // chain of command, not a demand of one actor on another (what they are sent to do is coded where it names a party).
    private static bool IsCommandToOwnForces(string lemma, string code, ResolvedActor source, ResolvedActor target) =>
        code.StartsWith("10", StringComparison.Ordinal) && lemma is "order" or "instruct" or "direct" or "command"
        && ActorCode.Country(source.Code) is { } country && country == ActorCode.Country(target.Code)
        && ActorCode.Role(source.Code) is null or "GOV" or "ELI" && ActorCode.Role(target.Code) is "MIL" or "COP";

    private static bool IsStateRole(ReadOnlySpan<char> role) =>
        role.Contains("GOV", StringComparison.Ordinal) || role.Contains("MIL", StringComparison.Ordinal) || role.Contains("COP", StringComparison.Ordinal)
        || role.Contains("JUD", StringComparison.Ordinal) || role.Contains("LEG", StringComparison.Ordinal) || role.Contains("SPY", StringComparison.Ordinal);

    // "sending troops for the war in Ukraine": a place right after a for/about/during-phrase names where that
    // noun is, not where the act lands (the flat parse attaches both PPs to the verb).
    private static bool ModifiesPurposeNoun(ReadOnlySpan<TokenData> tok, int prep)
    {
        int k = prep - 1;
        while (k >= 0 && (tok[k].Tag.IsNoun() || tok[k].Tag.IsAdjective() || tok[k].Tag is PosTag.DT or PosTag.CD or PosTag.PRPS or PosTag.POS)) k--;
        return k < prep - 1 && k >= 0 && tok[k].Tag == PosTag.IN && tok[k].Norm is "for" or "about" or "during";
    }

    // "to villages in Somalia", not "for the war in Ukraine": the step down is itself a place phrase on the verb.
    private static bool IsLocativeStep(Document doc, int pp, int verb, bool aid, bool away)
    {
        if (pp < 0) return false;
        ref var q = ref doc.PhraseRef(pp);
        return q.Kind == PhraseKind.PP && q.Attach == verb
            && (doc.Tokens[q.Head].Norm is "to" or "into" or "in" or "at" or "near" or "toward" or "towards" or "across" or "around" or "inside" or "on" or "off" or "over"
                || aid && doc.Tokens[q.Head].Norm == "for" || away && doc.Tokens[q.Head].Norm == "from");
    }

    private static bool NamesWord(VerbPattern p, in TokenData t)
    {
        foreach (var item in p.After)
        {
            if (item.Kind != PatternItemKind.Word) continue;
            foreach (var alt in item.Alternatives)
                foreach (var w in alt)
                    if (w == t.Norm || w == t.Lemma) return true;
        }
        return false;
    }

    // The country whose people an actor acts on at home: a state or one of its organs, not an IGO.
    // Armies and rebels strike foreigners as often as their own people ("Israeli aircraft ... killing five
    // people", "Hamas freed the hostages"); gunmen and gangs mostly their own.
    private static string? DomesticCountry(ResolvedActor a, string code)
    {
        if (a.Code.StartsWith("---", StringComparison.Ordinal) || ActorCode.Country(a.Code) is not { } country) return null;
        var role = a.Code.AsSpan(3);
        if (role.Contains("MIL", StringComparison.Ordinal) || role.Contains("REB", StringComparison.Ordinal) || role.Contains("SPY", StringComparison.Ordinal)) return null;
        if (role.IsEmpty && IsViolent(code)) return null;
        // Expelling (166) sends foreigners out: "expelling 40,000 people" are not the state's own.
        if (code.StartsWith("166", StringComparison.Ordinal)) return null;
        return country;
    }

    // "Nika Melia, a leader of the opposition Coalition for Change,": the one agent role a description in commas after a
    // name gives, with the given country.
    private static ResolvedActor? DescribedAs(Document doc, ActorResolver resolver, int np, DateOnly? date, string country)
    {
        if (np < 0) return null;
        var tok = doc.Tokens;
        int k = doc.PhraseRef(np).EndToken;
        if (k + 2 >= tok.Length || tok[k].Tag != PosTag.Comma || tok[k + 1].Norm is not ("a" or "an" or "the")) return null;
        int end = k + 1;
        while (end < tok.Length && end - k < 14 && tok[end].Tag is not (PosTag.Comma or PosTag.Period) && !tok[end].Tag.IsVerb()) end++;
        string? role = null;
        int first = -1, last = -1;
        foreach (var m in resolver.Mentions)
        {
            if (m.Start <= k || m.Start >= end) continue;
            if (m.Entry.Kind != ActorKind.Agent || m.Entry.CodeAt(date) is not { } code || role is not null && role != code) return null;
            (role, first, last) = (code, first < 0 ? m.Start : first, m.End);
        }
        return role is null ? null : new ResolvedActor(country + role, first, last, null, "described in commas after a name");
    }

    // The country named right before "jails", "prisons", "custody" or "detention" in the sentence ("in Israeli jails").
    private static ResolvedActor? Jailer(Document doc, ActorResolver resolver, DateOnly? date)
    {
        var tok = doc.Tokens;
        foreach (var m in resolver.Mentions)
        {
            if (m.Entry.Kind != ActorKind.Country) continue;
            // "Israeli jails", "Israel's Ofer and Ketziot jails", "Iran's notorious Evin prison".
            int k = m.End;
            if (k < tok.Length && tok[k].Tag == PosTag.POS) k++;
            while (k < tok.Length && k - m.End <= 5 && (tok[k].Tag is PosTag.NNP or PosTag.CC or PosTag.JJ) && tok[k].Lemma is not ("jail" or "prison")) k++;
            if (k < tok.Length && tok[k].Lemma is "jail" or "prison" or "custody" or "detention" or "cell" && m.Entry.CodeAt(date) is { Length: 3 } code)
                return new ResolvedActor(code + "GOV", m.Start, k + 1, m.Entry, "the jailer named with the prison: its government");
        }
        return null;
    }

    // Civilians, the opposition, workers, students or media of a country: whose "government" is their own.
    private static string? PopularCountry(ResolvedActor a) =>
        a.Code.Length >= 6 && a.Code.AsSpan(3, 3) is "CVL" or "OPP" or "LAB" or "EDU" or "MED" or "REB" ? ActorCode.Country(a.Code) : null;

    // A state arrests and represses its own people, officers and soldiers included.
    private static bool IsArrestOrRepression(string code) => code.StartsWith("173", StringComparison.Ordinal) || code.StartsWith("175", StringComparison.Ordinal);

    // So does it license its own media: "suspended the licences of two radio stations" (other 172 sanctions, such as
    // revoked visas, fall on foreigners as often).
    private static bool IsDomesticCoercion(VerbPattern p) => IsArrestOrRepression(p.Code) || p.Code == "172" && p.Text.Contains("licen", StringComparison.Ordinal);

    // Officials, soldiers and spies without a country are as often foreign as not; civilians, the
    // opposition, journalists, police and rebels acted on by a state's actor are nearly always its own.
    private static bool IsDomesticRole(string code) =>
        code.Length > 3 && code.AsSpan(3) is not ("GOV" or "MIL" or "SPY" or "ELI" or "GOVMIL");

    // "The prime minister resigned after days of protests by students", "scrapped the allowances after
    // protesters demanded it": a state actor yields to the people whose pressure the sentence names next.
    private static ResolvedActor? YieldedTo(Document doc, ActorResolver resolver, int from, int end, ResolvedActor source, DateOnly? date)
    {
        if (DomesticCountry(source, "08") is not { } home || source.Code.Length > 3 && source.Code.AsSpan(3) is not ("GOV" or "LEG" or "JUD" or "COP")) return null;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        int marker = AfterMarker(doc.Tokens, from, end);
        // "bowed to months of student-led protests and called early elections", "Bowing to protesters, ... withdrew":
        // the pressure named anywhere in the sentence.
        if (marker < 0 && pFirst < pEnd) marker = BowedTo(doc.Tokens, doc.PhraseRef(pFirst).FirstToken, end);
        if (marker < 0) return null;
        ResolvedActor? people = null;
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var np = ref doc.PhraseRef(p);
            if (np.Kind != PhraseKind.NP || np.FirstToken <= marker) continue;
            foreach (var a in resolver.Resolve(p, date))
                if (PopularCountry(a) == home) return a;
            if (resolver.AgentsIn(p, date, home) is { } own && PopularCountry(own) == home) return own;
            // "resigned after weeks of street protests": protests with no one named are the country's people's.
            if (people is null && np.Head >= 0 && doc.Tokens[np.Head].Lemma is "protest" or "demonstration" or "rally" or "unrest" or "riot" or "uprising")
                people = new ResolvedActor(home + "CVL", np.FirstToken, np.EndToken, null, "implied: protests are the people's");
        }
        return people;
    }

    // Acts whose target CAMEO coders take from the act itself when the text names none. A country's
    // civilians, students or opposition protest against its government (14); a curfew, a state of
    // emergency, a ban on rallies or riot control ("police fired tear gas") is imposed on, or lifted for, its
    // population (0811, 0813, 0814, 1721, 1723, 1724, 175).
    // A bombing or massacre by rebels, gunmen or a group where the clause names a place (18, 20) strikes
    // that place's civilians ("Militants detonated a bomb at a station in Quetta" → PAKCVL).
    // "Thousands of Israelis", "young Moroccans": a country's people named by a plural demonym, not its state (nor a
    // plural country name: "the Philippines", "the United States").
    private static bool IsPeopleOfCountry(Document doc, ResolvedActor a) =>
        a.Code.Length == 3 && a.Entry is { Kind: ActorKind.Country } e && a.EndToken > 0 && a.EndToken <= doc.TokenCount
        && doc.Tokens[a.EndToken - 1] is { Tag: PosTag.NNPS or PosTag.NNS } last && last.Has(TokenFlags.Capitalized) // not "both sides"
        && !e.Name.EndsWith(last.Norm, StringComparison.OrdinalIgnoreCase);

    private static bool AllImply(Document doc, List<ResolvedActor> sources, string implied, string code, int verbFirst, int verbEnd, string? place)
    {
        for (int k = 1; k < sources.Count; k++)
            if (ImpliedTarget(sources[k], code, verbFirst, verbEnd, place, IsPeopleOfCountry(doc, sources[k]))?.Code != implied) return false;
        return true;
    }

    // The role of a countryless agent after the verb, up to the next comma or verb, that names a part of the population
    // ("opposition", "journalists", "unions"), or null; not a speaker after it ("…, journalists said").
    private static string? PopulationPart(Document doc, ActorResolver resolver, int from, int end, DateOnly? date)
    {
        // "fired tear gas to break up an opposition rally": through a purpose infinitive, up to the next clause.
        for (int k = from; k < end; k++)
            if (doc.Tokens[k].Tag == PosTag.Comma || doc.Tokens[k].Tag.IsVerb() && !(k > from && doc.Tokens[k - 1].Tag == PosTag.TO)) { end = k; break; }
        foreach (var m in resolver.Mentions)
        {
            if (m.Start < from || m.End > end || m.Entry.Kind != ActorKind.Agent) continue;
            string role = (m.Entry.CodeAt(date) ?? "").TrimStart('~');
            if (role is "OPP" or "MED" or "EDU" or "LAB" or "REL" or "HRI" or "AGR" or "BUS") return role;
        }
        return null;
    }

    private static ResolvedActor? ImpliedTarget(ResolvedActor source, string code, int verbFirst, int verbEnd, string? place, bool people = false)
    {
        if (source.Code.Length < 3 || ActorCode.Country(source.Code) is not { } country) return null;
        var role = source.Code.AsSpan(3);
        bool state = role.IsEmpty && !people || role is "GOV" or "COP" or "MIL" or "GOVMIL" or "JUD" or "LEG";
        if (code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal))
            return place is not null && !state ? new ResolvedActor(place + "CVL", verbFirst, verbEnd, null, "implied: an attack on a place strikes its civilians") : null;
        if (code.StartsWith("14", StringComparison.Ordinal) && !state && !role.Contains("REB", StringComparison.Ordinal))
            return new ResolvedActor(country + "GOV", verbFirst, verbEnd, null, "implied: a protest is against the government");
        // "Protest organisers called off the demonstrations": dissent eased towards the government it targeted.
        if (code.StartsWith("082", StringComparison.Ordinal) && !state && !role.Contains("REB", StringComparison.Ordinal))
            return new ResolvedActor(country + "GOV", verbFirst, verbEnd, null, "implied: protests are called off towards the government");
        // "The RSF declared a three-month truce": an armed group's ceasefire is towards the state's forces it fights.
        if (code == "0871" && ActorCode.Role(source.Code) is { } armed && IsArmedGroupRole(armed))
            return new ResolvedActor(country + "MIL", verbFirst, verbEnd, null, "implied: an armed group's ceasefire is towards the state's forces");
        if (code is "0811" or "0813" or "0814" or "1721" or "1723" or "1724" or "175" && state)
            return new ResolvedActor(country + "CVL", verbFirst, verbEnd, null, "implied: the measure applies to the population");
        return null;
    }

    // Denials, rejections and criticism answer someone: "Trump accused Iran of arming the Houthis. Iran denied it."
    // So do military replies ("responded with mortars", "retaliated", "returned fire"), by the verb.
    private static bool IsResponse(string code, string verb) =>
        code.StartsWith("016", StringComparison.Ordinal) || code.StartsWith("11", StringComparison.Ordinal) || code.StartsWith("12", StringComparison.Ordinal)
        || verb is "respond" or "retaliate" or "reply" || verb is "return" or "hit" && code.StartsWith("19", StringComparison.Ordinal);

    // Material violence: assault, fighting, mass violence (roots 18-20).
    private static bool IsViolent(string code) => code.StartsWith("18", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal) || code.StartsWith("20", StringComparison.Ordinal);

    // "released 52 prisoners at the request of the United States", "at Washington's request", "under
    // pressure from the EU": the act answers the one who asked.
    private static List<ResolvedActor> RequestingActor(Document doc, ActorResolver resolver, DateOnly? date)
    {
        var tok = doc.Tokens;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int k = pFirst; k < pEnd; k++)
        {
            ref var at = ref doc.PhraseRef(k);
            if (at.Kind != PhraseKind.PP || at.Child < 0 || tok[at.Head].Norm is not ("at" or "under")) continue;
            int np = at.Child;
            string head = tok[doc.PhraseRef(np).Head].Lemma;
            if (!(tok[at.Head].Norm == "at" && head is "request" or "behest" or "urging" or "invitation" || tok[at.Head].Norm == "under" && head == "pressure")) continue;
            var own = resolver.Resolve(np, date);
            if (own.Count > 0) return own;
            for (int q = pFirst; q < pEnd; q++)
            {
                ref var of = ref doc.PhraseRef(q);
                if (of.Kind == PhraseKind.PP && of.Attach == np && of.Child >= 0 && tok[of.Head].Norm is "of" or "from") return resolver.Resolve(of.Child, date);
            }
        }
        return [];
    }

    // How many sentences back a reply may answer.
    private const int ResponseReach = 3;

    // "said M23 fighters had shelled its positions, and vowed to retaliate": a hostile act on the replier's country
    // coded earlier in the same sentence.
    private ResolvedActor? HostileActOnIn(List<Candidate> found, ResolvedActor replier)
    {
        string? own = ActorCode.Country(replier.Code);
        for (int i = found.Count - 1; own is not null && i >= 0; i--)
        {
            var f = found[i];
            if (f.Target is not { } t || ActorCode.Country(t.Code) != own || ActorCode.Country(f.Source.Code) is not { } by || by == own) continue;
            if (_dicts.Codebook.Find(f.Code) is { QuadClass: >= 3 }) return f.Source with { Basis = "reply to: " + f.Source.Basis };
        }
        return null;
    }

    // The source of the latest earlier conflict event (within ResponseReach sentences) that acted on the
    // replying actor's country, by another country.
    private static ResolvedActor? RespondedActor(int sentence, string code, ResolvedActor replier, List<EventRecord> events, List<(ResolvedActor Source, ResolvedActor? Target)> earlier)
    {
        string? own = ActorCode.Country(replier.Code);
        if (own is null) return null;
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            if (events[i].SentenceIndex < sentence - ResponseReach) break;
            if (events[i].SentenceIndex >= sentence) continue;
            // Criticism and denials answer conflict (sharing data with Japan is not what Japan's protest
            // answers); a rejection may answer a proposal.
            if (events[i].QuadClass < 3 && !code.StartsWith("12", StringComparison.Ordinal)) continue;
            // Nobody rejects being met or hosted, or being struck ("would press ahead with the plan" after a drone strike).
            if (events[i].CameoRoot == "04" || code.StartsWith("12", StringComparison.Ordinal) && IsViolent(events[i].Cameo)) continue;
            var (s, t) = earlier[i];
            if (t is null || ActorCode.Country(t.Code) != own) continue;
            string? by = ActorCode.Country(s.Code);
            // At home, only what another actor did to the replier itself: "a Druze leader accused Damascus ... The Syrian
            // government denied the charge".
            if (by is null && !s.Code.StartsWith("IGO", StringComparison.Ordinal) || by == own && !(t.Code == replier.Code && s.Code.Length > 3 && s.Code != replier.Code)) continue;
            return s with { Basis = "reply to: " + s.Basis };
        }
        return null;
    }

    // Whether an earlier event was told with the event noun, or with the verb the noun is made from: "Lithuania closed
    // its border crossings" ... "criticised the border closure".
    private static bool TellsSameAct(EventRecord e, string noun)
    {
        if (e.Sentence.Contains(noun, StringComparison.OrdinalIgnoreCase)) return true;
        string verb = e.Verb?.Text ?? string.Empty;
        var pattern = e.Pattern.Text.AsSpan();
        if (pattern.StartsWith("n: ")) return false;
        int space = pattern.IndexOf(' ');
        var lemma = space > 0 ? pattern[..space] : pattern;
        return MadeFromVerb(noun, verb) || MadeFromVerb(noun, lemma);
    }

    // "closure" from "closed", "seizure" from "seize", "deployment" from "deployed", "detention" from "detained": the noun's
    // stem (without its derivational suffix) begins the verb.
    internal static bool MadeFromVerb(string noun, ReadOnlySpan<char> verb)
    {
        if (verb.Length < 3) return false;
        string stem = noun switch
        {
            "detention" => "detain",
            "expulsion" => "expel",
            _ => StripDerivation(noun),
        };
        return stem.Length >= 4 && verb.StartsWith(stem, StringComparison.OrdinalIgnoreCase);
    }

    private static string StripDerivation(string noun)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ation", "ment", "ure", "sion", "tion", "ion", "ade", "al", "ing", "s"])
            if (noun.Length - suffix.Length >= 4 && noun.EndsWith(suffix, StringComparison.Ordinal)) return noun[..^suffix.Length];
        return noun;
    }

    // How many sentences back an event noun may point.
    private const int EventNounReach = 4;
    // The sentences of a story's lead (a dateline line, the lede and the one after it), referred to from anywhere below.
    private const int LedeSentences = 2;

    // "declined to comment on the new tariff": with no object, the noun phrase of the first topic phrase after the verb.
    // The actors of the by-phrase right after an event noun phrase, or after its of-phrase.
    private static List<ResolvedActor>? DoerOfEventNoun(Document doc, ActorResolver resolver, int np, DateOnly? date)
    {
        int pp = PhraseAfter(doc, np);
        // "the incursion of Russian drones", "the deployment of Chinese troops": an act nobody undergoes is done by its "of".
        if (pp >= 0 && doc.Tokens[doc.PhraseRef(pp).Head].Norm == "of" && doc.Tokens[doc.PhraseRef(np).Head].Lemma is "incursion" or "deployment"
            && resolver.Resolve(doc.PhraseRef(pp).Child, date) is { Count: > 0 } movers)
            return movers;
        if (pp >= 0 && doc.Tokens[doc.PhraseRef(pp).Head].Norm == "of") pp = PhraseAfter(doc, doc.PhraseRef(pp).Child);
        return pp >= 0 && doc.Tokens[doc.PhraseRef(pp).Head].Norm == "by" ? resolver.Resolve(doc.PhraseRef(pp).Child, date) : null;
    }

    // The prepositional phrase (with an object) that starts right after phrase np, else -1.
    private static int PhraseAfter(Document doc, int np)
    {
        int end = doc.PhraseRef(np).EndToken;
        var (pFirst, pEnd) = doc.SentencePhrases(np);
        for (int q = pFirst; q < pEnd; q++)
            if (doc.PhraseRef(q).Kind == PhraseKind.PP && doc.PhraseRef(q).FirstToken == end && doc.PhraseRef(q).Child >= 0) return q;
        return -1;
    }

    // A civil war, conflict, crisis or disaster: no one's act ("a war" alone may be a state's: "Russia's war killed").
    private static bool IsHappening(Document doc, int np)
    {
        int head = doc.PhraseRef(np).Head;
        if (head < 0) return false;
        string l = doc.Tokens[head].Lemma;
        return l is "conflict" or "crisis" or "violence" or "unrest" or "drought" or "flood" or "flooding" or "earthquake" or "famine"
            || l == "war" && head > 0 && doc.Tokens[head - 1].Lemma == "civil";
    }

    private static bool IsEventNounPhrase(Document doc, int np) =>
        doc.PhraseRef(np).Head >= 0 && s_eventNouns.ContainsKey(doc.Tokens[doc.PhraseRef(np).Head].Lemma);

    private static int TopicPhrase(Document doc, ActorResolver resolver, int from)
    {
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int k = pFirst; k < pEnd; k++)
        {
            ref var pp = ref doc.PhraseRef(k);
            if (pp.Kind != PhraseKind.PP || pp.FirstToken < from || pp.Child < 0) continue;
            // "claimed responsibility for the attack": what is claimed, answered or apologised for.
            return doc.Tokens[pp.Head].Norm is "on" or "about" or "over" or "for" ? pp.Child : -1;
        }
        return -1;
    }

    // "Fidan hosted the meeting", "Barrack mediated the talks": the parties of the latest meeting (root 04) named before.
    private static List<ResolvedActor>? MeetingParties(Document doc, int sentence, int obj, ResolvedActor source, List<EventRecord> events, List<(ResolvedActor Source, ResolvedActor? Target)> earlier,
        bool agreements = false)
    {
        if (obj < 0 || earlier.Count == 0) return null;
        ref var np = ref doc.PhraseRef(obj);
        var tok = doc.Tokens;
        if (np.Kind != PhraseKind.NP || np.Head < 0) return null;
        // "welcomed the agreement", "praised the accord": an agreement's parties, as a meeting's.
        bool agreement = agreements && tok[np.Head].Lemma is "agreement" or "deal" or "accord" or "arrangement" or "treaty" or "truce" or "pact" or "memorandum" or "ceasefire";
        if (!agreement && tok[np.Head].Lemma is not ("meeting" or "talk" or "talks" or "negotiation" or "summit" or "round" or "session" or "dialogue")) return null;
        // "the meeting", and also more of the same talks: "a new round of talks", "further rounds".
        bool more = false;
        for (int k = np.FirstToken; k < np.Head; k++) more |= tok[k].Norm is "new" or "further" or "another" or "next" or "more";
        if (tok[np.FirstToken].Norm is not ("the" or "this" or "that" or "these") && !more) return null;
        int npFirst = np.FirstToken, npEnd = np.EndToken;
        for (int i = earlier.Count - 1; i >= 0; i--)
        {
            if (events[i].SentenceIndex < sentence - EventNounReach) break;
            if (PartiesOf(i) is { } parties) return parties;
        }
        // Further back, only an agreement in the story's lead ("Iran and the IAEA agreed …" … "China welcomed the deal").
        for (int i = 0; agreement && i < earlier.Count && events[i].SentenceIndex <= LedeSentences && events[i].SentenceIndex < sentence - EventNounReach; i++)
            if (PartiesOf(i) is { } parties) return parties;
        return null;

        List<ResolvedActor>? PartiesOf(int i)
        {
            // An agreement is agreed (03), signed (057), carried out (06) or conceded (08); endorsing one (051) is not one.
            if (!(events[i].CameoRoot == "04" || agreement && (events[i].CameoRoot is "03" or "06" or "08" || events[i].Cameo.StartsWith("057", StringComparison.Ordinal)))
                || earlier[i].Target is not { } other) return null;
            var parties = new List<ResolvedActor>(2);
            foreach (var a in new[] { earlier[i].Source, other })
                if (!SameActor(a.Code, source.Code) && ActorCode.Country(a.Code) != ActorCode.Country(source.Code) && !a.Code.StartsWith("---", StringComparison.Ordinal))
                    parties.Add(a with { StartToken = npFirst, EndToken = npEnd, Carried = null, Basis = (agreement ? "earlier agreement: " : "earlier meeting: ") + a.Basis });
            return parties.Count > 0 ? parties : null;
        }
    }

    // Which side an actor is on when an act is referred back to: its country, but a country's armed groups apart from its
    // state ("Mali's president condemned the attack" by JNIM), and its opposition apart from its government ("Kenya's
    // opposition criticised the decision" to send police).
    private static string Side(string code) =>
        code.Length >= 6 && (IsArmedGroupRole(code.AsSpan(3, 3)) || code.AsSpan(3, 3) is "OPP") ? code[..6] : ActorCode.Country(code) ?? code;

    // What a noun of no particular kind ("the decision", "the move") can refer back to: an act, not a statement,
    // appeal, demand, criticism, rejection or threat made about one.
    private static bool IsAct(string root) => root is not ("01" or "02" or "10" or "11" or "12" or "13");

    // A definite event noun as object ("the launch", "this move") takes as target the actor of the
    // latest earlier event of a matching kind by someone else (its source, else its target).
    // anyRefers: "any" points back only where a pattern's '+' stands on the noun ("would answer any new restrictions
    // with"); as a plain object it is generic ("rejected any new military action in the region").

    private static ResolvedActor? EarlierEventActor(Document doc, int sentence, int obj, ResolvedActor source, List<EventRecord> events, List<(ResolvedActor Source, ResolvedActor? Target)> earlier,
        List<(int Sentence, string Root, string Code)> untargeted, bool anyRefers = true)
    {
        if (obj < 0 || earlier.Count == 0 && untargeted.Count == 0) return null;
        ref var np = ref doc.PhraseRef(obj);
        if (np.Kind != PhraseKind.NP || (np.Flags & (PhraseFlags.Coordination | PhraseFlags.Pronoun)) != 0) return null;
        var tok = doc.Tokens;
        if (!s_eventNouns.TryGetValue(tok[np.Head].Lemma, out var roots)) return null;
        // "demanded their immediate release", "condemned his arrest": the people a detention held stand for it.
        bool heldPeople = tok[np.FirstToken].Norm is "their" or "his" or "her" && Array.IndexOf(roots, "17") >= 0;
        if (!heldPeople && tok[np.FirstToken].Norm is not ("the" or "this" or "that" or "these" or "those" or "such" or "any") || !anyRefers && tok[np.FirstToken].Norm == "any") return null;
        // "any new military action": "any" with a noun of no particular kind is generic.
        if (tok[np.FirstToken].Norm == "any" && roots.Length == 0) return null;
        string own = Side(source.Code);
        int npFirst = np.FirstToken, npEnd = np.EndToken;
        // "condemned the attack": an earlier event told with the same word ("killed 30 soldiers in an attack") is the
        // referent before a later one of the same kind told otherwise ("launched air strikes").
        string noun = tok[np.Head].Lemma;
        int named = -1;
        for (int i = earlier.Count - 1; i >= 0 && named < 0; i--)
        {
            if (events[i].SentenceIndex < sentence - EventNounReach) break;
            if (events[i].SentenceIndex < sentence && Fits(events[i].CameoRoot)
                && TellsSameAct(events[i], noun) && Other(i) is not null) named = i;
        }
        // Further back, only the story's lead ("Militants attacked an army convoy ..." ... "the US condemned the attack").
        for (int i = 0; named < 0 && i < earlier.Count && events[i].SentenceIndex <= LedeSentences && events[i].SentenceIndex < sentence - EventNounReach; i++)
            if (Fits(events[i].CameoRoot)
                && TellsSameAct(events[i], noun) && Other(i) is not null) named = i;
        for (int i = named >= 0 ? named : earlier.Count - 1; i >= 0; i--)
        {
            if (events[i].SentenceIndex < sentence - EventNounReach && i != named) break;
            if (!Fits(events[i].CameoRoot)) continue;
            var (s, t) = earlier[i];
            foreach (var a in t is null ? [s] : new[] { s, t })
                if (Side(a.Code) != own && !a.Code.StartsWith("---", StringComparison.Ordinal))
                {
                    // A later act without a target is the nearer referent ("fired a missile ... condemned the launch").
                    if (named < 0 && LatestUntargeted(events[i].SentenceIndex + 1) is { } nearer) return nearer;
                    return a with { StartToken = np.FirstToken, EndToken = np.EndToken, Basis = "earlier event: " + a.Basis };
                }
        }
        return LatestUntargeted(sentence - EventNounReach);

        bool Fits(string root) => roots.Length > 0 ? Array.IndexOf(roots, root) >= 0 : IsAct(root);

        // The earlier event's actor from another country than the source's, if any.
        ResolvedActor? Other(int i)
        {
            var (s, t) = earlier[i];
            foreach (var a in t is null ? [s] : new[] { s, t })
                if (Side(a.Code) != own && !a.Code.StartsWith("---", StringComparison.Ordinal)) return a;
            return null;
        }

        ResolvedActor? LatestUntargeted(int fromSentence)
        {
            for (int i = untargeted.Count - 1; i >= 0; i--)
            {
                var u = untargeted[i];
                if (u.Sentence < fromSentence) break;
                if (u.Sentence >= sentence || !Fits(u.Root)) continue;
                if (Side(u.Code) != own && !u.Code.StartsWith("---", StringComparison.Ordinal))
                    return new ResolvedActor(u.Code, npFirst, npEnd, null, "earlier act without a target");
            }
            return null;
        }
    }

    // The folded forms and lemmas of a sentence, for rejecting patterns whose words are absent.
    private static SentenceWordSet SentenceWords(Document doc, int s) => SentenceWordSet.Of(doc, s);

    private static void Add(List<Candidate> found, ResolvedActor src, ResolvedActor? tgt, string code, VerbPattern p, string? rule, bool negated, int vFirst, int vEnd)
    {
        // "A mob beat a man to death": civilians assaulting other civilians are two actors with one code.
        if (tgt is not null && SameActor(src.Code, tgt.Code) && !(code.StartsWith("18", StringComparison.Ordinal) && ActorCode.Role(src.Code) == "CVL" && src.StartToken != tgt.StartToken)) return;
        // "Settlers attacked farmers", "militants attacked a mosque": irregulars' violence against civilians is
        // unconventional (18), not the use of military force (19).
        if (tgt is not null && code is "190" or "191" or "193" or "194" && IsIrregular(src.Code) && IsCivilian(tgt.Code))
        {
            code = "180";
            rule = rule is null ? "irregulars against civilians" : rule + "; irregulars against civilians";
        }
        // "Fano militiamen blockaded the main roads into Gondar": armed forces blocking passage impose a blockade (191); a
        // protest's obstruction (144) is civilians'.
        if (code.StartsWith("144", StringComparison.Ordinal) && ActorCode.Role(src.Code) is { } armedRole && (IsArmedGroupRole(armedRole) || armedRole == "MIL") && armedRole != "CRM")
        {
            code = "191";
            rule = rule is null ? "armed forces blocking passage" : rule + "; armed forces blocking passage";
        }
        // "Jordan's intelligence service handed its Iraqi counterparts information": counterparts hold the source's office.
        if (tgt is not null && tgt.Basis.EndsWith(ActorResolver.CounterpartBasis, StringComparison.Ordinal) && ActorCode.Role(src.Code) is { } office
            && ActorCode.Country(tgt.Code) is { Length: 3 } other && other != "IGO")
            tgt = tgt with { Code = other + office };
        foreach (var f in found)
            if (f.Source.Code == src.Code && f.Target?.Code == tgt?.Code && f.Code == code) return;
        found.Add(new Candidate { Source = src, Target = tgt, Code = code, Pattern = p, Rule = rule, Negated = negated, VerbFirst = vFirst, VerbEnd = vEnd });
    }

    // Armed without being a state's force: rebels, separatists, militias, settlers, gangs.
    private static bool IsIrregular(string code)
    {
        if (code.Length < 6) return false;
        var role = code.AsSpan(3);
        if (role.Contains("MIL", StringComparison.Ordinal) || role.Contains("GOV", StringComparison.Ordinal) || role.Contains("COP", StringComparison.Ordinal)) return false;
        return role.StartsWith("REB") || role.StartsWith("SEP") || role.StartsWith("UAF") || role.StartsWith("SET") || role.StartsWith("CRM") || role.StartsWith("INS");
    }

    // People outside the armed forces: also opposition politicians, businesses, lawmakers, judges and NGOs ("gunmen shot
    // dead an opposition candidate").
    private static bool IsCivilian(string code) =>
        code.Length >= 6 && (code.AsSpan(3, 3) is "CVL" or "AGR" or "EDU" or "LAB" or "REL" or "REF" or "HLH" or "MED" or "OPP" or "BUS" or "LEG" or "JUD"
            || code.StartsWith("NGO", StringComparison.Ordinal));

    // The distinct sources and targets of the events already found in a sentence, other than the given actor.
    private static List<ResolvedActor> PartiesCodedBefore(List<Candidate> found, ResolvedActor other)
    {
        var parties = new List<ResolvedActor>();
        foreach (var f in found)
            foreach (var a in (ReadOnlySpan<ResolvedActor?>)[f.Source, f.Target])
                if (a is not null && ActorCode.Country(a.Code) != ActorCode.Country(other.Code) && !parties.Exists(x => x.Code == a.Code)) parties.Add(a);
        return parties;
    }

    private static bool SharesCountry(List<ResolvedActor> a, List<ResolvedActor> b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if ((ActorCode.Country(x.Code) ?? x.Code) == (ActorCode.Country(y.Code) ?? y.Code)) return true;
        return false;
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
    // Meetings (04), relations established (054), agreements signed (057), material cooperation (06) and fights (19):
    // joint acts coded once.
    private static bool IsJointAct(string code) => code.StartsWith("04", StringComparison.Ordinal) || code.StartsWith("19", StringComparison.Ordinal)
        || code.StartsWith("06", StringComparison.Ordinal) || code.StartsWith("057", StringComparison.Ordinal) || code.StartsWith("054", StringComparison.Ordinal);

    // What a reciprocal subject does to each other: cooperation or fighting, but not a visit ("Saudi Arabia and the AU
    // scrambled to head off a war") nor striking an object together ("US and British warplanes struck radar sites");
    // an accord with each other, or anything done to "each other".
    private static bool IsReciprocalAct(string code, bool strikesAThing, bool accord, bool eachOther) =>
        IsCooperative(code) && !(code.StartsWith("19", StringComparison.Ordinal) && strikesAThing)
            && !code.StartsWith("042", StringComparison.Ordinal) && !code.StartsWith("043", StringComparison.Ordinal)
            // "Saudi Arabia and the United States brokered talks": co-mediators do not mediate between themselves.
            && code is not ("045" or "039")
        || accord && code == "019" || eachOther;

    private static bool IsCooperative(string code) => string.CompareOrdinal(code, "03") >= 0 && string.CompareOrdinal(code, "09") < 0 || code.StartsWith("19", StringComparison.Ordinal);

    // A loop, not a lambda: the closure over the loop variables would be allocated for every event.
    private static bool IsCoSubject(List<ResolvedActor> sources, ResolvedActor src, ResolvedActor tgt)
    {
        foreach (var x in sources)
            if (x != src && SameActor(x.Code, tgt.Code)) return true;
        return false;
    }

    private static bool IsEachOther(ReadOnlySpan<TokenData> tok, int first, int end) =>
        end - first == 2 && (tok[first].Norm == "each" && tok[first + 1].Norm == "other" || tok[first].Norm == "one" && tok[first + 1].Norm == "another");

    private static bool IsSharedHead(Document doc, int np)
    {
        ref var p = ref doc.PhraseRef(np);
        for (int k = p.FirstToken; k < p.EndToken; k++) if (doc.Tokens[k].Tag == PosTag.CC) return true;
        // "the presidents of Congo and Rwanda", "negotiators from Armenia and Azerbaijan", "officials from the two
        // countries": a plural head shared through a coordinated or both-sides of- or from-phrase.
        if (doc.Tokens[p.Head].Tag != PosTag.NNS) return false;
        var (first, end) = doc.SentencePhrases(np);
        for (int q = first; q < end; q++)
        {
            ref var pp = ref doc.PhraseRef(q);
            if (pp.Kind == PhraseKind.PP && pp.Attach == np && pp.Child >= 0 && doc.Tokens[pp.Head].Norm is "of" or "from"
                && ((doc.PhraseRef(pp.Child).Flags & PhraseFlags.Coordination) != 0
                    || ActorResolver.IsBothSides(doc.Tokens, doc.PhraseRef(pp.Child).FirstToken, doc.PhraseRef(pp.Child).EndToken))) return true;
        }
        return false;
    }

    private static bool PatternHasNegation(VerbPattern p) =>
        p.Before.Concat(p.After).Any(i => i.Kind == PatternItemKind.Word && i.Alternatives.Any(a => a.Contains("not") || a.Contains("n't") || a.Contains("never") || a.Contains("neither")));

    // "carried out air strikes against an Iran-backed militia in western Iraq": violence against armed agents with no
    // country of their own, in the country it lands in, strikes that country's armed group, not the country.
    private static ResolvedActor? ArmedGroupThere(Document doc, ActorResolver resolver, string code, int from, int end, ResolvedActor place, DateOnly? date)
    {
        if (!IsViolent(code) || ActorCode.Country(place.Code) is not { } country) return null;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int k = pFirst; k < pEnd; k++)
        {
            ref var pp = ref doc.PhraseRef(k);
            if (pp.Kind != PhraseKind.PP || pp.FirstToken < from || pp.FirstToken >= end || pp.Child < 0 || doc.Tokens[pp.Head].Norm is not ("against" or "on" or "targeting")) continue;
            if (resolver.AgentsIn(pp.Child, date, country) is { } armed && IsArmedGroupRole(ActorCode.Role(armed.Code))) return armed;
        }
        return null;
    }

    // "reject + as" frames its '+' as an actor described ("rejected X as a threat"); on an earlier act ("rejected the
    // allegation as propaganda") another pattern fits. "answer + with countermeasures" does stand on an act.
    private static bool TargetDescribedAs(VerbPattern p)
    {
        for (int i = 0; i + 1 < p.After.Length; i++)
            if (p.After[i].Kind == PatternItemKind.Target && p.After[i + 1].Kind == PatternItemKind.Word && Array.Exists(p.After[i + 1].Alternatives, static a => a.Length == 1 && a[0] == "as"))
                return true;
        return false;
    }

    // Clause c has a child clause of that kind among [first, end).
    // The first protest noun in [from, end) ("protests", "rallies", "demonstrations"), or -1.
    // The end of a passive subject, with the "of" phrase of a count ("Thousands of police officers were deployed").
    private static int PassiveSubjectEnd(Document doc, int subject)
    {
        ref var p = ref doc.PhraseRef(subject);
        var tok = doc.Tokens;
        int end = p.EndToken;
        if (end + 1 < tok.Length && tok[end].Norm == "of" && p.Head >= 0 && (tok[p.Head].Tag == PosTag.CD || tok[p.Head].Lemma is "thousand" or "hundred" or "dozen" or "score" or "million"))
        {
            int k = end + 1;
            while (k < tok.Length && (tok[k].Tag.IsNoun() || tok[k].Tag.IsAdjective() || tok[k].Tag is PosTag.DT or PosTag.CD)) k++;
            return k;
        }
        return end;
    }

    // The actors named after "called by", "organised by" ... right after a protest noun.
    private static List<ResolvedActor>? OrganisersOf(Document doc, ActorResolver resolver, int protest, int end, DateOnly? date)
    {
        if (OrganisersAt(doc, protest, end) is not (>= 0 and var at)) return null;
        var found = ResolveAt(doc, resolver, at, date);
        return found.Count > 0 ? found : null;
    }

    // The token after "called/organised/planned/led/staged by" right after a protest noun, or -1.
    private static int OrganisersAt(Document doc, int protest, int end)
    {
        var tok = doc.Tokens;
        int k = protest + 1;
        return k + 2 < end && tok[k].Lemma is "call" or "organise" or "organize" or "plan" or "lead" or "stage" && tok[k + 1].Norm == "by" ? k + 2 : -1;
    }

    // "a rally planned by opposition groups": the role of organisers named without a country, or null.
    private static string? OrganiserRole(Document doc, ActorResolver resolver, int protest, int end, DateOnly? date)
    {
        if (OrganisersAt(doc, protest, end) is not (>= 0 and var at)) return null;
        foreach (var m in resolver.Mentions)
            if (m.Start >= at && m.Start <= at + 1 && m.Entry.Kind == ActorKind.Agent && !m.Entry.RolePrefix && m.Entry.CodeAt(date) is { Length: 3 } role && !IsStateRole(role))
                return role;
        return null;
    }

    private static int ProtestNounAfter(Document doc, int from, int end)
    {
        for (int k = from; k < end; k++)
            if (doc.Tokens[k].Tag.IsNoun() && doc.Tokens[k].Lemma is "protest" or "rally" or "demonstration" or "march" or "demonstrator" or "protester") return k;
        return -1;
    }

    // The one country other than the source's that the complement of clause c names (as an actor or a place); null
    // for none or several.
    private static ResolvedActor? ForeignCountryIn(Document doc, ActorResolver resolver, int c, int firstClause, int endClause, ResolvedActor source)
    {
        string? own = ActorCode.Country(source.Code), found = null;
        int at = -1, atEnd = -1;
        for (int k = firstClause; k < endClause; k++)
        {
            ref var cc = ref doc.ClauseRef(k);
            if (cc.Parent != c || cc.Kind != ClauseKind.Complement) continue;
            foreach (var m in resolver.Mentions)
            {
                if (m.Start < cc.FirstToken || m.Start >= cc.EndToken || m.Entry.Kind is ActorKind.Agent or ActorKind.NotActor) continue;
                // "denied that it had supplied drones to Russia": a recipient or partner is no party to the denial.
                if (m.Start > 0 && doc.Tokens[m.Start - 1].Norm is "to" or "with" or "for") return null;
                if (m.Entry.CodeAt(null) is not { } code || ActorCode.Country(code) is not { } country || country == own) continue;
                if (found is not null && found != country) return null;
                (found, at, atEnd) = (country, m.Start, m.End);
            }
            if (Setting.EventSetting.Default.PlaceCountry(doc, cc.FirstToken, cc.EndToken, locativeOnly: false) is { } place && place != own)
            {
                if (found is not null && found != place) return null;
                if (found is null) (found, at, atEnd) = (place, cc.FirstToken, cc.EndToken);
            }
        }
        return found is null ? null : new ResolvedActor(found, at, atEnd, null, "named in the denied content");
    }

    private static bool HasChild(Document doc, int c, int first, int end, ClauseKind kind)
    {
        for (int k = first; k < end; k++)
            if (doc.ClauseRef(k).Parent == c && doc.ClauseRef(k).Kind == kind) return true;
        return false;
    }

    // "cannot accept", "could not agree": a stated inability.
    private static bool IsInability(Document doc, int vp)
    {
        ref var p = ref doc.PhraseRef(vp);
        for (int k = p.FirstToken; k < p.EndToken; k++)
            if (doc.Tokens[k].Norm == "cannot" || doc.Tokens[k].Norm is "could" or "can" or "ca" && k + 1 < p.EndToken && doc.Tokens[k + 1].Norm is "not" or "n't") return true;
        return false;
    }

    // A present perfect ("has/have" + participle) with "long" (or "repeatedly", "consistently", "always": a stance held
    // over time) in its group, or followed in its clause by "since" and a year before the publication's.
    private static bool IsStandingState(Document doc, ref ClauseData cl, DateOnly? published)
    {
        ref var p = ref doc.PhraseRef(cl.Verb);
        var tok = doc.Tokens;
        // "which has been fighting the RSF since April 2023": a perfect progressive too.
        if (tok[p.Head].Tag != PosTag.VBN && !(tok[p.Head].Tag == PosTag.VBG && p.Head > p.FirstToken && tok[p.Head - 1].Norm == "been")) return false;
        bool perfect = false, longAgo = false;
        for (int k = p.FirstToken; k < p.Head; k++)
        {
            if (tok[k].Norm is "has" or "have") perfect = true;
            else if (tok[k].Norm is "long" or "repeatedly" or "consistently" or "always") longAgo = true;
        }
        // "has long" may stand just before the group.
        if (!perfect && p.FirstToken > 1 && tok[p.FirstToken - 1].Norm == "long" && tok[p.FirstToken - 2].Norm is "has" or "have") perfect = longAgo = true;
        if (!perfect) return false;
        if (longAgo) return true;
        int year = published?.Year ?? int.MaxValue;
        int end = Math.Max(cl.EndToken, p.EndToken);
        for (int k = p.EndToken; k + 1 < end; k++)
        {
            // "have kidnapped thousands in recent years", "for decades", "over the past ten years": a summary of a long time.
            if (tok[k].Norm is "in" or "for" or "over" && LongSpanAfter(tok, k + 1, end)) return true;
            if (tok[k].Norm != "since") continue;
            // "since 1957", "since April 2023".
            int y = k + 1 < end && TemporalRecognizer.Month(tok[k + 1].Norm) > 0 ? k + 2 : k + 1;
            if (y < tok.Length && tok[y].Tag == PosTag.CD && int.TryParse(tok[y].Norm, out int since) && since >= 1900 && since < year) return true;
        }
        return false;
    }

    // "recent years", "years", "decades", "the past ten years", "the last few decades", "recent months" from `k`.
    private static bool LongSpanAfter(ReadOnlySpan<TokenData> tok, int k, int end)
    {
        if (k < end && tok[k].Norm == "the") k++;
        if (k < end && tok[k].Norm is "past" or "last" or "recent") k++;
        if (k < end && (tok[k].Tag == PosTag.CD || tok[k].Norm is "few" or "several" or "many")) k++;
        return k < end && (tok[k].Norm is "years" or "decades" || tok[k].Norm == "months" && tok[k - 1].Norm == "recent");
    }

    // "would" is left out: "said the talks would resume" reports a plan.
    private static bool HasModal(Document doc, int vp, string a, string b, string c)
    {
        ref var p = ref doc.PhraseRef(vp);
        for (int k = p.FirstToken; k < p.EndToken; k++)
            if (doc.Tokens[k].Tag == PosTag.MD && (doc.Tokens[k].Norm == a || doc.Tokens[k].Norm == b || doc.Tokens[k].Norm == c)) return true;
        return false;
    }

    private static bool IsHypothetical(Document doc, int vp)
    {
        ref var p = ref doc.PhraseRef(vp);
        for (int k = p.FirstToken; k < p.EndToken; k++)
        {
            // "Moscow could not accept the plan": an inability stated is a refusal (a negated act), not a hypothesis.
            if (doc.Tokens[k].Norm == "could" && k + 1 < p.EndToken && doc.Tokens[k + 1].Norm is "not" or "n't") continue;
            if (doc.Tokens[k].Tag == PosTag.MD && doc.Tokens[k].Norm is "may" or "might" or "could" or "would" or "should" or "must" or "'d") return true;
        }
        return false;
    }

    // "if Britain and France went ahead with efforts to restore sanctions": a condition and what depends on it did not happen.
    private static bool IsConditional(Document doc, int c)
    {
        for (int guard = 0; c >= 0 && guard < 64; guard++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (cl.Kind == ClauseKind.Subordinate && cl.Marker >= 0 && doc.Tokens[cl.Marker].Norm is "if" or "unless" or "whether") return true;
            // "would not be surrendered as long as Israel occupies our land": "as long as" states a condition too.
            if (cl.Marker >= 2 && doc.Tokens[cl.Marker].Norm == "as" && doc.Tokens[cl.Marker - 1].Norm == "long" && doc.Tokens[cl.Marker - 2].Norm is "as" or "so") return true;
            // "… would suffer a crushing defeat should Tokyo intervene": "should" before the subject is an inverted "if".
            // (Not a question opening the sentence: "Should Tokyo intervene?")
            if (cl.Subject >= 0 && doc.PhraseRef(cl.Subject).FirstToken - 1 is int should && should > doc.SentenceRef(cl.Sentence).FirstToken
                && doc.Tokens[should].Norm == "should") return true;
            // "would not hand over its arms while Israel kept attacking": a "while" or "until" on a future act states its condition.
            // (The modal may stand higher up: "would keep striking Hezbollah until the army had disarmed the group".)
            if (cl.Kind == ClauseKind.Subordinate && cl.Marker >= 0 && doc.Tokens[cl.Marker].Norm is "while" or "until" && HasModalAncestor(doc, cl.Parent)) return true;
            // "wherever it tries to rearm", "whenever they attack": a generic condition.
            if (cl.Kind == ClauseKind.Subordinate && cl.Marker >= 0 && doc.Tokens[cl.Marker].Norm is "wherever" or "whenever") return true;
            // "if Israel occupies our land and kills our people": a second verb sharing the subject shares the condition.
            if (cl.Kind == ClauseKind.Subordinate && cl.Marker < 0 && (cl.Flags & ClauseFlags.InheritedSubject) != 0 && c > doc.SentenceRef(cl.Sentence).FirstClause
                && doc.ClauseRef(c - 1) is { Kind: ClauseKind.Subordinate } sibling && sibling.Subject == cl.Subject) { c--; continue; }
            c = cl.Parent;
        }
        return false;
    }

    private static bool HasModalAncestor(Document doc, int c)
    {
        for (int guard = 0; c >= 0 && guard < 4; guard++, c = doc.ClauseRef(c).Parent)
            if ((doc.ClauseRef(c).Flags & ClauseFlags.Modal) != 0) return true;
        return false;
    }

    // "X said it would Y": a future in reported speech is an announced intention, not a hypothetical.
    // "said it would reopen its embassy and restore ties": a verb joined by "and" to a future one shares its "would".
    private static bool SharesFutureVerb(Document doc, int firstClause, int c)
    {
        ref var cl = ref doc.ClauseRef(c);
        if ((cl.Flags & ClauseFlags.InheritedSubject) == 0 || cl.Kind is ClauseKind.Participial or ClauseKind.Infinitive) return false;
        int before = doc.PhraseRef(cl.Verb).FirstToken - 1;
        if (before < 0 || doc.Tokens[before].Norm is not ("and" or "or")) return false;
        for (int k = c - 1; k >= firstClause; k--)
        {
            ref var other = ref doc.ClauseRef(k);
            if (other.Parent != cl.Parent || other.Kind != cl.Kind) continue;
            return other.Subject == cl.Subject && (IsFuture(doc, other.Verb) || IsReportedWould(doc, ref other));
        }
        return false;
    }

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

    // "ordered the closure of Russia's last consulate": a noun the pattern names, owned by an actor, is that actor's.
    private static List<ResolvedActor>? OwnerOfNamedNoun(Document doc, ActorResolver resolver, VerbPattern p, int from, int end, List<ResolvedActor> sources, DateOnly? date)
    {
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int k = pFirst; k < pEnd; k++)
        {
            ref var np = ref doc.PhraseRef(k);
            if (np.Kind != PhraseKind.NP || np.FirstToken < from || np.FirstToken >= end || !NamesWord(p, doc.Tokens[np.Head])) continue;
            if (np.Head > np.FirstToken && Except(resolver.Resolve(k, date), sources, s_sameCountry) is { Count: > 0 } owners) return owners;
            if (NounComplement(doc, resolver, k, pEnd, sources, date) is { } of) return of;
        }
        return null;
    }

    // "ruled out any role for the Palestinian Authority", "rejected demands from the opposition": the actor a rejected
    // thing is for, of or from, in the phrase right after the object's noun.
    private static List<ResolvedActor>? RejectedFor(Document doc, ActorResolver resolver, int obj, int end, List<ResolvedActor> sources, DateOnly? date)
    {
        var tok = doc.Tokens;
        int after = doc.PhraseRef(obj).EndToken;
        if (after + 1 >= end || tok[after].Norm is not ("for" or "of" or "from" or "by")) return null;
        var r = ResolveAt(doc, resolver, after + 1, date);
        return r.Count > 0 && !SharesCode(r, sources) ? r : null;
    }

    // "suspended imports of Japanese seafood", "rejected accusations by Washington": the country a named noun's goods
    // come from ("of" a bare country: not "the arrest of Turkish journalists"), or the agent of the act it names ("by").
    private static List<ResolvedActor>? NounComplement(Document doc, ActorResolver resolver, int np, int pEnd, List<ResolvedActor> sources, DateOnly? date)
    {
        for (int k = np + 1; k < pEnd; k++)
        {
            ref var pp = ref doc.PhraseRef(k);
            // Attached to the noun, or right after it (the chunker may have attached "by" to the verb).
            if (pp.Kind != PhraseKind.PP || pp.Child < 0 || pp.Attach != np && pp.FirstToken != doc.PhraseRef(np).EndToken) continue;
            string prep = doc.Tokens[pp.Head].Norm;
            if (prep is not ("of" or "by")) continue;
            var r = Except(resolver.Resolve(pp.Child, date), sources, s_sameCountry);
            if (r.Count > 0 && (prep == "by" || r.TrueForAll(static a => ActorCode.Role(a.Code) is null && ActorCode.Country(a.Code) == a.Code))) return r;
        }
        // "rejected the election results announced by the electoral commission": the agent of a participle on the noun.
        var tok = doc.Tokens;
        int after = doc.PhraseRef(np).EndToken;
        // "seized an oil tanker belonging to Russia's shadow fleet": its owner.
        if (after + 2 < tok.Length && (tok[after].Tag == PosTag.VBN && tok[after + 1].Norm == "by" || tok[after].Lemma == "belong" && tok[after + 1].Norm == "to")
            && ResolveAt(doc, resolver, after + 2, date) is { Count: > 0 } agents && !SharesCode(agents, sources))
            return agents;
        return null;
    }

    private static bool InfinitiveNamesAnother(Document doc, int clause, int firstClause, int endClause, ActorResolver resolver, List<ResolvedActor> sources)
    {
        for (int k = firstClause; k < endClause; k++)
        {
            ref var inf = ref doc.ClauseRef(k);
            if (inf.Parent != clause || inf.Kind != ClauseKind.Infinitive) continue;
            int from = doc.PhraseRef(inf.Verb).EndToken;
            // Up to a comma: "agreed to send delegations to talks in Jeddah, Saudi and Egyptian officials said".
            int to = from;
            while (to < inf.EndToken && doc.Tokens[to].Tag != PosTag.Comma) to++;
            // Not a party named as the adversary: "agreed to strengthen deterrence against North Korea" stays between the two.
            foreach (var m in resolver.Mentions)
                if (m.Start >= from && m.Start < to && m.Entry.Kind is not (ActorKind.Agent or ActorKind.NotActor)
                    && !(m.Start > 0 && (doc.Tokens[m.Start - 1].Norm == "against" || m.Start > 1 && doc.Tokens[m.Start - 2].Norm == "against" && doc.Tokens[m.Start - 1].Tag == PosTag.DT))
                    && m.Entry.CodeAt(null) is { } code && !sources.Exists(x => ActorCode.Country(x.Code) == ActorCode.Country(code))) return true;
        }
        return false;
    }

    // The first "after/amid/following" in [from, end) that opens what an act answers; -1 for none.
    // The "to" of "bow(ed/ing) to", "yield(ed) to", "in response to" in [from, end), or -1.
    private static int BowedTo(ReadOnlySpan<TokenData> tok, int from, int end)
    {
        for (int k = from + 1; k < end; k++)
            if (tok[k].Norm == "to" && (tok[k - 1].Lemma is "bow" or "yield" or "cave" or "bend" || tok[k - 1].Norm == "response" && k >= 2 && tok[k - 2].Norm == "in")) return k;
        return -1;
    }

    private static int AfterMarker(ReadOnlySpan<TokenData> tok, int from, int end)
    {
        for (int k = from; k < end; k++)
            if (tok[k].Norm is "after" or "amid" or "following" && tok[k].Tag is PosTag.IN or PosTag.VBG) return k;
        return -1;
    }

    // An "attempt", "effort", "bid", "order" or "instruction" noun in the few words before an infinitive ("any attempt by
    // Hezbollah | to rearm"), with no verb between.
    private static bool AttemptBefore(ReadOnlySpan<TokenData> tok, int to)
    {
        // Only an infinitive with its own "to" ("to restore order and protect residents" is no order to protect).
        if (tok[to].Norm != "to") return false;
        for (int k = to - 1; k >= 0 && k >= to - 6; k--)
        {
            if (tok[k].Tag.IsVerb() || tok[k].Tag is PosTag.Comma or PosTag.Period or PosTag.CC) return false;
            // "border guards had orders to respond with force": nor has what an order or instruction is for.
            // Nor what someone is given powers, authority or a mandate to do ("giving the army powers to detain protesters").
            if (tok[k].Tag is PosTag.NN or PosTag.NNS && tok[k].Lemma is "attempt" or "effort" or "bid" or "order" or "instruction"
                or "power" or "authority" or "mandate" or "permission" or "right" or "licence" or "license") return true;
        }
        return false;
    }

    // A word in [first, end) saying that what the phrase names is only alleged ("alleged war crimes", "possible abuses").
    private static bool AllegedIn(ReadOnlySpan<TokenData> tok, int first, int end)
    {
        for (int k = first; k < end; k++)
            if (tok[k].Norm is "alleged" or "suspected" or "purported" or "possible" or "apparent" or "reported") return true;
        return false;
    }

    // The demand, request, call or proposal noun whose content clause opens with the "that" at `marker`, right before it or
    // before a short time phrase ("its demand on Tuesday that"); -1 for none.
    private static int DemandNounBefore(ReadOnlySpan<TokenData> tok, int marker)
    {
        int k = marker - 1;
        if (k >= 2 && tok[k - 1].Norm is "on" or "last" or "this" && tok[k].Tag is PosTag.NNP or PosTag.NN) k -= 2;
        else if (k >= 1 && tok[k].Norm is "yesterday" or "today" or "again") k--;
        return k >= 0 && tok[k].Tag is PosTag.NN or PosTag.NNS && tok[k].Lemma is "demand" or "request" or "call" or "appeal" or "ultimatum" or "insistence"
            or "proposal" or "suggestion" or "recommendation" ? k : -1;
    }

    private static bool IsAllegationNoun(in TokenData t) =>
        t.Tag is PosTag.NN or PosTag.NNS && t.Lemma is "allegation" or "claim" or "accusation" or "suspicion" or "rumour" or "rumor" or "report"
            or "complaint" or "testimony" or "assertion";

    // The doers "by" whom the act investigated was done, each of a coordination ("by both the army and armed groups").
    private static List<ResolvedActor>? InvestigatedDoers(Document doc, ActorResolver resolver, int from, int end, List<ResolvedActor> sources, DateOnly? date)
    {
        if (InvestigatedActor(doc, resolver, from, end, sources, date, doerOnly: true) is not { } first) return null;
        var tok = doc.Tokens;
        for (int k = from; k + 2 < end; k++)
            if (tok[k].Norm == "by" && tok[k + 1].Norm == "both" && ResolveAt(doc, resolver, k + 1, date) is { Count: > 1 } all
                && all.Exists(a => a.Code == first.Code) && !SharesCode(all, sources))
                return all;
        return [first];
    }

    // The actor of an event noun after "after/following/amid" ("after Russian strikes"), not the source's own country.
    // The first actor in the noun phrases after "into" (or "on", "over") in [from, end), up to the next clause or
    // comma: what an investigation is into. Not the investigator itself.
    private static ResolvedActor? InvestigatedActor(Document doc, ActorResolver resolver, int from, int end, List<ResolvedActor> sources, DateOnly? date, bool doerOnly = false)
    {
        var tok = doc.Tokens;
        // "investigating reports that Myanmar's military bombed a monastery": the doer of what is alleged.
        for (int k = from; k + 2 < end && k < from + 6; k++)
            if (IsAllegationNoun(tok[k]) && tok[k + 1].Norm == "that")
                return ResolveAt(doc, resolver, k + 2, date) is { Count: > 0 } alleged && !SharesCode(alleged, sources) ? alleged[0] : null;
        int into = -1;
        for (int k = from; k < end && k < from + 8; k++)
            if (tok[k].Norm is "into" or "over") { into = k; break; }
        // "investigating reports of abuses by Eritrean troops", "examining war crimes committed by government forces": with no
        // "into", only the doer named in the object.
        if (into < 0) { into = from - 1; doerOnly = true; }
        int stop = into + 1;
        // Not what the investigated are suspected of: "into three officers on suspicion of violating European Union sanctions".
        while (stop < end && !(tok[stop].Tag is PosTag.Comma or PosTag.CC or PosTag.WDT || tok[stop].Tag.IsVerb() && tok[stop].Tag != PosTag.VBG && tok[stop].Tag != PosTag.VBN
            || tok[stop].Norm == "on" && stop + 1 < end && tok[stop + 1].Norm is "suspicion" or "charges")) stop++;
        // "into killings of civilians by the RSF": the doer of the act investigated, if named.
        for (int k = into + 1; k + 1 < stop; k++)
            if (tok[k].Norm == "by" && tok[k + 1].Norm is not ("his" or "her" or "its" or "their" or "our")
                && ResolveAt(doc, resolver, k + 1, date) is { Count: > 0 } doers && !SharesCode(doers, sources)) return doers[0];
        if (doerOnly) return null;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int q = pFirst; q < pEnd; q++)
        {
            ref var np = ref doc.PhraseRef(q);
            if (np.Kind != PhraseKind.NP || np.FirstToken <= into || np.FirstToken >= stop || np.Parent >= 0 && doc.PhraseRef(np.Parent).Kind == PhraseKind.NP) continue;
            // "an inquiry into violations by his troops": its own people.
            if (tok[np.FirstToken].Norm is "his" or "her" or "its" or "their" or "our") continue;
            foreach (var a in resolver.Resolve(q, date))
                if (!sources.Exists(x => x.Code == a.Code) && !a.Code.StartsWith("---", StringComparison.Ordinal)) return a;
        }
        return null;
    }

    // The country after "border/frontier with" in [from, end): the neighbour a show of force or a fight faces.
    private static List<ResolvedActor>? AcrossTheBorder(Document doc, ActorResolver resolver, int from, int end, List<ResolvedActor> sources, DateOnly? date)
    {
        var tok = doc.Tokens;
        for (int k = from; k + 2 < end; k++)
        {
            if (tok[k].Lemma is not ("border" or "frontier" or "boundary") || tok[k + 1].Norm != "with") continue;
            var r = Except(ResolveAt(doc, resolver, k + 2, date), sources, s_sameCountry);
            if (r.Count > 0) return [.. r.Select(static a => a with { Code = ActorCode.Country(a.Code) ?? a.Code })];
        }
        return null;
    }

    private static List<ResolvedActor>? ProvokedBy(Document doc, ActorResolver resolver, int from, int end, List<ResolvedActor> sources, DateOnly? date)
    {
        var tok = doc.Tokens;
        int marker = AfterMarker(tok, from, end);
        if (marker < 0) return null;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var np = ref doc.PhraseRef(p);
            if (np.Kind != PhraseKind.NP || np.FirstToken <= marker || np.FirstToken > marker + 2) continue;
            // "after Russian strikes on Ukraine", or the subject of what happened: "after India test-fired a missile".
            bool subject = np.FirstToken == marker + 1 && np.EndToken < end && tok[np.EndToken].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP;
            if (!subject && !s_eventNouns.ContainsKey(tok[np.Head].Lemma)) continue;
            var provokers = Except(resolver.Resolve(p, date), sources, s_sameCountry);
            // "following the launch of a North Korean ballistic missile": the event's "of" phrase names who did it.
            if (provokers.Count == 0 && !subject && np.EndToken + 1 < end && tok[np.EndToken].Norm == "of")
                for (int q = p + 1; q < pEnd; q++)
                    if (doc.PhraseRef(q).Kind == PhraseKind.NP && doc.PhraseRef(q).FirstToken == np.EndToken + 1)
                        return Except(resolver.Resolve(q, date), sources, s_sameCountry);
            return provokers;
        }
        return null;
    }

    // The speaker of a quotation in this sentence: the subject of its saying verb outside the quotation marks.
    private static List<ResolvedActor>? QuoteSpeaker(Document doc, ActorResolver resolver, ref SentenceData sd, DateOnly? date)
    {
        var tok = doc.Tokens;
        for (int c = sd.FirstClause; c < sd.EndClause; c++)
        {
            ref var q = ref doc.ClauseRef(c);
            if ((q.Flags & ClauseFlags.Quoted) != 0 || q.Subject < 0) continue;
            string verb = tok[doc.PhraseRef(q.Verb).Head].Lemma;
            if ((q.Flags & ClauseFlags.Reporting) == 0 && verb is not ("say" or "tell" or "add" or "declare" or "insist" or "stress" or "write" or "state")) continue;
            if (resolver.Resolve(q.Subject, date) is { Count: > 0 } speakers) return speakers;
        }
        return null;
    }

    // Where a protest's own words end: before a participle after a comma ("rallied outside the club, demanding that the
    // government take a tougher line against Myanmar" is not a protest against Myanmar).
    private static int ProtestEnd(Document doc, int from, int sentenceEnd)
    {
        var tok = doc.Tokens;
        for (int k = from; k + 1 < sentenceEnd; k++)
            if (tok[k].Tag == PosTag.Comma && tok[k + 1].Tag == PosTag.VBG) return k;
        return sentenceEnd;
    }

    // "condemned what it called sustained American pressure", "denied what they described as Indian claims": the
    // object named by the source's own words.
    private static List<ResolvedActor>? WhatItCalled(Document doc, ActorResolver resolver, int from, int end, List<ResolvedActor> sources, DateOnly? date)
    {
        var tok = doc.Tokens;
        int k = from;
        while (k < end && tok[k].Tag.IsAdverb()) k++;
        if (k + 2 >= end || tok[k].Norm != "what") return null;
        int named = -1;
        for (int j = k + 1; j < end && j <= k + 4; j++)
            if (tok[j].Lemma is "call" or "describe" or "term" or "label" or "brand" && tok[j].Tag.IsVerb()) { named = j + 1; break; }
        if (named < 0) return null;
        if (named < end && tok[named].Norm == "as") named++;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var np = ref doc.PhraseRef(p);
            if (np.Kind != PhraseKind.NP || np.FirstToken < named || (np.Flags & PhraseFlags.Pronoun) != 0) continue;
            if (np.FirstToken > named + 1) return null;
            return Except(resolver.Resolve(p, date), sources, SameActor);
        }
        return null;
    }

    // "a show of force aimed at the United States", "measures directed at Iran": whom the act is aimed at.
    private static List<ResolvedActor>? AimedAt(Document doc, ActorResolver resolver, int from, int end, List<ResolvedActor> sources, DateOnly? date, bool against)
    {
        var tok = doc.Tokens;
        for (int k = from; k + 1 < end; k++)
        {
            int at;
            if (tok[k].Norm is "aimed" or "directed" or "targeted" && tok[k + 1].Norm == "at") at = k + 2;
            else if (against && tok[k].Norm == "against") at = k + 1;
            else continue;
            // "against what they called Indian aggression": the named thing a few words on.
            int atEnd = at + 1;
            if (at < end && tok[at].Norm == "what") (at, atEnd) = (at + 1, Math.Min(end, at + 6));
            var (pFirst, pEnd) = resolver.SentencePhrases;
            for (int p = pFirst; p < pEnd; p++)
            {
                ref var np = ref doc.PhraseRef(p);
                if (np.Kind != PhraseKind.NP || np.FirstToken < at || np.FirstToken >= atEnd || (np.Flags & PhraseFlags.Pronoun) != 0) continue;
                return Except(resolver.Resolve(p, date), sources, SameActor);
            }
        }
        return null;
    }

    // Small loops instead of LINQ with lambdas in CodeSentence and its helpers: a lambda over a local or parameter
    // allocates its closure on every call (for Bind, a closure class for all of CodeSentence's locals per sentence).
    private static bool SharesCode(List<ResolvedActor> actors, List<ResolvedActor> others)
    {
        foreach (var a in actors)
            foreach (var x in others)
                if (x.Code == a.Code) return true;
        return false;
    }

    private static bool AllCoreference(List<ResolvedActor> actors)
    {
        foreach (var a in actors)
            if (!a.Basis.StartsWith("coreference", StringComparison.Ordinal)) return false;
        return true;
    }

    // A participle sharing its clause's doer ("..., burning homes") whose act is no worse than the violence that clause
    // coded against the same target.
    // "attacked an Ethiopian military convoy, killing at least four soldiers": a participle of violence that shares its
    // clause's subject strikes the country that clause struck.
    private static string? StruckBefore(ref ClauseData cl, Dictionary<int, (List<ResolvedActor> Targets, string Code)>? clauseTargets) =>
        cl.Kind == ClauseKind.Participial && (cl.Flags & ClauseFlags.InheritedSubject) != 0 && cl.Parent >= 0 && clauseTargets is not null
        && clauseTargets.TryGetValue(cl.Parent, out var before) && IsViolentRoot(before.Code) && before.Targets.Count > 0
        && ActorCode.Country(before.Targets[0].Code) is { Length: 3 } struck && struck != "IGO" ? struck : null;

    // The target of the violence before it that a participle of violence only retells, else null.
    private static ResolvedActor? PartOfViolenceBefore(Document doc, ref ClauseData cl, Dictionary<int, (List<ResolvedActor> Targets, string Code)>? clauseTargets,
        string code, ResolvedActor tgt)
    {
        if (cl.Kind != ClauseKind.Participial || (cl.Flags & ClauseFlags.InheritedSubject) == 0 || cl.Parent < 0 || clauseTargets is null
            || !clauseTargets.TryGetValue(cl.Parent, out var before) || code.Length < 2 || before.Code.Length < 2) return null;
        // "opened fire on protesters, killing four people": shooting into a crowd (175) is violence as grave as the killing.
        bool firedOn = before.Code.StartsWith("175", StringComparison.Ordinal);
        if (!(IsViolentRoot(before.Code) || firedOn) || !(IsViolentRoot(code) || code.StartsWith("171", StringComparison.Ordinal))
            || string.CompareOrdinal(code, 0, firedOn ? "19" : before.Code, 0, 2) > 0) return null;
        // "struck positions of the Fano militia, killing 15 fighters", "struck a car near Nabatieh, killing two Hezbollah
        // members": the victims are the people of the country struck, one act told twice.
        foreach (var t in before.Targets)
            if (t.Code == tgt.Code || ActorCode.Country(t.Code) is { } c && c == ActorCode.Country(tgt.Code)) return t;
        return null;
    }

    private static bool IsDoneToCode(string code) => code.StartsWith("17", StringComparison.Ordinal);

    // Objects without a dictionary entry whose head word the pattern itself names ("sent troops").
    private static bool AllNamedByPattern(Document doc, VerbPattern p, List<ResolvedActor> objects)
    {
        foreach (var o in objects)
            if (o.Entry is not null || !NamesWord(p, doc.Tokens[o.EndToken - 1])) return false;
        return true;
    }

    private static bool Covers(List<ResolvedActor> actors, int token)
    {
        foreach (var a in actors)
            if (token >= a.StartToken && token < a.EndToken) return true;
        return false;
    }

    private static bool InSpans(List<(int First, int End)> spans, int token)
    {
        foreach (var (first, end) in spans)
            if (token >= first && token < end) return true;
        return false;
    }

    private static readonly Func<string, string, bool> s_sameCountry = (a, b) => ActorCode.Country(a) == ActorCode.Country(b);

    // The actors whose code matches no source's code by `same`, in order. Resolver lists are shared, so this
    // copies instead of removing in place, and only when something goes.
    private static List<ResolvedActor> Except(List<ResolvedActor> actors, List<ResolvedActor> sources, Func<string, string, bool> same)
    {
        List<ResolvedActor>? kept = null;
        for (int i = 0; i < actors.Count; i++)
        {
            bool drop = false;
            foreach (var x in sources)
                if (same(x.Code, actors[i].Code)) { drop = true; break; }
            if (drop) kept ??= actors.GetRange(0, i);
            else kept?.Add(actors[i]);
        }
        return kept ?? actors;
    }

    // Loops: the lambdas allocated closures on every pattern tried.
    private static bool OnlyOwnCountry(List<ResolvedActor> sources, List<ResolvedActor> targets)
    {
        foreach (var t in targets)
        {
            if (t.Code.Length != 3) return false;
            bool own = false;
            foreach (var x in sources)
                if (ActorCode.Country(x.Code) == t.Code) { own = true; break; }
            if (!own) return false;
        }
        return true;
    }

    // "said it would respond by reducing Poland's presence": the means of a promised act is promised too.
    private static bool IsMeansOfFutureAct(Document doc, ref ClauseData cl)
    {
        if (cl.Kind != ClauseKind.Subordinate || cl.Parent < 0 || cl.Marker < 0 || doc.Tokens[cl.Marker].Norm != "by") return false;
        ref var parent = ref doc.ClauseRef(cl.Parent);
        return IsFuture(doc, parent.Verb) || IsReportedWould(doc, ref parent);
    }

    private static bool IsFuture(Document doc, int vp) => (doc.PhraseRef(vp).Flags & PhraseFlags.Future) != 0;

    internal static bool IsIntentVerb(string lemma) => lemma is "vow" or "pledge" or "promise" or "plan" or "intend" or "agree" or "offer"
        or "commit" or "decide" or "resolve" or "undertake" or "aim" or "propose" or "prepare" or "seek" or "want" or "hope" or "expect"
        or "wish" or "consent" or "swear" or "announce";

    // The clause, or an infinitive chain above it ("urged X to refrain from Y and to return to talks"), is an appeal.
    private static bool UnderAppeal(Document doc, int clause, string? infinitive = null)
    {
        for (int depth = 0; clause >= 0 && depth < 4; depth++)
        {
            ref var c = ref doc.ClauseRef(clause);
            string verb = doc.Tokens[doc.PhraseRef(c.Verb).Head].Lemma;
            // "called Bayramov to express support" is a call made to say it, not an appeal.
            if (depth == 0 && infinitive is not null && Chunk.ClauseAnalyzer.IsContactVerb(verb, infinitive)) return false;
            if (IsAppealVerb(verb)) return true;
            // "demand that the government send more police to protect them": what is demanded is not done either.
            if (depth > 0 && verb is "demand" or "insist") return true;
            if (c.Kind is not (ClauseKind.Infinitive or ClauseKind.Complement)) return false;
            clause = c.Parent;
        }
        return false;
    }

    private static bool IsAppealVerb(string lemma) => lemma is "urge" or "ask" or "call" or "press" or "request" or "encourage" or "appeal"
        or "implore" or "exhort" or "invite" or "beg" or "pressure" or "lobby";

    private static bool IsDenialVerb(string lemma) => lemma is "deny" or "reject" or "dismiss" or "refute" or "rebut" or "dispute";

    private static bool RuledOut(Document doc, int clause)
    {
        ref var vp = ref doc.PhraseRef(doc.ClauseRef(clause).Verb);
        return vp.EndToken < doc.Tokens.Length && (doc.Tokens[vp.EndToken - 1].Norm == "out" || doc.Tokens[vp.EndToken].Norm == "out");
    }

    // "did not rule out", "would not rule out", "refused to rule out", "declined to rule out".
    private static bool NotRuledOut(Document doc, ref ClauseData cl)
    {
        if ((cl.Flags & ClauseFlags.Negated) != 0) return true;
        return cl.Kind == ClauseKind.Infinitive && cl.Parent >= 0
            && doc.Tokens[doc.PhraseRef(doc.ClauseRef(cl.Parent).Verb).Head].Lemma is "refuse" or "decline";
    }

    internal static bool IsRefusalVerb(string lemma) => lemma is "refuse" or "decline" or "fail" or "reject" or "avoid" or "deny" or "hesitate" or "cease" or "stop" or "neglect";

    // "ready to", "willing to", "prepared to" before an infinitive: an announced intention; so is a plan ("was due to
    // travel", "is scheduled to meet"), which has not happened yet.
    private static string ReadinessWordBefore(Document doc, int infinitiveStart)
    {
        int k = infinitiveStart - 1;
        while (k >= 0 && doc.Tokens[k].Tag.IsAdverb()) k--;
        // "has plans to open an embassy" (but "no plans to" is a refusal, coded apart).
        if (k >= 1 && doc.Tokens[k].Norm is "plan" or "plans" or "intention" && doc.Tokens[k - 1].Norm == "no") return "";
        return k >= 0 && doc.Tokens[k].Norm is "ready" or "willing" or "prepared" or "determined" or "eager" or "keen" or "poised" or "set"
            or "due" or "scheduled" or "slated" or "expected" or "plan" or "plans" or "intention" ? doc.Tokens[k].Norm : "";
    }

    internal static bool IsThreatVerb(string lemma) => lemma is "threaten" or "warn";

    // The direct object's actors, else the actor of the first PP attached to the verb, else a named
    // person the dictionaries do not know (coded "---", so the event keeps its target's name).
    private static List<ResolvedActor> DefaultTargets(Document doc, ActorResolver resolver, ref ClauseData cl, DateOnly? date, bool targetAfterVerb) =>
        DefaultTargets(doc, resolver, ref cl, date, targetAfterVerb, out _);

    // topic: the targets are the place of a topic or a setting ("talks on the situation in Yemen"), not someone acted on.
    private static List<ResolvedActor> DefaultTargets(Document doc, ActorResolver resolver, ref ClauseData cl, DateOnly? date, bool targetAfterVerb, out bool topic)
    {
        topic = false;
        var r = resolver.Resolve(cl.Object, date);
        // "the two leaders discussed Syria's reconstruction": what is discussed is a topic, its owner no party.
        if (r.Count > 0 && doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma is "discuss" or "debate" or "review"
            && r.TrueForAll(a => a.EndToken < doc.TokenCount && doc.Tokens[a.EndToken].Tag == PosTag.POS && !resolver.InMention(a.EndToken + 1)))
            return [];
        if (r.Count > 0) return r;
        if (cl.Object >= 0 && IsUnknownPersonName(doc, cl.Object, resolver))
        {
            ref var o = ref doc.PhraseRef(cl.Object);
            return AppositionOfName(doc, resolver, o.EndToken, date) ?? [new ResolvedActor("---", o.FirstToken, o.EndToken, null, "name not in the dictionaries")];
        }
        if (cl.Object2 >= 0)
        {
            r = resolver.Resolve(cl.Object2, date);
            if (r.Count > 0) return r;
        }
        // "condemned the attack by Hamas", "denounced drills by the US and South Korea", "the killing of civilians by
        // troops": an act acted on is aimed at its doer.
        if (cl.Object >= 0 && IsEventNounPhrase(doc, cl.Object) && DoerOfEventNoun(doc, resolver, cl.Object, date) is { Count: > 0 } doers) return doers;
        if (targetAfterVerb) return r; // the first actor after the verb, found when binding
        var (pFirst, pEnd) = doc.SentencePhrases(cl.Verb);
        for (int p = pFirst; p < pEnd; p++)
        {
            if (EndsAddressees(doc, p, cl.Verb)) break;
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind == PhraseKind.PP && q.Attach == cl.Verb && doc.Tokens[q.Head].Norm is "on" or "about" or "over" or "with")
            {
                r = TopicPlace(doc, resolver, q.Child, date);
                if (r.Count > 0)
                {
                    topic = true;
                    return r;
                }
            }
            if (!IsAddresseePhrase(doc, p, cl.Verb)) continue;
            r = resolver.Resolve(q.Child, date);
            if (r.Count > 0)
            {
                // "held consultations ... in Yemen": only these prepositions name a party.
                topic = doc.Tokens[q.Head].Norm is not ("with" or "to" or "against" or "toward" or "towards" or "for" or "from");
                return r;
            }
            // "retaliate against joint drills by South Korea and the United States"
            if (IsEventNounPhrase(doc, q.Child) && DoerOfEventNoun(doc, resolver, q.Child, date) is { Count: > 0 } ppDoers) return ppDoers;
        }
        return r;
    }

    // The country of the first topic noun after an on/about/over after the verb.
    private static List<ResolvedActor>? TopicAfter(Document doc, ActorResolver resolver, int from, int end, DateOnly? date)
    {
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int k = pFirst; k < pEnd; k++)
        {
            ref var pp = ref doc.PhraseRef(k);
            if (pp.Kind != PhraseKind.PP || pp.FirstToken < from || pp.FirstToken >= end || pp.Child < 0 || doc.Tokens[pp.Head].Norm is not ("on" or "about" or "over")) continue;
            if (TopicPlace(doc, resolver, pp.Child, date) is { Count: > 0 } r) return r;
        }
        return null;
    }

    // "commented on the situation in Libya", "talked about the crisis in Sudan": a topic noun stands for the country
    // its in/of phrase names.
    private static List<ResolvedActor> TopicPlace(Document doc, ActorResolver resolver, int np, DateOnly? date)
    {
        if (np < 0 || doc.PhraseRef(np).Kind != PhraseKind.NP || doc.PhraseRef(np).Head < 0) return [];
        if (doc.Tokens[doc.PhraseRef(np).Head].Lemma is not ("situation" or "crisis" or "conflict" or "war" or "development" or "tension" or "unrest"
            or "violence" or "turmoil" or "fighting" or "affair" or "election" or "standoff" or "stalemate")) return [];
        var (pFirst, pEnd) = doc.SentencePhrases(np);
        for (int q = pFirst; q < pEnd; q++)
        {
            ref var pp = ref doc.PhraseRef(q);
            if (pp.Kind == PhraseKind.PP && (pp.Attach == np || pp.FirstToken == doc.PhraseRef(np).EndToken) && pp.Child >= 0 && doc.Tokens[pp.Head].Norm is "in" or "of")
                return resolver.Resolve(pp.Child, date);
        }
        return [];
    }

    // "resigned after a visit to Moscow": what follows a time adjunct belongs to it, even where the
    // chunker attached it to the verb.
    private static bool EndsAddressees(Document doc, int p, int verb)
    {
        ref var q = ref doc.PhraseRef(p);
        return q.Kind == PhraseKind.PP && q.Attach == verb && doc.Tokens[q.Head].Norm is "after" or "before" or "during" or "since" or "amid" or "despite" or "following";
    }

    // A prepositional phrase on the verb that may name who is acted on ("agreed to", "talks with"), not
    // when, where, why or by what means.
    private static bool IsAddresseePhrase(Document doc, int p, int verb)
    {
        ref var q = ref doc.PhraseRef(p);
        if (q.Kind != PhraseKind.PP || q.Attach != verb || q.Child < 0) return false;
        return doc.Tokens[q.Head].Norm is not ("by" or "according" or "on" or "in" or "at" or "during" or "after" or "before" or "since" or "for" or "amid" or "despite"
            or "from" or "through" or "via" or "under" or "like" or "including" // origin, means or example, not the one acted on
            or "near" or "opposite" or "outside" or "inside" or "around" or "across" or "off"); // places: see PlaceTarget
    }

    // The noun phrase a clause acts on: its object, else the first addressee phrase's ("agreed to the protesters' demands").
    private static int ActedOnPhrase(Document doc, int obj, int verb)
    {
        if (obj >= 0) return obj;
        var (pFirst, pEnd) = doc.SentencePhrases(verb);
        for (int p = pFirst; p < pEnd; p++)
        {
            if (EndsAddressees(doc, p, verb)) break;
            if (IsAddresseePhrase(doc, p, verb)) return doc.PhraseRef(p).Child;
        }
        return -1;
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
        // "blocked Rustaveli Avenue": a street, square or bridge is no person.
        if (tok[p.EndToken - 1].Lemma is "avenue" or "street" or "road" or "square" or "bridge" or "boulevard" or "highway" or "crossing" or "airport"
            or "port" or "district" or "province" or "region" or "county" or "camp" or "base" or "valley" or "river" or "lake" or "island" or "mountain" or "hill")
            return false;
        // "shelled El Fasher": a place the gazetteer knows by the whole name is no person.
        var places = new List<Places.PlaceMention>();
        Setting.EventSetting.Default.Gazetteer.Match(doc, p.FirstToken, p.EndToken, places);
        foreach (var pm in places)
            if (pm.FirstToken == p.FirstToken && pm.EndToken == p.EndToken) return false;
        return true;
    }

    private static bool HasCompoundSlot(PatternItem[] items)
    {
        foreach (var i in items) if (i.Kind == PatternItemKind.Compound) return true;
        return false;
    }

    // The nearest clause above cl with a verb of saying and a subject ("UNIFIL said ... and that it had"), or -1.
    private static int ReportingAncestor(Document doc, ref ClauseData cl)
    {
        for (int p = cl.Parent, steps = 0; p >= 0 && steps < 4; p = doc.ClauseRef(p).Parent, steps++)
            if ((doc.ClauseRef(p).Flags & ClauseFlags.Reporting) != 0) return doc.ClauseRef(p).Subject >= 0 ? p : -1;
        return -1;
    }

    // "Ethiopia indicated it would act": a pronoun subject of a complement clause is the subject of the
    // clause it completes when they agree ("it" a non-person, "he/she" a person, "they" several or a group).
    private static List<ResolvedActor> PronounOfParentSubject(Document doc, ActorResolver resolver, ref ClauseData cl, DateOnly? date)
    {
        if (cl.Parent < 0 || cl.Subject < 0) return [];
        // "The ICC's prosecutor said his office was investigating": the speaker's own office acts for the speaker.
        if (doc.PhraseRef(cl.Subject) is { Head: >= 0 } own && own.EndToken - own.FirstToken == 2 && own.Head == own.FirstToken + 1
            && doc.Tokens[own.FirstToken].Norm is "his" or "her" or "its" && doc.Tokens[own.Head].Lemma is "office" or "team" or "department" or "administration" or "chamber")
        {
            var speaker = resolver.Resolve(doc.ClauseRef(cl.Parent).Subject, date);
            return speaker.Count == 1 ? [speaker[0] with { StartToken = own.FirstToken, EndToken = own.EndToken, Basis = "the speaker's own office: " + speaker[0].Basis }] : [];
        }
        if ((doc.PhraseRef(cl.Subject).Flags & PhraseFlags.Pronoun) == 0) return [];
        // "condemned the strikes, saying they killed nine civilians": the act just named, not the speaker.
        if (doc.Tokens[doc.PhraseRef(cl.Subject).FirstToken].Norm == "they" && resolver.AfterEventNoun(cl.Subject)) return [];
        var parent = resolver.Resolve(doc.ClauseRef(cl.Parent).Subject, date);
        if (parent.Count == 0) return parent;
        ref var p = ref doc.PhraseRef(cl.Subject);
        bool person = parent.Count == 1 && parent[0].Entry?.Kind == ActorKind.Person;
        // "U.S. Secretary of State Marco Rubio said that he": one office holder named by a singular title is a person too.
        int parentHead = doc.PhraseRef(doc.ClauseRef(cl.Parent).Subject).Head;
        bool titled = parent.Count == 1 && parentHead >= 0 && doc.Tokens[parentHead].Tag is PosTag.NN or PosTag.NNP
            && doc.Tokens[parentHead].Lemma is "minister" or "secretary" or "president" or "premier" or "chancellor" or "spokesman" or "spokeswoman"
                or "envoy" or "ambassador" or "leader" or "chief" or "king" or "prince" or "governor" or "commander" or "general";
        bool agrees = doc.Tokens[p.FirstToken].Norm switch
        {
            "it" => parent.Count == 1 && !person,
            "he" or "she" => person || titled,
            "they" => parent.Count > 1 || !person && parent[0].Code.Length > 3,
            _ => false,
        };
        if (!agrees) return [];
        var subjects = new List<ResolvedActor>(parent.Count);
        foreach (var a in parent) subjects.Add(a with { StartToken = p.FirstToken, EndToken = p.EndToken, Basis = "subject of the clause it completes: " + a.Basis });
        return subjects;
    }

    // "Kenya's interior minister warned that police would use force", "Russia said troops had taken the village": a
    // state organ named without a country in what a state's actor reports is that state's own, when the sentence
    // names no other country (a government speaking of another's "security forces" names it or its places).
    private static ResolvedActor? SpeakersOwnOrgan(Document doc, ActorResolver resolver, ref ClauseData cl, DateOnly? date)
    {
        if (cl.Parent < 0 || cl.Subject < 0 || (doc.ClauseRef(cl.Parent).Flags & ClauseFlags.Reporting) == 0) return null;
        var speakers = resolver.Resolve(doc.ClauseRef(cl.Parent).Subject, date);
        if (speakers.Count != 1 || ActorCode.Country(speakers[0].Code) is not { } home || speakers[0].Code.Length > 3 && !IsStateRole(speakers[0].Code.AsSpan(3, 3))) return null;
        foreach (var m in resolver.Mentions)
            if (m.Entry.CodeAt(date) is { } code && ActorCode.Country(code) is { } other && other != home) return null;
        if (resolver.AgentsIn(cl.Subject, date, home) is not { } own)
        {
            // "The police chief said officers had arrested 14 gang members": a security chief's bare "officers" are his own.
            if (speakers[0].Code.Length < 6 || speakers[0].Code.AsSpan(3, 3) is not ("COP" or "MIL" or "SPY") || !IsBareForceNoun(doc, cl.Subject)) return null;
            ref var np = ref doc.PhraseRef(cl.Subject);
            return speakers[0] with { StartToken = np.FirstToken, EndToken = np.EndToken, Basis = "the speaker's own force: " + speakers[0].Basis };
        }
        if (own.Code.Length < 6 || !IsStateRole(own.Code.AsSpan(3, 3))) return null;
        return own with { Basis = "state organ in what an actor of " + home + " reports" };
    }

    // The reporting speaker's country's organ for a definite subject ("the army") that took another country from context,
    // when no other country is named between the speaker and the subject.
    private static ResolvedActor? SpeakersDefiniteOrgan(Document doc, ActorResolver resolver, ref ClauseData cl, ResolvedActor subject, DateOnly? date)
    {
        if (cl.Parent < 0 || (doc.ClauseRef(cl.Parent).Flags & ClauseFlags.Reporting) == 0 || doc.ClauseRef(cl.Parent).Subject < 0) return null;
        var speakers = resolver.Resolve(doc.ClauseRef(cl.Parent).Subject, date);
        if (speakers.Count != 1 || ActorCode.Country(speakers[0].Code) is not { Length: 3 } home || home == "IGO" || home == ActorCode.Country(subject.Code)) return null;
        int from = doc.PhraseRef(doc.ClauseRef(cl.Parent).Subject).EndToken, to = doc.PhraseRef(cl.Subject).FirstToken;
        if (from > to) return null;
        foreach (var m in resolver.Mentions)
            if (m.Start >= from && m.Start < to && m.Entry.CodeAt(date) is { } code && ActorCode.Country(code) is { } other && other != home) return null;
        if (resolver.AgentsIn(cl.Subject, date, home) is not { } own || own.Code.Length < 6 || !IsStateRole(own.Code.AsSpan(3, 3))) return null;
        return own with { Basis = "state organ in what an actor of " + home + " reports" };
    }

    // "officers", "the agents", "its personnel": a force named by a word that says no more than that it serves someone.
    private static bool IsBareForceNoun(Document doc, int np)
    {
        ref var p = ref doc.PhraseRef(np);
        if (p.Head < 0 || p.Head != p.EndToken - 1 || p.EndToken - p.FirstToken > 2) return false;
        if (p.Head > p.FirstToken && doc.Tokens[p.FirstToken].Norm is not ("the" or "its" or "his" or "her" or "their" or "our")) return false;
        return doc.Tokens[p.Head].Norm is "officers" or "agents" or "personnel" or "units" or "operatives";
    }

    // The subjects of clauses that are not inside clause c ("..., a senior official said"): not c's targets.
    private static bool InOtherClauseSubject(Document doc, int c, int token)
    {
        ref var cl = ref doc.ClauseRef(c);
        ref var sd = ref doc.SentenceRef(cl.Sentence);
        for (int k = sd.FirstClause; k < sd.EndClause; k++)
        {
            if (k == c) continue;
            ref var other = ref doc.ClauseRef(k);
            if (other.Subject < 0 || (other.Flags & ClauseFlags.InheritedSubject) != 0 || other.Kind == ClauseKind.Relative) continue;
            ref var subj = ref doc.PhraseRef(other.Subject);
            if (token < subj.FirstToken || token >= subj.EndToken) continue;
            int up = k;
            for (int guard = 0; up >= 0 && up != c && guard < 64; guard++) up = doc.ClauseRef(up).Parent;
            if (up != c) return true;
        }
        return false;
    }

    // TABARI's target: the first actor named after the verb that is not the source nor another clause's subject.
    private static List<ResolvedActor> FirstActorAfter(Document doc, ActorResolver resolver, int from, int end, List<ResolvedActor> sources, DateOnly? date, int clause)
    {
        foreach (var m in resolver.Mentions)
        {
            if (m.Start < from || m.Start >= end || m.Entry.Kind == ActorKind.NotActor) continue;
            if (Covers(sources, m.Start)) continue;
            if (InOtherClauseSubject(doc, clause, m.Start)) continue;
            var r = Except(ResolveAt(doc, resolver, m.Start, date), sources, string.Equals);
            if (r.Count > 0) return r;
        }
        return [];
    }

    // The largest NP that starts at or contains the token, not crossing a PP boundary; -1 for none.
    // Whom a show of force after token `from` is aimed at: the country of "its border with X", the object of a purpose
    // infinitive ("to hunt separatist fighters"), or a foreign actor right after "after"/"following" ("after a Turkish
    // vessel entered"). Null when the sentence says none of these.
    private static ResolvedActor? PostureTarget(Document doc, ActorResolver resolver, int from, int end, ResolvedActor source, DateOnly? date)
    {
        var tok = doc.Tokens;
        string? own = ActorCode.Country(source.Code);
        for (int k = from; k < end; k++)
        {
            string w = tok[k].Norm;
            int at = -1;
            if (w == "with" && k > from && tok[k - 1].Lemma is "border" or "frontier" or "boundary") at = k + 1;
            else if (w == "to" && k + 1 < end && tok[k + 1].Lemma is "hunt" or "fight" or "battle" or "counter" or "pursue" or "confront" or "crush" or "flush" or "track" or "repel" or "deter")
            {
                at = k + 2;
                while (at < end && tok[at].Tag == PosTag.RP) at++; // "track down", "flush out"
            }
            else if (w is "after" or "following" or "amid" || w == "ahead" && k + 1 < end && tok[k + 1].Norm == "of")
            {
                // "after detecting signs that North Korea was preparing a launch", "amid tensions with Ethiopia", "ahead
                // of an expected offensive by SPLA-IO fighters": the first other side named in what the posture answers.
                if (ActorAnswered(doc, resolver, k + 1, end, source, own, date) is { } answered) return answered;
                continue;
            }
            // "drills encircling Taiwan", "live-fire drills off Australia's east coast": where the show of force is aimed.
            else if (w is "encircling" or "surrounding" or "off" or "around" && k + 1 < end) at = k + 1;
            // "close to Norwegian waters", "near Japan's coast": only a foreign shore or airspace, not any place nearby.
            else if ((w == "near" || w == "close" && k + 1 < end && tok[k + 1].Norm == "to") && NamesShore(tok, k + 1, end)) at = w == "near" ? k + 1 : k + 2;
            // "sent troops to the Catatumbo region, where ELN guerrillas control the routes": the armed group holding the place.
            else if (w == "where" && k + 1 < end) at = k + 1;
            if (at < 0 || at >= end) continue;
            int np = NounPhraseAt(doc, resolver, at < end && tok[at].Tag == PosTag.DT && at + 1 < end ? at + 1 : at);
            if (np < 0) continue;
            foreach (var a in resolver.Resolve(np, date))
            {
                // A border or a foreign actor is another country's; a purpose's object may be at home ("separatist fighters").
                bool foreign = ActorCode.Country(a.Code) is { } c && c != own;
                if (w == "where" ? ActorCode.Role(a.Code) is { } role && IsArmedGroupRole(role) : w == "to" ? a.Code != source.Code : foreign)
                    return w == "with" ? a with { Code = ActorCode.Country(a.Code)!, Basis = "the border's other side: " + a.Basis } : a;
            }
            // "to hunt separatist fighters" with no country named: the force's own country's.
            if (w == "to" && own is not null && resolver.AgentsIn(np, date, own) is { } home && home.Code != source.Code) return home;
        }
        return null;
    }

    // Whether a noun phrase from token `from` ends within a few words in waters, a coast or airspace.
    private static bool NamesShore(ReadOnlySpan<TokenData> tok, int from, int end)
    {
        for (int k = from; k < end && k < from + 6; k++)
        {
            if (tok[k].Lemma is "water" or "waters" or "coast" or "coastline" or "airspace" or "shore" or "island" or "islands") return true;
            if (tok[k].Tag is PosTag.Comma or PosTag.Period || tok[k].Tag.IsVerb()) return false;
        }
        return false;
    }

    // The first actor named in tokens [from, end), up to a comma, that is another country's or an armed group.
    private static ResolvedActor? ActorAnswered(Document doc, ActorResolver resolver, int from, int end, ResolvedActor source, string? own, DateOnly? date)
    {
        var tok = doc.Tokens;
        for (int k = from; k < end && k < from + 14; k++)
        {
            if (tok[k].Tag is PosTag.Comma or PosTag.Period) return null;
            foreach (var m in resolver.Mentions)
            {
                if (m.Start != k || m.Entry.Kind == ActorKind.NotActor) continue;
                // The smallest noun phrase holding the name: not "an offensive by SPLA-IO fighters" around it.
                int np = -1;
                var (pFirst, pEnd) = resolver.SentencePhrases;
                for (int p = pFirst; p < pEnd; p++)
                {
                    ref var q = ref doc.PhraseRef(p);
                    if (q.Kind == PhraseKind.NP && q.FirstToken <= k && q.EndToken > k && (np < 0 || q.EndToken - q.FirstToken < doc.PhraseRef(np).EndToken - doc.PhraseRef(np).FirstToken)) np = p;
                }
                if (np < 0) break;
                foreach (var a in resolver.Resolve(np, date))
                    if (ActorCode.Country(a.Code) is { } c && c != own || ActorCode.Role(a.Code) is { } role && IsArmedGroupRole(role) && a.Code != source.Code)
                        return a;
                break;
            }
        }
        return null;
    }

    // The organisation or group named right before `end` ("the AU Peace and Security Council" before "in Addis Ababa"),
    // or heading a capitalised name there ("the ECOWAS Commission").
    private static ResolvedActor? BodyEndingAt(Document doc, ActorResolver resolver, int end, DateOnly? date)
    {
        foreach (var m in resolver.Mentions)
        {
            if (m.End > end || m.End < end - 2 || m.Entry.Kind is not (ActorKind.Organisation or ActorKind.Group)) continue;
            bool name = true;
            for (int k = m.End; k < end; k++) name &= doc.Tokens[k].Has(TokenFlags.Capitalized);
            if (name) return resolver.ResolveSpan(m.Start, m.End, date);
        }
        return null;
    }

    private static int NounPhraseAt(Document doc, ActorResolver resolver, int token)
    {
        int best = -1;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Kind != PhraseKind.NP || q.FirstToken > token || q.EndToken <= token) continue;
            if (best < 0 || q.EndToken - q.FirstToken > doc.PhraseRef(best).EndToken - doc.PhraseRef(best).FirstToken) best = p;
        }
        return best;
    }

    // "spoke with Dar and with Muttaqi": the target's preposition repeated after "and" names another target.
    private static List<ResolvedActor>? RepeatedPrepositionTargets(Document doc, ActorResolver resolver, int token, DateOnly? date)
    {
        int np = NounPhraseAt(doc, resolver, token);
        if (np < 0 || doc.PhraseRef(np).Parent is not (int pp and >= 0) || doc.PhraseRef(pp).Kind != PhraseKind.PP) return null;
        var tok = doc.Tokens;
        string prep = tok[doc.PhraseRef(pp).Head].Norm;
        int k = doc.PhraseRef(np).EndToken;
        // "spoke with Abiy on Monday and later with Isaias": a day and an adverb may stand between.
        if (k + 1 < doc.TokenCount && tok[k].Norm == "on" && tok[k + 1].Tag is PosTag.NNP or PosTag.CD
            && (TemporalRecognizer.Weekday(tok[k + 1].Norm) >= 0 || TemporalRecognizer.Month(tok[k + 1].Norm) > 0)) k += 2;
        // "with the EU's foreign policy chief, Kaja Kallas, and with his Egyptian counterpart": a name in apposition too.
        if (k < doc.TokenCount && tok[k].Tag == PosTag.Comma)
        {
            int j = k + 1;
            while (j < doc.TokenCount && j - k <= 5 && tok[j].Tag is PosTag.NNP or PosTag.NNPS) j++;
            if (j > k + 1 && j + 1 < doc.TokenCount && tok[j].Tag == PosTag.Comma && tok[j + 1].Norm == "and") k = j;
        }
        if (k < doc.TokenCount && tok[k].Tag == PosTag.Comma) k++;
        if (k >= doc.TokenCount || tok[k].Norm != "and") return null;
        k++;
        while (k < doc.TokenCount && tok[k].Tag.IsAdverb()) k++;
        if (k >= doc.TokenCount || tok[k].Norm != prep) return null;
        var (pFirst, pEnd) = resolver.SentencePhrases;
        for (int q = pFirst; q < pEnd; q++)
        {
            ref var second = ref doc.PhraseRef(q);
            if (second.Kind == PhraseKind.PP && second.FirstToken == k && second.Child >= 0) return resolver.Resolve(second.Child, date);
        }
        return null;
    }

    // "detained Hanitra Razafy, a spokeswoman for the opposition coalition": a name the dictionaries lack is what the
    // apposition after it says it is, when that names an actor with a country or an organisation.
    private static List<ResolvedActor>? AppositionOfName(Document doc, ActorResolver resolver, int nameEnd, DateOnly? date)
    {
        var tok = doc.Tokens;
        if (nameEnd + 2 >= doc.TokenCount || tok[nameEnd].Tag != PosTag.Comma || tok[nameEnd + 1].Norm is not ("a" or "an" or "the")) return null;
        int np = NounPhraseAt(doc, resolver, nameEnd + 2);
        if (np < 0 || doc.PhraseRef(np).FirstToken != nameEnd + 1) return null;
        var r = resolver.Resolve(np, date);
        return r.Count > 0 && r.TrueForAll(a => a.Code.Length >= 3 && !a.Code.StartsWith("---", StringComparison.Ordinal)) ? r : null;
    }

    private static List<ResolvedActor> ResolveAt(Document doc, ActorResolver resolver, int token, DateOnly? date)
    {
        int best = NounPhraseAt(doc, resolver, token);
        if (best >= 0)
        {
            var r = resolver.Resolve(best, date);
            // "struck a depot near Damascus": a capital that only locates the act is its country, not its government.
            if (r.Count == 1 && r[0].Entry?.Kind == ActorKind.Capital && doc.PhraseRef(best).Parent is int pp and >= 0
                && doc.PhraseRef(pp).Kind == PhraseKind.PP && doc.Tokens[doc.PhraseRef(pp).Head].Norm is "near" or "outside" or "around" or "across" or "off" or "over")
                return [r[0] with { Code = ActorCode.Country(r[0].Code) ?? r[0].Code, Basis = "place: " + r[0].Basis }];
            if (r.Count > 0) return r;
            if (IsUnknownPersonName(doc, best, resolver))
                return AppositionOfName(doc, resolver, doc.PhraseRef(best).EndToken, date)
                    ?? [new ResolvedActor("---", doc.PhraseRef(best).FirstToken, doc.PhraseRef(best).EndToken, null, "name not in the dictionaries")];
        }
        foreach (var m in resolver.Mentions)
            if (m.Start == token && !(best >= 0 && m.Entry.Kind == ActorKind.Capital)) // "the Nairobi agreement" named no actor
            {
                var a = resolver.ResolveSpan(m.Start, m.End, date);
                return a is null ? [] : [a];
            }
        return [];
    }

    private static readonly HashSet<string> s_lightVerbs = new(StringComparer.Ordinal)
    {
        "hold", "conduct", "launch", "carry", "make", "pay", "begin", "open", "start", "resume", "continue", "have", "stage", "mount", "call", "organise", "organize",
        "announce", "sign", "deliver", "provide", "impose", "offer", "extend", "give", "send", "order", "lead", "host", "attend", "complete",
        "step", "intensify", "escalate", "accelerate", "establish",
    };

    // Nominal events: an event noun with its pattern ("attack on X", "visit to Y", "talks between X and Y").
    // "ruled out any withdrawal of troops from southern Lebanon", "announced the deployment of troops to Niger": an act
    // the source would do itself, named as the object, lands where that act's noun pattern puts its target.
    // The object, else the noun phrase after the verb headed by a noun the pattern names ("ruled out on Wednesday any withdrawal").
    private static int NamedNounPhrase(Document doc, ActorResolver resolver, VerbPattern p, int obj, int from, int end)
    {
        if (obj >= 0) return obj;
        var tok = doc.Tokens;
        for (int k = from; k < end; k++)
            if (tok[k].Tag.IsNoun() && NamesWord(p, tok[k]) && NounPhraseAt(doc, resolver, k) is int np and >= 0 && doc.PhraseRef(np).Head == k) return np;
        return -1;
    }

    private List<ResolvedActor>? OwnActsTarget(Document doc, ActorResolver resolver, int obj, List<ResolvedActor> sources, DateOnly? date, SentenceWordSet words)
    {
        int n = doc.PhraseRef(obj).Head;
        var tok = doc.Tokens;
        if (n < 0 || !tok[n].Tag.IsNoun() || !_dicts.Patterns.HasNoun(tok[n].Lemma)) return null;
        var candidates = t_ownActCandidates ??= [];
        candidates.Clear();
        _dicts.Patterns.Candidates(tok[n].Lemma, noun: true, words, candidates);
        ref var sd = ref doc.SentenceRef(doc.PhraseRef(obj).Sentence);
        foreach (var p in candidates)
        {
            if (PatternMatcher.MissingWord(p, words) is not null) continue;
            var m = PatternMatcher.Match(doc, p, n, doc.PhraseRef(obj).FirstToken, sd.EndToken, _dicts.Patterns.Policy, resolver.Mentions, false);
            if (!m.Success) continue;
            if (m.TargetToken < 0) return null;
            // Someone else's act ("welcomed Russia's withdrawal from Syria") is not the source's own.
            var doers = m.SourceToken >= 0 ? ResolveAt(doc, resolver, m.SourceToken, date) : NominalSources(doc, resolver, obj, n, date, sd.FirstClause, sd.EndClause, consultation: false);
            foreach (var d in doers)
                if (!sources.Exists(x => ActorCode.Country(x.Code) == ActorCode.Country(d.Code))) return null;
            // "any withdrawal of Russian troops from Syria": the troops named in the act are its doers.
            foreach (var mention in resolver.Mentions)
                if (mention.Start >= doc.PhraseRef(obj).FirstToken && mention.Start < m.TargetToken && mention.Entry.CodeAt(date) is { } code
                    && ActorCode.Country(code) is { } other && !sources.Exists(x => ActorCode.Country(x.Code) == other)) return null;
            return Except(ResolveAt(doc, resolver, m.TargetToken, date), sources, s_sameCountry);
        }
        return null;
    }

    private void CodeNominalEvents(Document doc, int s, ActorResolver resolver, DateOnly? date, List<Candidate> found, List<(int First, int End)> codedSpans, ExplainTrace? trace)
    {
        SentenceWordSet? words = null;
        var candidates = t_nounCandidates ??= [];
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
            if (InSpans(codedSpans, n))
            {
                trace?.Add(s, "noun", tok[n].Norm, "inside a clause already coded: not a separate event");
                continue;
            }
            int np = NounPhraseWithHead(doc, sd.FirstPhrase, sd.EndPhrase, n);
            if (np < 0) continue;
            if (UndoneOrConditional(doc, ref sd, np, n) is { } why)
            {
                trace?.Add(s, "noun", tok[n].Norm, why);
                continue;
            }
            foreach (var p in patterns)
            {
                if (PatternMatcher.MissingWord(p, words) is not null) continue;
                var m = PatternMatcher.Match(doc, p, n, doc.PhraseRef(np).FirstToken, sd.EndToken, _dicts.Patterns.Policy, resolver.Mentions, false);
                if (!m.Success) { trace?.Add(s, "try", p.Text + " => " + p.Code, m.Failure + $" [{p.Source}]"); continue; }
                var sources = m.SourceToken >= 0 ? ResolveAt(doc, resolver, m.SourceToken, date) : NominalSources(doc, resolver, np, n, date, sd.FirstClause, sd.EndClause, p.Code.StartsWith("04", StringComparison.Ordinal));
                var targets = m.TargetToken >= 0 ? ResolveAt(doc, resolver, m.TargetToken, date) : [];
                // "an independent inquiry into abuses by Nicaragua's police": an investigation is of the doers it names.
                if (targets.Count == 0 && sources.Count > 0 && p.Code.StartsWith("09", StringComparison.Ordinal)
                    && InvestigatedDoers(doc, resolver, n + 1, sd.EndToken, sources, date) is { Count: > 0 } nominalDoers) targets = nominalDoers;
                trace?.Add(s, "match", p.Text + " => " + p.Code, $"[{p.Source}] sources: {string.Join(", ", sources)}; targets: {string.Join(", ", targets)}");
                // "Wang Yi would host a meeting with X", "will hold talks with Y": an event still to come is an intent.
                string code = p.Code, rule = "nominal";
                // "Both governments said the talks would resume in March": a meeting the speakers report of itself, between them.
                // "Ukraine said talks with Russia would resume": the speaker is a party.
                int reported = sources.Count == 0 && p.Code.StartsWith("04", StringComparison.Ordinal) ? ReportedMeetingClause(doc, np, sd.FirstClause, sd.EndClause) : -1;
                if (reported >= 0)
                {
                    var speakers = resolver.Resolve(doc.ClauseRef(doc.ClauseRef(reported).Parent).Subject, date);
                    bool pair = targets.Count == 0 && speakers.Count == 2 && ActorCode.Country(speakers[0].Code) != ActorCode.Country(speakers[1].Code);
                    if (pair || targets.Count > 0 && speakers.Count > 0)
                    {
                        rule = "nominal; reported by its parties";
                        if (_options.IntentRules && (IsFuture(doc, doc.ClauseRef(reported).Verb) || IsReportedWould(doc, ref doc.ClauseRef(reported))) && _dicts.Codebook.IntentFor(code) is { } meetAgain)
                            (code, rule) = (meetAgain, "nominal; reported by its parties; intent: future");
                        trace?.Add(s, "rule", p.Text, $"a meeting its speakers report: {string.Join(", ", speakers.Select(x => x.Code))}");
                        if (pair) { Add(found, speakers[0], speakers[1], code, p, rule, false, n, n + 1); Add(found, speakers[1], speakers[0], code, p, rule, false, n, n + 1); }
                        else foreach (var src in speakers) foreach (var tgt in targets) Add(found, src, tgt, code, p, rule, false, n, n + 1);
                        break;
                    }
                }
                int light = _options.IntentRules ? LightVerbClause(doc, np, sd.FirstClause, sd.EndClause) : -1;
                if (light >= 0 && (IsFuture(doc, doc.ClauseRef(light).Verb) || IsReportedWould(doc, ref doc.ClauseRef(light))) && _dicts.Codebook.IntentFor(code) is { } intent)
                    (code, rule) = (intent, "nominal; intent: future");
                // "threatened to call nationwide protests against the government", "plans to hold talks with": the
                // infinitive's verb before it says what the event is.
                else if (light >= 0 && doc.ClauseRef(light).Kind == ClauseKind.Infinitive && doc.ClauseRef(light).Parent >= 0)
                {
                    string parent = tok[doc.PhraseRef(doc.ClauseRef(doc.ClauseRef(light).Parent).Verb).Head].Lemma;
                    if (IsThreatVerb(parent)) (code, rule) = (_dicts.Codebook.ThreatFor(code), "nominal; threat: " + parent + " to");
                    else if (IsIntentVerb(parent) && _dicts.Codebook.IntentFor(code) is { } planned) (code, rule) = (planned, "nominal; intent: " + parent + " to");
                    // "was ready to take part in talks with Eritrea"
                    else if (ReadinessWordBefore(doc, doc.PhraseRef(doc.ClauseRef(light).Verb).FirstToken) is { Length: > 0 } ready && _dicts.Codebook.IntentFor(code) is { } readyCode)
                        (code, rule) = (readyCode, "nominal; intent: " + ready + " to");
                }
                foreach (var src in sources)
                {
                    if (targets.Count == 0 && !_options.RequireTarget) Add(found, src, null, code, p, rule, false, n, n + 1);
                    foreach (var tgt in targets)
                    {
                        // "talks between the army and the RSF", "an agreement between Canada and Ecuador", "fighting between
                        // troops and rebels": a joint act of a pair is one event, the first named acting (as for "X and Y held
                        // talks", "X and Y clashed"), unless MutualConsultations.
                        if (!_options.MutualConsultations && IsJointAct(code) && tgt.StartToken < src.StartToken
                            && sources.Exists(x => x.Code == tgt.Code) && targets.Exists(x => x.Code == src.Code)) continue;
                        Add(found, src, tgt, code, p, rule, false, n, n + 1);
                    }
                }
                break;
            }
        }
    }

    // "cut off US aid to X", "rejected talks with Y": the event noun names what is stopped or refused.
    private static readonly HashSet<string> s_undoVerbs = new(StringComparer.Ordinal)
    {
        "cut", "halt", "suspend", "end", "stop", "freeze", "withdraw", "block", "reduce", "terminate", "scrap", "cancel", "postpone",
        "delay", "reject", "oppose", "deny", "refuse", "arrange", "seek", "propose",
    };

    // Why an event noun is not an event: the object of a verb that stops, refuses or only seeks it, or
    // inside a condition ("if they went ahead with efforts to restore sanctions on Iran"). Null when it is one.
    private static string? UndoneOrConditional(Document doc, ref SentenceData sd, int np, int noun)
    {
        int top = TopNounPhrase(doc, np);
        // The verb right before the phrase, whatever the tagger made of it ("Trump cut/NN off US aid to X").
        var tok = doc.Tokens;
        for (int k = doc.PhraseRef(top).FirstToken - 1, steps = 0; k >= 0 && steps < 3; k--, steps++)
        {
            if (s_undoVerbs.Contains(tok[k].Lemma) || s_undoVerbs.Contains(tok[k].Norm)) return $"after '{tok[k].Norm}': what is stopped or sought is not an event";
            if (tok[k].Norm is not ("off" or "back" or "down" or "up" or "all" or "its" or "their" or "the" or "his" or "her")) break;
        }
        for (int c = sd.FirstClause; c < sd.EndClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if ((cl.Object == top || cl.Object == np) && s_undoVerbs.Contains(tok[doc.PhraseRef(cl.Verb).Head].Lemma))
                return $"object of '{tok[doc.PhraseRef(cl.Verb).Head].Norm}': what is stopped or sought is not an event";
            // "a trade agreement between X and Y could be signed next year": what may happen to it has not.
            if ((cl.Subject == top || cl.Subject == np) && (HasModal(doc, cl.Verb, "could", "might", "may") || (cl.Flags & ClauseFlags.Negated) != 0))
                return $"subject of '{tok[doc.PhraseRef(cl.Verb).Head].Norm}', which may not happen: not an event";
            // "a full-scale war between X and Y remains unlikely": what is judged likely or not has not happened.
            if ((cl.Subject == top || cl.Subject == np) && IsJudgedLikelihood(tok, doc.PhraseRef(cl.Verb)))
                return $"subject of '{tok[doc.PhraseRef(cl.Verb).Head].Norm} {tok[doc.PhraseRef(cl.Verb).EndToken].Norm}', which may not happen: not an event";
        }
        int first = doc.PhraseRef(top).FirstToken;
        // "talks on a free trade agreement between X and Y": the topic of a discussion is not an event of its own.
        if (first >= 2 && tok[first - 1].Norm is "on" or "over" or "about" or "for" && tok[first - 2].Lemma is "talk" or "negotiation" or "discussion" or "consultation")
            return $"topic of '{tok[first - 2].Norm} {tok[first - 1].Norm}': not an event of its own";
        // "Moscow's conditions for a ceasefire, including Ukraine's withdrawal": an item of what is demanded.
        if (first >= 1 && tok[first - 1].Norm is "including" or "such")
            for (int k = first - 2; k >= sd.FirstToken && k >= first - 10; k--)
                if (tok[k].Lemma is "condition" or "demand" or "term" or "requirement" or "precondition") return $"listed after '{tok[k].Norm}': what is demanded is not an event";
        int inner = Setting.EventSetting.ClauseOf(doc, ref sd, noun).Clause;
        return inner >= 0 && IsConditional(doc, inner) ? "inside a condition: not an event" : null;
    }

    // "remains unlikely", "is possible", "seems increasingly likely": a linking verb, then a judgement of likelihood.
    private static bool IsJudgedLikelihood(ReadOnlySpan<TokenData> tok, in PhraseData verb)
    {
        if (tok[verb.Head].Lemma is not ("be" or "remain" or "seem" or "appear" or "look")) return false;
        int k = verb.EndToken;
        while (k < tok.Length && tok[k].Tag.IsAdverb()) k++;
        return k < tok.Length && tok[k].Norm is "unlikely" or "likely" or "possible" or "imminent" or "inevitable" or "probable" or "improbable";
    }

    // The outermost NP holding an NP ("US aid" inside "US aid to South Africa"): what a verb takes as its object.
    private static int TopNounPhrase(Document doc, int np)
    {
        while (doc.PhraseRef(np).Parent >= 0 && doc.PhraseRef(doc.PhraseRef(np).Parent).Kind == PhraseKind.NP) np = doc.PhraseRef(np).Parent;
        return np;
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

    // The clause reported by another ("said the talks would resume") whose subject is the meeting noun and whose verb
    // says it happens, or -1.
    private static int ReportedMeetingClause(Document doc, int np, int firstClause, int endClause)
    {
        int top = TopNounPhrase(doc, np);
        for (int c = firstClause; c < endClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (cl.Subject != top && cl.Subject != np || cl.Kind != ClauseKind.Complement || cl.Parent < 0 || (cl.Flags & ClauseFlags.Negated) != 0) continue;
            string verb = doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma;
            bool happens = verb is "resume" or "begin" or "start" or "open" or "continue" or "convene" or "take"
                || verb == "hold" && (cl.Flags & ClauseFlags.Passive) != 0;
            if (happens) return c;
        }
        return -1;
    }

    // The clause whose light verb takes the event noun as its object ("held talks"), or -1.
    private static int LightVerbClause(Document doc, int np, int firstClause, int endClause)
    {
        int top = TopNounPhrase(doc, np);
        for (int c = firstClause; c < endClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if ((cl.Object == top || cl.Object == np) && s_lightVerbs.Contains(doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma)) return c;
            // "take part in talks"
            if (cl.Object >= 0 && doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma == "take" && doc.Tokens[doc.PhraseRef(cl.Object).Head].Lemma == "part"
                && cl.Object + 1 < doc.PhraseCount && doc.PhraseRef(cl.Object + 1) is { Kind: PhraseKind.PP } pp && doc.Tokens[pp.Head].Norm == "in" && (pp.Child == top || pp.Child == np))
                return c;
        }
        return -1;
    }

    // The agent of a nominal event: its possessor ("Russia's attack"), an actor modifier ("the Chinese
    // visit"), a "by" phrase, or the subject of a light verb whose object it is ("X held talks").
    private static List<ResolvedActor> NominalSources(Document doc, ActorResolver resolver, int np, int head, DateOnly? date, int firstClause, int endClause, bool consultation)
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
        int top = TopNounPhrase(doc, np);
        for (int c = firstClause; c < endClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (cl.Object != top && cl.Object != np) continue;
            string lemma = tok[doc.PhraseRef(cl.Verb).Head].Lemma;
            if (!s_lightVerbs.Contains(lemma)) continue;
            return (cl.Flags & ClauseFlags.Passive) != 0 ? resolver.Resolve(cl.Agent, date) : resolver.Resolve(cl.Subject, date);
        }
        // "In a phone call with Erdogan, Putin said ...", "said during talks with X": a call or meeting that frames a
        // clause was held by its subject.
        if (consultation && FramedClause(doc, top, firstClause, endClause) is int framed and >= 0 && (doc.ClauseRef(framed).Flags & ClauseFlags.Passive) == 0)
            return resolver.Resolve(doc.ClauseRef(framed).Subject, date);
        return [];
    }

    // The clause an "in/during/at" phrase holding the noun phrase frames: the clause it sits in, or, fronted before
    // the sentence's first clause, that clause. -1 when the phrase is inside another noun phrase.
    private static int FramedClause(Document doc, int np, int firstClause, int endClause)
    {
        var (pFirst, pEnd) = doc.SentencePhrases(np);
        int pp = -1;
        for (int p = pFirst; p < pEnd; p++)
            if (doc.PhraseRef(p).Kind == PhraseKind.PP && doc.PhraseRef(p).Child == np) { pp = p; break; }
        if (pp < 0 || doc.Tokens[doc.PhraseRef(pp).Head].Norm is not ("in" or "during" or "at")) return -1;
        ref var frame = ref doc.PhraseRef(pp);
        if (frame.Attach >= 0 && doc.PhraseRef(frame.Attach).Kind == PhraseKind.NP) return -1;
        int best = -1, size = int.MaxValue, next = -1;
        for (int c = firstClause; c < endClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (frame.FirstToken >= cl.FirstToken && frame.FirstToken < cl.EndToken && cl.EndToken - cl.FirstToken < size) { best = c; size = cl.EndToken - cl.FirstToken; }
            if (next < 0 && cl.FirstToken > frame.FirstToken && cl.Kind == ClauseKind.Main) next = c;
        }
        return best >= 0 ? best : next;
    }

    private void Emit(Document doc, int s, DocumentInfo info, DateOnly? date, List<Candidate> found, List<EventRecord> events, List<(ResolvedActor, ResolvedActor?)> actors, ExplainTrace? trace)
    {
        // Most sentences have no event: no copy of their text, no metadata for them.
        if (found.Count == 0) return;
        ref var sd = ref doc.SentenceRef(s);
        string sentence = doc.Text[sd.Start..sd.End];
        var tok = doc.Tokens;
        // Doc is left to EventSetting.Collect, which sets it on every event it has metadata for.
        string? eventDate = date?.ToString("yyyy-MM-dd");
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
                SentenceIndex = doc.FirstSentenceIndex + s,
                Sentence = sentence,
                SentenceStart = sd.Start,
                EventDate = eventDate,
                DateBasis = date is null ? null : "published",
                Source = ToRecord(doc, f.Source),
                Target = f.Target is null ? null : ToRecord(doc, f.Target),
                Cameo = f.Code,
                CameoRoot = CameoRoot(f.Code),
                PloverType = cameo?.PloverType,
                PloverMode = cameo?.PloverMode,
                QuadClass = cameo?.QuadClass ?? QuadFromRoot(f.Code),
                Goldstein = cameo?.Goldstein ?? 0,
                Negated = f.Negated,
                Verb = new SpanRecord { Text = doc.Text[tok[f.VerbFirst].Start..tok[f.VerbEnd - 1].End], Start = tok[f.VerbFirst].Start, End = tok[f.VerbEnd - 1].End },
                Pattern = new PatternRecord { Text = f.Pattern.Text, File = f.Pattern.Source.File, Line = f.Pattern.Source.Line, Rule = f.Rule },
            };
            trace?.Add(s, "event", $"{rec.Source.Code} {rec.Cameo} {rec.Target?.Code ?? "-"}", $"{cameo?.Name}{(f.Rule is null ? "" : " (" + f.Rule + ")")} via '{f.Pattern.Text}' [{f.Pattern.Source}]");
            events.Add(rec);
            actors.Add((f.Source, f.Target));
        }
    }

    // Two-digit roots are few: one shared string each rather than one per event.
    private static readonly string[] s_roots = [.. Enumerable.Range(0, 100).Select(n => n.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))];

    private static string CameoRoot(string code) =>
        code.Length < 2 ? code : char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) ? s_roots[(code[0] - '0') * 10 + code[1] - '0'] : code[..2];

    private static int QuadFromRoot(string code)
    {
        if (code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), out int root)) return 0;
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    private static ActorRecord ToRecord(Document doc, ResolvedActor a)
    {
        var (start, end) = a.CharSpan(doc); // an actor answered from an earlier window has no tokens here
        return new ActorRecord
        {
            Code = a.Code, Country = ActorCode.Country(a.Code), Role = ActorCode.Role(a.Code),
            Text = doc.Text[start..end], Start = start, End = end, Entry = a.Basis,
        };
    }
}
