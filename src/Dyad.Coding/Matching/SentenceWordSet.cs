using System.Collections.Concurrent;
using Dyad.Text;

namespace Dyad.Coding.Matching;

/// <summary>
/// Process-wide numbers for the words patterns test for (the first word of each alternative), so the per-pattern
/// "is this word in the sentence" tests are integer probes instead of string hashes.
/// </summary>
internal static class PatternWords
{
    private static readonly ConcurrentDictionary<string, int> s_ids = new(StringComparer.Ordinal);
    private static readonly Lock s_assign = new();

    /// <summary>The word's number, assigning one on first use (dictionary build time).</summary>
    public static int Id(string word)
    {
        if (s_ids.TryGetValue(word, out int id)) return id;
        lock (s_assign)
        {
            if (!s_ids.TryGetValue(word, out id)) s_ids[word] = id = s_ids.Count;
            return id;
        }
    }

    /// <summary>The word's number, or -1 when no pattern uses it.</summary>
    public static int Find(string word) => s_ids.TryGetValue(word, out int id) ? id : -1;

    /// <summary>Numbers of the first words of the alternatives, in order.</summary>
    public static int[] FirstWords(string[][] alternatives)
    {
        if (alternatives.Length == 0) return [];
        var ids = new int[alternatives.Length];
        for (int i = 0; i < ids.Length; i++) ids[i] = alternatives[i].Length == 0 ? -1 : Id(alternatives[i][0]);
        return ids;
    }
}

/// <summary>
/// The folded forms and lemmas of one sentence that some pattern uses, as word numbers: a small open-addressing
/// set (a sentence has a few dozen), built once per sentence.
/// </summary>
internal sealed class SentenceWordSet
{
    private readonly int[] _slots; // id + 1; 0 = empty
    private readonly int[] _ids;
    private int _count;

    private SentenceWordSet(int capacity)
    {
        int size = 16;
        while (size < 2 * capacity) size <<= 1;
        _slots = new int[size];
        _ids = new int[capacity];
    }

    /// <summary>Distinct word numbers present.</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, _count);

    /// <summary>The words of sentence <paramref name="s"/> (every token's folded form and lemma).</summary>
    public static SentenceWordSet Of(Document doc, int s)
    {
        ref var sd = ref doc.SentenceRef(s);
        var tok = doc.Tokens;
        var set = new SentenceWordSet(2 * (sd.EndToken - sd.FirstToken));
        for (int k = sd.FirstToken; k < sd.EndToken; k++)
        {
            set.Add(PatternWords.Find(tok[k].Norm));
            if (!ReferenceEquals(tok[k].Lemma, tok[k].Norm)) set.Add(PatternWords.Find(tok[k].Lemma));
        }
        return set;
    }

    /// <summary>A set of arbitrary words.</summary>
    public static SentenceWordSet Of(IReadOnlyCollection<string> words)
    {
        var set = new SentenceWordSet(words.Count);
        foreach (var w in words) set.Add(PatternWords.Find(w));
        return set;
    }

    private void Add(int id)
    {
        if (id < 0) return;
        int mask = _slots.Length - 1;
        for (int i = Hash(id) & mask; ; i = (i + 1) & mask)
        {
            if (_slots[i] == id + 1) return;
            if (_slots[i] == 0)
            {
                _slots[i] = id + 1;
                _ids[_count++] = id;
                return;
            }
        }
    }

    /// <summary>True when the word numbered <paramref name="id"/> occurs.</summary>
    public bool Contains(int id)
    {
        if (id < 0) return false;
        int mask = _slots.Length - 1;
        for (int i = Hash(id) & mask; ; i = (i + 1) & mask)
        {
            int v = _slots[i];
            if (v == id + 1) return true;
            if (v == 0) return false;
        }
    }

    private static int Hash(int id) => (int)((uint)id * 2654435769u >> 16);
}
