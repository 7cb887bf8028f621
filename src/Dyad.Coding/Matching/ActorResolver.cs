using Dyad.Coding.Dictionaries;
using Dyad.Coding.Cameo;
using Dyad.Text;

namespace Dyad.Coding.Matching;

/// <summary>An actor found for a noun phrase: its code at the event date and where it came from.</summary>
public sealed record ResolvedActor(string Code, int StartToken, int EndToken, ActorEntry? Entry, string Basis)
{
    /// <summary>
    /// Character offsets of an actor remembered from an earlier window of a long text, whose tokens are gone
    /// (<see cref="StartToken"/> and <see cref="EndToken"/> are then -1); read only when <see cref="StartToken"/> is -1.
    /// </summary>
    public (int Start, int End)? Carried { get; init; }

    /// <summary>The character offsets of the actor's text in <paramref name="doc"/> (or in an earlier window of its text).</summary>
    public (int Start, int End) CharSpan(Document doc) =>
        StartToken < 0 && Carried is { } c ? c : (doc.Tokens[StartToken].Start, doc.Tokens[EndToken - 1].End);


    /// <inheritdoc/>
    public override string ToString() => $"{Code} ({Basis})";
}

/// <summary>
/// Turns noun phrases into actors: names from the actor dictionary, combined with agents ("Pakistani
/// troops" → PAKMIL), split over coordinations, and resolved through pronouns and "both sides" to
/// earlier actors of the document. One instance per document (it holds the coreference memory).
/// </summary>
internal sealed class ActorResolver(Document doc, DictionarySet dicts, CoderOptions options)
{
    private readonly List<ActorMention> _mentions = [];
    private int _mentionsSentence = -1;
    // The sentence before the current one and the one country of its locative places ("" for none), found on demand.
    private int _previousSentence = -1;
    private string? _previousScene;

    // Coreference memory: the last actors seen as subjects and in events.
    private List<ResolvedActor> _lastSubjects = [];
    // Plural targets of the latest clause and its sentence: "arrested five opposition figures, accusing them".
    private List<ResolvedActor> _lastTargets = [];
    private int _lastTargetsSentence = -1;
    private ResolvedActor? _lastPerson;
    private ResolvedActor? _lastSingular;
    // _lastSingular as the sentence began: what "its" before the sentence's first verb refers to.
    private ResolvedActor? _singularAtStart;
    // The latest armed group named as a subject or target, and the sentence serial it was named in ("the group").
    private ResolvedActor? _lastGroup;
    private int _lastGroupSerial = -100;
    private ResolvedActor? _earlierGroup; // _lastGroup as it stood when the sentence began
    // The latest intergovernmental organisation named before this sentence, for "the bloc" ("the EU ... the bloc").
    private ActorEntry? _lastBloc;
    private int _lastBlocSerial;
    private int _earlierGroupSerial = -100;
    // The country of the latest civilians, firms, rebels ... named with one (by role), and when: "ten US defence
    // companies ... the firms". Countries only, so nothing to detach between windows.
    private readonly Dictionary<string, (string Country, int Serial, int Start)> _lastCountryOfRole = new(StringComparer.Ordinal);
    // The countries whose armed forces the story has named.
    private readonly HashSet<string> _militaryCountries = new(StringComparer.Ordinal);
    // The organisation last named with a head noun ("European Union foreign ministers"), for "the ministers" after it.
    private readonly Dictionary<string, (ResolvedActor Actor, int Serial)> _lastOrganisationOfHead = new(StringComparer.Ordinal);
    // Named organisations by their last word ("Security Council" under "council"), for "the council" later.
    private readonly Dictionary<string, (string Code, ActorEntry Entry, int Serial, int Start)> _lastNamedOfHead = new(StringComparer.Ordinal);
    private int _sentenceSerial;

    /// <summary>
    /// Acts matched without a target ("North Korea fired a missile into the sea"): sentence, CAMEO root and source
    /// code, for a later "condemned the launch". Codes only, so nothing to detach between windows.
    /// </summary>
    public List<(int Sentence, string Root, string Code)> UntargetedActs { get; } = [];

    /// <summary>The phrase range [first, end) of the current sentence.</summary>
    public (int First, int End) SentencePhrases => _mentionsSentence < 0 ? (0, 0) : (doc.SentenceRef(_mentionsSentence).FirstPhrase, doc.SentenceRef(_mentionsSentence).EndPhrase);

    /// <summary>The story's own country (its dateline's, or the one it is plainly about), which agents without a country take; null for none.</summary>
    public string? HomeCountry { get; init; }

    /// <summary>The story's country (its home country, else its dateline's), which decides between places of one name.</summary>
    public string? StoryCountry { get; init; }

    // "near the town of Palma" in a story datelined in Maputo is Mozambique's Palma, not Spain's.
    private HashSet<string>? _placeContext;
    private ISet<string>? PlaceContext => StoryCountry is null ? null : _placeContext ??= new HashSet<string>(StringComparer.Ordinal) { StoryCountry };

    /// <summary>Why <see cref="HomeCountry"/> is the story's country, for the actor's <c>entry</c> field.</summary>
    public string? HomeBasis { get; init; }

    /// <summary>The mentions of the current sentence.</summary>
    public IReadOnlyList<ActorMention> Mentions => _mentions;

    /// <summary>The mentions plus the phrases that refer back to actors ("them", "the two men"): what a pattern's slot may stand on.</summary>
    public IReadOnlyList<ActorMention> SlotMentions => _slots.Count == 0 ? _mentions : _slots;

    private readonly List<ActorMention> _slots = [];

    // Stands for a referring phrase in SlotMentions; it names nothing itself.
    private static readonly ActorEntry s_referent = new("(reference)", ActorKind.Agent, [], new SourceLine("coreference", 0));

    // Family name first: "Wang Xiaohong" is later "Wang", "Lee Jae-myung" is "Lee".
    // Also where the name used alone is the first one: Ethiopian and Eritrean names ("Abiy Ahmed" is later "Abiy").
    private static bool FamilyNameFirst(string? country) => country is "CHN" or "TWN" or "HKG" or "MAC" or "KOR" or "PRK" or "ETH" or "ERI";

    // Surnames of people named in full earlier in the document ("Mohsin Naqvi" ... "Naqvi said").
    private readonly Dictionary<string, ActorEntry> _surnames = new(StringComparer.Ordinal);
    // Acronyms a text defines for names it knows ("the Alliance Fleuve Congo (AFC)"), for their later use alone.
    private readonly Dictionary<string, ActorEntry> _acronyms = new(StringComparer.Ordinal);

    /// <summary>
    /// At the end of a window of a long text (<see cref="TextWindows"/>): the remembered actors keep their character
    /// offsets (<see cref="ResolvedActor.Carried"/>) instead of tokens, which go with the window.
    /// </summary>
    internal void DetachMemory()
    {
        _lastSubjects = _lastSubjects.ConvertAll(Detach); // a new list: this one may be a Resolve result others share
        if (_lastPerson is not null) _lastPerson = Detach(_lastPerson);
        if (_lastSingular is not null) _lastSingular = Detach(_lastSingular);
        if (_lastGroup is not null) _lastGroup = Detach(_lastGroup);
        if (_earlierGroup is not null) _earlierGroup = Detach(_earlierGroup);
        // Plural targets are only read within their own sentence, which a window boundary ends.
        _lastTargets = [];
        _lastTargetsSentence = -1;
        // Both lists only grow: detach what the last window added. Pairs are detached in place (_coordinations holds
        // the same lists); one may also be a cached Resolve result, but MoveTo drops that cache next.
        for (; _pairsDetached < _pairs.Count; _pairsDetached++)
            for (int k = 0; k < _pairs[_pairsDetached].Count; k++) _pairs[_pairsDetached][k] = Detach(_pairs[_pairsDetached][k]);
        for (; _personsDetached < _persons.Count; _personsDetached++) _persons[_personsDetached] = Detach(_persons[_personsDetached]);
        // Co-mediators are coordinations only, not pairs (Detach leaves an actor detached before as it is).
        for (; _coordinationsDetached < _coordinations.Count; _coordinationsDetached++)
            for (int k = 0; k < _coordinations[_coordinationsDetached].Count; k++) _coordinations[_coordinationsDetached][k] = Detach(_coordinations[_coordinationsDetached][k]);
    }

    /// <summary>Continues with the next window of a long text, after <see cref="DetachMemory"/>.</summary>
    internal void MoveTo(Document next)
    {
        doc = next;
        _mentionsSentence = _previousSentence = -1;
        _mentions.Clear();
        _slots.Clear();
        _cache.Clear();
        _clausePlaceCountry.Clear();
    }

    private int _pairsDetached, _personsDetached;

    /// <summary>The actor with its tokens replaced by its character offsets in the current window.</summary>
    internal ResolvedActor Detach(ResolvedActor a) => a.StartToken < 0 ? a : a with { StartToken = -1, EndToken = -1, Carried = a.CharSpan(doc) };

    // The unknown name ending before token k follows a title word that a mention covers ("trade minister Luiz Mwangi").
    private bool TitledHere(int first, int k)
    {
        var tok = doc.Tokens;
        int j = k - 1;
        while (j >= first && tok[j].Tag == PosTag.NNP && !InMention(j)) j--;
        return j >= first && tok[j].Tag is PosTag.NN or PosTag.NNS && InMention(j);
    }

    /// <summary>Whether an actor mention of the current sentence covers token k.</summary>
    public bool InMention(int k)
    {
        foreach (var m in _mentions) if (m.Start <= k && k < m.End) return true;
        return false;
    }

    private bool IsCanonicalName(ActorMention m) =>
        doc.Text.AsSpan(doc.Tokens[m.Start].Start, doc.Tokens[m.End - 1].End - doc.Tokens[m.Start].Start).Equals(m.Entry.Name, StringComparison.OrdinalIgnoreCase);

    private bool InAgentMention(int k)
    {
        foreach (var m in _mentions) if (m.Start <= k && k < m.End && m.Entry.Kind == ActorKind.Agent) return true;
        return false;
    }

    private static bool IsHonorific(string norm) => norm is "mr" or "mr." or "mrs" or "mrs." or "ms" or "ms." or "dr" or "dr." or "gen" or "gen."
        or "gov" or "gov." or "sen" or "sen." or "rep" or "rep." or "col" or "col." or "lt" or "lt." or "maj" or "maj." or "sheikh" or "prince" or "president" or "minister";

    private static int DistinctCountries(List<ResolvedActor> group)
    {
        int n = 0;
        for (int i = 0; i < group.Count; i++)
        {
            string? c = Cameo.ActorCode.Country(group[i].Code) ?? group[i].Code;
            bool seen = false;
            for (int j = 0; j < i && !seen; j++) seen = (Cameo.ActorCode.Country(group[j].Code) ?? group[j].Code) == c;
            if (!seen) n++;
        }
        return n;
    }

    private static bool IsBloc(ActorEntry e) => e.Kind == ActorKind.Organisation && e.CodeAt(null) is { } c && c.StartsWith("IGO", StringComparison.Ordinal);

    // The length of an article prefix of a name ("al-", "el-", "ad-" ...), 0 when there is none.
    private static int ArabicArticleLength(string norm) =>
        norm.StartsWith("al-", StringComparison.Ordinal) || norm.StartsWith("el-", StringComparison.Ordinal) || norm.StartsWith("ad-", StringComparison.Ordinal)
        || norm.StartsWith("as-", StringComparison.Ordinal) || norm.StartsWith("ar-", StringComparison.Ordinal) || norm.StartsWith("an-", StringComparison.Ordinal) ? 3
        : norm.StartsWith("ash-", StringComparison.Ordinal) || norm.StartsWith("ath-", StringComparison.Ordinal) ? 4 : 0;

    /// <summary>Finds the mentions of a sentence (once), including surnames of people named earlier.</summary>
    // "Foreign Secretary Asad Alam Siam": a country name right after a proper noun no dictionary knows ends a person's
    // name (or another name built on it, "Lake Chad"). Not after the sentence's capitalised first word ("Evil Mordor").
    private void CountryNamesInPersonalNames(ReadOnlySpan<TokenData> tok, int sentenceStart)
    {
        int kept = 0;
        for (int i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            bool surname = m.Entry.Kind == ActorKind.Country && m.End - m.Start == 1 && m.Start - 1 > sentenceStart
                && tok[m.Start - 1].Tag == PosTag.NNP && !tok[m.Start - 1].Has(TokenFlags.Dateline) && !InMention(m.Start - 1);
            if (!surname) _mentions[kept++] = m;
        }
        _mentions.RemoveRange(kept, _mentions.Count - kept);
    }

    // "the M23-led Alliance Fleuve Congo (AFC)": an all-capitals word in brackets right after a known organisation or
    // group names it from then on ("An AFC spokesman denied ..."); each use in this sentence and later ones is a mention.
    private void AcronymsDefined(ReadOnlySpan<TokenData> tok, int first, int end)
    {
        for (int i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Entry.Kind is not (ActorKind.Organisation or ActorKind.Group) || m.End + 2 >= end || tok[m.End].Tag != PosTag.LeftParen
                || tok[m.End + 2].Tag != PosTag.RightParen || !tok[m.End + 1].Has(TokenFlags.AllCaps) || tok[m.End + 1].Length < 2 || InMention(m.End + 1)) continue;
            _acronyms[tok[m.End + 1].Norm] = m.Entry;
        }
        if (_acronyms.Count == 0) return;
        int before = _mentions.Count;
        for (int k = first; k < end; k++)
            if (tok[k].Has(TokenFlags.AllCaps) && _acronyms.TryGetValue(tok[k].Norm, out var named) && !InMention(k)
                && !(k > first && tok[k - 1].Tag == PosTag.LeftParen))
                _mentions.Add(new ActorMention(k, k + 1, named));
        if (_mentions.Count > before) _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // "The al Qaeda-linked Group for the Support of Islam and Muslims (JNIM)", "the Sudan People's Liberation Army-in
    // Opposition (SPLA-IO)": a known group or organisation in brackets glosses the capitalised name before it, which the
    // dictionaries may not know or may read as other actors ("Sudan", "People", "Opposition"). The name's first noun
    // phrase becomes a mention of the bracketed entry.
    private void NamesGlossedByAcronym(ReadOnlySpan<TokenData> tok, int first, int end)
    {
        for (int i = 0; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.Entry.Kind is not (ActorKind.Organisation or ActorKind.Group) || m.End - m.Start != 1 || m.Start - 2 < first || m.End >= end
                || tok[m.Start - 1].Tag != PosTag.LeftParen || tok[m.End].Tag != PosTag.RightParen) continue;
            int nameEnd = m.Start - 1, start = nameEnd;
            int capitals = 0;
            while (start - 1 >= first)
            {
                ref readonly var t = ref tok[start - 1];
                bool capital = t.Has(TokenFlags.Capitalized) && t.Tag != PosTag.DT;
                // A possessive after a country ends the name: "Kyrgyzstan's State Committee for National Security (GKNB)".
                bool possessive = t.Tag == PosTag.POS && start - 2 >= first && tok[start - 2].Has(TokenFlags.Capitalized) && !IsCountryAt(start - 2);
                // "Pakistan and the European Union (EU)": "and the" joins two names.
                bool connector = t.Norm is "of" or "for" or "in" or "on" or "de" or "du" or "des" or "la" or "al" or "el" || t.Norm == "and" && tok[start].Norm != "the";
                // "Group for the Support": an article inside the name; at its start it is the name's own ("the Front for ...").
                bool article = t.Norm == "the";
                if (capital) capitals++;
                else if (article) { if (start - 2 < first || tok[start - 2].Norm is not ("of" or "for" or "and" or "in" or "on")) { start--; break; } }
                else if (!connector && !possessive) break;
                start--;
            }
            while (start < nameEnd && !tok[start].Has(TokenFlags.Capitalized) && tok[start].Norm != "the") start++;
            if (capitals < 2 || start >= nameEnd || KnownNameEndsAt(tok, nameEnd)) continue;
            // The noun phrase the name starts: the mention must fit the phrase a clause takes as subject or object.
            int phraseEnd = nameEnd;
            var (pFirst, pEnd) = SentencePhrases;
            for (int p = pFirst; p < pEnd; p++)
            {
                ref var ph = ref doc.PhraseRef(p);
                if (ph.Kind == PhraseKind.NP && ph.FirstToken <= start && ph.EndToken > start && ph.EndToken <= nameEnd && (phraseEnd == nameEnd || ph.EndToken > phraseEnd)) phraseEnd = ph.EndToken;
            }
            int kept = 0;
            for (int j = 0; j < _mentions.Count; j++)
                if (_mentions[j].End <= start || _mentions[j].Start >= nameEnd) _mentions[kept++] = _mentions[j];
            _mentions.RemoveRange(kept, _mentions.Count - kept);
            _mentions.Add(new ActorMention(start, phraseEnd, m.Entry));
            _mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            // Go on after the bracketed mention (the list was re-sorted).
            for (i = 0; i < _mentions.Count && _mentions[i].Start != m.Start; i++) { }
        }

        // "the European Union (EU)": a name the dictionaries know needs no gloss, unless it runs on through a preposition
        // past the noun phrase a clause takes ("the Intergovernmental Authority on Development (IGAD)").
        bool KnownNameEndsAt(ReadOnlySpan<TokenData> tok, int k)
        {
            foreach (var x in _mentions)
            {
                if (x.End != k || x.End - x.Start < 2 || x.Entry.Kind is ActorKind.Agent or ActorKind.NotActor) continue;
                bool prepositional = false;
                for (int j = x.Start; j < x.End; j++) prepositional |= tok[j].Tag is PosTag.IN or PosTag.TO;
                if (!prepositional) return true;
            }
            return false;
        }

        bool IsCountryAt(int k)
        {
            foreach (var x in _mentions) if (x.Start <= k && k < x.End && x.Entry.Kind is ActorKind.Country or ActorKind.Capital) return true;
            return false;
        }
    }

    // "rejected a U.S.-backed plan", "an Egyptian-brokered proposal": the backer of a proposal is its party. Not of
    // an armed group ("an Iran-backed militia" is the militia), of a truce or deal, nor inside a name.
    private void BackersOfProposals(ReadOnlySpan<TokenData> tok, int first, int end)
    {
        for (int k = first; k + 1 < end; k++)
        {
            // Not TokenFlags.Hyphenated: "U.S.-backed" has a period before its hyphen.
            string norm = tok[k].Norm;
            int dash = norm.LastIndexOf('-');
            if (dash <= 0 || norm.AsSpan(dash + 1) is not ("backed" or "brokered" or "drafted" or "proposed" or "sponsored" or "mediated" or "led") || InMention(k)) continue;
            int head = k + 1;
            while (head + 1 < end && tok[head].Tag.IsAdjective()) head++;
            // Only what its backer proposes: a "Qatar-brokered truce" is between its parties, and breaking it is no act on Qatar.
            if (tok[head].Lemma is not ("plan" or "proposal" or "resolution" or "initiative" or "roadmap" or "framework" or "draft")) continue;
            var text = doc.Text.AsSpan(tok[k].Start, tok[k].Length);
            if (dicts.Actors.Named(text[..text.LastIndexOf('-')].ToString()) is not { Kind: ActorKind.Country or ActorKind.Organisation } entry) continue;
            _mentions.Add(new ActorMention(k, k + 1, entry));
            _mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    public void BeginSentence(int sentence)
    {
        if (_mentionsSentence == sentence) return;
        _previousSentence = _mentionsSentence;
        _previousScene = null;
        _mentionsSentence = sentence;
        _singularAtStart = _lastSingular;
        _sentenceSerial++;
        (_earlierGroup, _earlierGroupSerial) = (_lastGroup, _lastGroupSerial);
        foreach (var m in _mentions)
            if (IsBloc(m.Entry)) (_lastBloc, _lastBlocSerial) = (m.Entry, _sentenceSerial - 1);
        _clausePlaceCountry.Clear();
        _mentions.Clear();
        _cache.Clear();
        ref var s = ref doc.SentenceRef(sentence);
        dicts.Actors.FindMentions(doc, s.FirstToken, s.EndToken, _mentions);
        // An agent word used as another part of speech is no agent: "a firm date", "they force".
        var tok = doc.Tokens;
        if (options.AgentsAreNouns)
        {
            // A loop, not RemoveAll with a lambda: that allocated a delegate over `this` per sentence.
            int kept = 0;
            for (int i = 0; i < _mentions.Count; i++)
            {
                var m = _mentions[i];
                if (m.Entry.Kind != ActorKind.Agent || tok[m.End - 1].Tag.IsNoun() || IsTitleBeforeName(tok, m.End, s.EndToken)) _mentions[kept++] = m;
            }
            _mentions.RemoveRange(kept, _mentions.Count - kept);
        }
        // "four ethnic Serb men", "ethnic Albanians": an ethnic group is no country's actor.
        for (int i = _mentions.Count - 1; i >= 0; i--)
            if (_mentions[i].Entry.Kind == ActorKind.Country && _mentions[i].Start > s.FirstToken && tok[_mentions[i].Start - 1].Norm == "ethnic") _mentions.RemoveAt(i);
        // "Mocimboa da Praia", "Vila de Lisboa": a capital's name after a lower-case "da/de/do" is part of a longer place name.
        for (int i = _mentions.Count - 1; i >= 0; i--)
            if (_mentions[i].Entry.Kind is ActorKind.Capital or ActorKind.Country && _mentions[i].Start > s.FirstToken + 1
                && tok[_mentions[i].Start - 1].Norm is "da" or "de" or "do" or "dos" or "das" or "del" or "di" && !tok[_mentions[i].Start - 1].Has(TokenFlags.Capitalized)
                && tok[_mentions[i].Start - 2].Has(TokenFlags.Capitalized)) _mentions.RemoveAt(i);
        NationalCouncils(tok);
        NamesGlossedByAcronym(tok, s.FirstToken, s.EndToken);
        AcronymsDefined(tok, s.FirstToken, s.EndToken);
        BackersOfProposals(tok, s.FirstToken, s.EndToken);
        CountryNamesInPersonalNames(tok, s.FirstToken);
        if (_surnames.Count > 0)
        {
            int before = _mentions.Count;
            for (int k = s.FirstToken; k < s.EndToken; k++)
            {
                if (tok[k].Tag != PosTag.NNP || !_surnames.TryGetValue(tok[k].Norm, out var person)) continue;
                if (k + 1 < s.EndToken && tok[k + 1].Tag == PosTag.NNP) continue; // part of a longer unknown name
                // "Maria Mensah" is not the "Abdel Mensah" met before (a title or honorific before the surname is fine).
                if (k > s.FirstToken && tok[k - 1].Tag == PosTag.NNP && !IsHonorific(tok[k - 1].Norm) && !InMention(k - 1)
                    && !person.Name.Contains(doc.Text.AsSpan(tok[k - 1].Start, tok[k - 1].Length), StringComparison.Ordinal)) continue;
                // A name remembered from its title, met again after a title of its own ("South Korean trade minister Luiz
                // Mwangi"): the new title codes it.
                if (IsTitledName(person) && (TitledHere(s.FirstToken, k) || _sentenceSerial - _titledAt.GetValueOrDefault(tok[k].Norm) > TitledNameReach)) continue;
                if (!InMention(k)) _mentions.Add(new ActorMention(k, k + 1, person));
            }
            if (_mentions.Count > before) _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        foreach (var m in _mentions)
        {
            if (m.Entry.Kind != ActorKind.Person || m.End - m.Start < 2) continue;
            int last = m.End - 1;
            // "Ferdinand Marcos Jr." is later "Marcos".
            while (last > m.Start + 1 && tok[last].Norm is "jr" or "jr." or "sr" or "sr." or "ii" or "iii" or "iv" or ".") last--;
            if (tok[last].Tag == PosTag.NNP)
            {
                _surnames[tok[last].Norm] = m.Entry;
                // "Abdel Fattah al-Burhan" is later "Burhan" too.
                if (ArabicArticleLength(tok[last].Norm) is int article and > 0 && tok[last].Norm.Length > article + 1)
                    _surnames.TryAdd(tok[last].Norm[article..], m.Entry);
            }
            if (tok[m.Start].Tag == PosTag.NNP && FamilyNameFirst(Cameo.ActorCode.Country(m.Entry.CodeAt(null) ?? ""))) _surnames[tok[m.Start].Norm] = m.Entry;
        }
        _slots.Clear();
        if (!options.Coreference) return;
        for (int p = s.FirstPhrase; p < s.EndPhrase; p++)
        {
            ref var ph = ref doc.PhraseRef(p);
            if (ph.Kind != PhraseKind.NP) continue;
            bool refers = (ph.Flags & PhraseFlags.Pronoun) != 0 && tok[ph.FirstToken].Norm is "him" or "her" or "them" or "it" or "he" or "she" or "they"
                || IsBothSides(tok, ph.FirstToken, ph.EndToken) || GroupSize(tok, ph.FirstToken, ph.EndToken) > 0
                // "called on the group to stop", "urged the bloc to act": definite references to a named group or bloc.
                || tok[ph.FirstToken].Norm == "the" && ph.Head == ph.EndToken - 1 && ph.EndToken - ph.FirstToken <= 3 && IsReferenceHead(tok[ph.Head].Lemma);
            if (!refers) continue;
            bool named = false;
            foreach (var m in _mentions) named |= m.Start < ph.EndToken && m.End > ph.FirstToken;
            if (!named) _slots.Add(new ActorMention(ph.FirstToken, ph.EndToken, s_referent));
        }
        if (_slots.Count == 0) return;
        _slots.AddRange(_mentions);
        _slots.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>A singular subject that names no actor took the place of the last one "it" could refer to.</summary>
    public void ForgetSingular() => _lastSingular = null;

    /// <summary>Remembers the actors of a clause for later pronouns.</summary>
    public void Remember(List<ResolvedActor> subjects, List<ResolvedActor> targets)
    {
        // A singular pronoun's referent ("it did not go far enough") is no new antecedent for "they".
        if (subjects.Count > 1 || subjects.Count == 1 && !subjects[0].Basis.StartsWith("coreference", StringComparison.Ordinal)) _lastSubjects = subjects;
        // "spoke with his Pakistani counterpart": the counterpart holds the subject's office, for "the two" after it too.
        if (subjects.Count == 1 && ActorCode.Role(subjects[0].Code) is { } office && targets.Exists(t => t.Basis.EndsWith(CounterpartBasis, StringComparison.Ordinal)))
            targets = targets.ConvertAll(t => t.Basis.EndsWith(CounterpartBasis, StringComparison.Ordinal) && ActorCode.Country(t.Code) is { Length: 3 } other && other != "IGO"
                ? t with { Code = other + office } : t);
        if (targets.Count > 0) { _lastTargets = targets; _lastTargetsSentence = _mentionsSentence; }
        // Once per clause: plain loops, no LINQ or closures.
        if (subjects.Count + targets.Count >= 2)
        {
            var pair = new List<ResolvedActor>(subjects.Count + targets.Count);
            foreach (var a in subjects) AddDistinctCode(pair, a);
            foreach (var a in targets) AddDistinctCode(pair, a);
            if (pair.Count >= 2 && !(targets.Count == 0 && subjects[0].StartToken >= 0 && IsMediatingSubject(PhraseAt(subjects[0].StartToken)))) NotePair(pair);
        }
        foreach (var a in subjects) if (a.Entry?.Kind == ActorKind.Person || IsOfficeHolder(a)) { _lastPerson = a; _persons.Add(a); }
        // "accused the EU's ambassador of ... and called on him": an office holder acted on is a person too.
        foreach (var a in targets) if (a.Entry?.Kind == ActorKind.Person || IsOfficeHolder(a)) { _lastPerson = a; _persons.Add(a); }
        // "Afghan forces had opened fire on its border posts": "its" cannot stand for a plural noun.
        if (subjects.Count == 1 && !(subjects[0].EndToken > 0 && subjects[0].StartToken >= 0 && IsPluralNounGroup(subjects[0].EndToken))) _lastSingular = subjects[0];
        foreach (var a in subjects) if (a.Entry?.Kind == ActorKind.Group) { _lastGroup = a; _lastGroupSerial = _sentenceSerial; }
        foreach (var a in targets) if (a.Entry?.Kind == ActorKind.Group) { _lastGroup = a; _lastGroupSerial = _sentenceSerial; }

        static void AddDistinctCode(List<ResolvedActor> pair, ResolvedActor a)
        {
            foreach (var p in pair) if (p.Code == a.Code) return;
            pair.Add(a);
        }
    }

    /// <summary>Remembers a coordination of two or more actors ("Wang Yi and Ishaq Dar") as the current pair.</summary>
    public void NoteCoordinations(int firstPhrase, int endPhrase, DateOnly? date)
    {
        for (int p = firstPhrase; p < endPhrase; p++)
        {
            if ((doc.PhraseRef(p).Flags & PhraseFlags.Coordination) == 0) continue;
            var actors = Resolve(p, date);
            if (actors.Count < 2) continue;
            // "Saudi Arabia and the United States brokered talks": co-mediators are no two sides.
            if (!IsMediatingSubject(p)) NotePair(actors);
            _coordinations.Add(actors);
        }
    }

    // The heads of "the group", "the attackers", "the bloc", "the agency" ..., which TryCoreference resolves.
    private static bool IsReferenceHead(string lemma) =>
        lemma is "group" or "attacker" or "assailant" or "gunman" or "perpetrator" or "bloc" or "alliance" or "union" or "agency" or "mission";

    // The subject phrase of a clause of the current sentence that holds `token`, or -1.
    private int PhraseAt(int token)
    {
        if (_mentionsSentence < 0) return -1;
        ref var s = ref doc.SentenceRef(_mentionsSentence);
        for (int c = s.FirstClause; c < s.EndClause; c++)
            if (doc.ClauseRef(c).Subject is int sub and >= 0 && doc.PhraseRef(sub).FirstToken <= token && token < doc.PhraseRef(sub).EndToken) return sub;
        return -1;
    }

    private bool IsMediatingSubject(int phrase)
    {
        if (_mentionsSentence < 0 || phrase < 0) return false;
        ref var s = ref doc.SentenceRef(_mentionsSentence);
        for (int c = s.FirstClause; c < s.EndClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (cl.Subject == phrase && cl.Verb >= 0 && doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma is "broker" or "mediate" or "host" or "facilitate" or "sponsor" or "co-sponsor")
                return true;
        }
        return false;
    }

    // The coordinations alone ("Britain, France and Germany"), for "the European governments"; most are in _pairs too.
    private readonly List<List<ResolvedActor>> _coordinations = [];
    private int _coordinationsDetached;

    // Every pair seen, oldest first: "both sides" may have to skip the latest one.
    private readonly List<List<ResolvedActor>> _pairs = [];

    private void NotePair(List<ResolvedActor> pair)
    {
        _pairs.Add(pair);
    }

    private readonly List<ResolvedActor> _persons = [];

    /// <summary>
    /// A referring phrase in object position that resolved to its own clause's source refers to
    /// someone else: "Qatar and Turkey called on both sides" (the latest pair sharing no actor with
    /// <paramref name="exclude"/>), "Sharif ... invited him" (the latest other person). Placed at the
    /// referring phrase's tokens; empty when there is no such referent.
    /// </summary>
    public List<ResolvedActor> OtherReferent(List<ResolvedActor> exclude, int firstToken, int endToken, DateOnly? date)
    {
        var tok = doc.Tokens;
        bool Excluded(ResolvedActor a) => exclude.Any(x => x.Code == a.Code);
        if (IsBothSides(tok, firstToken, endToken))
        {
            for (int i = _pairs.Count - 1; i >= 0; i--)
                if (!_pairs[i].Any(Excluded)) return AsRoleOf([.. _pairs[i].Take(2).Select(a => Refer(a, firstToken, endToken))], tok[endToken - 1].Lemma);
        }
        else if (endToken - firstToken == 1 && tok[firstToken].Norm is "him" or "her")
        {
            // "thanked the crown prince ... and invited him": a nearer office noun of the sentence is the
            // referent, and when it has no country nobody is coded rather than an older person.
            var (pFirst, pEnd) = SentencePhrases;
            int nearest = -1;
            for (int q = pFirst; q < pEnd; q++)
            {
                ref var ph = ref doc.PhraseRef(q);
                if (ph.Kind != PhraseKind.NP || ph.EndToken > firstToken || ph.Parent >= 0 && doc.PhraseRef(ph.Parent).Kind == PhraseKind.NP) continue;
                int h = ph.Head;
                if (tok[h].Tag != PosTag.NN || !IsOfficeNoun(tok[h].Lemma) || exclude.Exists(x => x.StartToken <= h && h < x.EndToken)) continue;
                if (nearest < 0 || ph.FirstToken > doc.PhraseRef(nearest).FirstToken) nearest = q;
            }
            if (nearest >= 0)
                return Resolve(nearest, date).FindAll(a => Cameo.ActorCode.Country(a.Code) is not null && !Excluded(a)).ConvertAll(a => Refer(a, firstToken, endToken));
            for (int i = _persons.Count - 1; i >= 0; i--)
                if (!Excluded(_persons[i])) return [Refer(_persons[i], firstToken, endToken)];
        }
        return [];
    }

    // Per-sentence cache of phrase resolutions (the date is fixed per document); coreference is not cached.
    private readonly Dictionary<int, List<ResolvedActor>> _cache = [];

    /// <summary>
    /// "Marcos ordered the coast guard to step up patrols": forces a commander orders, named by their role alone, are the
    /// commander's country's, not the latest such force named; the phrase keeps that reading for the rest of the sentence.
    /// </summary>
    public void TakeAsOwnForces(int phrase, string country, DateOnly? date)
    {
        var actors = Resolve(phrase, date);
        bool changed = false;
        var own = new List<ResolvedActor>(actors.Count);
        foreach (var a in actors)
        {
            var b = a;
            if (a.Basis.StartsWith("coreference: the latest", StringComparison.Ordinal) && a.Code.Length == 6 && a.Code.AsSpan(3) is "MIL" or "COP"
                && !a.Code.StartsWith(country, StringComparison.Ordinal))
            {
                b = a with { Code = country + a.Code[3..], Entry = null, Basis = "forces ordered by their own commander, of " + country };
                changed = true;
            }
            if (!HasCode(own, b.Code)) own.Add(b);
        }
        if (changed) _cache[phrase] = own;
        // "the coast guard and the navy": each conjunct, which a pattern's slot may resolve on its own, too.
        if ((doc.PhraseRef(phrase).Flags & PhraseFlags.Coordination) == 0) return;
        var (first, end) = doc.SentencePhrases(phrase);
        for (int k = first; k < end; k++)
            if (doc.PhraseRef(k).Parent == phrase && doc.PhraseRef(k).Kind == PhraseKind.NP) TakeAsOwnForces(k, country, date);
    }

    /// <summary>
    /// The actors of a noun phrase (by phrase index) at a date; empty when it names none. The list may be the cached
    /// one, shared with other callers and the coreference memory: never change it, copy it first.
    /// </summary>
    public List<ResolvedActor> Resolve(int phrase, DateOnly? date, int depth = 0)
    {
        // No copies: a copy per call and per cache hit was millions of small lists per long document.
        if (phrase >= 0 && depth == 0 && _cache.TryGetValue(phrase, out var cached)) return cached;
        var result = ResolveUncached(phrase, date, depth, out bool cacheable);
        if (phrase >= 0 && depth == 0 && cacheable)
        {
            if (result.Count == 1) NoteTitledName(phrase, result[0]);
            _cache[phrase] = result;
            foreach (var a in result)
            {
                if (a.Code.Length < 6 || ActorCode.Country(a.Code) is not { Length: 3 } c) continue;
                if (a.Code.AsSpan(3, 3) is "MIL") _militaryCountries.Add(c);
                // A named group counts by its role ("the M23" CODREBMTT, then "the rebels"), and so does each later
                // reference to it, which keeps it current ("the rebels" three sentences after the last).
                // So does one a place in its own clause puts in a country ("tanker drivers staged a protest in Bamako. Police
                // dispersed the crowd").
                if (IsReferableRole(a.Code.AsSpan(3, 3)) && (a.Entry is not null || a.Basis.StartsWith("coreference: the latest", StringComparison.Ordinal)
                    || a.Basis.StartsWith("agent at a place in ", StringComparison.Ordinal)))
                    _lastCountryOfRole[a.Code[3..6]] = (c, _sentenceSerial, a.StartToken);
            }
            // "hosted a U.S. envoy in Cairo ... The envoy praised": so does a state's office holder.
            if (result.Count == 1 && doc.PhraseRef(phrase) is { Kind: PhraseKind.NP, Head: >= 0 } np
                && doc.Tokens[np.Head].Tag is PosTag.NNS or PosTag.NN && !doc.Tokens[np.Head].Has(TokenFlags.Capitalized)
                && (result[0].Code.StartsWith("IGO", StringComparison.Ordinal) || IsOfficeNoun(doc.Tokens[np.Head].Lemma) && result[0].Entry?.Kind == ActorKind.Country))
                _lastOrganisationOfHead[doc.Tokens[np.Head].Lemma] = (result[0], _sentenceSerial);
            if (result.Count == 1 && result[0] is { Entry.Kind: ActorKind.Organisation or ActorKind.Group } named && named.EndToken - named.StartToken >= 2
                && doc.Tokens[named.EndToken - 1] is { Tag: PosTag.NNP or PosTag.NNPS or PosTag.NN or PosTag.NNS } last
                && (last.Has(TokenFlags.Capitalized) || named.Entry.Kind == ActorKind.Organisation && !named.Code.StartsWith("IGO", StringComparison.Ordinal)))
                _lastNamedOfHead[last.Lemma] = (named.Code, named.Entry, _sentenceSerial, named.StartToken);
        }
        return result;
    }

    // "U.S. envoy Massad Boulos ... Boulos said": a name the dictionaries lack, right after the title that coded it,
    // is that actor when its surname comes back later in the document.
    private void NoteTitledName(int phrase, ResolvedActor a)
    {
        // A title placed by its sentence counts too: "In Beijing, foreign ministry spokesperson Mao Ning"; so does one placed
        // by the story ("Foreign Minister Tesfaye Alemu" in a story from Addis Ababa).
        if (a.StartToken < 0 || a.Code.Length <= 3
            || a.Entry is null && !a.Basis.StartsWith("agent at a place", StringComparison.Ordinal) && !a.Basis.StartsWith("agent in a story", StringComparison.Ordinal)
            || a.Entry is { Kind: ActorKind.Person or ActorKind.Agent }) return;
        ref var np = ref doc.PhraseRef(phrase);
        var tok = doc.Tokens;
        int end = np.EndToken, first = a.EndToken;
        // The title may end in a word no dictionary lists: "African Union Commission chairperson Mahmoud Ali Youssouf".
        // So may a possessive: "the World Health Organization's regional director, Kofi Boateng".
        if (first < end && tok[first].Tag == PosTag.POS) first++;
        while (first < end && first - a.EndToken < 3 && tok[first].Tag is PosTag.NN or PosTag.NNS or PosTag.JJ && !InMention(first)) first++;
        // Or the name follows in apposition: "The African Union Commission chairperson, Mahmoud Ali Youssouf, said".
        if (first > a.EndToken && first + 3 < doc.TokenCount && tok[first].Norm == "," && tok[first - 1].Tag is PosTag.NN)
        {
            int k = first + 1;
            while (k < doc.TokenCount && k - first <= 4 && tok[k].Tag == PosTag.NNP && tok[k].Has(TokenFlags.Capitalized) && !InMention(k)) k++;
            if (k - first - 1 < 2 || k >= doc.TokenCount || tok[k].Norm != ",") return;
            (first, end) = (first + 1, k);
        }
        // The title's last word may be capitalised: "Foreign Minister Tesfaye Alemu".
        if (first >= end || end - first > 3 || tok[first - 1].Tag is not (PosTag.NN or PosTag.NNS or PosTag.Comma) && first != a.EndToken) return;
        for (int k = first; k < end; k++)
            if (tok[k].Tag != PosTag.NNP || !tok[k].Has(TokenFlags.Capitalized) || InMention(k)) return;
        string name = doc.Text[tok[first].Start..tok[end - 1].End];
        string title = doc.Text[tok[a.StartToken].Start..tok[tok[first - 1].Tag == PosTag.Comma ? first - 2 : first - 1].End];
        // The latest title wins, and restarts the reach (not over a person the dictionaries know by that surname).
        if (_surnames.TryGetValue(tok[end - 1].Norm, out var known) && !IsTitledName(known)) return;
        var titled = new ActorEntry(name, ActorKind.Person, [new DatedCode(a.Code, null, null)], new SourceLine("titled name: " + title, 0));
        _surnames[tok[end - 1].Norm] = titled;
        _titledAt[tok[end - 1].Norm] = _sentenceSerial;
        // "Mao Ning" is later "Mao": family name first.
        if (end - first >= 2 && FamilyNameFirst(ActorCode.Country(a.Code)) && !_surnames.ContainsKey(tok[first].Norm))
        {
            _surnames[tok[first].Norm] = titled;
            _titledAt[tok[first].Norm] = _sentenceSerial;
        }
    }

    // "Armenia's Security Council secretary", "the Russian Security Council": a bare "Security Council" right after a
    // country is that country's, an organ of its government, not the UN body.
    private void NationalCouncils(ReadOnlySpan<TokenData> tok)
    {
        for (int i = 1; i < _mentions.Count; i++)
        {
            var m = _mentions[i];
            if (m.End - m.Start != 2 || tok[m.Start].Norm != "security" || tok[m.Start + 1].Norm != "council" || m.Entry.Kind == ActorKind.Agent) continue;
            var before = _mentions[i - 1];
            if (before.Entry.Kind != ActorKind.Country || !(before.End == m.Start || before.End == m.Start - 1 && tok[m.Start - 1].Tag == PosTag.POS)) continue;
            _mentions[i] = m with { Entry = s_nationalCouncil };
        }
    }

    private static readonly ActorEntry s_nationalCouncil =
        new("security council of a country", ActorKind.Agent, [new DatedCode("GOV", null, null)], new SourceLine("a country's security council", 0));

    // A remembered titled name is an entry of this document, not of a dictionary file: it has no line.
    private static bool IsTitledName(ActorEntry e) => e.Source.Line == 0;

    // When each titled name was remembered; it is an article's memory, not a long text's (a feed in one file).
    private readonly Dictionary<string, int> _titledAt = new(StringComparer.Ordinal);
    private const int TitledNameReach = 40;

    // Roles whose definite mentions ("the firms", "the protesters", "the rebels", "the army") point back to the latest
    // named ones; government organs ("the foreign ministry") are the story's own instead.
    private static bool IsReferableRole(ReadOnlySpan<char> role) => role is "MIL" or "COP" or "BUS" or "CVL" or "MED" or "REB" or "OPP" or "EDU" or "LAB" or "REF" or "CRM" or "AGR";

    // Sentences over which "the junta" still refers to the latest military named: a story has one junta.
    private const int JuntaReach = 12;

    private string? DefiniteRoleCountry(int first, List<string> roles, List<string> prefix)
    {
        // "both the army and the RSF": the correlative "both" stands before the article.
        if (doc.Tokens[first].Norm == "both" && first + 1 < doc.TokenCount) first++;
        // "the junta", "the military government": the country whose military the story has been about.
        if (prefix.Count == 0 && roles.Count == 1 && roles[0] == "GOVMIL" && doc.Tokens[first].Norm == "the")
            return _lastCountryOfRole.TryGetValue("MIL", out var army) && _sentenceSerial - army.Serial <= JuntaReach && (army.Serial < _sentenceSerial || army.Start < first) ? army.Country : null;
        if (prefix.Count > 0 || roles.Count != 1 || !IsReferableRole(roles[0]) || doc.Tokens[first].Norm is not ("the" or "these" or "those")) return null;
        // Named before the phrase: "Hamas freed the hostages and Israel released Palestinian prisoners" gives the hostages nothing.
        if (!_lastCountryOfRole.TryGetValue(roles[0], out var last) || !(last.Serial < _sentenceSerial || last.Start < first)) return null;
        // "Myanmar's military bombed two towns ... [a dozen sentences] ... accused the military": a story with one
        // country's armed forces keeps meaning them, as it keeps one junta.
        return _sentenceSerial - last.Serial <= 3 || roles[0] == "MIL" && _militaryCountries.Count == 1 && _sentenceSerial - last.Serial <= JuntaReach ? last.Country : null;
    }

    private List<ResolvedActor> ResolveUncached(int phrase, DateOnly? date, int depth, out bool cacheable)
    {
        cacheable = true;
        if (phrase < 0 || depth > 8) return s_none;
        ref var p = ref doc.PhraseRef(phrase);
        if (p.Kind == PhraseKind.PP)
        {
            return p.Child >= 0 ? Resolve(p.Child, date, depth + 1) : s_none;
        }
        if ((p.Flags & PhraseFlags.Coordination) != 0)
        {
            var result = new List<ResolvedActor>();
            var (cFirst, cEnd) = doc.SentencePhrases(phrase);
            // "Lawmakers and officials in Fornost and Gondor": agents with no country of their own share
            // the "of/in/from" phrase after the last of them.
            int of = AttachedOfPhrase(phrase);
            for (int k = cEnd - 1; of < 0 && k >= cFirst; k--)
                if (doc.PhraseRef(k).Parent == phrase && doc.PhraseRef(k).Kind == PhraseKind.NP) of = AttachedOfPhrase(k);
            List<List<ResolvedActor>?> shares = [];
            for (int k = cFirst; k < cEnd; k++)
                if (doc.PhraseRef(k).Parent == phrase && doc.PhraseRef(k).Kind == PhraseKind.NP)
                    shares.Add(of >= 0 ? AgentsOfPlace(doc.PhraseRef(k).FirstToken, doc.PhraseRef(k).EndToken, of, date, depth) : null);
            bool allAgents = shares.Count > 0 && shares.All(x => x is not null);
            int i = 0;
            var bare = new List<int>(); // results from conjuncts that are only a country modifier ("Iranian and")
            string? adjectiveCountry = null; // "Pakistani" of "Pakistani police and soldiers"
            for (int k = cFirst; k < cEnd; k++)
                if (doc.PhraseRef(k).Parent == phrase && doc.PhraseRef(k).Kind == PhraseKind.NP)
                {
                    var resolved = allAgents ? shares[i++]! : Resolve(k, date, depth + 1);
                    if (result.Count == 0) adjectiveCountry = AdjectiveCountryOfAgents(k, resolved);
                    // "Danish media and government": a bare agent noun after it shares the first conjunct's country adjective.
                    else if (adjectiveCountry is not null && IsBareAgentConjunct(k) && AgentsIn(k, date, adjectiveCountry) is { } sharer)
                        resolved = [sharer with { Basis = "agent sharing the first conjunct's country, " + adjectiveCountry }];
                    foreach (var a in resolved)
                    {
                        if (HasCode(result, a.Code)) continue;
                        ref var conj = ref doc.PhraseRef(k);
                        // The conjunct is only the country's word(s): "Iranian", "South Korean".
                        if (a.Code.Length == 3 && a.Entry?.Kind == ActorKind.Country && a.StartToken == conj.FirstToken && a.EndToken == conj.EndToken
                            && doc.Tokens[conj.EndToken - 1].Tag is PosTag.JJ or PosTag.NNP) bare.Add(result.Count);
                        result.Add(a);
                    }
                }
            // "Iranian and US negotiators": the country modifiers share the last conjunct's agent.
            if (bare.Count > 0 && result.Count >= 2 && result[^1].Entry?.Kind == ActorKind.Country && result[^1].Code.Length > 3
                && !result[^1].Code.StartsWith("IGO", StringComparison.Ordinal) && doc.Tokens[result[^1].EndToken - 1].Tag is PosTag.NN or PosTag.NNS)
            {
                string roles = result[^1].Code[3..];
                foreach (int b in bare)
                    if (b < result.Count - 1) result[b] = result[b] with { Code = result[b].Code + roles, EndToken = result[^1].EndToken };
            }
            return result;
        }
        if ((p.Flags & PhraseFlags.Apposition) != 0)
        {
            var (aFirst, aEnd) = doc.SentencePhrases(phrase);
            List<ResolvedActor>? bareCountry = null;
            for (int k = aFirst; k < aEnd; k++)
            {
                if (doc.PhraseRef(k).Parent != phrase || doc.PhraseRef(k).Kind != PhraseKind.NP) continue;
                var r = Resolve(k, date, depth + 1);
                if (r.Count == 0) continue;
                // "Burkina Faso's leader, Captain Ibrahim Traore": the named person's role, when the first part gives
                // only the country.
                if (bareCountry is not null)
                    return r.Count == 1 && r[0].Code.Length > 3 && r[0].Code.StartsWith(bareCountry[0].Code, StringComparison.Ordinal) ? r : bareCountry;
                if (r.Count == 1 && r[0].Code.Length == 3 && r[0].Entry?.Kind == ActorKind.Country) { bareCountry = r; continue; }
                // "Gurung, a former prime minister and senior leader of the party": one person described twice is the
                // last description, which carries the affiliation.
                if (r.Count > 1 && (doc.PhraseRef(k).Flags & PhraseFlags.Coordination) != 0 && (p.Flags & PhraseFlags.Proper) != 0)
                    return [r[^1]];
                return r;
            }
            return bareCountry ?? s_none;
        }
        if (TryCoreference(phrase, out var coref)) { cacheable = false; return coref; }
        // "dozens of protesters", "members of the guard": a quantity or part noun stands for its "of" phrase.
        if (IsStandIn(doc.Tokens[p.Head]) && AttachedOfPhrase(phrase) is int ofQuantity and >= 0 && doc.Tokens[doc.PhraseRef(ofQuantity).FirstToken - 1].Norm == "of")
        {
            var inner = Resolve(ofQuantity, date, depth + 1);
            if (inner.Count > 0) return inner;
        }
        // "leaders of Hamas", "six commanders of the RSF": a person who heads or speaks for a body is coded as the body,
        // when the head phrase names no actor of its own ("the army chief of Pakistan" stays PAKMIL below).
        if (IsPersonOfHead(doc.Tokens[p.Head].Lemma) && AttachedOfPhrase(phrase) is int ofBody and >= 0 && doc.Tokens[doc.PhraseRef(ofBody).FirstToken - 1].Norm == "of"
            && !HasMentionIn(p.FirstToken, p.EndToken))
        {
            var body = Resolve(ofBody, date, depth + 1);
            if (body.Count > 0) return body;
        }
        // "The agency's country director", "the group's leader": a person heading a body named only by a reference
        // ("the agency", "the group") speaks for that body.
        if ((IsPersonOfHead(doc.Tokens[p.Head].Lemma) || doc.Tokens[p.Head].Lemma is "director" or "chairman" or "chairwoman")
            && OwnerPhrase(phrase) is int owner and >= 0 && !HasMentionIn(p.FirstToken, p.EndToken) && TryCoreference(owner, out var ownerActors) && ownerActors.Count > 0)
        {
            cacheable = false;
            return ownerActors;
        }
        // "Negotiators for Colombia's government and the ELN resumed talks": people who negotiate for bodies are the bodies,
        // when nothing but the agent word is named before "for".
        if (IsSpeaksForHead(doc.Tokens[p.Head].Lemma) && p.EndToken - p.FirstToken <= 2 && AttachedOfPhrase(phrase) is int forBody and >= 0
            && doc.Tokens[doc.PhraseRef(forBody).FirstToken - 1].Norm == "for" && !HasMentionIn(p.FirstToken, p.EndToken, agents: false))
        {
            var body = Resolve(forBody, date, depth + 1);
            if (body.Count > 0) return body;
        }
        // "struck suspected hideouts of the Pakistani Taliban", "shelled positions of the army": what an actor holds stands
        // for it when acted on, when the head phrase names no actor of its own.
        if (IsHoldingHead(doc.Tokens[p.Head].Lemma) && AttachedOfPhrase(phrase) is int ofHolder and >= 0 && doc.Tokens[doc.PhraseRef(ofHolder).FirstToken - 1].Norm == "of"
            && !HasMentionIn(p.FirstToken, p.EndToken))
        {
            var holder = Resolve(ofHolder, date, depth + 1);
            if (holder.Count > 0) return holder;
        }
        if (HeldBy(phrase) is int heldBy and >= 0 && !HasMentionIn(p.FirstToken, p.EndToken, agents: IsHoldingHead(doc.Tokens[p.Head].Lemma)))
        {
            var holder = Resolve(heldBy, date, depth + 1);
            if (holder.Count > 0) return holder;
        }
        // "a delegation led by Niger's prime minister": a body is whoever leads it, when it names no one else itself.
        if (LedBy(phrase) is int leader and >= 0 && ResolveSpan(p.FirstToken, p.EndToken, date, -1) is not { Entry.Kind: not ActorKind.Agent })
        {
            var led = Resolve(leader, date, depth + 1);
            if (led.Count > 0) return led;
        }
        // "hackers working for Russia's GRU military intelligence": people named only by what they do act for their employer.
        if (WorkingFor(phrase) is int employer and >= 0 && ResolveSpan(p.FirstToken, p.EndToken, date, -1) is not { Entry.Kind: not ActorKind.Agent })
        {
            var hired = Resolve(employer, date, depth + 1);
            if (hired.Count > 0) return hired;
        }
        if (SharedHeadCountries(p.FirstToken, p.EndToken, date) is { } shared) return shared;
        int ofPhrase = AttachedOfPhrase(phrase);
        if (ofPhrase >= 0 && AgentsOfPlace(p.FirstToken, p.EndToken, ofPhrase, date, depth) is { Count: > 1 } each) return each;
        var one = ResolveSpan(p.FirstToken, p.EndToken, date, ofPhrase);
        if (one is null && NamedOfHead(phrase) is { } named) { cacheable = false; return [named]; }
        if (one is not null && one.EndToken > p.EndToken && CoordinatedAfterName(one.EndToken, date, depth) is { Count: > 0 } more) return [one, .. more];
        return one is null ? s_none : [one];
    }

    // "between the Democratic Republic of Congo and the M23": a name whose "of" part the parser joined to a coordination
    // ("of [Congo and the M23]"); the actors of the coordination's later conjuncts.
    private List<ResolvedActor>? CoordinatedAfterName(int nameEnd, DateOnly? date, int depth)
    {
        var (pFirst, pEnd) = SentencePhrases;
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var c = ref doc.PhraseRef(p);
            if (c.Kind != PhraseKind.NP || (c.Flags & PhraseFlags.Coordination) == 0 || c.FirstToken >= nameEnd || c.EndToken <= nameEnd) continue;
            List<ResolvedActor>? more = null;
            bool first = true;
            for (int k = pFirst; k < pEnd; k++)
            {
                ref var conj = ref doc.PhraseRef(k);
                if (conj.Parent != p || conj.Kind != PhraseKind.NP) continue;
                if (first) { first = false; if (conj.EndToken != nameEnd) return null; continue; }
                (more ??= []).AddRange(Resolve(k, date, depth + 1));
            }
            return more;
        }
        return null;
    }

    // "The UN Security Council met on Tuesday. The council urged ...": a definite common noun, which names no actor
    // itself, is the organisation named last with that last word, earlier in this sentence or in the three before.
    private ResolvedActor? NamedOfHead(int phrase)
    {
        ref var p = ref doc.PhraseRef(phrase);
        var tok = doc.Tokens;
        if (!options.Coreference || p.Head != p.EndToken - 1 || p.EndToken - p.FirstToken is < 2 or > 3 || tok[p.FirstToken].Norm != "the"
            || tok[p.Head].Tag is not (PosTag.NN or PosTag.NNS) || tok[p.Head].Has(TokenFlags.Capitalized)) return null;
        for (int k = p.FirstToken + 1; k < p.Head; k++) if (tok[k].Tag != PosTag.JJ) return null;
        if (!_lastNamedOfHead.TryGetValue(tok[p.Head].Lemma, out var named) || _sentenceSerial - named.Serial > 3
            || named.Serial == _sentenceSerial && named.Start >= p.FirstToken) return null;
        return new ResolvedActor(named.Code, p.FirstToken, p.EndToken, named.Entry, "coreference: the " + tok[p.Head].Norm + " named last, " + named.Code);
    }

    // The noun phrase after "led/headed by" right after a delegation, team, mission or force phrase, else -1.
    private int LedBy(int phrase)
    {
        ref var p = ref doc.PhraseRef(phrase);
        var tok = doc.Tokens;
        int k = p.EndToken;
        if (p.Head < 0 || tok[p.Head].Lemma is not ("delegation" or "team" or "mission" or "force" or "contingent" or "convoy" or "coalition" or "panel" or "committee")
            || k + 2 >= tok.Length || tok[k].Lemma is not ("lead" or "head") || tok[k + 1].Norm != "by") return -1;
        return NounPhraseAt(phrase, k + 2);
    }

    // "positions held by Tigrayan forces", "a base controlled by the RSF": the holder's noun phrase, else -1.
    private int HeldBy(int phrase)
    {
        ref var p = ref doc.PhraseRef(phrase);
        var tok = doc.Tokens;
        int k = p.EndToken;
        // "conglomerates owned by Myanmar's military": firms stand for whoever owns or runs them.
        bool firm = p.Head >= 0 && tok[p.Head].Lemma is "company" or "firm" or "conglomerate" or "business" or "enterprise" or "bank" or "holding" or "entity";
        if (p.Head < 0 || !IsHoldingHead(tok[p.Head].Lemma) && !firm || k + 2 >= tok.Length || tok[k].Tag != PosTag.VBN
            || !(tok[k].Lemma is "hold" or "control" or "occupy" or "run" or "use" or "man" || firm && tok[k].Lemma is "own" or "operate") || tok[k + 1].Norm != "by") return -1;
        return NounPhraseAt(phrase, k + 2);
    }

    // The outermost noun phrase of the sentence of `phrase` that starts at token k (not inside another NP), else -1.
    private int NounPhraseAt(int phrase, int k)
    {
        var (first, end) = doc.SentencePhrases(phrase);
        for (int q = first; q < end; q++)
        {
            ref var np = ref doc.PhraseRef(q);
            if (np.Kind == PhraseKind.NP && np.FirstToken == k && np.Parent is var parent && (parent < 0 || doc.PhraseRef(parent).Kind != PhraseKind.NP)) return q;
        }
        return -1;
    }

    // The noun phrase after "working/acting for" or "acting on behalf of" right after a phrase, else -1.
    private int WorkingFor(int phrase)
    {
        ref var p = ref doc.PhraseRef(phrase);
        var tok = doc.Tokens;
        int k = p.EndToken;
        if (k + 2 >= tok.Length || tok[k].Norm is not ("working" or "acting" or "spying")) return -1;
        int after = tok[k + 1].Norm == "for" ? k + 2 : k + 3 < tok.Length && tok[k + 1].Norm == "on" && tok[k + 2].Norm == "behalf" && tok[k + 3].Norm == "of" ? k + 4 : -1;
        if (after < 0) return -1;
        var (first, end) = doc.SentencePhrases(phrase);
        for (int q = first; q < end; q++)
        {
            ref var np = ref doc.PhraseRef(q);
            if (np.Kind == PhraseKind.NP && np.FirstToken == after && np.Parent is var parent && (parent < 0 || doc.PhraseRef(parent).Kind != PhraseKind.NP)) return q;
        }
        return -1;
    }

    // The result of every phrase that names no actor (most of them), one list for all: Resolve's callers never change its lists.
    private static readonly List<ResolvedActor> s_none = [];

    internal static bool HasCode(List<ResolvedActor> actors, string code)
    {
        foreach (var a in actors)
            if (a.Code == code) return true;
        return false;
    }

    // Whether an actor is named in [first, end), agent words ("negotiators") counting only when asked.
    private bool HasMentionIn(int first, int end, bool agents = true)
    {
        foreach (var m in _mentions)
            if (m.Start >= first && m.End <= end && m.Entry.Kind != ActorKind.NotActor && (agents || m.Entry.Kind != ActorKind.Agent)) return true;
        return false;
    }

    // A one-word plural demonym ("Afghans", not the name "Philippines") after a count: "40,000", "several thousand",
    // "thousands of", "more than 200 undocumented".
    private bool IsCountedDemonym(ActorMention m)
    {
        var tok = doc.Tokens;
        if (m.End - m.Start != 1 || tok[m.Start].Tag is not (PosTag.NNPS or PosTag.NNS) || !tok[m.Start].Norm.EndsWith('s')
            || tok[m.Start].Norm.Equals(m.Entry.Name, StringComparison.OrdinalIgnoreCase)) return false;
        int k = m.Start - 1;
        while (k >= 0 && tok[k].Tag is PosTag.JJ or PosTag.VBN or PosTag.VBG && !tok[k].Has(TokenFlags.Capitalized)) k--;
        if (k < 0) return false;
        if (tok[k].Tag == PosTag.CD || tok[k].Norm is "several" or "many" or "some" or "dozens" or "hundreds" or "thousands" or "millions" or "tens") return true;
        return tok[k].Norm == "of" && k > 0 && tok[k - 1].Norm is "dozens" or "hundreds" or "thousands" or "millions" or "tens" or "scores";
    }

    // Nouns for people who speak or negotiate for the body of their "for" phrase ("negotiators for the government").
    private static bool IsSpeaksForHead(string lemma) => lemma is "spokesperson" or "spokesman" or "spokeswoman" or "spokesmen" or "spokespeople"
        or "negotiator" or "delegate" or "representative";

    /// <summary>Nouns for a person who leads or speaks for the body of their "of" phrase ("leader of", "commander of").</summary>
    // The possessive owner NP opening `phrase` ("the agency's" of "the agency's country director"), or -1.
    private int OwnerPhrase(int phrase)
    {
        var (first, end) = doc.SentencePhrases(phrase);
        ref var p = ref doc.PhraseRef(phrase);
        for (int k = first; k < end; k++)
        {
            ref var c = ref doc.PhraseRef(k);
            if (c.Parent == phrase && c.Kind == PhraseKind.NP && c.FirstToken == p.FirstToken && c.EndToken < p.EndToken && doc.Tokens[c.EndToken - 1].Tag == PosTag.POS) return k;
        }
        return -1;
    }

    /// <summary>Ends the basis of an actor named as a counterpart of another: it holds the same office.</summary>
    public const string CounterpartBasis = " (counterpart)";

    internal static bool IsPersonOfHead(string lemma) =>
        lemma is "leader" or "commander" or "head" or "chief" or "spokesman" or "spokeswoman" or "spokesperson" or "representative" or "envoy"
            or "chairman" or "chairwoman" or "chairperson" or "chair" or "founder" or "co-founder";

    /// <summary>Nouns for what travels with or houses an actor, aimed at when it is ("opened fire on the motorcade of").</summary>
    internal static bool IsEscortOfHead(string lemma) => lemma is "motorcade" or "convoy" or "entourage" or "residence" or "team" or "delegation"
        or "car" or "vehicle" or "home" or "house";

    // A quantity or part noun, or what travels with or houses an actor (IsEscortOfHead), standing for its "of" phrase.
    // Also what an actor does ("a ban on the activities of the Awami League"), which stands for it when acted on.
    internal static bool IsHoldingHead(string lemma) => lemma is "hideout" or "position" or "base" or "camp" or "stronghold" or "depot" or "outpost" or "activity" or "operation"
        or "post" or "facility" or "headquarters" or "target" or "site" or "installation" or "bunker" or "compound" or "convoy" or "garrison" or "launcher";

    private static bool IsStandInHead(string lemma) => s_quantityHeads.Contains(lemma) || IsEscortOfHead(lemma);

    // The same for a head token; a number counts too ("arrested 14 of the demonstrators").
    private static bool IsStandIn(in TokenData head) => head.Tag == PosTag.CD || IsStandInHead(head.Lemma);

    private static readonly HashSet<string> s_quantityHeads = new(StringComparer.Ordinal)
    {
        "dozen", "dozens", "tens", "ten", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "score", "scores", "number", "group",
        "handful", "member", "members", "some", "several", "many", "most", "all", "none", "one", "two", "three", "four", "five", "band", "unit", "contingent",
        "squad",
        "faction", "factions", "wing",
        // What an actor does or holds stands for it when acted on: "banned all activities of the Awami League", "froze the
        // assets of the ministers", "raided the offices of the party".
        "activity", "operation", "office", "asset", "headquarters", "leadership",
    };

    // "Egyptian and Qatari officials": coordinated country modifiers share the agent after them.
    // Null when the phrase is not one ("Pakistani troops" has a single country: most phrases with one are not).
    private List<ResolvedActor>? SharedHeadCountries(int first, int end, DateOnly? date)
    {
        var tok = doc.Tokens;
        // Called for every noun phrase: count the countries first, collect them only for two or more.
        int countries = 0, lastCountryEnd = -1;
        ActorMention? agent = null;
        foreach (var m in _mentions)
        {
            if (m.Start < first || m.End > end) continue;
            if (m.Entry.Kind == ActorKind.Country) { countries++; lastCountryEnd = m.End; }
            else if (m.Entry.Kind == ActorKind.Agent) agent = m;
            else if (m.Entry.Kind != ActorKind.NotActor) return null;
        }
        if (countries < 2 || agent is not null && agent.Value.Start < lastCountryEnd) return null;
        if (agent is null && !(lastCountryEnd < end && tok[end - 1].Tag.IsNoun())) return null;
        int previousEnd = -1;
        foreach (var m in _mentions)
        {
            if (m.Start < first || m.End > end || m.Entry.Kind != ActorKind.Country) continue;
            if (previousEnd >= 0)
                for (int k = previousEnd; k < m.Start; k++)
                    if (tok[k].Tag is not (PosTag.CC or PosTag.Comma)) return null;
            previousEnd = m.End;
        }
        string role = agent is null ? "" : agent.Value.Entry.CodeAt(date) ?? "";
        var result = new List<ResolvedActor>(countries);
        foreach (var c in _mentions)
        {
            if (c.Start < first || c.End > end || c.Entry.Kind != ActorKind.Country) continue;
            var code = c.Entry.CodeAt(date);
            if (code is not null) result.Add(new ResolvedActor(code + role, c.Start, agent?.End ?? end, c.Entry, c.Entry.SourceText));
        }
        return result.Count > 0 ? result : null;
    }

    // "the government of Gondor", "lawmakers in Fornost", "soldiers from Gondor": a PP on the noun
    // supplies the country when the NP itself has none.
    private int AttachedOfPhrase(int np)
    {
        var (first, end) = doc.SentencePhrases(np);
        for (int k = first; k < end; k++)
        {
            ref var q = ref doc.PhraseRef(k);
            // "on the motorcade of X": an "of" right after the noun phrase is its own, wherever the chunker hung it.
            if (q.Kind == PhraseKind.PP && (q.Attach == np || doc.Tokens[q.Head].Norm == "of") && q.FirstToken == doc.PhraseRef(np).EndToken
                && doc.Tokens[q.Head].Norm is "of" or "in" or "from" && q.Child >= 0) return q.Child;
            // "a spokesperson for the South African presidency" speaks for it (an envoy "for Yemen" is sent there).
            if (q.Kind == PhraseKind.PP && q.FirstToken == doc.PhraseRef(np).EndToken && doc.Tokens[q.Head].Norm == "for" && q.Child >= 0
                && IsSpeaksForHead(doc.Tokens[doc.PhraseRef(np).Head].Lemma)) return q.Child;
        }
        return -1;
    }

    // "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers in Fornost": an NP of agents only
    // takes each actor of its "of/in/from" phrase. Null when the NP names an actor itself or has no agent.
    private List<ResolvedActor>? AgentsOfPlace(int first, int end, int ofPhrase, DateOnly? date, int depth)
    {
        var roles = new List<string>();
        var rolePrefix = new List<string>();
        int agentStart = -1;
        foreach (var m in _mentions)
        {
            if (m.Start < first || m.Start >= end || m.Entry.Kind == ActorKind.NotActor) continue;
            if (m.Entry.Kind != ActorKind.Agent || m.End > end) return null;
            var code = m.Entry.CodeAt(date);
            if (code is null) continue;
            (m.Entry.RolePrefix ? rolePrefix : roles).Add(code);
            if (agentStart < 0) agentStart = m.Start;
        }
        if (roles.Count + rolePrefix.Count == 0) return null;
        if (options.FormerIsElite && IsFormer(first, agentStart)) roles = [EliteRole];
        while (doc.PhraseRef(ofPhrase).Parent >= 0 && (doc.PhraseRef(doc.PhraseRef(ofPhrase).Parent).Flags & PhraseFlags.Coordination) != 0)
            ofPhrase = doc.PhraseRef(ofPhrase).Parent;
        var places = Resolve(ofPhrase, date, depth + 1);
        if (places.Count == 0) return null;
        // A loop: a lambda over the parameters allocated its closure on every call, also those that return early.
        var each = new List<ResolvedActor>(places.Count);
        foreach (var a in places) each.Add(new ResolvedActor(Combine(a.Code, RolesFor(a, roles), rolePrefix), first, Math.Max(end, a.EndToken), a.Entry, a.Basis));
        return each;
    }

    private const string EliteRole = "ELI";

    // "former security officials", "Arnor former officials": CAMEO codes former office holders as elites (ELI).
    private bool IsFormer(int first, int agentStart)
    {
        var tok = doc.Tokens;
        for (int k = first; k < agentStart; k++)
            if (tok[k].Norm is "former" or "ex") return true;
        return false;
    }

    /// <summary>The actor named in tokens [first, end): a name, a country with agents, or an agent with a country from <paramref name="ofPhrase"/>.</summary>
    public ResolvedActor? ResolveSpan(int first, int end, DateOnly? date, int ofPhrase = -1, bool capitalsArePlaces = false)
    {
        // A name may run on into the NP's "of" phrase: "the Council of Europe", "Ministry of Defence".
        int extendedEnd = ofPhrase >= 0 ? doc.PhraseRef(ofPhrase).EndToken : end;
        ActorMention? primary = null;
        // Most phrases have no agent words: the role lists stay shared and empty until one appears.
        var roles = s_noRoles;
        var rolePrefix = s_noRoles;
        int agentStart = -1, agentEnd = -1, firstAgentEnd = -1;
        foreach (var m in _mentions)
        {
            // An agent may run past the NP into its "of" phrase ("Secretary of State", "Ministry of Defence").
            if (m.Start < first || m.Start >= end || m.End > extendedEnd) continue;
            if (m.Entry.Kind == ActorKind.NotActor) continue;
            if (capitalsArePlaces && m.Entry.Kind == ActorKind.Capital) continue;
            if (m.Entry.Kind == ActorKind.Agent)
            {
                var code = m.Entry.CodeAt(date);
                if (code is null) continue;
                if (m.Entry.RolePrefix) (rolePrefix = rolePrefix == s_noRoles ? [] : rolePrefix).Add(code);
                else (roles = roles == s_noRoles ? [] : roles).Add(code);
                if (agentStart < 0) { agentStart = m.Start; firstAgentEnd = m.End; }
                agentEnd = m.End;
                continue;
            }
            // The name closest to the head wins over an earlier modifier; a person beats a country.
            // PETRARCH: the first name of the phrase wins ("Ithilen's minister Calimehtar" is Ithilen's).
            // An organisation that owns the rest keeps it: "Amnesty International's Kenya office" is Amnesty's.
            if (primary is { } owner && owner.Entry.Kind is ActorKind.Organisation or ActorKind.Group && m.Entry.Kind is ActorKind.Country or ActorKind.Capital
                && owner.End < end && doc.Tokens[owner.End].Tag == PosTag.POS) continue;
            // "two Kosovo Albanians", "Kosovo Serbs": a country's own name before a people's plural says where they live
            // (a demonym there is their ethnicity instead: "Chinese Americans").
            if (primary is { } home && home.Entry.Kind == ActorKind.Country && m.Entry.Kind == ActorKind.Country && home.End == m.Start
                && doc.Tokens[m.End - 1].Tag is PosTag.NNPS or PosTag.NNS && IsCanonicalName(home))
            {
                primary = home with { End = m.End };
                continue;
            }
            if (primary is null || !options.FirstNameWins && (m.Entry.Kind == ActorKind.Person || primary.Value.Entry.Kind != ActorKind.Person)) primary = m;
        }
        // "China's UN ambassador", "Russia's NATO envoy": a state's envoy to an organisation is the state's.
        if (primary is { Entry.Kind: ActorKind.Organisation } envoyOrg && agentStart == envoyOrg.End && roles.Count == 1 && roles[0] == "GOV" && envoyOrg.Start >= first + 2
            && doc.Tokens[envoyOrg.Start - 1].Tag == PosTag.POS)
            foreach (var m in _mentions)
                if (m.End == envoyOrg.Start - 1 && m.Start >= first && m.Entry.Kind == ActorKind.Country) { primary = m; break; }
        if (options.FormerIsElite && agentStart >= 0 && IsFormer(first, agentStart)) roles = [EliteRole];
        if (primary is { } named && named.End > end) return Named(named, date, first);
        // "the Cairo agreement", "the Washington summit": a capital modifying a thing names a place.
        if (primary is { } cap && cap.Entry.Kind == ActorKind.Capital && agentStart < 0 && cap.End < end && doc.Tokens[end - 1].Tag is PosTag.NN or PosTag.NNS
            && cap.Start > first && doc.Tokens[first].Tag == PosTag.DT
            && doc.Tokens[cap.End].Tag != PosTag.POS) return null;
        if (primary is null && roles.Count + rolePrefix.Count > 0 && ofPhrase >= 0)
        {
            ref var of = ref doc.PhraseRef(ofPhrase);
            var inner = ResolveSpan(of.FirstToken, of.EndToken, date);
            // "protesters in Belgrade": a capital there is a place, so the agent takes its country, not its government.
            if (inner is not null)
                return new ResolvedActor(Combine(inner.Entry?.Kind == ActorKind.Capital ? Cameo.ActorCode.Country(inner.Code) ?? inner.Code : inner.Code, RolesFor(inner, roles), rolePrefix),
                    first, Math.Max(end, inner.EndToken), inner.Entry, inner.Basis);
        }
        if (primary is { } pm)
        {
            var code = pm.Entry.CodeAt(date);
            if (code is null) return null;
            if (pm.Entry.Kind is ActorKind.Country && roles.Count + rolePrefix.Count > 0) code = Combine(code, roles, rolePrefix);
            // "deported 40,000 Afghans", "several thousand Indonesians rallied": counted people of a country are its civilians.
            else if (pm.Entry.Kind is ActorKind.Country && pm.End == end && IsCountedDemonym(pm)) code += "CVL";
            else if (pm.Entry.Kind is ActorKind.Organisation or ActorKind.Group && rolePrefix.Count > 0) code = Combine(code, [], rolePrefix);
            // "Peruvian President Jose Jeri": a government title the text gives the person right before the name is newer
            // than the dictionary's dates for that person (a former office, another role).
            else if (pm.Entry.Kind == ActorKind.Person && agentStart >= 0 && agentEnd == pm.Start && roles.Count == 1 && roles[0] == "GOV" && rolePrefix.Count == 0
                && Cameo.ActorCode.Role(code) is { } personRole && personRole != "GOV" && Cameo.ActorCode.Country(code) is { Length: 3 } home && home != "IGO")
                code = home + "GOV";
            int s = Math.Min(pm.Start, agentStart < 0 ? pm.Start : agentStart);
            int e = Math.Max(pm.End, agentEnd);
            // "its Iraqi counterparts": the office the other side holds, which the event fills in (CounterpartBasis).
            bool counterpart = agentStart >= 0 && roles.Count == 1 && doc.Tokens[agentEnd - 1].Lemma == "counterpart";
            return new ResolvedActor(code, s, e, pm.Entry, counterpart ? pm.Entry.SourceText + CounterpartBasis : pm.Entry.SourceText);
        }
        // A place in the agent's own phrase ("police in Yangon") outranks a definite reference ("the executives" after
        // "US companies and their executives"), which outranks the places of the agent's clause ("the executives hold in China").
        if (roles.Count + rolePrefix.Count > 0 && options.PlaceCountry && ofPhrase >= 0 && OwnPlaceCountry(ofPhrase) is { } own)
            return new ResolvedActor(Combine(own, roles, rolePrefix), agentStart, agentEnd, null, "agent at a place in " + own);
        // "Belgorod governor Vyacheslav Gladkov", "Sindh police": a place named before the agent gives its country.
        if (roles.Count + rolePrefix.Count > 0 && options.PlaceCountry && agentStart > first && HasPlaceLikeProperNoun(first, agentStart)
            && Setting.EventSetting.Default.PlaceCountry(doc, first, agentStart, locativeOnly: false, context: PlaceContext) is { } before)
            return new ResolvedActor(Combine(before, roles, rolePrefix), agentStart, agentEnd, null, "agent of a place in " + before);
        // "the Saudi-led coalition ... coalition aircraft struck": a bare noun before the agent that ends an organisation's
        // name given in this sentence or the three before is that organisation.
        if (roles.Count + rolePrefix.Count > 0 && options.Coreference && agentStart > first
            && doc.Tokens[agentStart - 1] is { Tag: PosTag.NN or PosTag.NNP } modifier
            && (modifier.Tag == PosTag.NN && !modifier.Has(TokenFlags.Capitalized) || _mentionsSentence >= 0 && agentStart - 1 == doc.SentenceRef(_mentionsSentence).FirstToken)
            && _lastNamedOfHead.TryGetValue(modifier.Lemma, out var namedOrg) && _sentenceSerial - namedOrg.Serial is > 0 and <= 3)
            return new ResolvedActor(namedOrg.Code, agentStart - 1, agentEnd, namedOrg.Entry, "coreference: the " + modifier.Norm + " named last, " + namedOrg.Code);
        // "European Union foreign ministers approved ... The ministers also agreed": the organisation they were named with.
        if (roles.Count + rolePrefix.Count > 0 && options.Coreference && agentStart == first + 1 && doc.Tokens[first].Norm == "the" && agentEnd == end
            && _lastOrganisationOfHead.TryGetValue(doc.Tokens[end - 1].Lemma, out var org) && _sentenceSerial - org.Serial is > 0 and <= 2)
            return org.Actor with { StartToken = agentStart, EndToken = agentEnd, Basis = "coreference: the " + doc.Tokens[end - 1].Norm + " of " + org.Actor.Code };
        // "The rebels' chief negotiator": the official of a group referred back to speaks for that group.
        if (roles.Count >= 2 && rolePrefix.Count == 0 && options.Coreference && roles[0] is not ("MIL" or "COP") && firstAgentEnd > 0 && firstAgentEnd < end
            && doc.Tokens[firstAgentEnd].Tag == PosTag.POS && DefiniteRoleCountry(first, [roles[0]], rolePrefix) is { } group)
            return new ResolvedActor(Combine(group, [roles[0]], rolePrefix), agentStart, agentEnd, null, "coreference: the latest " + roles[0] + " named, of " + group);
        if (roles.Count + rolePrefix.Count > 0 && options.Coreference && DefiniteRoleCountry(first, roles, rolePrefix) is { } earlier)
            return new ResolvedActor(Combine(earlier, roles, rolePrefix), agentStart, agentEnd, null, "coreference: the latest " + roles[0] + " named, of " + earlier);
        // "an international aid group", "foreign troops": agents said to be from elsewhere take no country from the context.
        // Peacekeepers serve abroad too: the place or story they are in is not their country ("protested outside a UNIFIL
        // base, demanding that the peacekeepers do more").
        if (roles.Count + rolePrefix.Count > 0 && (SaidToBeFromElsewhere(agentStart) || roles.Contains("PKO")))
        {
            // "an international aid group", "international rights groups": CAMEO's non-governmental organisations.
            if (rolePrefix.Count == 0 && roles.TrueForAll(r => r is "DEV" or "HRI" or "HLH"))
                return new ResolvedActor(Combine("NGO", roles, rolePrefix), agentStart, agentEnd, null, "international non-governmental agent");
            return options.AgentWithoutCountry ? new ResolvedActor(Combine("---", roles, rolePrefix), agentStart, agentEnd, null, "agent without country") : null;
        }
        if (roles.Count + rolePrefix.Count > 0 && options.PlaceCountry && ClausePlaceCountryFor(roles, agentStart) is { } local)
            return new ResolvedActor(Combine(local, roles, rolePrefix), agentStart, agentEnd, null, "agent at a place in " + local);
        if (roles.Count + rolePrefix.Count > 0 && options.PlaceCountry && options.Coreference && PreviousSceneCountry(roles) is { } scene)
            return new ResolvedActor(Combine(scene, roles, rolePrefix), agentStart, agentEnd, null, "agent at a place of the previous sentence, in " + scene);
        // "US defence firms and six of their executives": agents with an owner are the owner's (PossessiveSubjects), never
        // the story's by default.
        if (roles.Count + rolePrefix.Count > 0 && HomeCountry is not null && doc.Tokens[first].Norm is not ("its" or "their" or "his" or "her"))
            return new ResolvedActor(Combine(HomeCountry, roles, rolePrefix), agentStart, agentEnd, null, HomeBasis ?? "agent in a story datelined in " + HomeCountry);
        if (roles.Count + rolePrefix.Count > 0 && options.AgentWithoutCountry)
            return new ResolvedActor(Combine("---", roles, rolePrefix), agentStart, agentEnd, null, "agent without country");
        return null;
    }

    // "arrested activist Sonam Wangchuk": a lower-case agent word read as an adjective is a title before a name.
    private static bool IsTitleBeforeName(ReadOnlySpan<TokenData> tok, int end, int sentenceEnd) =>
        tok[end - 1].Tag.IsAdjective() && !tok[end - 1].Has(TokenFlags.Capitalized) && end + 1 < sentenceEnd
        && tok[end].Tag == PosTag.NNP && tok[end + 1].Tag == PosTag.NNP;

    private static readonly List<string> s_noRoles = [];

    // Locative countries of the current sentence's clauses, found when an agent first needs one ("" for none).
    private readonly Dictionary<int, string> _clausePlaceCountry = [];

    // The one country of the locative places of the agent's clause ("Protesters rallied in Lome"), but not for
    // officials or soldiers, whom a meeting or a war abroad places in another country. (A place in the agent's own
    // PP, "police in Yangon", is OwnPlaceCountry.)
    private string? ClausePlaceCountryFor(List<string> roles, int agentToken)
    {
        var setting = Setting.EventSetting.Default;
        if (roles.Count == 0) return null;
        // "In Niger, authorities arrested ...": a country set before the sentence's comma frames officials too (a city
        // there may be a meeting's venue: "In Doha, officials ...").
        if (roles.TrueForAll(r => r is "GOV" or "ELI" or "MIL" or "GOVMIL")) return FrontedCountry(agentToken);
        // The innermost clause holding the agent: "X, who lives in London, condemned the police" does not place the police.
        ref var s = ref doc.SentenceRef(_mentionsSentence);
        int clause = ClauseActedIn(ref s, agentToken);
        if (clause < 0) return null;
        if (!_clausePlaceCountry.TryGetValue(clause, out var country))
        {
            ref var cl = ref doc.ClauseRef(clause);
            // Places in clauses nested inside this one belong to those clauses.
            var (sFirst, sEnd, self) = (s.FirstClause, s.EndClause, clause);
            bool Own(int t)
            {
                for (int c = sFirst; c < sEnd; c++)
                {
                    ref var o = ref doc.ClauseRef(c);
                    if (c != self && o.FirstToken <= t && t < o.EndToken && o.EndToken - o.FirstToken < doc.ClauseRef(self).EndToken - doc.ClauseRef(self).FirstToken) return false;
                }
                return true;
            }
            // A fronted "In Doha," frames the main clause, not what someone there demanded others do.
            country = setting.PlaceCountry(doc, cl.FirstToken, cl.EndToken, locativeOnly: true, Own, PlaceContext)
                ?? (cl.Kind != ClauseKind.Complement ? FrontedPlaceCountry(agentToken) : null) ?? "";
            // "Protesters set fire to buildings in Kathmandu as riot police fired tear gas": a clause of the same moment
            // ("as", "while", "when") happens where the clause it hangs on does.
            if (country.Length == 0 && cl.Kind == ClauseKind.Subordinate && cl.Parent >= 0 && cl.Marker >= 0 && doc.Tokens[cl.Marker].Norm is "as" or "while" or "when")
            {
                self = cl.Parent;
                ref var host = ref doc.ClauseRef(self);
                country = setting.PlaceCountry(doc, host.FirstToken, host.EndToken, locativeOnly: true, Own, PlaceContext) ?? "";
            }
            // "Angry youths set tyres ablaze and hurled stones at police in Antananarivo": a verb sharing the subject says
            // where the subject was; so does the verb a participle takes its subject from ("drones struck facilities in
            // Kharkiv, cutting power to homes").
            if (country.Length == 0 && cl.Subject >= 0)
                for (int c = sFirst; c < sEnd && country.Length == 0; c++)
                {
                    ref var other = ref doc.ClauseRef(c);
                    bool shared = (other.Flags & ClauseFlags.InheritedSubject) != 0 && other.Kind == ClauseKind.Main
                        || (cl.Flags & ClauseFlags.InheritedSubject) != 0 && cl.Kind == ClauseKind.Participial && (other.Flags & ClauseFlags.InheritedSubject) == 0;
                    if (c == clause || other.Subject != cl.Subject || !shared) continue;
                    self = c;
                    country = setting.PlaceCountry(doc, other.FirstToken, other.EndToken, locativeOnly: true, Own, PlaceContext) ?? "";
                }
            // "Police fired tear gas to disperse demonstrators who had gathered outside parliament in Nairobi": where those
            // acted on had gathered is where they were acted on, when one relative clause below this one says so.
            if (country.Length == 0)
            {
                string? below = null;
                for (int c = sFirst; c < sEnd && below != ""; c++)
                {
                    if (c == clause || doc.ClauseRef(c).Kind != ClauseKind.Relative || !IsBelow(c, clause)) continue;
                    // Only people's whereabouts: "a landmine that killed soldiers near Gao" places the soldiers, not the planters.
                    // (The subject may be a count of them: "hundreds of demonstrators who had gathered".)
                    if (doc.ClauseRef(c).Subject < 0 || doc.ClauseRef(c).Marker < 0
                        || !HasMentionIn(doc.PhraseRef(doc.ClauseRef(c).Subject).FirstToken, doc.ClauseRef(c).Marker)) continue;
                    self = c;
                    if (setting.PlaceCountry(doc, doc.ClauseRef(c).FirstToken, doc.ClauseRef(c).EndToken, locativeOnly: true, Own, PlaceContext) is { } there)
                        below = below is null || below == there ? there : "";
                }
                if (below is { Length: 3 }) country = below;
            }
            // "MAPUTO - insurgents attacked a Mozambican army post near the town of Palma": a town of the same name
            // abroad (Palma, Spain: the gazetteer lacks Mozambique's) does not place a sentence that names the story's
            // country and not the town's.
            if (country.Length == 3 && StoryCountry is { } story && country != story && SentenceNames(story) && !SentenceNames(country)) country = "";
            _clausePlaceCountry[clause] = country;
        }
        return country.Length == 0 ? null : country;
    }

    // Whether clause c is nested (at any depth) inside clause `ancestor`.
    private bool IsBelow(int c, int ancestor)
    {
        for (int up = doc.ClauseRef(c).Parent, guard = 0; up >= 0 && guard < 64; up = doc.ClauseRef(up).Parent, guard++)
            if (up == ancestor) return true;
        return false;
    }

    // Whether an actor mention of the current sentence has this country (agents excluded).
    private bool SentenceNames(string country)
    {
        foreach (var m in _mentions)
            if (m.Entry.Kind is not (ActorKind.Agent or ActorKind.NotActor) && ActorCode.Country(m.Entry.CodeAt(null) ?? "") == country) return true;
        return false;
    }

    // The innermost clause holding the agent, but not a participle or relative clause that only describes it
    // ("Militants linked to al Qaeda killed ... in Burkina Faso": the agent acts in the main clause).
    private int ClauseActedIn(ref SentenceData s, int agentToken)
    {
        int best = -1, size = int.MaxValue;
        for (int c = s.FirstClause; c < s.EndClause; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (agentToken < cl.FirstToken || agentToken >= cl.EndToken || cl.EndToken - cl.FirstToken >= size) continue;
            if (cl.Kind is ClauseKind.Participial or ClauseKind.Relative && cl.Verb >= 0 && agentToken < doc.PhraseRef(cl.Verb).FirstToken) continue;
            best = c;
            size = cl.EndToken - cl.FirstToken;
        }
        return best;
    }

    // "In Yerevan, thousands rallied outside parliament. Police detained 35 protesters": the scene carries over to the
    // next sentence for agents a place decides (not officials or soldiers, as in ClausePlaceCountryFor).
    private string? PreviousSceneCountry(List<string> roles)
    {
        if (_previousSentence < 0 || roles.Count == 0 || roles.TrueForAll(r => r is "GOV" or "ELI" or "MIL" or "GOVMIL")) return null;
        if (_previousScene is null)
        {
            ref var p = ref doc.SentenceRef(_previousSentence);
            // "brokered talks in Jeddah in 2023": a sentence dated by a year is background, and sets no scene.
            _previousScene = NamesAYear(p.FirstToken, p.EndToken) ? ""
                : Setting.EventSetting.Default.PlaceCountry(doc, p.FirstToken, p.EndToken, locativeOnly: true, context: PlaceContext) ?? "";
        }
        return _previousScene.Length == 0 ? null : _previousScene;
    }

    // "in 2023", "since 2015": a year after a preposition.
    private bool NamesAYear(int first, int end)
    {
        var tok = doc.Tokens;
        for (int k = first + 1; k < end; k++)
            if (tok[k].Tag == PosTag.CD && tok[k].Length == 4 && tok[k - 1].Tag == PosTag.IN && int.TryParse(tok[k].Norm, out int y) && y is > 1900 and < 2100) return true;
        return false;
    }

    // "In Yerevan, thousands of opposition supporters rallied": a place set before the sentence's first comma frames
    // the agents after it (for officials only a country does, see FrontedCountry).
    private string? FrontedPlaceCountry(int agentToken)
    {
        ref var s = ref doc.SentenceRef(_mentionsSentence);
        var tok = doc.Tokens;
        int first = s.FirstToken;
        while (first < s.EndToken && tok[first].Has(TokenFlags.Dateline)) first++;
        if (first + 2 >= s.EndToken || tok[first].Norm != "in") return null;
        for (int k = first + 1; k < s.EndToken && k <= first + 6; k++)
            if (tok[k].Tag == PosTag.Comma)
                return agentToken > k ? Setting.EventSetting.Default.PlaceCountry(doc, first + 1, k, locativeOnly: false, context: PlaceContext) : null;
        return null;
    }

    private string? FrontedCountry(int agentToken)
    {
        ref var s = ref doc.SentenceRef(_mentionsSentence);
        var tok = doc.Tokens;
        int first = s.FirstToken;
        if (tok[first].Has(TokenFlags.Dateline)) while (first < s.EndToken && tok[first].Has(TokenFlags.Dateline)) first++;
        if (first + 2 >= s.EndToken || tok[first].Norm != "in") return null;
        foreach (var m in _mentions)
            if (m.Start == first + 1 && (m.Entry.Kind == ActorKind.Country || m.Entry.Kind == ActorKind.Capital && SpeaksAtHome(tok, agentToken, s.EndToken))
                && m.End < s.EndToken && tok[m.End].Tag == PosTag.Comma && agentToken > m.End)
                return m.Entry.CodeAt(null) is { } code ? ActorCode.Country(code) : null;
        return null;
    }

    // "In Beijing, foreign ministry spokesperson Mao Ning said": a ministry and its spokespeople work at home, unlike
    // officials whom a capital may host ("In Doha, officials from both sides met").
    private static bool SpeaksAtHome(ReadOnlySpan<TokenData> tok, int agentToken, int end)
    {
        for (int k = agentToken; k < end && k < agentToken + 4; k++)
            if (tok[k].Lemma is "ministry" or "spokesperson" or "spokesman" or "spokeswoman") return true;
        return false;
    }

    private string? OwnPlaceCountry(int ofPhrase)
    {
        ref var of = ref doc.PhraseRef(ofPhrase);
        // "Inspector General of Police Khandaker Rahman": a word of an agent's title names no place (Police, Poland).
        if (Setting.EventSetting.Default.PlaceCountry(doc, of.FirstToken, of.EndToken, locativeOnly: false, t => !InAgentMention(t), PlaceContext) is { } own) return own;
        // "the mayor of a town in northern Honduras": the place of what the agent is of.
        var (pFirst, pEnd) = doc.SentencePhrases(ofPhrase);
        for (int p = pFirst; p < pEnd; p++)
        {
            ref var pp = ref doc.PhraseRef(p);
            if (pp.Kind == PhraseKind.PP && doc.Tokens[pp.Head].Norm is "in" or "near" && pp.FirstToken == of.EndToken)
                return Setting.EventSetting.Default.PlaceCountry(doc, pp.FirstToken, pp.EndToken, locativeOnly: false, context: PlaceContext);
        }
        return null;
    }

    /// <summary>The one country of the locative places of the clause holding <paramref name="token"/>; null for none or several.</summary>
    public string? ClausePlaceCountry(int token) => ClausePlaceCountryFor(s_civilians, token);

    private static readonly List<string> s_civilians = ["CVL"];

    // The country of a conjunct that is a country adjective and agent nouns only ("Pakistani police", "the Lebanese
    // army"), which bare agent conjuncts after it share; null otherwise.
    private string? AdjectiveCountryOfAgents(int conjunct, List<ResolvedActor> resolved)
    {
        if (resolved.Count != 1 || resolved[0] is not { Entry.Kind: ActorKind.Country } a || a.Code.Length <= 3) return null;
        ref var c = ref doc.PhraseRef(conjunct);
        int first = c.FirstToken;
        // Dyad's own coding reads "the Lebanese army and internal security forces" as English does; PETRARCH's gold
        // (whose options keep agents without a country) does not share after an article.
        if (!options.AgentWithoutCountry && doc.Tokens[first].Norm == "the" && first + 1 < c.EndToken) first++;
        if (a.StartToken != first || doc.Tokens[first].Tag != PosTag.JJ || a.EndToken != c.EndToken || AttachedOfPhrase(conjunct) >= 0) return null;
        return Cameo.ActorCode.Country(a.Code);
    }

    // A conjunct of lower-case agent nouns with no determiner or owner of its own: "soldiers", "government".
    private bool IsBareAgentConjunct(int conjunct)
    {
        ref var c = ref doc.PhraseRef(conjunct);
        if (AttachedOfPhrase(conjunct) >= 0) return false;
        for (int t = c.FirstToken; t < c.EndToken; t++)
            if (doc.Tokens[t].Tag is not (PosTag.NN or PosTag.NNS or PosTag.JJ) || doc.Tokens[t].Has(TokenFlags.Capitalized)) return false;
        return true;
    }

    /// <summary>
    /// An NP of agents only ("journalists", "45 protesters") placed in <paramref name="country"/>: what a
    /// domestic actor acts on when the text names no other country. Null when the NP names an actor or no agent.
    /// </summary>
    public ResolvedActor? AgentsIn(int phrase, DateOnly? date, string country)
    {
        if (phrase < 0) return null;
        ref var p = ref doc.PhraseRef(phrase);
        if (p.Kind == PhraseKind.PP) return p.Child >= 0 ? AgentsIn(p.Child, date, country) : null;
        if (p.Kind != PhraseKind.NP || (p.Flags & (PhraseFlags.Pronoun | PhraseFlags.Coordination)) != 0) return null;
        int first = p.FirstToken, end = p.EndToken;
        if (IsStandIn(doc.Tokens[p.Head]) && AttachedOfPhrase(phrase) is int of and >= 0)
            end = doc.PhraseRef(of).EndToken;
        var roles = new List<string>();
        int agentStart = -1, agentEnd = -1;
        foreach (var m in _mentions)
        {
            if (m.Start < first || m.Start >= end || m.Entry.Kind == ActorKind.NotActor) continue;
            if (m.Entry.Kind != ActorKind.Agent || m.Entry.RolePrefix) return null;
            if (m.Entry.CodeAt(date) is not { } code) continue;
            roles.Add(code);
            if (agentStart < 0) agentStart = m.Start;
            agentEnd = m.End;
        }
        if (roles.Count == 0 || SaidToBeFromElsewhere(agentStart)) return null;
        // Peacekeepers serve abroad: not of the country of the one acting on them (an organisation's own, asked with no
        // country, are still found).
        if (roles.Contains("PKO") && country != "---") return null;
        // "to meet local business leaders": local people are the place's, not the visitor's.
        if (agentStart > 0 && doc.Tokens[agentStart - 1].Norm == "local")
            return (ClausePlaceCountryFor(roles, agentStart) ?? PreviousSceneCountry(roles) ?? HomeCountry) is { } place
                ? new ResolvedActor(Combine(place, roles, s_noRoles), agentStart, agentEnd, null, "local agent, of " + place) : null;
        return new ResolvedActor(Combine(country, roles, s_noRoles), agentStart, agentEnd, null, "agent acted on by an actor of " + country);
    }

    private static ResolvedActor? Named(ActorMention m, DateOnly? date, int first)
    {
        var code = m.Entry.CodeAt(date);
        return code is null ? null : new ResolvedActor(code, Math.Min(first, m.Start), m.End, m.Entry, m.Entry.SourceText);
    }

    // "Delegations from the M23 rebel alliance", "officials of the UN": a named organisation's or group's officials are
    // that body (no GOV block appended to its code); its fighters keep theirs ("Fighters of the TPLF" → ETHOPPTPLREB).
    private static List<string> RolesFor(ResolvedActor body, List<string> roles)
    {
        if (body.Entry?.Kind is not (ActorKind.Organisation or ActorKind.Group) || !roles.Contains(GovernmentRole)) return roles;
        var kept = new List<string>(roles.Count);
        foreach (var r in roles) if (r != GovernmentRole) kept.Add(r);
        return kept;
    }

    private const string GovernmentRole = "GOV";

    private static string Combine(string code, List<string> roles, List<string> prefix)
    {
        // "embassy officials": two agent words of one role give the role once.
        string result = code;
        foreach (var r in roles)
            if (!result.Contains(r, StringComparison.Ordinal)) result += r;
        return prefix.Count == 0 ? result : string.Concat(prefix) + result;
    }

    // Pronouns and "both sides"-style references take the actors of earlier clauses.
    private bool TryCoreference(int phrase, out List<ResolvedActor> actors)
    {
        actors = s_none;
        if (!options.Coreference) return false;
        ref var p = ref doc.PhraseRef(phrase);
        var tok = doc.Tokens;
        // "Kim Yo Jong warned that the North would ...": "the North" and "the South" of a Korea story are the two Koreas.
        if (p.EndToken - p.FirstToken == 2 && tok[p.FirstToken].Norm == "the" && tok[p.FirstToken + 1].Norm is "north" or "south"
            && tok[p.FirstToken + 1].Has(TokenFlags.Capitalized) && KoreaInContext())
        {
            string korea = tok[p.FirstToken + 1].Norm == "north" ? "PRK" : "KOR";
            actors = [new ResolvedActor(korea, p.FirstToken, p.EndToken, null, "coreference: the " + tok[p.FirstToken + 1].Norm + " of a Korea story")];
            return true;
        }
        // "Sheinbaum said that her country had forgiven Ecuador": the country of the person, or body, spoken of last.
        if (p.EndToken - p.FirstToken == 2 && tok[p.FirstToken].Norm is "his" or "her" or "its" or "their" && tok[p.FirstToken + 1].Lemma is "country" or "nation")
        {
            var owner = tok[p.FirstToken].Norm is "his" or "her" ? _lastPerson : _lastSubjects.Count == 1 ? _lastSubjects[0] : null;
            if (owner is not null && ActorCode.Country(owner.Code) is { Length: 3 } c && c is not ("IGO" or "NGO" or "---"))
                actors = [new ResolvedActor(c, p.FirstToken, p.EndToken, null, "coreference: the country of " + owner.Code)];
            return true;
        }
        if ((p.Flags & PhraseFlags.Pronoun) != 0)
        {
            string w = tok[p.FirstToken].Norm;
            if (w is "he" or "she" or "him") { if (_lastPerson is not null) actors = [Refer(_lastPerson, phrase)]; return true; }
            // Object "them" in the sentence that just named plural targets refers to those.
            if (w is "them" && _lastTargetsSentence == _mentionsSentence && (_lastTargets.Count > 1 || _lastTargets.Count == 1 && IsPluralAgentActor(_lastTargets[0])))
            {
                actors = ReferAll(_lastTargets, phrase);
                return true;
            }
            // "condemned the strikes, saying they killed nine civilians": the pronoun is the acts just named, not an actor
            // ("it" is left alone: "blamed the dissidents for the violence and said it remained open" is the ELN).
            if (w is "they" && AfterEventNoun(phrase)) return true;
            if (w is "they" or "them") { if (_lastSubjects.Count > 0 && (_lastSubjects.Count > 1 || IsPluralAgentActor(_lastSubjects[0]))) actors = ReferAll(_lastSubjects, phrase); return true; }
            // "criticised the Ugandan government and urged it to respect": an object "it" is the one target this sentence
            // named before it.
            if (w is "it" && _lastTargetsSentence == _mentionsSentence && _lastTargets.Count == 1 && _lastTargets[0].Entry?.Kind is not ActorKind.Person
                && p.FirstToken > 0 && tok[p.FirstToken - 1].Tag.IsVerb() && tok[_lastTargets[0].EndToken - 1].Tag is not (PosTag.NNS or PosTag.NNPS))
            {
                actors = [Refer(_lastTargets[0], phrase)];
                return true;
            }
            if (w is "it") { if (_lastSingular is not null && _lastSingular.Entry?.Kind is not ActorKind.Person) actors = [Refer(_lastSingular, phrase)]; return true; }
            return true;
        }
        // "JNIM fighters ambushed a convoy ... The group claimed responsibility": "the (militant) group" is the armed group
        // named in the last three sentences before its own ("The group, which is linked to al-Qaeda, has fought" is not
        // al-Qaeda), and not in apposition ("fighters of the TTP, the group blamed for most attacks" names the TTP).
        // Likewise "the attackers" (assailants, gunmen, perpetrators), unnamed, when that group is a rebel one: "Al-Shabaab
        // militants killed nine officers ... vowed that the attackers would be hunted down".
        // "In a statement on its channel, the group accused": after a fronted phrase's comma, a subject before its verb.
        // (An owner's "'s" may close the phrase: "the group's leader".)
        int refEnd = p.EndToken > p.FirstToken + 1 && tok[p.EndToken - 1].Tag == PosTag.POS ? p.EndToken - 1 : p.EndToken;
        if (tok[p.FirstToken].Norm == "the" && p.Head >= 0 && p.Head == refEnd - 1 && refEnd - p.FirstToken <= 3
            && (!InApposition(tok, p.FirstToken) || p.EndToken < tok.Length && tok[p.EndToken].Tag is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD)
            && tok[p.Head].Lemma is "group" or "attacker" or "assailant" or "gunman" or "perpetrator")
        {
            if (_earlierGroup is not null && _sentenceSerial - _earlierGroupSerial <= 3
                && (tok[p.Head].Lemma == "group" || _earlierGroup.Code.Length >= 6 && _earlierGroup.Code.AsSpan(3, 3) is "REB" or "SEP"))
                actors = [Refer(_earlierGroup, phrase)];
            // "accused Hamas of using human shields, a charge the group rejected": the group named earlier in this sentence.
            else if (tok[p.Head].Lemma == "group" && !InApposition(tok, p.FirstToken))
                foreach (var m in _mentions)
                    if (m.Start < p.FirstToken && m.Entry.Kind == ActorKind.Group && m.Entry.CodeAt(null) is { } code)
                        actors = [new ResolvedActor(code, p.FirstToken, p.EndToken, m.Entry, "coreference: the group named before in the sentence")];
            return actors.Count > 0;
        }
        // "The European Union's foreign policy chief said the bloc was concerned": the organisation named last, in this
        // sentence or the three before. So is "the agency" after the World Food Programme or the IAEA, and "the mission"
        // after a UN mission.
        if (tok[p.FirstToken].Norm == "the" && p.Head == p.FirstToken + 1 && refEnd == p.Head + 1 && tok[p.Head].Norm is "bloc" or "alliance" or "union" or "agency" or "mission")
        {
            ActorEntry? bloc = null;
            foreach (var m in _mentions) if (m.Start < p.FirstToken && IsBloc(m.Entry)) bloc = m.Entry;
            if (bloc is null && _lastBloc is not null && _sentenceSerial - _lastBlocSerial <= 3) bloc = _lastBloc;
            if (bloc?.CodeAt(null) is { } code) actors = [new ResolvedActor(code, p.FirstToken, p.EndToken, bloc, "coreference: the organisation named last")];
            return actors.Count > 0;
        }
        if (IsBothSides(tok, p.FirstToken, p.EndToken))
        {
            // "the two ministers", "both governments": the latest pair of states or their organs, not a
            // pair that includes the reporters someone spoke to.
            bool states = tok[p.EndToken - 1].Lemma is not ("side" or "party" or "rival" or "foe" or "delegation" or "negotiator");
            // "The two countries agreed to resume talks" after a Sudanese aside in an Egypt–Ethiopia story: the pair of
            // countries the story pairs most often lately, not merely the latest pair.
            // "The EU's foreign policy chief called on both governments to de-escalate": two governments are two states.
            if (tok[p.EndToken - 1].Lemma is "country" or "nation" or "neighbour" or "neighbor" or "capital" or "government" && StoryPair() is { } main)
            {
                // "both capitals", "both governments": the two governments.
                actors = tok[p.EndToken - 1].Lemma is "capital" or "government" ? AsRoleOf(ReferAll(main, phrase), tok[p.EndToken - 1].Lemma) : ReferAll(main, phrase);
                return true;
            }
            for (int i = _pairs.Count - 1; i >= 0; i--)
                if (_pairs[i].Count == 2 && (!states || _pairs[i].TrueForAll(IsStateActor))) { actors = AsRoleOf(ReferAll(_pairs[i], phrase), tok[p.EndToken - 1].Lemma); break; }
            return true;
        }
        if (GroupSize(tok, p.FirstToken, p.EndToken) == 0 && IsRegionalGroup(p.FirstToken, p.EndToken))
        {
            // "The European governments" after "Britain, France and Germany": the latest group of states;
            // with none, the region's own code stands ("EURGOV").
            for (int i = _coordinations.Count - 1; i >= 0; i--)
                if (_coordinations[i].TrueForAll(IsStateActor)) { actors = ReferAll(_coordinations[i], phrase); return true; }
            return false;
        }
        if (GroupSize(tok, p.FirstToken, p.EndToken) is > 0 and int n)
        {
            // "the three European countries": the latest group of exactly that many states or state organs,
            // else nobody (the adjective's region would be a guess).
            // "All three countries" are three countries, not a minister and two officers of one.
            bool countries = tok[p.EndToken - 1].Lemma is "country" or "nation" or "state" or "government" or "neighbour" or "neighbor" or "capital";
            for (int i = _pairs.Count - 1; i >= 0; i--)
                if (_pairs[i].Count == n && _pairs[i].TrueForAll(IsStateActor) && (!countries || DistinctCountries(_pairs[i]) == n)) { actors = ReferAll(_pairs[i], phrase); break; }
            return true;
        }
        return false;
    }

    // The last noun phrase before the pronoun's phrase in its sentence is a plural event noun ("the strikes").
    internal bool AfterEventNoun(int phrase)
    {
        int token = doc.PhraseRef(phrase).FirstToken;
        var (first, end) = doc.SentencePhrases(phrase);
        for (int k = end - 1; k >= first; k--)
        {
            ref var q = ref doc.PhraseRef(k);
            if (q.Kind != PhraseKind.NP || q.EndToken > token || (q.Flags & PhraseFlags.Pronoun) != 0) continue;
            if (q.Head < 0 || q.EndToken < token - 3) return false;
            var h = doc.Tokens[q.Head];
            return dicts.Patterns.HasNoun(h.Lemma) && h.Tag == PosTag.NNS;
        }
        return false;
    }

    // Of the latest pairs of two states of different countries, the one whose countries recur most (the latest on a tie).
    private List<ResolvedActor>? StoryPair()
    {
        List<ResolvedActor>? best = null;
        int bestCount = 0, from = Math.Max(0, _pairs.Count - StoryPairReach);
        for (int i = _pairs.Count - 1; i >= from; i--)
        {
            if (CountryPair(_pairs[i]) is not { } key) continue;
            int n = 0;
            for (int j = from; j < _pairs.Count; j++) if (CountryPair(_pairs[j]) == key) n++;
            if (n > bestCount) (best, bestCount) = (_pairs[i], n);
        }
        return best;

        static string? CountryPair(List<ResolvedActor> pair)
        {
            if (pair.Count != 2 || !IsStateActor(pair[0]) || !IsStateActor(pair[1])) return null;
            string? a = ActorCode.Country(pair[0].Code), b = ActorCode.Country(pair[1].Code);
            if (a is null || b is null || a == b) return null;
            return string.CompareOrdinal(a, b) < 0 ? a + b : b + a;
        }
    }

    private const int StoryPairReach = 12;

    // "the European governments", "the Gulf states": a definite plural state noun with a region adjective.
    private bool IsRegionalGroup(int first, int end)
    {
        var tok = doc.Tokens;
        if (end - first < 3 || tok[first].Norm is not ("the" or "these" or "those") || tok[end - 1].Tag != PosTag.NNS
            || tok[end - 1].Lemma is not ("country" or "nation" or "state" or "government" or "power" or "capital" or "ally")) return false;
        foreach (var m in _mentions)
            if (m.Start > first && m.End < end && m.Entry.Kind == ActorKind.Country && m.Entry.CodeAt(null) is { } c && ActorCode.IsRegion(c)) return true;
        return false;
    }

    /// <summary>
    /// "the three countries", "these four governments": a definite group of 3-12 state-like nouns; 0 otherwise.
    /// (Two is "both sides", see <see cref="IsBothSides"/>.)
    /// </summary>
    internal static int GroupSize(ReadOnlySpan<TokenData> tok, int first, int end)
    {
        if (end - first < 3 || tok[first].Norm is not ("the" or "these" or "those" or "all")) return 0;
        if (tok[end - 1].Lemma is not ("country" or "nation" or "state" or "government" or "power" or "capital" or "leader" or "minister" or "ally" or "neighbour" or "neighbor" or "junta" or "regime")
            || tok[end - 1].Tag != PosTag.NNS) return 0;
        int k = tok[first].Norm == "all" && tok[first + 1].Norm == "the" ? first + 2 : first + 1;
        int n = tok[k].Norm switch
        {
            "three" or "3" => 3, "four" or "4" => 4, "five" or "5" => 5, "six" or "6" => 6, "seven" or "7" => 7,
            "eight" or "8" => 8, "nine" or "9" => 9, "ten" or "10" => 10, "eleven" or "11" => 11, "twelve" or "12" => 12,
            _ => 0,
        };
        return n;
    }

    private static bool IsPluralAgentActor(ResolvedActor a) => a.Code.Length > 3;

    // Either Korea is in the sentence or was the country of the latest subjects or person.
    private bool KoreaInContext()
    {
        static bool Korean(string? c) => c is "PRK" or "KOR";
        foreach (var m in _mentions) if (Korean(ActorCode.Country(m.Entry.CodeAt(null) ?? ""))) return true;
        foreach (var a in _lastSubjects) if (Korean(ActorCode.Country(a.Code))) return true;
        return _lastPerson is not null && Korean(ActorCode.Country(_lastPerson.Code));
    }

    // A proper noun that may name a place: not a word of an institution's title ("the Central Election Commission").
    private bool HasPlaceLikeProperNoun(int first, int end)
    {
        for (int k = first; k < end; k++)
            if (doc.Tokens[k].Tag is PosTag.NNP or PosTag.NNPS && doc.Tokens[k].Norm is not ("central" or "national" or "supreme" or "federal" or "high"
                or "higher" or "independent" or "electoral" or "general" or "special" or "presidential" or "constitutional" or "joint" or "united"
                or "royal" or "interim" or "transitional" or "provincial" or "regional" or "municipal" or "state" or "public" or "election")) return true;
        return false;
    }

    private bool HasProperNoun(int first, int end)
    {
        for (int k = first; k < end; k++) if (doc.Tokens[k].Tag is PosTag.NNP or PosTag.NNPS) return true;
        return false;
    }

    // A modifier before the agent word (within its noun phrase, which callers may have cut at the agent) says "elsewhere".
    private bool SaidToBeFromElsewhere(int agentStart)
    {
        var tok = doc.Tokens;
        for (int k = agentStart - 1; k >= 0 && k >= agentStart - 3 && (tok[k].Tag.IsAdjective() || tok[k].Tag is PosTag.NN or PosTag.VBN); k--)
            if (tok[k].Norm is "international" or "foreign" or "multinational" or "overseas") return true;
        return false;
    }

    /// <summary>
    /// "(Ukraine's General Staff said) its drones struck ...", "(the militants) ... their fighters": a subject of
    /// agents owned by "its"/"their" belongs to the country of the latest subject; "their" after a coordinated subject
    /// of several countries gives one actor each. Empty otherwise.
    /// Subjects only: "Russia pulled its troops back" acts with its troops, not on them.
    /// </summary>
    public List<ResolvedActor> PossessiveSubjects(int phrase, DateOnly? date)
    {
        if (!options.Coreference || phrase < 0) return s_none;
        ref var p = ref doc.PhraseRef(phrase);
        // "one of its drones", "two of their soldiers": the counted agents.
        if (p.Kind == PhraseKind.NP && p.Head >= 0 && IsStandIn(doc.Tokens[p.Head]) && AttachedOfPhrase(phrase) is int counted and >= 0
            && doc.Tokens[doc.PhraseRef(counted).FirstToken - 1].Norm == "of")
            return PossessiveSubjects(counted, date);
        if (p.Kind != PhraseKind.NP || p.EndToken - p.FirstToken < 2 || doc.Tokens[p.FirstToken].Norm is not ("its" or "their" or "his" or "her")) return s_none;
        // "Lee said his government ...": a person's agents are those of the person's country.
        var owners = doc.Tokens[p.FirstToken].Norm switch
        {
            // "France denied it. Its foreign ministry said the detained man ... and demanded": not the man of a later clause.
            "its" => (BeforeFirstVerb(p.FirstToken) ? _singularAtStart : _lastSingular) is { } owner ? [owner] : [],
            "his" or "her" => _lastPerson is null ? [] : [_lastPerson],
            _ => _lastSubjects,
        };
        // "UNIFIL said its peacekeepers had investigated": an organisation's own agents are the organisation.
        if (owners.Count == 1 && owners[0].Code.Length >= 3 && owners[0].Code.AsSpan(0, 3) is "IGO" or "NGO" && AgentsIn(phrase, date, "---") is { } own)
            return [owners[0] with { StartToken = own.StartToken, EndToken = own.EndToken, Basis = "coreference: the agents of " + owners[0].Code }];
        var countries = owners.Select(o => ActorCode.Country(o.Code)).Distinct().ToList();
        if (countries.Count == 0 || countries.Exists(c => c is not { Length: 3 })) return s_none;
        // "Japan and South Korea ... their defence ministers held talks": each owner's agents.
        if (countries.Count > 1 && (doc.Tokens[p.FirstToken].Norm != "their" || countries.Count != owners.Count)) return s_none;
        var result = new List<ResolvedActor>(countries.Count);
        foreach (var country in countries)
            if (AgentsIn(phrase, date, country!) is { } agents) result.Add(agents with { Basis = "coreference: the agents of " + country });
        return result.Count == countries.Count ? result : s_none;
    }

    // Whether the noun group an actor's span ends in has a plural head: "Eritrean army units" (the actor is "Eritrean army").
    private bool IsPluralNounGroup(int end)
    {
        int e = end;
        while (e < doc.TokenCount && doc.Tokens[e].Tag is PosTag.NN or PosTag.NNS) e++;
        return doc.Tokens[e - 1].Tag == PosTag.NNS;
    }

    // Whether the token comes before the first verb of the current sentence.
    private bool BeforeFirstVerb(int token)
    {
        ref var sd = ref doc.SentenceRef(_mentionsSentence);
        return sd.FirstClause < sd.EndClause && token < doc.PhraseRef(doc.ClauseRef(sd.FirstClause).Verb).FirstToken;
    }

    // "Kenya's foreign minister ... he said": a singular office noun stands for a person.
    private bool IsOfficeHolder(ResolvedActor a)
    {
        // Actors carried from an earlier window of a long text have no tokens here.
        if (a.Code.Length <= 3 || a.StartToken < 0 || a.Basis.StartsWith("coreference", StringComparison.Ordinal)) return false;
        var head = doc.Tokens[a.EndToken - 1];
        // "Malaysian Foreign Minister Hamzah Aziz": a capitalised title before a name the dictionaries lack is one too.
        return (head.Tag == PosTag.NN || head.Tag == PosTag.NNP && a.EndToken < doc.TokenCount && doc.Tokens[a.EndToken].Tag == PosTag.NNP) && IsOfficeNoun(head.Lemma);
    }

    internal static bool IsOfficeNoun(string lemma) => lemma is "minister" or "president" or "secretary" or "spokesman" or "spokeswoman" or "spokesperson"
        or "chief" or "envoy" or "ambassador" or "diplomat" or "chancellor" or "premier" or "leader" or "commander" or "general" or "king" or "queen" or "prince" or "emir" or "governor" or "mayor" or "adviser" or "advisor";

    // A state, an IGO or a state organ: what "the two countries/ministers/leaders" can stand for.
    private static bool IsStateActor(ResolvedActor a) =>
        a.Code.Length <= 3 || a.Code.StartsWith("IGO", StringComparison.Ordinal) || a.Code.AsSpan(3) is "GOV" or "MIL" or "ELI" or "LEG" or "JUD" or "COP" or "SPY";

    // "both governments", "the two armies": the pair's countries in the role the noun names, not the role detail the pair
    // was last named with (an information minister's "ERIGOVMED").
    private static List<ResolvedActor> AsRoleOf(List<ResolvedActor> pair, string noun)
    {
        string? role = noun switch
        {
            "government" or "leader" or "president" or "minister" or "administration" or "capital" => "GOV",
            "army" or "military" or "force" => "MIL",
            _ => null,
        };
        if (role is null) return pair;
        for (int i = 0; i < pair.Count; i++)
            if (ActorCode.Country(pair[i].Code) is { } country && pair[i].Code.StartsWith(country, StringComparison.Ordinal))
                pair[i] = pair[i] with { Code = country + role };
        return pair;
    }

    // A loop, not Select with a lambda: the lambda's closure over the phrase was allocated on every call of TryCoreference.
    private List<ResolvedActor> ReferAll(List<ResolvedActor> actors, int phrase)
    {
        var all = new List<ResolvedActor>(actors.Count);
        foreach (var a in actors) all.Add(Refer(a, phrase));
        return all;
    }

    private ResolvedActor Refer(ResolvedActor a, int phrase) => Refer(a, doc.PhraseRef(phrase).FirstToken, doc.PhraseRef(phrase).EndToken);

    // The earlier actor placed at the referring tokens, its basis naming what it was.
    private ResolvedActor Refer(ResolvedActor a, int firstToken, int endToken)
    {
        var (start, end) = a.CharSpan(doc); // the text is the whole text, also for an actor of an earlier window
        return a with { StartToken = firstToken, EndToken = endToken, Carried = null, Basis = "coreference: " + doc.Text[start..end] };
    }

    // After a comma that follows a noun other than a time word ("the TTP, the group ..."; not "On Sunday, the group").
    private static bool InApposition(ReadOnlySpan<TokenData> tok, int first) =>
        first >= 2 && tok[first - 1].Tag == PosTag.Comma && tok[first - 2].Tag.IsNoun()
        && Dyad.Time.TemporalRecognizer.Weekday(tok[first - 2].Norm) < 0 && Dyad.Time.TemporalRecognizer.Month(tok[first - 2].Norm) == 0;

    /// <summary>"both sides", "the two countries", "the sides", "both parties", "both nations".</summary>
    internal static bool IsBothSides(ReadOnlySpan<TokenData> tok, int first, int end)
    {
        bool both = false, two = false;
        string head = tok[end - 1].Lemma;
        for (int k = first; k < end; k++)
        {
            if (tok[k].Norm == "both") both = true;
            // "the two men", "its two allies", not "killed two men".
            if (tok[k].Norm is "two" or "2" && k > first && tok[k - 1].Norm is "the" or "these" or "those" or "its" or "their" or "his" or "her") two = true;
        }
        // "... spoke with his counterpart, and the two agreed": "the two" alone is the pair just named.
        if (end - first == 2 && tok[first].Norm == "the" && tok[end - 1].Norm == "two") return true;
        bool sideNoun = head is "side" or "party" or "country" or "nation" or "leader" or "government" or "state" or "neighbour" or "man" or "men"
            or "neighbor" or "capital" or "delegation" or "minister" or "president" or "army" or "military" or "rival" or "foe" or "ally";
        if (!sideNoun) return false;
        // "both the army and the RSF" joins two named parties; "both armies" refers back to them.
        if (both && tok[end - 1].Tag is not (PosTag.NNS or PosTag.NNPS)) both = false;
        if (both || two) return true;
        // "the sides", "the parties" alone refer to the two parties of the story.
        // So do "the warring parties", "the rival sides".
        return tok[first].Norm == "the" && tok[end - 1].Norm is "sides" or "parties"
            && (end - first == 2 || end - first == 3 && tok[first + 1].Norm is "warring" or "rival" or "opposing" or "feuding" or "negotiating");
    }
}
