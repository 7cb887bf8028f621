using System.Runtime.CompilerServices;
using Dyad.Text;

namespace Dyad.Tag;

/// <summary>Assigns part-of-speech tags (and folded forms) to a document's tokens.</summary>
public interface ITagger
{
    /// <summary>Tags every token of every sentence.</summary>
    void Tag(Document document);
}

/// <summary>
/// A rule-based Penn Treebank tagger. Each token's candidate readings come from the lexicon (WordNet
/// priors plus closed-class words) or, for unknown words, from shape and suffix; contextual rules then
/// choose left to right, looking at the tags already chosen and the next words' candidates.
/// Thread-safe: all state is per call.
/// </summary>
public sealed partial class Tagger(Lexicon lexicon) : ITagger
{
    private readonly Lexicon _lexicon = lexicon;

    /// <summary>A tagger over the embedded lexicon.</summary>
    public Tagger() : this(Lexicon.Default) { }

    /// <inheritdoc/>
    [SkipLocalsInit]
    public void Tag(Document doc)
    {
        var tokens = doc.Tokens;
        var entries = new LexEntry?[64];
        foreach (ref readonly var s in doc.Sentences)
        {
            int len = s.EndToken - s.FirstToken;
            if (entries.Length < len) entries = new LexEntry?[len * 2];
            var sent = tokens[s.FirstToken..s.EndToken];
            for (int i = 0; i < len; i++) entries[i] = Lookup(doc, ref sent[i]);
            TagSentence(doc.Text, sent, entries.AsSpan(0, len));
        }
    }

    /// <summary>
    /// Sets every token's folded form (<see cref="TokenData.Norm"/>, as <see cref="Tag"/> does) and nothing else: what a
    /// search for names needs, at a fraction of tagging's cost. Needs tokens only.
    /// </summary>
    public void Normalize(Document doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++) Lookup(doc, ref tokens[i]);
    }

    [SkipLocalsInit]
    private LexEntry? Lookup(Document doc, ref TokenData t)
    {
        var span = doc.Text.AsSpan(t.Start, t.Length);
        Span<char> buf = t.Length <= 128 ? stackalloc char[t.Length] : new char[t.Length];
        TextNormalizer.Fold(span, buf);
        var e = _lexicon.Find(buf);
        t.Norm = e?.Form ?? Unknown(buf);
        return e;
    }

    // The folded forms of words outside the lexicon seen last (names, numbers), by a hash of their characters: a
    // text repeats its names, and each token's string lives as long as its window. Races only lose an entry.
    private const int UnknownSlots = 4096;
    private readonly string?[] _unknown = new string?[UnknownSlots];

    private string Unknown(ReadOnlySpan<char> folded)
    {
        uint h = 2166136261;
        foreach (char c in folded) h = (h ^ c) * 16777619;
        ref var slot = ref _unknown[(int)(h ^ h >> 15) & (UnknownSlots - 1)];
        var known = slot;
        if (known is not null && folded.SequenceEqual(known)) return known;
        return slot = new string(folded);
    }
}
