using System.Text.Json.Serialization;

namespace Dyad.Coding.Records;

/// <summary>An actor in an event record: its code, the code's parts, and the text span it came from.</summary>
public sealed class ActorRecord
{
    /// <summary>Full CAMEO actor code ("PAKGOV").</summary>
    [JsonPropertyName("code")] public required string Code { get; init; }
    /// <summary>Country code ("PAK"), or null for IGOs and actors without a country.</summary>
    [JsonPropertyName("country")] public string? Country { get; init; }
    /// <summary>First role code ("GOV"), or null.</summary>
    [JsonPropertyName("role")] public string? Role { get; init; }
    /// <summary>The span as written.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <summary>Start character offset in the document.</summary>
    [JsonPropertyName("start")] public int Start { get; init; }
    /// <summary>End character offset (exclusive).</summary>
    [JsonPropertyName("end")] public int End { get; init; }
    /// <summary>The dictionary entry that named the actor ("file:line"), or how it was resolved ("coreference").</summary>
    [JsonPropertyName("entry")] public string? Entry { get; init; }
}

/// <summary>The dictionary pattern that produced an event.</summary>
public sealed class PatternRecord
{
    /// <summary>The pattern as written.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <summary>Dictionary file.</summary>
    [JsonPropertyName("file")] public required string File { get; init; }
    /// <summary>Line in the file.</summary>
    [JsonPropertyName("line")] public int Line { get; init; }
    /// <summary>How the pattern's code was adjusted ("intent", "threat"), or null.</summary>
    [JsonPropertyName("rule")] public string? Rule { get; init; }
}

/// <summary>A span of the document (the verb or event noun).</summary>
public sealed class SpanRecord
{
    /// <summary>The span as written.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <summary>Start character offset.</summary>
    [JsonPropertyName("start")] public int Start { get; init; }
    /// <summary>End character offset (exclusive).</summary>
    [JsonPropertyName("end")] public int End { get; init; }
}

/// <summary>Document metadata carried on each record.</summary>
public sealed class DocumentMeta
{
    /// <summary>Title.</summary>
    [JsonPropertyName("title")] public string? Title { get; init; }
    /// <summary>Publication date (ISO).</summary>
    [JsonPropertyName("published")] public string? Published { get; init; }
    /// <summary>Publisher.</summary>
    [JsonPropertyName("source")] public string? Source { get; init; }
    /// <summary>URL.</summary>
    [JsonPropertyName("url")] public string? Url { get; init; }
}

/// <summary>
/// One coded event: who did what to whom, when, traceable to its sentence and pattern. The JSON names
/// are the JSON Lines contract documented in docs/event-record.md.
/// </summary>
public sealed class EventRecord
{
    /// <summary>The input's id, else the path given on the command line.</summary>
    [JsonPropertyName("doc_id")] public required string DocId { get; init; }
    /// <summary>0-based sentence index within the document.</summary>
    [JsonPropertyName("sentence_index")] public int SentenceIndex { get; init; }
    /// <summary>The sentence text.</summary>
    [JsonPropertyName("sentence")] public required string Sentence { get; init; }
    /// <summary>Start offset of the sentence in the document.</summary>
    [JsonPropertyName("sentence_start")] public int SentenceStart { get; init; }
    /// <summary>ISO date, or YYYY-MM / YYYY when only that is known; null when unknown.</summary>
    [JsonPropertyName("event_date")] public string? EventDate { get; init; }
    /// <summary>"text" when the date was read from the text, "published" when it is the publication date.</summary>
    [JsonPropertyName("date_basis")] public string? DateBasis { get; init; }
    /// <summary>Source actor.</summary>
    [JsonPropertyName("source")] public required ActorRecord Source { get; init; }
    /// <summary>Target actor, or null for an event without one.</summary>
    [JsonPropertyName("target")] public ActorRecord? Target { get; init; }
    /// <summary>CAMEO event code.</summary>
    [JsonPropertyName("cameo")] public required string Cameo { get; init; }
    /// <summary>CAMEO root (first two digits).</summary>
    [JsonPropertyName("cameo_root")] public required string CameoRoot { get; init; }
    /// <summary>PLOVER event type, or null where CAMEO has no PLOVER mapping.</summary>
    [JsonPropertyName("plover_type")] public string? PloverType { get; init; }
    /// <summary>PLOVER mode, or null.</summary>
    [JsonPropertyName("plover_mode")] public string? PloverMode { get; init; }
    /// <summary>GDELT QuadClass 1-4.</summary>
    [JsonPropertyName("quad_class")] public int QuadClass { get; init; }
    /// <summary>Goldstein score.</summary>
    [JsonPropertyName("goldstein")] public double Goldstein { get; init; }
    /// <summary>True when the text negates the event.</summary>
    [JsonPropertyName("negated")] public bool Negated { get; init; }
    /// <summary>The verb or event noun.</summary>
    [JsonPropertyName("verb")] public SpanRecord? Verb { get; init; }
    /// <summary>The pattern that matched.</summary>
    [JsonPropertyName("pattern")] public required PatternRecord Pattern { get; init; }
    /// <summary>Where the event happened; null until places are resolved.</summary>
    [JsonPropertyName("location")] public object? Location { get; init; }
    /// <summary>Document metadata.</summary>
    [JsonPropertyName("doc")] public DocumentMeta? Doc { get; init; }
}

/// <summary>Source-generated JSON for records.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, WriteIndented = false)]
[JsonSerializable(typeof(EventRecord))]
public sealed partial class RecordJsonContext : JsonSerializerContext;
