using Dyad.Tag;
using Dyad.Text;

namespace Dyad.Coding.Dictionaries;

/// <summary>How the words of a pattern may be separated in the text.</summary>
public enum GapPolicy
{
    /// <summary>Dyad: adjacent except for determiners, modifiers and noun modifiers; "..." allows any short gap.</summary>
    Modifiers,
    /// <summary>PETRARCH/TABARI: any gap unless words are joined by '_'.</summary>
    Any,
}

/// <summary>
/// Verb and noun patterns indexed by their anchor lemma. Immutable; safe to share.
/// </summary>
public sealed class PatternDictionary
{
    private readonly Dictionary<string, VerbPattern[]> _verbs;
    private readonly Dictionary<string, VerbPattern[]> _nouns;

    // Each synset's members as folded word sequences joined by spaces, for rules that ask what class a phrase is.
    private readonly Dictionary<string, HashSet<string>> _synsets;
    private readonly int _longestMember;

    internal PatternDictionary(Dictionary<string, VerbPattern[]> verbs, Dictionary<string, VerbPattern[]> nouns, GapPolicy policy, int count,
        Dictionary<string, HashSet<string>>? synsets = null)
    {
        _verbs = verbs;
        _nouns = nouns;
        _synsets = synsets ?? [];
        foreach (var set in _synsets.Values)
            foreach (var m in set) _longestMember = Math.Max(_longestMember, m.Count(ch => ch == ' ') + 1);
        Policy = policy;
        Count = count;
        // Number every pattern word now: a sentence's word set only holds words numbered before it was built.
        foreach (var p in verbs.Values.Concat(nouns.Values).SelectMany(ps => ps))
        {
            _ = p.WordTests;
            foreach (var item in p.Before.Concat(p.After))
                if (item.Kind == PatternItemKind.Word)
                    foreach (var alt in item.Alternatives) if (alt.Length > 0) Matching.PatternWords.Id(alt[0]);
        }
    }

    /// <summary>How pattern words may be separated.</summary>
    public GapPolicy Policy { get; }

    /// <summary>Number of patterns.</summary>
    public int Count { get; }

    // Built per anchor on first use; lock-free reads (a lock here cost 4 % of coding time).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CandidateIndex> _verbIndex = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CandidateIndex> _nounIndex = new(StringComparer.Ordinal);

    /// <summary>
    /// The number of tokens from <paramref name="at"/> that form the longest member of synset <paramref name="name"/>
    /// ("relief supplies" in &amp;humaid), by folded form or lemma; 0 when none starts there or the synset is undefined.
    /// </summary>
    public int SynsetMemberAt(string name, ReadOnlySpan<TokenData> tok, int at, int end)
    {
        if (!_synsets.TryGetValue(name, out var set)) return 0;
        var sb = new System.Text.StringBuilder();
        int found = 0;
        for (int len = 1; len <= _longestMember && at + len <= end; len++)
        {
            if (len > 1) sb.Append(' ');
            sb.Append(tok[at + len - 1].Norm);
            if (set.Contains(sb.ToString())) found = len;
            else if (tok[at + len - 1].Lemma != tok[at + len - 1].Norm && set.Contains(sb.ToString(0, sb.Length - tok[at + len - 1].Norm.Length) + tok[at + len - 1].Lemma)) found = len;
        }
        return found;
    }

    /// <summary>Patterns anchored on a verb lemma (most specific first), or empty.</summary>
    public VerbPattern[] ForVerb(string lemma) => _verbs.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>
    /// The patterns of a verb (or noun, with <paramref name="noun"/>) that can match a sentence containing
    /// <paramref name="words"/> (folded forms and lemmas), most specific first: a pattern is skipped
    /// without matching when one of its words is absent. Appends to <paramref name="into"/>.
    /// </summary>
    public void Candidates(string lemma, bool noun, IReadOnlyCollection<string> words, List<VerbPattern> into) =>
        Candidates(lemma, noun, Matching.SentenceWordSet.Of(words), into);

    internal void Candidates(string lemma, bool noun, Matching.SentenceWordSet words, List<VerbPattern> into)
    {
        var all = noun ? ForNoun(lemma) : ForVerb(lemma);
        if (all.Length == 0) return;
        var indexes = noun ? _nounIndex : _verbIndex;
        if (!indexes.TryGetValue(lemma, out var index)) index = indexes.GetOrAdd(lemma, static (_, a) => new CandidateIndex(a), all);
        index.Collect(words, into);
    }

    // Patterns of one anchor keyed by one required word each ("impose &sanctions on +" by "on"), by word number.
    private sealed class CandidateIndex
    {
        private readonly VerbPattern[] _all;
        private readonly Dictionary<int, List<int>> _byWord = [];
        private readonly List<int> _unkeyed = [];
        [ThreadStatic] private static ulong[]? t_marks;

        public CandidateIndex(VerbPattern[] all)
        {
            _all = all;
            for (int i = 0; i < all.Length; i++)
            {
                var key = KeyItem(all[i]);
                if (key is null) { _unkeyed.Add(i); continue; }
                foreach (var alt in key.Alternatives)
                {
                    int id = Matching.PatternWords.Id(alt[0]);
                    if (!_byWord.TryGetValue(id, out var list)) _byWord[id] = list = [];
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
            }
        }

        private static PatternItem? KeyItem(VerbPattern p)
        {
            PatternItem? best = null, content = null;
            // A reciprocal subject may leave out a final "with +" ("the army and the RSF clashed"): not a key.
            var optional = p.After.Length >= 2 && Matching.PatternMatcher.OnlyPrepositionAndTargetLeft(p.After, p.After.Length - 2) ? p.After[^2] : null;
            foreach (var item in p.After.Concat(p.Before))
            {
                if (item.Kind != PatternItemKind.Word || item.Alternatives.Length == 0 || ReferenceEquals(item, optional)) continue;
                if (best is null || item.Alternatives.Length < best.Alternatives.Length) best = item;
                // A word test (MissingWord checks it, so keying on it drops no pattern that could match) of content
                // words only: "to", "with" or "on" let most of a verb's patterns through to the word tests.
                if (item.Alternatives.Length <= VerbPattern.MaxTestedAlternatives && !HasFunctionWord(item)
                    && (content is null || item.Alternatives.Length < content.Alternatives.Length)) content = item;
            }
            if (content is not null && best!.Alternatives.Length <= VerbPattern.MaxTestedAlternatives) return content;
            return best is not null && best.Alternatives.Length <= 64 ? best : null;
        }

        private static bool HasFunctionWord(PatternItem item)
        {
            foreach (var alt in item.Alternatives)
                if (alt.Length == 0 || s_functionWords.Contains(alt[0])) return true;
            return false;
        }

        private static readonly HashSet<string> s_functionWords = new(StringComparer.Ordinal)
        {
            "to", "with", "on", "of", "the", "a", "an", "in", "at", "by", "for", "from", "and", "or", "against", "over", "into",
            "about", "that", "as", "up", "out", "off", "down", "back", "its", "their", "his", "her", "it", "them", "not", "no",
            "be", "is", "was", "were", "are", "has", "have", "had", "will", "would", "this", "these", "after", "before", "between",
        };

        // The union of the unkeyed patterns and those keyed by a word of the sentence, in pattern order, each once:
        // marked in a bit set and read back in order (sorting the concatenated hit lists cost more).
        public void Collect(Matching.SentenceWordSet words, List<VerbPattern> into)
        {
            int blocks = (_all.Length + 63) >> 6;
            var marks = t_marks;
            if (marks is null || marks.Length < blocks) t_marks = marks = new ulong[Math.Max(blocks, 64)];
            int lo = blocks, hi = -1;
            foreach (int i in _unkeyed) Mark(marks, i, ref lo, ref hi);
            foreach (int w in words.Ids)
                if (_byWord.TryGetValue(w, out var list))
                    foreach (int i in list) Mark(marks, i, ref lo, ref hi);
            for (int b = lo; b <= hi; b++)
            {
                ulong bits = marks[b];
                if (bits == 0) continue;
                marks[b] = 0;
                do
                {
                    into.Add(_all[(b << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)]);
                    bits &= bits - 1;
                } while (bits != 0);
            }
        }

        private static void Mark(ulong[] marks, int i, ref int lo, ref int hi)
        {
            int b = i >> 6;
            marks[b] |= 1UL << i;
            if (b < lo) lo = b;
            if (b > hi) hi = b;
        }
    }

    /// <summary>Patterns anchored on an event noun lemma (most specific first), or empty.</summary>
    public VerbPattern[] ForNoun(string lemma) => _nouns.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>True when some noun pattern hangs on the lemma.</summary>
    public bool HasNoun(string lemma) => _nouns.ContainsKey(lemma);

    /// <summary>Every pattern.</summary>
    public IEnumerable<VerbPattern> All => _verbs.Values.Concat(_nouns.Values).SelectMany(p => p);
}

/// <summary>Collects patterns and synsets, then builds a <see cref="PatternDictionary"/>.</summary>
public sealed class PatternDictionaryBuilder(GapPolicy policy, Lexicon? lexicon = null)
{
    // Resolved on first use, so files can be read while the lexicon loads on another thread.
    private Lexicon _lexicon => lexicon ?? Lexicon.Default;
    private readonly Dictionary<string, List<VerbPattern>> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<VerbPattern>> _nouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _synsets = new(StringComparer.Ordinal);
    private readonly List<(string Pattern, bool Noun, string Code, SourceLine Source)> _pending = [];
    private int _count;

    /// <summary>The gap policy of the patterns being built.</summary>
    public GapPolicy Policy => policy;

    /// <summary>Defines (or extends) a synset; members may be phrases or other synsets ("&amp;name").</summary>
    public void DefineSynset(string name, IEnumerable<string> members, SourceLine source)
    {
        _ = source;
        if (!_synsets.TryGetValue(name, out var list)) _synsets[name] = list = [];
        list.AddRange(members);
        _memo.Clear();
        _expanded.Clear();
    }

    /// <summary>Queues a Dyad-format pattern; it is compiled in <see cref="Build"/> once every synset is known.</summary>
    public void AddDyadPattern(string pattern, bool noun, string code, SourceLine source, List<DictionaryDiagnostic> diagnostics)
    {
        _ = diagnostics;
        _pending.Add((pattern, noun, code, source));
    }

    /// <summary>Adds an already compiled pattern.</summary>
    public void Add(VerbPattern p)
    {
        var index = p.IsNoun ? _nouns : _verbs;
        if (!index.TryGetValue(p.Anchor, out var list)) index[p.Anchor] = list = [];
        list.Add(p);
        _count++;
    }

    /// <summary>Expands a synset name into word sequences, following nested synsets; null if undefined or rejected.</summary>
    public string[][]? ExpandSynset(string name, int depth = 0)
    {
        _ = depth;
        return TryExpandSynset(name, out var members, out _) ? members : null;
    }

    /// <summary>
    /// Expands a synset, following nested synsets. False with a message when it is undefined, nested more than
    /// 8 deep, refers to itself, or expands to more than <see cref="DictionaryLimits.MaxSynsetMembers"/> members:
    /// such a synset is rejected whole rather than truncated. Each synset is expanded once (nested references
    /// used to be re-expanded every time, exponential in the nesting depth).
    /// </summary>
    public bool TryExpandSynset(string name, out string[][]? members, out string? error)
    {
        var r = Expand(name, 0, []);
        members = r.Members;
        error = r.Error;
        return members is not null;
    }

    private readonly Dictionary<string, (string[][]? Members, string? Error)> _memo = new(StringComparer.Ordinal);

    private (string[][]? Members, string? Error) Expand(string name, int depth, HashSet<string> open)
    {
        if (_memo.TryGetValue(name, out var done)) return done;
        if (!_synsets.TryGetValue(name, out var defined)) return (null, $"synset '&{name}' is not defined");
        if (depth > 8) return (null, $"synset '&{name}' is nested more than 8 deep");
        if (!open.Add(name)) return (null, $"synset '&{name}' refers to itself");
        var result = new List<string[]>();
        string? error = null;
        foreach (var m in defined)
        {
            if (m.StartsWith('&'))
            {
                var inner = Expand(m[1..].Trim().ToLowerInvariant(), depth + 1, open);
                if (inner.Members is null) { error = inner.Error; break; }
                result.AddRange(inner.Members);
            }
            else result.Add(NameTokens.Split(m.Replace('_', ' '), false).Words);
            if (result.Count > DictionaryLimits.MaxSynsetMembers)
            {
                error = $"synset '&{name}' expands to more than {DictionaryLimits.MaxSynsetMembers} members";
                break;
            }
        }
        open.Remove(name);
        (string[][]? Members, string? Error) r = error is null ? (result.ToArray(), null) : (null, error);
        // Depth-limited failures depend on where the synset is used from; only cache answers that do not.
        if (error is null || !error.Contains("nested", StringComparison.Ordinal)) _memo[name] = r;
        return r;
    }

    // Synsets are used by thousands of patterns: expand each once.
    private readonly Dictionary<string, string[][]?> _expanded = new(StringComparer.Ordinal);

    private string[][]? ExpandedWithLemmas(string name, out string? error)
    {
        error = null;
        if (_expanded.TryGetValue(name, out var e)) return e;
        if (!TryExpandSynset(name, out var members, out error)) return null;
        return _expanded[name] = WithLemmas(members!);
    }

    /// <summary>Compiles queued patterns and freezes the dictionary. Problems go to <paramref name="diagnostics"/>.</summary>
    public PatternDictionary Build(List<DictionaryDiagnostic> diagnostics)
    {
        foreach (var (pattern, noun, code, source) in _pending)
        {
            var p = CompileDyad(pattern, noun, code, source, out string? error);
            if (p is null) diagnostics.Add(new DictionaryDiagnostic(source.File, source.Line, error!));
            else Add(p);
        }
        _pending.Clear();
        AddDoubleObjects();
        static VerbPattern[] Sort(List<VerbPattern> l) =>
            [.. l.OrderByDescending(p => p.Specificity).ThenByDescending(p => p.Before.Length + p.After.Length).ThenBy(p => p.Source.File, StringComparer.Ordinal).ThenBy(p => p.Source.Line)];
        var synsets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in _synsets.Keys)
            if (TryExpandSynset(name, out var members, out _))
                synsets[name] = new HashSet<string>(members!.Select(m => string.Join(' ', m).ToLowerInvariant()), StringComparer.Ordinal);
        return new PatternDictionary(
            _verbs.ToDictionary(kv => kv.Key, kv => Sort(kv.Value), StringComparer.Ordinal),
            _nouns.ToDictionary(kv => kv.Key, kv => Sort(kv.Value), StringComparer.Ordinal),
            policy, _count, synsets);
    }

    // Verbs that take a recipient before the thing given ("sold Taiwan fighter jets", "offered Kyiv a loan").
    private static readonly HashSet<string> s_doubleObjectVerbs = new(StringComparer.Ordinal)
    {
        "send", "give", "offer", "sell", "lend", "grant", "promise", "pledge", "ship", "hand", "loan",
    };

    // For each "give WORDS to +" pattern of a double-object verb, "give + WORDS" from the same line, unless written already.
    private void AddDoubleObjects()
    {
        foreach (var (anchor, list) in _verbs)
        {
            if (!s_doubleObjectVerbs.Contains(anchor)) continue;
            var written = new HashSet<string>(list.Select(p => p.Text), StringComparer.Ordinal);
            var derived = new List<VerbPattern>();
            foreach (var p in list)
            {
                var a = p.After;
                if (p.Before.Length > 0 || p.AnchorParticles.Length > 0 || a.Length < 3 || a[^1].Kind != PatternItemKind.Target
                    || a[^2].Kind != PatternItemKind.Word || a[^2].Alternatives.Length != 1 || a[^2].Alternatives[0] is not ["to"]
                    || a[^2].Gap || a[..^2].Any(i => i.Kind != PatternItemKind.Word || i.Gap || i.SkipPhrases > 0)
                    || a[0].Alternatives.Any(alt => alt[0] is "to" or "of" or "in" or "over" or "up" or "out" or "back" or "away" or "on" or "off" or "down"))
                    continue;
                PatternItem[] after = [PatternItem.Slot(PatternItemKind.Target, adjacent: true), .. a[..^2]];
                string text = p.Anchor + " + " + string.Join(' ', a[..^2].Select(i => i.ToString()));
                if (!written.Add(text)) continue;
                derived.Add(new VerbPattern(p.Anchor, [], false, [], after, p.Code, p.Source, text + " (from '" + p.Text + "')") { OnlyForms = p.OnlyForms, ExceptForms = p.ExceptForms, DoubleObject = true });
            }
            list.AddRange(derived);
            _count += derived.Count;
        }
    }

    private VerbPattern? CompileDyad(string pattern, bool noun, string code, SourceLine source, out string? error)
    {
        error = null;
        var parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > DictionaryLimits.MaxPatternItems) { error = $"pattern has more than {DictionaryLimits.MaxPatternItems} items"; return null; }
        var before = new List<PatternItem>();
        var after = new List<PatternItem>();
        string? anchor = null;
        bool gap = false;
        foreach (var part in parts)
        {
            if (part == "...")
            {
                if (gap) { error = "two gaps '...' in a row"; return null; }
                gap = true;
                continue;
            }
            PatternItem item;
            if (part == "$") item = PatternItem.Slot(PatternItemKind.Source, false, gap);
            else if (part == "+") item = PatternItem.Slot(PatternItemKind.Target, false, gap);
            else if (part == "%") item = PatternItem.Slot(PatternItemKind.Compound, false, gap);
            else if (part.StartsWith('&'))
            {
                var members = ExpandedWithLemmas(part[1..].ToLowerInvariant(), out error);
                if (members is null) return null;
                item = new PatternItem(PatternItemKind.Word, members, false, false, gap);
            }
            else if (anchor is null)
            {
                if (part.Contains('=') || !part.Any(char.IsLetter)) { error = $"'{part}' cannot be the anchor word"; return null; }
                anchor = AnchorLemma(TextNormalizer.Fold(part), noun);
                gap = false;
                continue;
            }
            else
            {
                bool exact = part.EndsWith('=');
                string w = exact ? part[..^1] : part;
                var words = NameTokens.Split(w, false).Words;
                if (words.Length == 0) { error = $"'{part}' has no word"; return null; }
                item = new PatternItem(PatternItemKind.Word, exact ? [words] : words.Length == 1 ? WordWithLemmas(words[0]) : WithLemmas([words]), false, exact, gap);
            }
            gap = false;
            (anchor is null ? before : after).Add(item);
        }
        if (anchor is null) { error = "pattern has no word"; return null; }
        if (noun) (anchor, before, after) = HeadNounAnchor(anchor, before, after);
        if (before.Count(i => i.Kind == PatternItemKind.Source) + after.Count(i => i.Kind == PatternItemKind.Source) > 1
            || before.Count(i => i.Kind == PatternItemKind.Target) + after.Count(i => i.Kind == PatternItemKind.Target) > 1)
        {
            error = "a pattern has at most one '$' and one '+'";
            return null;
        }
        return new VerbPattern(anchor, [], noun, [.. before], [.. after], code, source, (noun ? "n: " : "") + pattern);
    }

    // "n: military aid to +": the event noun is the head ("aid"), the last word before the first
    // preposition or slot; words before it are modifiers matched to its left.
    private (string, List<PatternItem>, List<PatternItem>) HeadNounAnchor(string anchor, List<PatternItem> before, List<PatternItem> after)
    {
        int run = 0;
        while (run < after.Count && after[run].Kind == PatternItemKind.Word && !after[run].Gap && after[run].Alternatives.Length > 0
               && after[run].Alternatives[0].Length == 1 && !IsPreposition(after[run].Alternatives[0][0])) run++;
        if (run == 0) return (anchor, before, after);
        var newBefore = new List<PatternItem>(before) { new(PatternItemKind.Word, WordWithLemmas(anchor), true, false, false) };
        for (int i = 0; i < run - 1; i++) newBefore.Add(after[i] with { Adjacent = true });
        var head = after[run - 1].Alternatives[0][0];
        return (AnchorLemma(head, true), newBefore, after.GetRange(run, after.Count - run));
    }

    private bool IsPreposition(string word)
    {
        var e = _lexicon.Find(word);
        return e is not null && e.ClosedClass && e.Best is PosTag.IN or PosTag.TO or PosTag.RP;
    }

    // "on", "with", "talks" recur in thousands of patterns: expand each word once and share the (read-only) result.
    private readonly Dictionary<string, string[][]> _wordsWithLemmas = new(StringComparer.Ordinal);

    private string[][] WordWithLemmas(string word)
    {
        if (!_wordsWithLemmas.TryGetValue(word, out var alternatives)) _wordsWithLemmas[word] = alternatives = WithLemmas([[word]]);
        return alternatives;
    }

    // A pattern word matches a token whose lemma or folded form is any of these: the word itself and
    // every lemma the lexicon gives it ("sanctions" also matches the lemma "sanction").
    private string[][] WithLemmas(string[][] alternatives)
    {
        var result = new List<string[]>(alternatives.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alt in alternatives)
        {
            if (seen.Add(string.Join(' ', alt))) result.Add(alt);
            if (alt.Length != 1) continue;
            var e = _lexicon.Find(alt[0]);
            if (e is null) continue;
            foreach (var r in e.Readings)
                if (!r.Lemma.Equals(alt[0], StringComparison.Ordinal) && (r.Tag.IsNoun() || r.Tag.IsVerb()) && seen.Add(r.Lemma)) result.Add([r.Lemma]);
        }
        return [.. result];
    }

    private string AnchorLemma(string word, bool noun)
    {
        var e = _lexicon.Find(word);
        if (e is null) return word;
        if (noun)
        {
            foreach (var r in e.Readings) if (r.Tag is PosTag.NNS or PosTag.NN) return r.Lemma;
            return word;
        }
        // A base form is its own anchor: "lay wreath" is not "lie", "wound" is not "wind".
        foreach (var r in e.Readings) if (r.Tag.IsVerb() && r.Lemma == word) return word;
        foreach (var r in e.Readings) if (r.Tag.IsVerb()) return r.Lemma;
        return word;
    }
}
