using Dyad.Coding;

namespace Dyad.Ingest;

/// <summary>
/// One input document: its body text and metadata, each metadata value with where it came from
/// (<see cref="Provenance"/>). Immutable after the reader returns it; safe to share across threads.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>Stable id: the input's own id, else its URL, else its origin (the file path as given, with the line of a record).</summary>
    public required string DocId { get; init; }
    /// <summary>The body to analyse (headers, markup and boilerplate removed). Offsets in event records count into it.</summary>
    public required string Text { get; init; }
    /// <summary>Where the document was read: a file path, with ":line" or "#item" for containers; "stdin" for standard input.</summary>
    public required string Origin { get; init; }
    /// <summary>Title, or null.</summary>
    public string? Title { get; init; }
    /// <summary>Publication date, or null.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Publisher, or null.</summary>
    public string? Source { get; init; }
    /// <summary>Canonical URL, or null.</summary>
    public string? Url { get; init; }
    /// <summary>Language tag as declared by the input ("en"), or null.</summary>
    public string? Language { get; init; }
    /// <summary>
    /// For each metadata field set ("doc_id", "title", "published", "source", "url", "language"), where its value
    /// came from: "header", "og:title", "json-ld:datePublished", "rss:pubDate", "field:headline", "content-hash", "--date" ...
    /// </summary>
    public required IReadOnlyDictionary<string, string> Provenance { get; init; }

    /// <summary>The coder's view of the metadata.</summary>
    public DocumentInfo ToInfo() => new(DocId) { Published = Published, Title = Title, Source = Source, Url = Url };
}
