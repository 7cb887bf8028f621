namespace Dyad.Text;

/// <summary>Penn Treebank part-of-speech tags. <see cref="None"/> marks a token not yet tagged.</summary>
#pragma warning disable CS1591 // members are the standard tag and phrase names
public enum PosTag : byte
{
    None, CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS, RB, RBR, RBS, RP,
    SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB,
    Comma, Period, Colon, LeftParen, RightParen, OpenQuote, CloseQuote, Dollar, Hash,
}
#pragma warning restore CS1591

/// <summary>Conversions between <see cref="PosTag"/> and Penn Treebank tag strings, and tag classes.</summary>
public static class PosTags
{
    private static readonly string[] s_names =
    [
        "", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$",
        "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB",
        ",", ".", ":", "-LRB-", "-RRB-", "``", "''", "$", "#",
    ];

    private static readonly Dictionary<string, PosTag> s_byName = BuildByName();

    private static Dictionary<string, PosTag> BuildByName()
    {
        var map = new Dictionary<string, PosTag>(StringComparer.Ordinal);
        for (int i = 1; i < s_names.Length; i++) map[s_names[i]] = (PosTag)i;
        map["("] = PosTag.LeftParen; map[")"] = PosTag.RightParen;
        map["-LCB-"] = PosTag.LeftParen; map["-RCB-"] = PosTag.RightParen;
        return map;
    }

    /// <summary>The Penn Treebank spelling of a tag ("PRP$", "-LRB-", ",").</summary>
    public static string Name(this PosTag tag) => s_names[(int)tag];

    private static readonly Dictionary<string, PosTag>.AlternateLookup<ReadOnlySpan<char>> s_byNameSpan = s_byName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parses a Penn Treebank tag; false for an unknown string.</summary>
    public static bool TryParse(string name, out PosTag tag) => s_byName.TryGetValue(name, out tag);

    /// <summary>Parses a Penn Treebank tag from a span without allocating; false for an unknown string.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out PosTag tag) => s_byNameSpan.TryGetValue(name, out tag);

    /// <summary>True for NN, NNS, NNP, NNPS.</summary>
    public static bool IsNoun(this PosTag t) => t is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;

    /// <summary>True for NNP, NNPS.</summary>
    public static bool IsProperNoun(this PosTag t) => t is PosTag.NNP or PosTag.NNPS;

    /// <summary>True for VB, VBD, VBG, VBN, VBP, VBZ.</summary>
    public static bool IsVerb(this PosTag t) => t is >= PosTag.VB and <= PosTag.VBZ;

    /// <summary>True for a finite verb form: VBD, VBP, VBZ.</summary>
    public static bool IsFiniteVerb(this PosTag t) => t is PosTag.VBD or PosTag.VBP or PosTag.VBZ;

    /// <summary>True for JJ, JJR, JJS.</summary>
    public static bool IsAdjective(this PosTag t) => t is PosTag.JJ or PosTag.JJR or PosTag.JJS;

    /// <summary>True for RB, RBR, RBS.</summary>
    public static bool IsAdverb(this PosTag t) => t is PosTag.RB or PosTag.RBR or PosTag.RBS;

    /// <summary>True for punctuation tags.</summary>
    public static bool IsPunctuation(this PosTag t) => t >= PosTag.Comma;
}
