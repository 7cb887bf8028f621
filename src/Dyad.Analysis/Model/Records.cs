using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dyad.Analysis;

/// <summary>An actor as in event records: code, country, role, the text, and offsets where known.</summary>
/// <param name="Code">Full actor code.</param>
/// <param name="Country">Country block, or null.</param>
/// <param name="Role">First role block, or null.</param>
/// <param name="Text">The span as written.</param>
/// <param name="Start">Start offset in the document body, or null in event summaries.</param>
/// <param name="End">End offset (exclusive), or null.</param>
/// <param name="Entry">Dictionary entry that named it, or null.</param>
public sealed record ActorRef(string Code, string? Country, string? Role, string? Text, int? Start = null, int? End = null, string? Entry = null);

/// <summary>The verb span of a record.</summary>
/// <param name="Text">As written.</param>
/// <param name="Start">Start offset in the document body.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record VerbRef(string Text, int Start, int End);

/// <summary>The dictionary pattern that matched.</summary>
/// <param name="Text">Pattern text.</param>
/// <param name="File">Dictionary file.</param>
/// <param name="Line">Line in it.</param>
/// <param name="Rule">Coding rule that changed the code, or null.</param>
public sealed record PatternRef(string Text, string File, int Line, string? Rule);

/// <summary>Document metadata in a record.</summary>
/// <param name="Title">Title, or null.</param>
/// <param name="Published">Publication date (YYYY-MM-DD), or null.</param>
/// <param name="Source">Publisher, or null.</param>
/// <param name="Url">URL, or null.</param>
public sealed record DocRef(string? Title, string? Published, string? Source, string? Url);

/// <summary>
/// An event of the events table with its first sentence: the fields of an event record (docs/event-record.md)
/// plus the store's event fields (event_id, counts). Immutable.
/// </summary>
public sealed record EventSummary
{
    /// <summary>Stable event id: a 63-bit integer, written as a JSON string because JavaScript numbers hold only 53 bits.</summary>
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public long EventId { get; init; }
    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY, or null.</summary>
    public string? EventDate { get; init; }
    /// <summary>Source actor.</summary>
    public required ActorRef Source { get; init; }
    /// <summary>Target actor, or null.</summary>
    public ActorRef? Target { get; init; }
    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }
    /// <summary>CAMEO root.</summary>
    public required string CameoRoot { get; init; }
    /// <summary>QuadClass 1-4.</summary>
    public int QuadClass { get; init; }
    /// <summary>Goldstein score.</summary>
    public double Goldstein { get; init; }
    /// <summary>PLOVER type, or null.</summary>
    public string? PloverType { get; init; }
    /// <summary>PLOVER mode, or null.</summary>
    public string? PloverMode { get; init; }
    /// <summary>Location object (name, country, lat, lon ...), or null.</summary>
    public JsonElement? Location { get; init; }
    /// <summary>Mentions of the event.</summary>
    public int NumMentions { get; init; }
    /// <summary>Distinct publishers.</summary>
    public int NumSources { get; init; }
    /// <summary>Distinct articles.</summary>
    public int NumArticles { get; init; }
    /// <summary>The first article.</summary>
    public required string DocId { get; init; }
    /// <summary>Sentence index in the first article.</summary>
    public int SentenceIndex { get; init; }
    /// <summary>The first sentence, or null.</summary>
    public string? Sentence { get; init; }
    /// <summary>URL of the first article, or null.</summary>
    public string? SourceUrl { get; init; }
}

/// <summary>One stored event mention in the JSON Lines record layout (docs/event-record.md), with its event id. Immutable.</summary>
public sealed record MentionRecord
{
    /// <summary>Stable event id: a 63-bit integer, written as a JSON string because JavaScript numbers hold only 53 bits.</summary>
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public long EventId { get; init; }
    /// <summary>Document.</summary>
    public required string DocId { get; init; }
    /// <summary>0-based sentence index.</summary>
    public int SentenceIndex { get; init; }
    /// <summary>Sentence text.</summary>
    public string? Sentence { get; init; }
    /// <summary>Offset of the sentence in the document body.</summary>
    public int SentenceStart { get; init; }
    /// <summary>Event date, or null.</summary>
    public string? EventDate { get; init; }
    /// <summary>"text" or "published", or null.</summary>
    public string? DateBasis { get; init; }
    /// <summary>Source actor with offsets.</summary>
    public required ActorRef Source { get; init; }
    /// <summary>Target actor with offsets, or null.</summary>
    public ActorRef? Target { get; init; }
    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }
    /// <summary>CAMEO root.</summary>
    public required string CameoRoot { get; init; }
    /// <summary>PLOVER type, or null.</summary>
    public string? PloverType { get; init; }
    /// <summary>PLOVER mode, or null.</summary>
    public string? PloverMode { get; init; }
    /// <summary>QuadClass.</summary>
    public int QuadClass { get; init; }
    /// <summary>Goldstein score.</summary>
    public double Goldstein { get; init; }
    /// <summary>True when negated.</summary>
    public bool Negated { get; init; }
    /// <summary>Verb span, or null.</summary>
    public VerbRef? Verb { get; init; }
    /// <summary>Matched pattern.</summary>
    public required PatternRef Pattern { get; init; }
    /// <summary>Location, or null.</summary>
    public JsonElement? Location { get; init; }
    /// <summary>Document metadata.</summary>
    public DocRef? Doc { get; init; }
}

/// <summary>An event with every stored mention. Immutable.</summary>
/// <param name="Event">The event.</param>
/// <param name="Mentions">Its mentions, first article first (at most 100).</param>
public sealed record EventDetail(EventSummary Event, IReadOnlyList<MentionRecord> Mentions);

/// <summary>A stored sentence.</summary>
/// <param name="SentenceIndex">0-based index.</param>
/// <param name="Start">Start offset in the body.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Kind">Sentence kind (body, headline, dateline ...).</param>
/// <param name="Text">The text.</param>
public sealed record SentenceView(int SentenceIndex, int Start, int End, string Kind, string Text);

/// <summary>A stored document with its sentences and event mentions. Immutable.</summary>
/// <param name="DocId">Document id.</param>
/// <param name="Title">Title, or null.</param>
/// <param name="Published">Publication date, or null.</param>
/// <param name="Source">Publisher, or null.</param>
/// <param name="Url">URL, or null.</param>
/// <param name="DuplicateOf">The original when this is a duplicate, or null.</param>
/// <param name="Sentences">Its sentences in order.</param>
/// <param name="Events">Its event mentions in order.</param>
public sealed record DocumentView(string DocId, string? Title, string? Published, string? Source, string? Url, string? DuplicateOf,
    IReadOnlyList<SentenceView> Sentences, IReadOnlyList<MentionRecord> Events);

/// <summary>A page of search results. Immutable.</summary>
/// <typeparam name="T">Row type.</typeparam>
/// <param name="Total">Matching rows in all.</param>
/// <param name="Offset">Rows skipped.</param>
/// <param name="Limit">Page size.</param>
/// <param name="Items">This page.</param>
public sealed record Page<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);

/// <summary>Store totals. Immutable.</summary>
/// <param name="Documents">Documents.</param>
/// <param name="Events">Distinct events.</param>
/// <param name="Mentions">Event mentions.</param>
/// <param name="FirstDay">Earliest event day, or null.</param>
/// <param name="LastDay">Latest event day, or null.</param>
public sealed record StoreStats(long Documents, long Events, long Mentions, string? FirstDay, string? LastDay);
