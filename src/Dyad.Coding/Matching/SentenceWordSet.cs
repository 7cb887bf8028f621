using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    private static volatile int s_count;

    /// <summary>The word's number, assigning one on first use (dictionary build time).</summary>
    public static int Id(string word)
    {
        if (s_ids.TryGetValue(word, out int id)) return id;
        lock (s_assign)
        {
            if (!s_ids.TryGetValue(word, out id))
            {
                s_ids[word] = id = s_count;
                s_count = id + 1;
            }
            return id;
        }
    }

    /// <summary>Words numbered so far.</summary>
    public static int Count => s_count;

    /// <summary>The word's number, or -1 when no pattern uses it.</summary>
    public static int Find(string word)
    {
        // Token forms and lemmas are mostly the lexicon's own strings, so a small per-thread cache by reference skips
        // hashing their characters (two lookups per token). Refilled when words are numbered: a -1 may be stale then.
        int vocabulary = s_count;
        var recent = t_recent;
        if (recent is null || t_recentVocabulary != vocabulary)
        {
            t_recent = recent = new (string?, int)[RecentSlots];
            t_recentVocabulary = vocabulary;
        }
        ref var slot = ref recent[RuntimeHelpers.GetHashCode(word) & (RecentSlots - 1)];
        if (ReferenceEquals(slot.Word, word)) return slot.Id;
        int id = s_ids.TryGetValue(word, out int found) ? found : -1;
        slot = (word, id);
        return id;
    }

    private const int RecentSlots = 4096;
    [ThreadStatic] private static (string? Word, int Id)[]? t_recent;
    [ThreadStatic] private static int t_recentVocabulary;

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
/// The folded forms and lemmas of one sentence that some pattern uses, as a bit set over word numbers (a few
/// thousand pattern words: under 1 KB). Immutable once built, so the last one is reused per thread: the verb and
/// noun passes over a sentence both ask for it.
/// </summary>
internal sealed class SentenceWordSet
{
    private readonly ulong[] _bits;
    private readonly int[] _ids;
    private int _count;

    [ThreadStatic] private static SentenceWordSet? t_last;
    [ThreadStatic] private static Document? t_lastDoc;
    [ThreadStatic] private static int t_lastFirst, t_lastEnd, t_lastVocabulary;

    private SentenceWordSet(int capacity)
    {
        _bits = new ulong[(PatternWords.Count + 63) >> 6];
        _ids = new int[capacity];
    }

    /// <summary>Distinct word numbers present.</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, _count);

    /// <summary>The words of sentence <paramref name="s"/> (every token's folded form and lemma).</summary>
    public static SentenceWordSet Of(Document doc, int s)
    {
        ref var sd = ref doc.SentenceRef(s);
        int vocabulary = PatternWords.Count;
        if (t_last is not null && ReferenceEquals(t_lastDoc, doc) && t_lastFirst == sd.FirstToken && t_lastEnd == sd.EndToken && t_lastVocabulary == vocabulary)
            return t_last;
        var tok = doc.Tokens;
        var set = Recycled(vocabulary, 2 * (sd.EndToken - sd.FirstToken)) ?? new SentenceWordSet(2 * (sd.EndToken - sd.FirstToken));
        for (int k = sd.FirstToken; k < sd.EndToken; k++)
        {
            set.Add(PatternWords.Find(tok[k].Norm));
            if (!ReferenceEquals(tok[k].Lemma, tok[k].Norm)) set.Add(PatternWords.Find(tok[k].Lemma));
        }
        (t_last, t_lastDoc, t_lastFirst, t_lastEnd, t_lastVocabulary) = (set, doc, sd.FirstToken, sd.EndToken, vocabulary);
        return set;
    }

    // The previous sentence's set, emptied, when it fits: a new set per sentence was 38 MB of bit arrays on 100,000
    // sentences. Callers hold a set for one sentence only (EventCoder keeps it in a local per sentence).
    private static SentenceWordSet? Recycled(int vocabulary, int capacity)
    {
        var set = t_last;
        if (set is null || t_lastVocabulary != vocabulary || set._ids.Length < capacity) return null;
        foreach (int id in set.Ids) set._bits[id >> 6] = 0;
        set._count = 0;
        t_last = null;
        t_lastDoc = null;
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
        if ((uint)(id >> 6) >= (uint)_bits.Length) return; // -1 (no pattern uses it) or numbered after this set
        ref ulong b = ref _bits[id >> 6];
        if ((b & (1UL << id)) != 0) return;
        b |= 1UL << id;
        _ids[_count++] = id;
    }

    /// <summary>True when the word numbered <paramref name="id"/> occurs.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(int id) => (uint)(id >> 6) < (uint)_bits.Length && (_bits[id >> 6] & (1UL << id)) != 0;
}
