namespace Dyad.Text;

/// <summary>
/// One text and everything the pipeline learned about it, stored in flat arrays; <see cref="Token"/>,
/// <see cref="Sentence"/>, <see cref="Phrase"/> and <see cref="Clause"/> are views into them.
/// A document is filled by one pipeline call and is not thread-safe while that runs; afterwards it is
/// only read.
/// </summary>
public sealed class Document
{
    private TokenData[] _tokens;
    private SentenceData[] _sentences;
    private PhraseData[] _phrases;
    private ClauseData[] _clauses;

    /// <summary>Creates a document over a text, which is kept unchanged.</summary>
    public Document(string text, string? id = null) : this(text, id, 0, (text ?? string.Empty).Length, 0) { }

    /// <summary>
    /// Creates a document over the characters [<paramref name="start"/>, <paramref name="end"/>) of a text: one window
    /// of a long text (see <see cref="TextWindows"/>). Offsets stay those of the whole text; sentences are numbered from
    /// <paramref name="firstSentence"/>, the number of sentences before the window.
    /// </summary>
    public Document(string text, string? id, int start, int end, int firstSentence) : this(text, id, start, end, firstSentence, null) { }

    /// <summary>
    /// The same, reusing the arrays of <paramref name="recycled"/>, a document no longer read (the previous window of the
    /// text): windows of a long text would otherwise allocate ~1 MB of large-object arrays each. The recycled
    /// document is left empty.
    /// </summary>
    public Document(string text, string? id, int start, int end, int firstSentence, Document? recycled)
    {
        Text = text ?? string.Empty;
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        Id = id;
        RangeStart = start;
        RangeEnd = end;
        FirstSentenceIndex = firstSentence;
        if (recycled is not null)
        {
            (_tokens, _sentences, _phrases, _clauses) = (recycled._tokens, recycled._sentences, recycled._phrases, recycled._clauses);
            (recycled._tokens, recycled._sentences, recycled._phrases, recycled._clauses) = ([], [], [], []);
            recycled.TokenCount = recycled.SentenceCount = recycled.PhraseCount = recycled.ClauseCount = 0;
            return;
        }
        _tokens = new TokenData[Math.Max(16, (end - start) / 5)];
        _sentences = new SentenceData[Math.Max(4, (end - start) / 100)];
        _phrases = [];
        _clauses = [];
    }

    /// <summary>The original text (the whole text when this document is one window of it).</summary>
    public string Text { get; }

    /// <summary>Start of the analysed characters of <see cref="Text"/> (0 unless a window).</summary>
    public int RangeStart { get; }

    /// <summary>End (exclusive) of the analysed characters of <see cref="Text"/>.</summary>
    public int RangeEnd { get; }

    /// <summary>The whole text's index of sentence 0 of this document (0 unless a later window).</summary>
    public int FirstSentenceIndex { get; }

    /// <summary>The caller's identifier for the document, if any.</summary>
    public string? Id { get; }

    /// <summary>Sentences the splitter cut because they reached a length cap (<see cref="Pipeline.TextLimits"/>).</summary>
    public int SentencesCut { get; set; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Number of sentences.</summary>
    public int SentenceCount { get; private set; }

    /// <summary>Number of phrases (over all sentences).</summary>
    public int PhraseCount { get; private set; }

    /// <summary>Number of clauses (over all sentences).</summary>
    public int ClauseCount { get; private set; }

    /// <summary>The stored tokens; stages write through this span.</summary>
    public Span<TokenData> Tokens => _tokens.AsSpan(0, TokenCount);

    /// <summary>The stored sentences.</summary>
    public Span<SentenceData> Sentences => _sentences.AsSpan(0, SentenceCount);

    /// <summary>The stored phrases, ordered by sentence then start.</summary>
    public Span<PhraseData> Phrases => _phrases.AsSpan(0, PhraseCount);

    /// <summary>The stored clauses, ordered by sentence then verb position.</summary>
    public Span<ClauseData> Clauses => _clauses.AsSpan(0, ClauseCount);

    /// <summary>A token view.</summary>
    public Token Token(int index) => new(this, index);

    /// <summary>A sentence view.</summary>
    public Sentence Sentence(int index) => new(this, index);

    /// <summary>A phrase view.</summary>
    public Phrase Phrase(int index) => new(this, index);

    /// <summary>A clause view.</summary>
    public Clause Clause(int index) => new(this, index);

    /// <summary>The text of a span of the document.</summary>
    public ReadOnlySpan<char> Slice(int start, int end) => Text.AsSpan(start, end - start);

    /// <summary>The stored token at an index, by reference (stages and the coder read and update it in place).</summary>
    public ref TokenData TokenRef(int index) => ref _tokens[index];

    /// <summary>The stored sentence at an index, by reference (stages and the coder read and update it in place).</summary>
    public ref SentenceData SentenceRef(int index) => ref _sentences[index];

    /// <summary>The stored phrase at an index, by reference (stages and the coder read and update it in place).</summary>
    public ref PhraseData PhraseRef(int index) => ref _phrases[index];

    /// <summary>The stored clause at an index, by reference (stages and the coder read and update it in place).</summary>
    public ref ClauseData ClauseRef(int index) => ref _clauses[index];

    /// <summary>Appends a token and returns its index.</summary>
    public int AddToken(int start, int length, TokenFlags flags)
    {
        if (TokenCount == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[TokenCount] = new TokenData { Start = start, Length = length, Flags = flags, Norm = string.Empty, Lemma = string.Empty };
        return TokenCount++;
    }

    /// <summary>Appends a sentence over tokens [firstToken, endToken).</summary>
    public int AddSentence(int firstToken, int endToken, SentenceKind kind)
    {
        if (SentenceCount == _sentences.Length) Array.Resize(ref _sentences, _sentences.Length * 2);
        int start = firstToken < TokenCount ? _tokens[firstToken].Start : RangeEnd;
        int end = endToken > firstToken ? _tokens[endToken - 1].End : start;
        _sentences[SentenceCount] = new SentenceData
        {
            FirstToken = firstToken, EndToken = endToken, Start = start, End = end, Kind = kind,
            FirstPhrase = 0, EndPhrase = 0, FirstClause = 0, EndClause = 0,
        };
        return SentenceCount++;
    }

    /// <summary>The phrase index range [first, end) of the sentence that holds a phrase.</summary>
    public (int First, int End) SentencePhrases(int phrase)
    {
        ref var sd = ref _sentences[_phrases[phrase].Sentence];
        return (sd.FirstPhrase, sd.EndPhrase);
    }

    /// <summary>Appends a phrase and returns its index.</summary>
    public int AddPhrase(in PhraseData phrase)
    {
        // First size from the tokens (news has ~0.55 phrases a token): doubling from 16 left up to half of a long
        // document's array unused and copied it 17 times.
        if (PhraseCount == _phrases.Length) Array.Resize(ref _phrases, _phrases.Length == 0 ? Math.Max(16, TokenCount * 5 / 8) : _phrases.Length * 2);
        _phrases[PhraseCount] = phrase;
        return PhraseCount++;
    }

    /// <summary>Appends a clause and returns its index.</summary>
    public int AddClause(in ClauseData clause)
    {
        if (ClauseCount == _clauses.Length) Array.Resize(ref _clauses, _clauses.Length == 0 ? Math.Max(8, TokenCount / 8) : _clauses.Length * 2); // ~0.1 a token
        _clauses[ClauseCount] = clause;
        return ClauseCount++;
    }

    /// <summary>Drops all phrases and clauses (for re-running the chunker).</summary>
    public void ClearStructure()
    {
        PhraseCount = 0;
        ClauseCount = 0;
    }
}

/// <summary>What kind of unit a sentence is.</summary>
public enum SentenceKind : byte
{
    /// <summary>An ordinary sentence.</summary>
    Sentence,
    /// <summary>A headline or other line without final punctuation.</summary>
    Headline,
    /// <summary>A dateline such as "ISLAMABAD, Jan 5 (Reuters) -".</summary>
    Dateline,
    /// <summary>An item of a list.</summary>
    ListItem,
}

/// <summary>The stored state of one sentence: its tokens, phrases and clauses as index ranges.</summary>
public struct SentenceData
{
    /// <summary>First token index.</summary>
    public int FirstToken;
    /// <summary>One past the last token index.</summary>
    public int EndToken;
    /// <summary>Start character offset.</summary>
    public int Start;
    /// <summary>End character offset (exclusive).</summary>
    public int End;
    /// <summary>The kind of unit.</summary>
    public SentenceKind Kind;
    /// <summary>First phrase index.</summary>
    public int FirstPhrase;
    /// <summary>One past the last phrase index.</summary>
    public int EndPhrase;
    /// <summary>First clause index.</summary>
    public int FirstClause;
    /// <summary>One past the last clause index.</summary>
    public int EndClause;
}
