namespace Dyad.Pipeline;

/// <summary>
/// Caps that keep the analysis of any input bounded in time and memory (docs/configuration.md). Exceeding one is
/// never silent: the splitter counts the sentences it cut (<see cref="Text.Document.SentencesCut"/>) and the
/// document coder reports a warning naming the document. Immutable.
/// </summary>
public sealed record TextLimits
{
    /// <summary>The defaults: 2,000,000 characters per document, 5,000 per sentence, 400 tokens per sentence.</summary>
    public static TextLimits Default { get; } = new();

    /// <summary>Longest document text analysed; the rest is cut off (with a warning).</summary>
    public int MaxDocumentChars { get; init; } = 2_000_000;

    /// <summary>Longest sentence in characters; a longer run is cut into several sentences.</summary>
    public int MaxSentenceChars { get; init; } = 5_000;

    /// <summary>Most tokens per sentence; a longer run is cut into several sentences (later stages stay bounded).</summary>
    public int MaxSentenceTokens { get; init; } = 400;

    /// <summary>Throws when a cap is not positive or too small to hold a token.</summary>
    public TextLimits Validate()
    {
        if (MaxDocumentChars < 1) throw new ArgumentOutOfRangeException(nameof(MaxDocumentChars), "must be at least 1");
        if (MaxSentenceChars < Tokenize.Tokenizer.MaxTokenLength) throw new ArgumentOutOfRangeException(nameof(MaxSentenceChars), $"must be at least {Tokenize.Tokenizer.MaxTokenLength} (the longest token)");
        if (MaxSentenceTokens < 2) throw new ArgumentOutOfRangeException(nameof(MaxSentenceTokens), "must be at least 2");
        return this;
    }
}
