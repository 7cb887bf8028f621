using Dyad.Text;

namespace Dyad.Coding.Dictionaries;

/// <summary>A found actor name: tokens [Start, End) of the document and the entry it names.</summary>
public readonly record struct ActorMention(int Start, int End, ActorEntry Entry);

/// <summary>
/// All actor names compiled into a trie over folded tokens. Finding the mentions of a sentence is one
/// left-to-right pass taking the longest name at each position. Immutable; safe to share.
/// </summary>
public sealed class ActorDictionary
{
    internal sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<Terminal>? Terminals;
        // Some child key is a stem ("*ARGENTIN"); without any, the stem search is skipped.
        public bool HasStems;
    }

    internal sealed record Terminal(ActorEntry Entry, bool[] CaseSensitive, bool StemLast);

    private readonly Node _root;

    // One bit per (length, first and last character) of the root's keys. Most tokens start no name; testing the bit
    // is cheaper than hashing every token of a document into the root's dictionary (the search runs over the whole
    // text twice when a dateline names a country). No false negatives: every root key sets its bit.
    private const int RootFilterBits = 1 << 16;
    private readonly ulong[] _rootFilter = new ulong[RootFilterBits / 64];

    internal ActorDictionary(Node root, int names, int entries)
    {
        _root = root;
        foreach (var key in root.Children?.Keys ?? Enumerable.Empty<string>())
        {
            int slot = RootSlot(key);
            _rootFilter[slot >> 6] |= 1UL << slot;
        }
        NameCount = names;
        EntryCount = entries;
    }

    /// <summary>Number of names.</summary>
    public int NameCount { get; }

    /// <summary>Number of entries.</summary>
    public int EntryCount { get; }

    /// <summary>The entry named exactly <paramref name="name"/> ("U.S.", "Egypt"), ignoring case rules; null when none.</summary>
    public ActorEntry? Named(string name)
    {
        var (words, _) = NameTokens.Split(name, allowCaseSensitive: false);
        var node = _root;
        foreach (var w in words)
            if (node.Children is null || !node.Children.TryGetValue(w, out node)) return null;
        return node.Terminals is { Count: > 0 } t ? t[0].Entry : null;
    }

    /// <summary>Appends the mentions in tokens [first, end) of a document, longest match first.</summary>
    public void FindMentions(Document doc, int first, int end, List<ActorMention> into) =>
        Scan(doc, first, end, new ListSink(into));

    /// <summary>
    /// Calls <paramref name="visit"/> for each mention in tokens [first, end), the same mentions in the same order as
    /// <see cref="FindMentions"/>, without storing them: counting over a long document built a list of every mention
    /// in the large object heap.
    /// </summary>
    public void ForEachMention(Document doc, int first, int end, Action<ActorMention> visit) =>
        Scan(doc, first, end, new ActionSink(visit));

    private interface IMentionSink
    {
        void Add(ActorMention mention);
    }

    private readonly struct ListSink(List<ActorMention> into) : IMentionSink
    {
        public void Add(ActorMention mention) => into.Add(mention);
    }

    private readonly struct ActionSink(Action<ActorMention> visit) : IMentionSink
    {
        public void Add(ActorMention mention) => visit(mention);
    }

    private void Scan<TSink>(Document doc, int first, int end, TSink sink) where TSink : struct, IMentionSink
    {
        var tok = doc.Tokens;
        string text = doc.Text;
        int i = first;
        while (i < end)
        {
            var best = Longest(tok, text, i, end, out int bestEnd);
            // "the West Papua National Liberation Army": a longer name starting inside a match ("the West") wins.
            // (A name, not an agent word: "European Union leaders" is not "union leaders".)
            if (best is not null && bestEnd - i >= 2 && Longest(tok, text, i + 1, end, out int innerEnd) is { Kind: not (ActorKind.Agent or ActorKind.NotActor) } inner && innerEnd > bestEnd)
            {
                (best, bestEnd) = (inner, innerEnd);
                i++;
            }
            if (best is not null)
            {
                sink.Add(new ActorMention(i, bestEnd, best));
                i = bestEnd;
            }
            else i++;
        }
    }

    /// <summary>The longest entry whose name starts at token i, or null.</summary>
    public ActorEntry? Longest(ReadOnlySpan<TokenData> tok, string text, int i, int end, out int matchEnd)
    {
        matchEnd = i;
        ActorEntry? best = null;
        var node = _root;
        for (int j = i; j < end; j++)
        {
            if (node.Children is null) break;
            if (j == i && !MayStartName(tok[j].Norm) || !node.Children.TryGetValue(tok[j].Norm, out var next))
            {
                if (j > i) CheckStems(node, tok, text, i, j, ref best, ref matchEnd);
                break;
            }
            node = next;
            if (node.Terminals is not null)
            {
                foreach (var t in node.Terminals)
                {
                    if (t.StemLast) continue;
                    if (!CaseOk(t, tok, text, i)) continue;
                    best = t.Entry;
                    matchEnd = j + 1;
                    break;
                }
            }
        }
        if (best is null && i < end) CheckStems(_root, tok, text, i, i, ref best, ref matchEnd);
        if (best is null && i < end && tok[i].Norm.IndexOf('-') > 0 && OfCountryCompound(tok[i].Norm) is { } country) { best = country; matchEnd = i + 1; }
        return best;
    }

    // "a Greek-owned ship", "a Saudi-led coalition", "a US-based firm", "a Houthi-held port": the country (or armed
    // group) in a one-word compound whose second
    // part says the thing is that country's. Not "Iran-backed" or "Russia-allied": what is backed is someone else.
    // "a Swedish-Iranian dual national": a pair of demonyms names the first country (the one the person is a
    // foreigner from where the story happens, as coders write it).
    private ActorEntry? OfCountryCompound(string word)
    {
        int dash = word.LastIndexOf('-');
        var second = word.AsSpan(dash + 1);
        if (dash == word.IndexOf('-') && CountryWord(word.AsSpan(0, dash)) is { } dual && CountryWord(second) is not null) return dual;
        if (second is not ("owned" or "flagged" or "led" or "based" or "registered" or "operated" or "run" or "controlled" or "held")) return null;
        if (_root.Children is null || !_root.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word.AsSpan(0, dash), out var node) || node.Terminals is null) return null;
        // "the Houthi-held port", "Taliban-controlled areas": what an armed group holds or runs is the group's.
        bool held = second is "held" or "controlled" or "run" or "led";
        foreach (var t in node.Terminals)
            if (t.Entry.Kind == ActorKind.Country || held && t.Entry.Kind == ActorKind.Group) return t.Entry;
        return null;
    }

    // The country entry a single word names ("swedish", "iran"), or null.
    private ActorEntry? CountryWord(ReadOnlySpan<char> word)
    {
        if (_root.Children is null || !_root.Children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var node) || node.Terminals is null) return null;
        foreach (var t in node.Terminals)
            if (t.Entry.Kind == ActorKind.Country) return t.Entry;
        return null;
    }

    private static int RootSlot(string word) =>
        word.Length == 0 ? 0 : (int)((uint)((word.Length * 31 + word[0]) * 31 + word[^1]) % RootFilterBits);

    private bool MayStartName(string word)
    {
        int slot = RootSlot(word);
        return (_rootFilter[slot >> 6] & (1UL << slot)) != 0;
    }

    // PETRARCH names whose last word has no trailing underscore match any word starting with it
    // ("ARGENTIN" matches "Argentina"); stems are stored with a leading '*' key.
    private static void CheckStems(Node node, ReadOnlySpan<TokenData> tok, string text, int i, int j, ref ActorEntry? best, ref int matchEnd)
    {
        if (node.Children is null || !node.HasStems || j >= tok.Length) return;
        string w = tok[j].Norm;
        if (w.Length < 4) return;
        // "*" + prefix built in a buffer: allocating each candidate key dominated name search.
        Span<char> key = w.Length <= 128 ? stackalloc char[w.Length] : new char[w.Length];
        key[0] = '*';
        w.AsSpan(0, w.Length - 1).CopyTo(key[1..]);
        var lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = w.Length - 1; len >= 3; len--)
        {
            if (!lookup.TryGetValue(key[..(len + 1)], out var stem) || stem.Terminals is null) continue;
            if (j + 1 > matchEnd)
            {
                best = stem.Terminals[0].Entry;
                matchEnd = j + 1;
            }
            return;
        }
    }

    private static bool CaseOk(Terminal t, ReadOnlySpan<TokenData> tok, string text, int i)
    {
        for (int k = 0; k < t.CaseSensitive.Length; k++)
        {
            if (!t.CaseSensitive[k]) continue;
            var span = text.AsSpan(tok[i + k].Start, tok[i + k].Length);
            foreach (char c in span) if (char.IsLower(c)) return false;
        }
        return true;
    }
}

/// <summary>Collects actor names and compiles them into an <see cref="ActorDictionary"/>. Later names override earlier identical ones.</summary>
public sealed class ActorDictionaryBuilder
{
    private readonly ActorDictionary.Node _root = new();
    private readonly HashSet<ActorEntry> _entries = [];
    private int _names;

    /// <summary>Adds a name for an entry; returns an error message, or null.</summary>
    public string? Add(string name, ActorEntry entry, bool caseSensitiveAcronyms, bool stemLast = false)
    {
        var (words, cs) = NameTokens.Split(name, caseSensitiveAcronyms);
        if (words.Length == 0) return $"name '{name}' has no words";
        if (words.Length > DictionaryLimits.MaxNameWords) return $"name '{name}' has more than {DictionaryLimits.MaxNameWords} words";
        Insert(words, cs, entry, stemLast);
        // News writes "Marcos Jr" as often as "Marcos Jr.".
        if (words.Length > 1 && words[^1] is "jr." or "sr.")
        {
            var bare = (string[])words.Clone();
            bare[^1] = bare[^1][..^1];
            Insert(bare, cs, entry, stemLast);
        }
        _names++;
        return null;
    }

    private void Insert(string[] words, bool[] cs, ActorEntry entry, bool stemLast)
    {
        var node = _root;
        for (int i = 0; i < words.Length; i++)
        {
            node.Children ??= new Dictionary<string, ActorDictionary.Node>(StringComparer.Ordinal);
            string key = stemLast && i == words.Length - 1 ? "*" + words[i] : words[i];
            if (key.Length > 0 && key[0] == '*') node.HasStems = true;
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new ActorDictionary.Node();
            node = next;
        }
        node.Terminals ??= [];
        // A later dictionary (a user's) replaces an identical name with the same case rule.
        node.Terminals.RemoveAll(t => t.CaseSensitive.AsSpan().SequenceEqual(cs));
        node.Terminals.Insert(0, new ActorDictionary.Terminal(entry, cs, stemLast));
        _entries.Add(entry);
    }

    /// <summary>Freezes the collected names.</summary>
    public ActorDictionary Build() => new(_root, _names, _entries.Count);
}
