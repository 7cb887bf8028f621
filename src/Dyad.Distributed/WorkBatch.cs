using System.Text.Json;
using System.Text.Json.Serialization;
using Dyad.Ingest;

namespace Dyad.Distributed;

/// <summary>A document as it travels through the queue: the fields of a <see cref="SourceDocument"/>.</summary>
public sealed record WorkDocument
{
    /// <summary>Stable document id; the store writes each id once.</summary>
    public required string DocId { get; init; }
    /// <summary>The text.</summary>
    public required string Text { get; init; }
    /// <summary>Where it was read (file and line), for error messages.</summary>
    public required string Origin { get; init; }
    /// <summary>Title, if any.</summary>
    public string? Title { get; init; }
    /// <summary>Publication date, if any.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Outlet, if any.</summary>
    public string? Source { get; init; }
    /// <summary>URL, if any.</summary>
    public string? Url { get; init; }
    /// <summary>Language, if any.</summary>
    public string? Language { get; init; }
    /// <summary>Other metadata.</summary>
    public Dictionary<string, string> Provenance { get; init; } = [];

    /// <summary>Copies a document read from an input.</summary>
    public static WorkDocument From(SourceDocument d) => new()
    {
        DocId = d.DocId, Text = d.Text, Origin = d.Origin, Title = d.Title, Published = d.Published, Source = d.Source,
        Url = d.Url, Language = d.Language, Provenance = new Dictionary<string, string>(d.Provenance, StringComparer.Ordinal),
    };

    /// <summary>The document for the coder.</summary>
    public SourceDocument ToSource() => new()
    {
        DocId = DocId, Text = Text, Origin = Origin, Title = Title, Published = Published, Source = Source, Url = Url,
        Language = Language, Provenance = Provenance,
    };
}

/// <summary>One queue message: documents in input order, coded and stored together in one transaction.</summary>
public sealed record WorkBatch
{
    /// <summary>The documents.</summary>
    public required List<WorkDocument> Documents { get; init; }

    /// <summary>UTF-8 JSON.</summary>
    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, DistributedJsonContext.Default.WorkBatch);

    /// <summary>Reads a message body.</summary>
    /// <exception cref="JsonException">The body is not a batch.</exception>
    public static WorkBatch FromBytes(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, DistributedJsonContext.Default.WorkBatch) ?? throw new JsonException("empty batch");
}

/// <summary>A dead letter: a document or batch that could not be coded or stored, with the reason.</summary>
public sealed record DeadLetter
{
    /// <summary>The document id, or null for a whole batch.</summary>
    public string? DocId { get; init; }
    /// <summary>Where the document was read.</summary>
    public string? Origin { get; init; }
    /// <summary>Deliveries of the batch when it was given up.</summary>
    public ulong Deliveries { get; init; }
    /// <summary>The error.</summary>
    public required string Error { get; init; }
    /// <summary>The worker that gave up.</summary>
    public required string Worker { get; init; }
    /// <summary>The batch for a whole-batch dead letter, so it can be resubmitted.</summary>
    public WorkBatch? Batch { get; init; }
}

/// <summary>A worker's heartbeat, kept in the heartbeat bucket under the worker's id.</summary>
public sealed record WorkerBeat
{
    /// <summary>Host name.</summary>
    public required string Host { get; init; }
    /// <summary>Process id.</summary>
    public int Pid { get; init; }
    /// <summary>Coding threads.</summary>
    public int Threads { get; init; }
    /// <summary>When the worker started (UTC).</summary>
    public DateTimeOffset Started { get; init; }
    /// <summary>When this beat was sent (UTC).</summary>
    public DateTimeOffset At { get; init; }
    /// <summary>Batches acknowledged.</summary>
    public long Batches { get; init; }
    /// <summary>Documents stored (new doc_ids).</summary>
    public long Documents { get; init; }
    /// <summary>Documents skipped because a previous delivery had stored them.</summary>
    public long Repeated { get; init; }
    /// <summary>Documents dead-lettered.</summary>
    public long Dead { get; init; }
    /// <summary>Events stored.</summary>
    public long Events { get; init; }
    /// <summary>Documents per second over the last minute.</summary>
    public double DocsPerSecond { get; init; }
    /// <summary>Idle, coding, storing or stopping.</summary>
    public required string State { get; init; }
}

/// <summary>Source-generated JSON for queue messages.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkBatch))]
[JsonSerializable(typeof(DeadLetter))]
[JsonSerializable(typeof(WorkerBeat))]
internal sealed partial class DistributedJsonContext : JsonSerializerContext;
