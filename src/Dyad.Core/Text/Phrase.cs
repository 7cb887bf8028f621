namespace Dyad.Text;

/// <summary>Facts about a phrase beyond its kind.</summary>
[Flags]
public enum PhraseFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>An NP made of coordinated NPs ("China and Pakistan"); its children carry <see cref="PhraseData.Parent"/>.</summary>
    Coordination = 1,
    /// <summary>An NP followed by an apposition ("Ishaq Dar, Pakistan's foreign minister").</summary>
    Apposition = 2,
    /// <summary>An NP that ends with a possessive marker ("Pakistan 's").</summary>
    Possessive = 4,
    /// <summary>A verb group in the passive voice.</summary>
    Passive = 8,
    /// <summary>A verb group with a negation ("did not", "never").</summary>
    Negated = 16,
    /// <summary>A verb group with a modal ("may", "will", "could").</summary>
    Modal = 32,
    /// <summary>A verb group in the future ("will", "is going to").</summary>
    Future = 64,
    /// <summary>A to-infinitive verb group ("to upgrade").</summary>
    Infinitive = 128,
    /// <summary>A gerund or present participle verb group heading a clause ("vowing to ...").</summary>
    Participle = 256,
    /// <summary>A pronoun NP ("they", "it").</summary>
    Pronoun = 512,
    /// <summary>An NP that is (mostly) proper nouns.</summary>
    Proper = 1024,
    /// <summary>A phrase inside quotation marks.</summary>
    Quoted = 2048,
}

/// <summary>
/// The stored state of a phrase over tokens [FirstToken, EndToken). Phrases may nest: a coordination or
/// apposition NP is the parent of its parts, and a PP is the parent of its object NP.
/// </summary>
public struct PhraseData
{
    /// <summary>The kind of phrase.</summary>
    public PhraseKind Kind;
    /// <summary>Flags.</summary>
    public PhraseFlags Flags;
    /// <summary>First token index.</summary>
    public int FirstToken;
    /// <summary>One past the last token index.</summary>
    public int EndToken;
    /// <summary>Index of the head token (noun of an NP, main verb of a VP, preposition of a PP).</summary>
    public int Head;
    /// <summary>Index of the enclosing phrase, or -1.</summary>
    public int Parent;
    /// <summary>For a PP: its object NP; for a possessive-modified NP: its possessor NP; else -1.</summary>
    public int Child;
    /// <summary>For a PP: the phrase it attaches to (a VP or NP), or -1.</summary>
    public int Attach;
    /// <summary>Index of the sentence the phrase belongs to.</summary>
    public int Sentence;
}

/// <summary>A view of one phrase of a <see cref="Document"/>.</summary>
public readonly struct Phrase(Document document, int index)
{
    /// <summary>The owning document.</summary>
    public Document Document { get; } = document;

    /// <summary>Index in the document's phrases.</summary>
    public int Index { get; } = index;

    /// <summary>The stored data.</summary>
    public ref PhraseData Data => ref Document.PhraseRef(Index);

    /// <summary>The phrase kind.</summary>
    public PhraseKind Kind => Data.Kind;

    /// <summary>Start character offset.</summary>
    public int Start => Document.Tokens[Data.FirstToken].Start;

    /// <summary>End character offset (exclusive).</summary>
    public int End => Document.Tokens[Data.EndToken - 1].End;

    /// <summary>The text as written.</summary>
    public string Text => Document.Text[Start..End];

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}[{Text}]";
}
