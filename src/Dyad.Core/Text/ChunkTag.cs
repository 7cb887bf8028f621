namespace Dyad.Text;

/// <summary>Kinds of phrases the chunker builds.</summary>
#pragma warning disable CS1591 // members are the standard tag and phrase names
public enum PhraseKind : byte
{
    None, NP, VP, PP, ADJP, ADVP, SBAR, PRT, INTJ, O,
}
#pragma warning restore CS1591

/// <summary>A BIO chunk tag: whether a token begins or continues a phrase of a kind.</summary>
public readonly record struct ChunkTag(PhraseKind Kind, bool Begin)
{
    /// <summary>The CoNLL-2000 spelling ("B-NP", "I-VP", "O").</summary>
    public override string ToString() => Kind is PhraseKind.None or PhraseKind.O ? "O" : (Begin ? "B-" : "I-") + Kind;
}
