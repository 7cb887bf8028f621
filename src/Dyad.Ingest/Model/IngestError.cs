namespace Dyad.Ingest;

/// <summary>
/// A bad input: the file, the 1-based line (0 when the whole file is at fault), the field when one is to blame,
/// a stable code and a message. <see cref="ToString"/> is the one-line form printed to users.
/// </summary>
public sealed record IngestError(string File, int Line, string? Field, string Code, string Message)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{File}{(Line > 0 ? ":" + Line : "")}: {(Field is null ? "" : "field '" + Field + "': ")}{Message} [{Code}]";
}

/// <summary>Stable error codes of <see cref="IngestError"/>.</summary>
public static class IngestErrorCodes
{
    /// <summary>The file or folder does not exist or cannot be opened.</summary>
    public const string Unreadable = "I001";
    /// <summary>The bytes are not valid UTF-8 (or the declared UTF-16).</summary>
    public const string Encoding = "I002";
    /// <summary>The file (after decompression) holds no text.</summary>
    public const string Empty = "I003";
    /// <summary>The file is larger than the size cap.</summary>
    public const string TooLarge = "I004";
    /// <summary>A JSON line does not parse or lacks the text field.</summary>
    public const string Json = "I005";
    /// <summary>A CSV row does not parse or lacks the text field.</summary>
    public const string Csv = "I006";
    /// <summary>XML (feed or PETRARCH) is malformed.</summary>
    public const string Xml = "I007";
    /// <summary>HTML has no main text.</summary>
    public const string Html = "I008";
    /// <summary>The gzip stream is corrupt.</summary>
    public const string Gzip = "I009";
}

/// <summary>What a reader yields for each input item: a document, or the error that stopped it.</summary>
public readonly record struct IngestResult(SourceDocument? Document, IngestError? Error)
{
    /// <summary>A document.</summary>
    public static IngestResult Ok(SourceDocument d) => new(d, null);
    /// <summary>An error.</summary>
    public static IngestResult Fail(IngestError e) => new(null, e);
}
