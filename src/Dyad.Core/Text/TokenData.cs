namespace Dyad.Text;

/// <summary>
/// The stored state of one token. Offsets are half-open [Start, Start+Length) into the document text,
/// which is never rewritten. <see cref="Norm"/> and <see cref="Lemma"/> are shared strings from the
/// lexicon where the word is known, so most tokens allocate nothing.
/// </summary>
public struct TokenData
{
    /// <summary>Start offset in the document text.</summary>
    public int Start;
    /// <summary>Length in characters.</summary>
    public int Length;
    /// <summary>Lower-case form with Unicode quotes, dashes and spaces folded to ASCII; used for matching.</summary>
    public string Norm;
    /// <summary>Dictionary form (lower case), set by the lemmatizer.</summary>
    public string Lemma;
    /// <summary>Penn Treebank tag, set by the tagger.</summary>
    public PosTag Tag;
    /// <summary>Surface flags, set by the tokenizer and splitter.</summary>
    public TokenFlags Flags;
    /// <summary>Chunk tag (BIO with phrase kind), set by the chunker.</summary>
    public ChunkTag Chunk;

    /// <summary>End offset (exclusive).</summary>
    public readonly int End => Start + Length;

    /// <summary>True when the flag is set.</summary>
    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
