using System.Globalization;
using System.Runtime.InteropServices;
using Dyad.Coding.Places;
using Dyad.Coding.Records;
using Dyad.Metadata;
using Dyad.Numbers;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Coding.Setting;

/// <summary>
/// When, where and how much: completes a document's metadata from its own text (dateline, trailer) and
/// fills each coded event's date (from the temporal expression governing its clause, else its
/// sentence, else the dateline, else the publication date), location (a resolved gazetteer place in a
/// locative phrase of its clause or sentence, the dateline's place, or the article's main place), amounts
/// and casualty counts. Thread-safe: one instance serves all threads; per-document state lives in locals.
/// </summary>
public sealed class EventSetting(Gazetteer gazetteer)
{
    private static readonly Lazy<EventSetting> s_default = new(() => new EventSetting(Gazetteer.Default));

    // An article's main place is taken for an event only when the event happened near publication:
    // "In March 2025, Pakistan arrested X" in a story filed from Beijing in 2026 did not happen in Beijing.
    private const int ArticlePlaceDays = 31;

    private const int LeadSentences = 6;
    // How far an undated event may be from the sentence whose date it continues.
    private const int ContextSentences = 12;

    /// <summary>The setting stage over the embedded gazetteer (loaded on first use).</summary>
    public static EventSetting Default => s_default.Value;

    /// <summary>The gazetteer in use.</summary>
    public Gazetteer Gazetteer { get; } = gazetteer;

    /// <summary>
    /// Adds what the text says about itself to <paramref name="info"/>: its dateline and trailer, and the
    /// publication date and publisher where the caller gave none (explicit input always wins).
    /// </summary>
    public static DocumentInfo Complete(Document doc, DocumentInfo info)
    {
        if (info.Article is not null) return info;
        return WithArticle(info, ArticleMetadataExtractor.Extract(doc, info.Published));
    }

    /// <summary>The same from metadata already extracted (from the first and last windows of a long text).</summary>
    public static DocumentInfo WithArticle(DocumentInfo info, ArticleMetadata article)
    {
        info = info with { Article = article };
        if (info.Published is null && article.Published is { } p)
            info = info with { Published = p.Value, PublishedBasis = BasisName(p.Basis) };
        if (info.Source is null && article.Source is { } s)
            info = info with { Source = s.Value, SourceBasis = BasisName(s.Basis) };
        return info;
    }

    /// <summary>The record spelling of a metadata basis ("option", "header", "markup", "trailer", "dateline").</summary>
    public static string BasisName(MetadataBasis basis) => basis.ToString().ToLowerInvariant();

    internal sealed class SentenceFacts
    {
        public readonly List<TemporalExpression> Dates = [];
        public readonly List<Amount> Amounts = [];
        public readonly List<Casualty> Casualties = [];

        public void Clear()
        {
            Dates.Clear();
            Amounts.Clear();
            Casualties.Clear();
        }
    }

    /// <summary>Fills date, location, amounts and casualty fields of the events coded from <paramref name="doc"/>.</summary>
    public void Annotate(Document doc, DocumentInfo info, List<EventRecord> events, ExplainTrace? trace = null)
    {
        var state = new SettingState();
        Collect(doc, info, state, events, 0, trace);
        Finish(info, state, trace);
    }

    // Amounts in rupees before the article's country is known (from the countries of its events); replaced in Finish.
    private static readonly string s_rupeePending = new('?', 1);

    /// <summary>
    /// The first of two steps of <see cref="Annotate"/>, run on each window of a long text in order (the whole text is
    /// one window): dates, amounts and casualties of <paramref name="events"/> from index <paramref name="from"/> (the
    /// events of <paramref name="doc"/>), and what <see cref="Finish"/> needs for their places: the place mentions of the
    /// window and, per event, the candidate places of its clause and sentence. Nothing kept refers to the window's
    /// tokens, so the window can go.
    /// </summary>
    internal void Collect(Document doc, DocumentInfo info, SettingState state, List<EventRecord> events, int from, ExplainTrace? trace)
    {
        var article = info.Article ?? ArticleMetadata.Empty;
        DateOnly? anchor = info.Published;
        var tok = doc.Tokens;
        state.Text = doc.Text;

        // Place mentions of the window; resolved together in Finish.
        var mentions = state.WindowMentions;
        mentions.Clear();
        Gazetteer.Match(doc, 0, doc.TokenCount, mentions);
        int firstMention = state.Mentions.Count;
        bool atStart = doc.RangeStart == 0;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var context = ToponymResolver.ContextOf(doc, CollectionsMarshal.AsSpan(mentions), k, doc.FirstSentenceIndex);
            state.Mentions.Add(context);
            state.Marks.Add(new PlaceMark(tok[m.FirstToken].Start, tok[m.EndToken - 1].End, IsLocative(doc, m.FirstToken), context.Sentence < LeadSentences));
            if (atStart && m.FirstToken == article.DatelinePlaceTokens.First && state.DatelinePlace < 0) state.DatelinePlace = firstMention + k;
        }
        if (events.Count == from) return;
        foreach (var e in CollectionsMarshal.AsSpan(events)[from..])
        {
            if (e.Source.Country is { } a) state.Context.Add(a);
            if (e.Target?.Country is { } b) state.Context.Add(b);
        }

        // Reused from window to window: nothing kept refers to them.
        var facts = state.Facts;
        var perSentence = state.PerSentence;
        facts.Clear();
        perSentence.Clear();
        int usedFacts = 0;
        string? datelineDay = null, publishedDay = null; // formatted once per window, not per event
        for (int i = from; i < events.Count; i++) perSentence[events[i].SentenceIndex] = perSentence.GetValueOrDefault(events[i].SentenceIndex) + 1;
        var meta = BuildMeta(info, article);

        for (int i = from; i < events.Count; i++)
        {
            var e = events[i];
            var pending = new PendingEvent { Event = e, SourceCountry = e.Source.Country, TargetCountry = e.Target?.Country };
            state.Events.Add(pending);
            int s = e.SentenceIndex, local = s - doc.FirstSentenceIndex;
            var sd = doc.SentenceRef(local);
            if (!facts.TryGetValue(s, out var f))
            {
                if (usedFacts == state.FactsPool.Count) state.FactsPool.Add(new SentenceFacts());
                facts[s] = f = state.FactsPool[usedFacts++];
                f.Clear();
                TemporalRecognizer.Find(doc, local, anchor, f.Dates);
                AmountRecognizer.Find(tok, sd.FirstToken, sd.EndToken, f.Amounts, s_rupeePending);
                CasualtyReader.Find(tok, sd.FirstToken, sd.EndToken, f.Casualties);
            }
            int head = TokenAt(doc, sd.FirstToken, sd.EndToken, e.Verb?.Start ?? sd.Start);
            var (cFirst, cEnd, inner) = ClauseOf(doc, ref sd, head);
            var clause = new EventClause { Doc = doc, Sentence = sd, Head = head, First = cFirst, End = cEnd, Inner = inner };

            // When
            // A date of a noun's own clause or a deadline never dates the event; one in the event's clause is preferred.
            int date = NearestDate(f.Dates, ref clause, inClauseOnly: true);
            // "designated the cartels in February and has threatened tariffs": a present perfect takes no date from before it.
            bool perfect = IsPresentPerfect(tok, head);
            if (perfect && date >= 0 && f.Dates[date].FirstToken < head) date = -1;
            if (date < 0 && !perfect) date = NearestDate(f.Dates, ref clause, inClauseOnly: false);
            if (date >= 0)
            {
                var d = f.Dates[date];
                // "strained since 2015, when Bujumbura accused Kigali": the "when" names the moment the period began.
                SetDate(e, d.StartText, SinceWhen(tok, d, head) ? null : d.EndText, TemporalExpression.PrecisionName(d.Precision), "text");
                state.Recent = IsNearPublication(e, anchor) && e.DatePrecision is "day" or "week" ? (s, e.EventDate!, e.EventDateEnd, e.DatePrecision!) : null;
                if (trace is not null) pending.DateTrace = new(s, "date", doc.Text[tok[d.FirstToken].Start..tok[d.EndToken - 1].End], $"{e.EventDate}{(e.EventDateEnd is null ? "" : ".." + e.EventDateEnd)} ({TemporalExpression.PrecisionName(d.Precision)}) for {e.Source.Code} {e.Cameo}");
            }
            else if (state.Recent is { } r && s - r.Sentence <= ContextSentences)
            {
                // "Nairobi hosted the minister from January 3 to 5 ... The two sides agreed ...": an undated event
                // continues the episode a recent sentence dated.
                SetDate(e, r.Start, r.End, r.Precision, "context");
                if (trace is not null) pending.DateTrace = new(s, "date", r.Start + (r.End is null ? "" : ".." + r.End), $"from sentence {r.Sentence} (context) for {e.Source.Code} {e.Cameo}");
            }
            else if (article.DatelineDate is { } dl)
                SetDate(e, datelineDay ??= TemporalExpression.Format(dl.Value, DatePrecision.Day), null, "day", "dateline");
            else if (anchor is { } pub)
                SetDate(e, publishedDay ??= TemporalExpression.Format(pub, DatePrecision.Day), null, "day", "published");

            // Where: the candidates; the places themselves once every mention of the text is resolved.
            pending.Host = e.Verb is not null && tok[head].Lemma == "host";
            pending.PlacesStart = state.Places.Count;
            LocativeOptions(doc, mentions, firstMention, head, sd.FirstToken, sd.EndToken, ref clause, state.Places);
            pending.PlacesEnd = state.Places.Count;

            // How much
            List<AmountRecord>? amounts = null;
            foreach (var a in f.Amounts)
            {
                if (!clause.Contains(a.FirstToken)) continue;
                amounts ??= [];
                pending.Rupee |= ReferenceEquals(a.Unit, s_rupeePending);
                amounts.Add(new AmountRecord
                {
                    Kind = a.Kind == AmountKind.Money ? "money" : "quantity", Value = a.Value, Unit = a.Unit,
                    Text = doc.Text[tok[a.FirstToken].Start..tok[a.EndToken - 1].End], Start = tok[a.FirstToken].Start, End = tok[a.EndToken - 1].End,
                });
            }
            e.Amounts = amounts;
            (e.Fatalities, e.Injured, e.Arrested, e.Displaced) = ((int?)null, (int?)null, (int?)null, (int?)null);
            foreach (var c in f.Casualties)
            {
                if (!clause.Contains(c.Token) && perSentence[s] > 1) continue;
                switch (c.Kind)
                {
                    case CasualtyKind.Killed: e.Fatalities = (e.Fatalities ?? 0) + c.Count; break;
                    case CasualtyKind.Injured: e.Injured = (e.Injured ?? 0) + c.Count; break;
                    case CasualtyKind.Arrested: e.Arrested = (e.Arrested ?? 0) + c.Count; break;
                    default: e.Displaced = (e.Displaced ?? 0) + c.Count; break;
                }
                if (trace is not null) (pending.CasualtyTrace ??= []).Add(new(s, "casualty", tok[c.Token].Norm, $"{c.Kind.ToString().ToLowerInvariant()} {c.Count} for {e.Source.Code} {e.Cameo}"));
            }
            if (meta is not null) e.Doc = meta;
        }
    }

    /// <summary>
    /// The second step of <see cref="Annotate"/>: resolves the place mentions collected so far together (they and the
    /// countries of the text's events disambiguate each other), picks the article's main place, and sets each event's
    /// location and the currency of its rupee amounts. A short text is one window, finished once. A long text is
    /// finished window by window (<see cref="SettingState.Windowed"/>): no single story runs that long, so each window's
    /// places are resolved among themselves, and the dateline's place and the article's main place are those of the
    /// first window, where the lead is. Then the window's mentions and events are dropped.
    /// </summary>
    internal void Finish(DocumentInfo info, SettingState state, ExplainTrace? trace)
    {
        if (state.Events.Count == 0 && (!state.Windowed || state.StorySettled)) { state.ClearWindow(); return; }
        DateOnly? anchor = info.Published;
        var marks = state.Marks;
        var chosen = ToponymResolver.Resolve(Gazetteer, CollectionsMarshal.AsSpan(state.Mentions), state.Context);
        if (!state.StorySettled)
        {
            if (state.DatelinePlace >= 0) state.Dateline = (marks[state.DatelinePlace], chosen[state.DatelinePlace]);
            var locativeCount = new Dictionary<int, int>();
            int articlePlace = -1;
            for (int k = 0; k < marks.Count; k++)
            {
                if (k == state.DatelinePlace || !marks[k].Locative) continue;
                // The lead says where the story happens; later mentions are background.
                int c = locativeCount.GetValueOrDefault(chosen[k]) + (marks[k].Lead ? 3 : 1);
                locativeCount[chosen[k]] = c;
                if (articlePlace < 0 || c > locativeCount[chosen[articlePlace]]) articlePlace = k;
            }
            if (articlePlace >= 0) state.ArticlePlace = (marks[articlePlace], chosen[articlePlace]);
            state.StorySettled = true;
        }
        string rupee = state.Context.Contains("PAK") ? "PKR" : state.Context.Contains("LKA") ? "LKR" : state.Context.Contains("NPL") ? "NPR" : "INR";

        foreach (var pending in state.Events)
        {
            var e = pending.Event;
            int s = e.SentenceIndex;
            if (pending.DateTrace is { } dt) trace?.Add(dt.Sentence, dt.Kind, dt.Text, dt.Detail);

            int place = -1;
            (PlaceMark Mark, int Place)? at = null;
            string basis = "clause";
            // "Beijing hosted ...": the host's name is the place, also of the guest's visit (042, the host is its target).
            if (pending.Host && (e.Cameo == "042" && e.Target is not null ? e.Target : e.Source) is { } host) place = MentionWithin(marks, host.Start, host.End);
            var options = CollectionsMarshal.AsSpan(state.Places)[pending.PlacesStart..pending.PlacesEnd];
            if (place < 0) place = BestLocative(chosen, options, clauseOnly: true);
            if (place < 0) { place = BestLocative(chosen, options, clauseOnly: false); basis = "sentence"; }
            if (place >= 0) at = (marks[place], chosen[place]);
            else if (state.Dateline is { } dl) { at = dl; basis = "dateline"; }
            // The article's main place only for events between actors of that country: a story about
            // Brasilia that mentions a Russian attack on Ukraine does not put the attack in Brazil.
            else if (state.ArticlePlace is { } ap && IsNearPublication(e, anchor)
                && Gazetteer[ap.Place].Country is { } ac && (pending.SourceCountry == ac || pending.TargetCountry == ac))
            { at = ap; basis = "article"; }
            if (at is { } where)
            {
                e.Location = ToRecord(state.Text, where.Mark, Gazetteer[where.Place], basis);
                trace?.Add(s, "place", e.Location.Text, $"{e.Location.Name} ({e.Location.Country ?? "-"}, {e.Location.Type}, {e.Location.FeatureId}) basis {basis}");
            }
            if (pending.Rupee && e.Amounts is { } amounts)
                for (int i = 0; i < amounts.Count; i++)
                    if (ReferenceEquals(amounts[i].Unit, s_rupeePending))
                    {
                        var a = amounts[i];
                        amounts[i] = new AmountRecord { Kind = a.Kind, Value = a.Value, Unit = rupee, Text = a.Text, Start = a.Start, End = a.End };
                    }
            if (pending.CasualtyTrace is { } ct) foreach (var c in ct) trace?.Add(c.Sentence, c.Kind, c.Text, c.Detail);
        }
        state.ClearWindow();
    }

    // The first mention that lies within the characters [start, end): mentions are in text order and do not overlap.
    private static int MentionWithin(List<PlaceMark> marks, int start, int end)
    {
        int lo = 0, hi = marks.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (marks[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo < marks.Count && marks[lo].End <= end ? lo : -1;
    }

    // "the anniversary of the 1990 uprising", "breaching the 2015 nuclear deal": a year modifying a noun after
    // the verb (or anywhere outside the event's clause, head = -1) dates that thing, not the event. Before the
    // verb in its own clause ("A 2024 attack killed") or after a time preposition ("since his 2025 return") it
    // still dates the clause, unless "the/this/its" determines it ("after the October 2025 elections").
    private static bool DatesANoun(ReadOnlySpan<TokenData> tok, in TemporalExpression d, int head)
    {
        if (d.FirstToken < head || d.EndToken >= tok.Length) return false;
        // "after last year's restructuring": a possessive date is its noun's.
        if (tok[d.EndToken].Tag == PosTag.POS) return true;
        var next = tok[d.EndToken].Tag;
        if (!(next.IsNoun() || next.IsAdjective())) return false;
        // "after the October 2025 elections", "since the 2021 coup": a determined year or month names the noun's event.
        if (d.Precision is DatePrecision.Year or DatePrecision.Month && d.EndToken - d.FirstToken <= 2 && d.FirstToken > 0
            && tok[d.FirstToken - 1].Norm is "the" or "this" or "that" or "its" or "their") return true;
        if (d.Precision != DatePrecision.Year || d.EndToken - d.FirstToken != 1) return false;
        for (int k = d.FirstToken - 1; k >= 0 && k >= d.FirstToken - 2; k--)
            if (tok[k].Norm is "in" or "since" or "during" or "until" or "till" or "by" or "before" or "after" or "from" or "through") return false;
        return true;
    }

    private static DocumentMeta? BuildMeta(DocumentInfo info, ArticleMetadata article) =>
        info.Title is null && info.Source is null && info.Url is null && info.Published is null && article.DatelinePlace is null ? null
        : new DocumentMeta
        {
            Title = info.Title, Source = info.Source, Url = info.Url, Published = info.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PublishedBasis = info.Published is null ? null : info.PublishedBasis, SourceBasis = info.Source is null ? null : info.SourceBasis,
            Dateline = article.DatelinePlace?.Value,
        };

    private static void SetDate(EventRecord e, string start, string? end, string precision, string basis)
    {
        e.EventDate = start;
        e.EventDateEnd = end;
        e.DatePrecision = precision;
        e.DateBasis = basis;
    }

    private static bool IsNearPublication(EventRecord e, DateOnly? anchor)
    {
        if (e.DateBasis != "text" || anchor is not { } a) return true;
        string d = e.EventDateEnd ?? e.EventDate!;
        var last = d.Length switch
        {
            10 => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            7 => DateOnly.ParseExact(d + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1),
            _ => new DateOnly(int.Parse(d, CultureInfo.InvariantCulture), 12, 31),
        };
        return last >= a.AddDays(-ArticlePlaceDays);
    }

    // The token that starts at a character offset (the event's verb or noun), by binary search.
    private static int TokenAt(Document doc, int first, int end, int offset)
    {
        var tok = doc.Tokens;
        int lo = first, hi = end - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tok[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    // The smallest clause whose extent holds the token; the whole sentence when none does.
    /// <summary>The innermost clause of the sentence holding <paramref name="token"/> and its token range; the sentence and -1 for none.</summary>
    internal static (int First, int End, int Clause) ClauseOf(Document doc, ref SentenceData sd, int token)
    {
        int best = -1, first = sd.FirstToken, end = sd.EndToken;
        for (int c = sd.FirstClause; c < sd.EndClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (token < cl.FirstToken || token >= cl.EndToken) continue;
            if (best < 0 || cl.EndToken - cl.FirstToken < end - first) { best = c; first = cl.FirstToken; end = cl.EndToken; }
        }
        return (first, end, best);
    }

    // A token inside a smaller clause nested in the event's clause that does not hold the event belongs to that clause.
    private static bool InOtherClause(Document doc, ref SentenceData sd, int token, int head, int clause)
    {
        if (clause < 0) return false;
        ref var own = ref doc.ClauseRef(clause);
        for (int c = sd.FirstClause; c < sd.EndClause; c++)
        {
            if (c == clause) continue;
            ref var cl = ref doc.ClauseRef(c);
            if (token >= cl.FirstToken && token < cl.EndToken && (head < cl.FirstToken || head >= cl.EndToken)
                && cl.EndToken - cl.FirstToken < own.EndToken - own.FirstToken && cl.Kind != ClauseKind.Participial)
                return true;
        }
        return false;
    }

    // "the ceasefire reached in November", "villages that government forces captured in 2022": a date in a
    // clause that modifies a noun (relative, or a reduced relative on a past participle) dates that noun, not
    // an event outside the clause.
    // "The RSF, which has held Darfur since capturing El Fasher last year, accused": also when the date's own clause
    // lies inside such a clause.
    private static bool InModifierClause(Document doc, ref SentenceData sd, int token, int head)
    {
        for (int c = sd.FirstClause; c < sd.EndClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (token < cl.FirstToken || token >= cl.EndToken) continue;
            // Up a few parents only: a clause tree is shallow, and a bound keeps a malformed one from looping.
            for (int a = c, up = 0; a >= 0 && up < 8 && !(head >= doc.ClauseRef(a).FirstToken && head < doc.ClauseRef(a).EndToken); a = doc.ClauseRef(a).Parent, up++)
                if (IsModifierClause(doc, ref sd, a)) return true;
        }
        return false;
    }

    private static bool IsModifierClause(Document doc, ref SentenceData sd, int clause)
    {
        ref var cl = ref doc.ClauseRef(clause);
        var tok = doc.Tokens;
        // "the war in Yemen, where the Houthis have fought since 2015": "where" after a noun opens a relative too.
        bool whereRelative = cl.Kind == ClauseKind.Subordinate && cl.Marker > 0 && tok[cl.Marker].Norm == "where"
            && (tok[cl.Marker - 1].Tag == PosTag.Comma || tok[cl.Marker - 1].Tag.IsNoun());
        // "the peace agreement the two countries signed last year": a clause with no marker and no object whose subject
        // follows a noun right away is a relative clause too (its object is that noun).
        bool contactRelative = cl.Kind is ClauseKind.Main or ClauseKind.Complement && cl.Marker < 0 && cl.Object < 0 && cl.Subject >= 0
            && doc.PhraseRef(cl.Subject).FirstToken is int s0 && s0 > sd.FirstToken && tok[s0 - 1].Tag is PosTag.NN or PosTag.NNS
            && tok[s0].Tag is PosTag.DT or PosTag.PRPS or PosTag.NNP or PosTag.PRP;
        return cl.Kind == ClauseKind.Relative || whereRelative || contactRelative || cl.Kind == ClauseKind.Participial && tok[doc.PhraseRef(cl.Verb).Head].Tag == PosTag.VBN;
    }

    // "the ceasefire reached in November", "the zone its troops have occupied since December", "a contract signed
    // last year": a date right after a participle that follows a noun dates that noun, not the event (the parser may
    // not mark the reduced relative as a clause of its own).
    // "called for polls by December", "a truce until March": a deadline or an end, not when the event happened.
    // "by March", "until the end of January": a deadline (the words naming part of a period may come between).
    private static bool IsDeadline(ReadOnlySpan<TokenData> tok, int first)
    {
        int k = first - 1;
        while (k > 0 && first - k <= 4 && tok[k].Norm is "the" or "end" or "start" or "beginning" or "middle" or "close" or "of" or "early" or "late" or "mid") k--;
        return k >= 0 && tok[k].Norm is "by" or "until" or "till";
    }

    private static bool InReducedRelative(ReadOnlySpan<TokenData> tok, int dateToken, int head)
    {
        int k = dateToken - 1;
        if (k < 0) return false;
        int verb;
        if (tok[k].Tag == PosTag.IN && tok[k].Norm is "in" or "on" or "since" or "during" or "until")
        {
            // Back over the participle's other prepositional phrases: "a French citizen arrested in Tehran in June".
            verb = k - 1;
            int steps = 0;
            for (; verb > 0 && steps < 6 && tok[verb].Tag is PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.NNS or PosTag.DT or PosTag.JJ or PosTag.CD
                     || verb > 0 && steps < 6 && tok[verb].Tag == PosTag.IN && tok[verb].Norm is "in" or "at" or "near" or "from" or "outside"; steps++) verb--;
            // Across other phrases only a participle with no object of its own: "insurgents told reporters in Beijing on
            // Monday" is a finite verb's date.
            if (steps > 0 && tok[verb + 1].Tag != PosTag.IN) return false;
        }
        // "under a contract signed last year": a bare date right after the participle.
        else if (tok[k].Tag is PosTag.VBN or PosTag.VBD) verb = k;
        else return false;
        if (verb < 1 || verb == head || tok[verb].Tag is not (PosTag.VBN or PosTag.VBD)) return false;
        int before = verb - 1;
        if (tok[before].Norm is "have" or "has" or "had") before--;
        return before >= 0 && before != head && tok[before].Tag is PosTag.NN or PosTag.NNS;
    }

    // An event's clause and the tests Collect makes against it. A struct with methods: local functions captured by
    // lambdas here allocated a closure and three delegates per event.
    private struct EventClause
    {
        public Document Doc;
        public SentenceData Sentence;
        public int Head, First, End, Inner;

        // In the event's clause and not in a clause nested in it.
        public bool Contains(int t) => t >= First && t < End && !InOtherClause(Doc, ref Sentence, t, Head, Inner);

        // A noun's own clause or a deadline: what such a date dates is not the event.
        public bool OfOtherThings(int t) => InReducedRelative(Doc.Tokens, t, Head) || IsDeadline(Doc.Tokens, t) || InModifierClause(Doc, ref Sentence, t, Head);
    }

    // "has threatened", "have repeatedly said": has/have, then only adverbs, before a past participle.
    private static bool IsPresentPerfect(ReadOnlySpan<TokenData> tok, int head)
    {
        if (tok[head].Norm is "has" or "have" && head + 1 < tok.Length && tok[head + 1].Tag == PosTag.VBN) return true;
        if (head < 1 || tok[head].Tag != PosTag.VBN) return false;
        for (int k = head - 1; k >= 0 && k >= head - 4; k--)
        {
            if (tok[k].Norm is "has" or "have" or "'ve") return true;
            if (!tok[k].Tag.IsAdverb()) return false;
        }
        return false;
    }

    // "their first meeting since the war in May 2025", "the worst attack since 2019": the date is where the
    // comparison starts, never the event's.
    // "withdrew from positions they had occupied since last year": a "since" date starts another verb's perfect state.
    private static bool SinceOfAnotherPerfect(ReadOnlySpan<TokenData> tok, int date, int head)
    {
        if (date < 1 || tok[date - 1].Norm != "since") return false;
        for (int k = date - 2; k >= 0 && k >= date - 12; k--)
        {
            if (!tok[k].Tag.IsVerb()) continue;
            // (The event's own verb group, "had occupied", keeps it.)
            return !(k >= head && k - head <= 2) && tok[k].Tag == PosTag.VBN && k > 0 && tok[k - 1].Norm is "had" or "has" or "have";
        }
        return false;
    }

    private static bool AfterFirstSince(ReadOnlySpan<TokenData> tok, int date)
    {
        for (int k = date - 1; k >= 0 && k >= date - 10; k--)
        {
            if (tok[k].Tag.IsVerb() || tok[k].Tag is PosTag.Comma or PosTag.Period) return false;
            if (tok[k].Norm != "since") continue;
            for (int j = k - 1; j >= 0 && j >= k - 4; j--)
                if (tok[j].Norm == "first" || tok[j].Tag == PosTag.JJS) return true;
            return false;
        }
        return false;
    }

    // The date nearest the event's head: in its clause only, or anywhere in the sentence; -1 for none.
    private static int NearestDate(List<TemporalExpression> dates, ref EventClause clause, bool inClauseOnly)
    {
        int best = -1, dist = int.MaxValue;
        for (int k = 0; k < dates.Count; k++)
        {
            var d = dates[k];
            bool keep = inClauseOnly
                ? clause.Contains(d.FirstToken) && !DatesANoun(clause.Doc.Tokens, d, clause.Head) && !clause.OfOtherThings(d.FirstToken)
                : !DatesANoun(clause.Doc.Tokens, d, -1) && !clause.OfOtherThings(d.FirstToken);
            var tok = clause.Doc.Tokens;
            // "tense since 2019, when X accused Y": the "when" clause right after the date is dated by it.
            if (SinceWhen(tok, d, clause.Head)) return k;
            if (!keep || AfterFirstSince(tok, d.FirstToken) || SinceOfAnotherPerfect(tok, d.FirstToken, clause.Head)) continue;
            int gap = Math.Abs(d.FirstToken - clause.Head);
            if (gap < dist) { dist = gap; best = k; }
        }
        return best;
    }

    // "since 2015, when ..." with the event's head in the "when" clause (within a few words).
    private static bool SinceWhen(ReadOnlySpan<TokenData> tok, TemporalExpression d, int head) =>
        d.FirstToken > 0 && tok[d.FirstToken - 1].Norm == "since" && d.EndToken + 1 < head && head - d.EndToken <= 8
        && tok[d.EndToken].Tag == PosTag.Comma && tok[d.EndToken + 1].Norm == "when";

    // "the 2021 Kabul attack": a place named right before a nominal event's head noun.
    private static bool IsBeforeHead(Document doc, int token, int head)
    {
        if (token >= head || head - token > 3 || !doc.Tokens[head].Tag.IsNoun() || doc.Tokens[head].Tag.IsProperNoun()) return false;
        for (int k = token; k < head; k++)
            if (doc.Tokens[k].Tag is not (PosTag.NNP or PosTag.NNPS or PosTag.CD or PosTag.JJ)) return false;
        return true;
    }

    /// <summary>
    /// The one country of the places named in tokens [first, end) ("police in Yangon", "protesters in
    /// Lome, Togo"); with <paramref name="locativeOnly"/> only places a locative preposition governs count.
    /// Null when no place or places of several countries are named.
    /// </summary>
    public string? PlaceCountry(Document doc, int first, int end, bool locativeOnly, Func<int, bool>? keep = null, ISet<string>? context = null)
    {
        var mentions = new List<PlaceMention>();
        // A name may run past the span: "police in the Democratic Republic | of Congo" is Congo, not Republic (Missouri).
        Gazetteer.Match(doc, first, doc.SentenceRef(SentenceOf(doc, first)).EndToken, mentions);
        int keepCount = 0;
        while (keepCount < mentions.Count && mentions[keepCount].FirstToken < end) keepCount++;
        mentions.RemoveRange(keepCount, mentions.Count - keepCount);
        if (mentions.Count == 0) return null;
        var chosen = ToponymResolver.Resolve(Gazetteer, doc, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions), context ?? s_noCountries);
        string? country = null;
        for (int k = 0; k < mentions.Count; k++)
        {
            if (locativeOnly && !IsLocative(doc, mentions[k].FirstToken) || keep is not null && !keep(mentions[k].FirstToken)) continue;
            if (Gazetteer[chosen[k]].Country is not { } c) continue;
            if (country is not null && country != c) return null;
            country = c;
        }
        return country;
    }

    private static readonly HashSet<string> s_noCountries = [];

    // The places an event may be at: the locative mentions of its sentence (global indexes, from firstMention),
    // with their distance to the event and whether they are in its clause. Only the event's sentence is searched
    // (mentions are in token order): scanning every place of the document for every event made long documents quadratic.
    private static void LocativeOptions(Document doc, List<PlaceMention> mentions, int firstMention, int head, int first, int end, ref EventClause clause, List<LocativeOption> into)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].FirstToken < first) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < mentions.Count && mentions[k].FirstToken < end; k++)
        {
            int t = mentions[k].FirstToken;
            if (!(IsLocative(doc, t) || IsBeforeHead(doc, t, head))) continue;
            into.Add(new LocativeOption(firstMention + k, Math.Abs(t - head), clause.Contains(t) || IsBeforeHead(doc, t, head)));
        }
    }

    // The most specific locative place (city, then region, then country), nearest the event on ties.
    private int BestLocative(int[] chosen, ReadOnlySpan<LocativeOption> options, bool clauseOnly)
    {
        int best = -1, bestRank = int.MaxValue, bestDist = int.MaxValue;
        foreach (var o in options)
        {
            if (clauseOnly && !o.InClause) continue;
            int rank = (int)Gazetteer[chosen[o.Mention]].Type;
            if (rank < bestRank || (rank == bestRank && o.Dist < bestDist)) { best = o.Mention; bestRank = rank; bestDist = o.Dist; }
        }
        return best;
    }

    // A place is where something happens when a locative preposition governs its phrase: "in Beijing",
    // "near the Afghan border town of Chaman", "in Pakistan's Balochistan province", "in Quetta, Pakistan".
    private static bool IsLocative(Document doc, int token)
    {
        var tok = doc.Tokens;
        // "rallied outside the US embassy in Bogota": a country's embassy or consulate stands in another country.
        for (int k = token + 1; k < tok.Length && k <= token + 4; k++)
        {
            if (tok[k].Lemma is "embassy" or "consulate" or "legation" || tok[k].Norm == "high" && k + 1 < tok.Length && tok[k + 1].Lemma == "commission") return false;
            if (tok[k].Tag is not (PosTag.NNP or PosTag.NNPS or PosTag.POS)) break;
        }
        int first = doc.SentenceRef(SentenceOf(doc, token)).FirstToken;
        for (int k = token - 1, steps = 0; k >= first && steps < 6; k--, steps++)
        {
            string n = tok[k].Norm;
            if (n is "in" or "at" or "near" or "outside" or "inside" or "across" or "throughout" or "around" or "within" or "across" or "off" or "through") return true;
            if (tok[k].Tag is PosTag.DT or PosTag.JJ or PosTag.NNP or PosTag.NNPS or PosTag.POS or PosTag.NN or PosTag.NNS or PosTag.Comma || n is "of" or "'s") continue;
            return false;
        }
        return false;
    }

    private static int SentenceOf(Document doc, int token)
    {
        int lo = 0, hi = doc.SentenceCount - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (doc.SentenceRef(mid).FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    private static LocationRecord ToRecord(string text, PlaceMark m, Place p, string basis) => new()
    {
        Name = p.Name, Country = p.Country, Adm1 = p.Adm1, Lat = p.Lat, Lon = p.Lon, FeatureId = p.Id,
        Type = p.Type switch { PlaceType.Country => "country", PlaceType.Region => "region", _ => "city" },
        Basis = basis, Text = text[m.Start..m.End], Start = m.Start, End = m.End,
    };
}

/// <summary>
/// What <see cref="EventSetting"/> keeps of a text between its windows (<see cref="EventSetting.Collect"/>) and
/// <see cref="EventSetting.Finish"/>: place mentions and per-event facts, no tokens.
/// </summary>
internal sealed class SettingState
{
    public string Text = "";
    public readonly List<MentionContext> Mentions = [];
    public readonly List<PlaceMark> Marks = [];
    // The countries of the events' actors as coded (before they are redated).
    public readonly HashSet<string> Context = new(StringComparer.Ordinal);
    public readonly List<PendingEvent> Events = [];
    // The places each event may be at, events one after the other (PendingEvent.PlacesStart/PlacesEnd).
    public readonly List<LocativeOption> Places = [];
    public (int Sentence, string Start, string? End, string Precision)? Recent;
    public int DatelinePlace = -1;
    // A long text is finished window by window; the story's places come from its first window.
    public bool Windowed;
    public bool StorySettled;
    public (PlaceMark Mark, int Place)? Dateline, ArticlePlace;
    // Scratch of EventSetting.Collect, reused by each window.
    public readonly List<PlaceMention> WindowMentions = [];
    public readonly Dictionary<int, EventSetting.SentenceFacts> Facts = [];
    public readonly Dictionary<int, int> PerSentence = [];
    public readonly List<EventSetting.SentenceFacts> FactsPool = [];

    // After a window is finished: its mentions and events are done with (the context of countries stays).
    public void ClearWindow()
    {
        Mentions.Clear();
        Marks.Clear();
        Events.Clear();
        Places.Clear();
        DatelinePlace = -1;
    }
}

/// <summary>A place mention's characters, whether a locative preposition governs it, whether it is in the lead.</summary>
internal readonly record struct PlaceMark(int Start, int End, bool Locative, bool Lead);

/// <summary>A place mention an event may be at: its index, its distance in tokens, whether it is in the event's clause.</summary>
internal readonly record struct LocativeOption(int Mention, int Dist, bool InClause);

/// <summary>An event waiting for its place: what <see cref="EventSetting.Finish"/> needs of it.</summary>
internal sealed class PendingEvent
{
    public required EventRecord Event;
    public string? SourceCountry, TargetCountry;
    public bool Host, Rupee;
    public int PlacesStart, PlacesEnd;
    public ExplainTrace.Step? DateTrace;
    public List<ExplainTrace.Step>? CasualtyTrace;
}
