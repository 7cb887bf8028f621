namespace Dyad.Text;

/// <summary>The role of a clause in its sentence.</summary>
public enum ClauseKind : byte
{
    /// <summary>A main (independent) clause.</summary>
    Main,
    /// <summary>An adverbial subordinate clause ("after crowds trashed its embassy").</summary>
    Subordinate,
    /// <summary>A relative clause ("who visited Kabul").</summary>
    Relative,
    /// <summary>A finite complement ("(said) that X attacked Y", reported speech).</summary>
    Complement,
    /// <summary>A to-infinitive or gerund complement whose subject is controlled by the parent ("vowed to upgrade").</summary>
    Infinitive,
    /// <summary>A participial modifier ("..., killing five").</summary>
    Participial,
}

/// <summary>Facts about a clause.</summary>
[Flags]
public enum ClauseFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>Its verb group is passive: the subject is the patient.</summary>
    Passive = 1,
    /// <summary>Its verb group is negated.</summary>
    Negated = 2,
    /// <summary>A reporting clause ("X said", "according to X"): its complement is the reported content.</summary>
    Reporting = 4,
    /// <summary>Its subject is inherited from the parent clause (control, coordination of verbs).</summary>
    InheritedSubject = 8,
    /// <summary>The clause lies inside quotation marks.</summary>
    Quoted = 16,
    /// <summary>Has a modal or future auxiliary.</summary>
    Modal = 32,
    /// <summary>A question.</summary>
    Question = 64,
}

/// <summary>
/// The stored state of a clause: a verb group with its arguments. Indices point into the document's
/// phrases; -1 means absent. PPs attached to the verb are the phrases whose <see cref="PhraseData.Attach"/>
/// is <see cref="Verb"/>.
/// </summary>
public struct ClauseData
{
    /// <summary>The clause's role.</summary>
    public ClauseKind Kind;
    /// <summary>Flags.</summary>
    public ClauseFlags Flags;
    /// <summary>Sentence index.</summary>
    public int Sentence;
    /// <summary>The verb group (VP phrase).</summary>
    public int Verb;
    /// <summary>The grammatical subject NP (for passives, the patient).</summary>
    public int Subject;
    /// <summary>The direct object NP.</summary>
    public int Object;
    /// <summary>A second object ("gave Pakistan aid": Object=Pakistan, Object2=aid).</summary>
    public int Object2;
    /// <summary>The "by" agent NP of a passive clause.</summary>
    public int Agent;
    /// <summary>The enclosing clause, or -1.</summary>
    public int Parent;
    /// <summary>First token of the clause's extent.</summary>
    public int FirstToken;
    /// <summary>One past the last token of the clause's extent.</summary>
    public int EndToken;
    /// <summary>The subordinating word ("after", "that", "who"), or -1.</summary>
    public int Marker;
}

/// <summary>A view of one clause of a <see cref="Document"/>.</summary>
public readonly struct Clause(Document document, int index)
{
    /// <summary>The owning document.</summary>
    public Document Document { get; } = document;

    /// <summary>Index in the document's clauses.</summary>
    public int Index { get; } = index;

    /// <summary>The stored data.</summary>
    public ref ClauseData Data => ref Document.ClauseRef(Index);

    /// <inheritdoc/>
    public override string ToString() => $"{Data.Kind} clause: {Document.Text[Document.Tokens[Data.FirstToken].Start..Document.Tokens[Data.EndToken - 1].End]}";
}
