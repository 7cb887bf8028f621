namespace Dyad.Text;

/// <summary>A view of one token of a <see cref="Document"/>.</summary>
public readonly struct Token(Document document, int index)
{
    /// <summary>The owning document.</summary>
    public Document Document { get; } = document;

    /// <summary>Index in the document's tokens.</summary>
    public int Index { get; } = index;

    private ref TokenData Data => ref Document.TokenRef(Index);

    /// <summary>Start offset.</summary>
    public int Start => Data.Start;

    /// <summary>End offset (exclusive).</summary>
    public int End => Data.End;

    /// <summary>The token's text as written.</summary>
    public ReadOnlySpan<char> Span => Document.Text.AsSpan(Data.Start, Data.Length);

    /// <summary>The token's text as a new string.</summary>
    public string Text => Document.Text.Substring(Data.Start, Data.Length);

    /// <summary>Folded lower-case form.</summary>
    public string Norm => Data.Norm;

    /// <summary>Lemma.</summary>
    public string Lemma => Data.Lemma;

    /// <summary>Part-of-speech tag.</summary>
    public PosTag Tag => Data.Tag;

    /// <summary>Surface flags.</summary>
    public TokenFlags Flags => Data.Flags;

    /// <summary>Chunk tag.</summary>
    public ChunkTag Chunk => Data.Chunk;

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>A view of one sentence of a <see cref="Document"/>.</summary>
public readonly struct Sentence(Document document, int index)
{
    /// <summary>The owning document.</summary>
    public Document Document { get; } = document;

    /// <summary>Index in the document's sentences.</summary>
    public int Index { get; } = index;

    private ref SentenceData Data => ref Document.SentenceRef(Index);

    /// <summary>First token index.</summary>
    public int FirstToken => Data.FirstToken;

    /// <summary>One past the last token index.</summary>
    public int EndToken => Data.EndToken;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => Data.EndToken - Data.FirstToken;

    /// <summary>Start offset.</summary>
    public int Start => Data.Start;

    /// <summary>End offset (exclusive).</summary>
    public int End => Data.End;

    /// <summary>The kind of unit.</summary>
    public SentenceKind Kind => Data.Kind;

    /// <summary>The sentence text as written.</summary>
    public string Text => Document.Text.Substring(Data.Start, Data.End - Data.Start);

    /// <summary>The i-th token of the sentence.</summary>
    public Token this[int i] => Document.Token(Data.FirstToken + i);

    /// <summary>The sentence's tokens as stored.</summary>
    public ReadOnlySpan<TokenData> Tokens => Document.Tokens[Data.FirstToken..Data.EndToken];

    /// <summary>The phrases of the sentence.</summary>
    public ReadOnlySpan<PhraseData> Phrases => Document.Phrases[Data.FirstPhrase..Data.EndPhrase];

    /// <summary>Index of the first phrase.</summary>
    public int FirstPhrase => Data.FirstPhrase;

    /// <summary>Index of the first clause.</summary>
    public int FirstClause => Data.FirstClause;

    /// <summary>One past the last clause index.</summary>
    public int EndClause => Data.EndClause;

    /// <summary>The clauses of the sentence.</summary>
    public ReadOnlySpan<ClauseData> Clauses => Document.Clauses[Data.FirstClause..Data.EndClause];

    /// <inheritdoc/>
    public override string ToString() => Text;
}
