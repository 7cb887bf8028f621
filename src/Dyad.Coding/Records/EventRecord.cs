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
    /// <summary>Where the publication date came from: "option", "header", "markup", "trailer" or "dateline".</summary>
    [JsonPropertyName("published_basis")] public string? PublishedBasis { get; init; }
    /// <summary>Where the publisher came from, same values.</summary>
    [JsonPropertyName("source_basis")] public string? SourceBasis { get; init; }
    /// <summary>The dateline's place as written ("ISLAMABAD"), or null.</summary>
    [JsonPropertyName("dateline")] public string? Dateline { get; init; }
}

/// <summary>Where an event happened: a resolved gazetteer place and how it was chosen.</summary>
public sealed class LocationRecord
{
    /// <summary>The place's canonical name.</summary>
    [JsonPropertyName("name")] public required string Name { get; init; }
    /// <summary>ISO 3166-1 alpha-3 country code, or null for a disputed area.</summary>
    [JsonPropertyName("country")] public string? Country { get; init; }
    /// <summary>GeoNames first-level administrative code ("PK.02"), or null.</summary>
    [JsonPropertyName("adm1")] public string? Adm1 { get; init; }
    /// <summary>Latitude.</summary>
    [JsonPropertyName("lat")] public double Lat { get; init; }
    /// <summary>Longitude.</summary>
    [JsonPropertyName("lon")] public double Lon { get; init; }
    /// <summary>Gazetteer feature id ("geonames:1816670", "iso:PAK", "adm1:PK.02").</summary>
    [JsonPropertyName("feature_id")] public required string FeatureId { get; init; }
    /// <summary>"country", "region" or "city".</summary>
    [JsonPropertyName("type")] public required string Type { get; init; }
    /// <summary>How it was chosen: "clause", "sentence", "dateline" or "article".</summary>
    [JsonPropertyName("basis")] public required string Basis { get; init; }
    /// <summary>The mention as written.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <summary>Start character offset of the mention (in the document body).</summary>
    [JsonPropertyName("start")] public int Start { get; init; }
    /// <summary>End character offset (exclusive).</summary>
    [JsonPropertyName("end")] public int End { get; init; }
}

/// <summary>An amount of money or a quantity with a unit.</summary>
public sealed class AmountRecord
{
    /// <summary>"money" or "quantity".</summary>
    [JsonPropertyName("kind")] public required string Kind { get; init; }
    /// <summary>The value with scale words applied ("USD 397 million" → 397000000).</summary>
    [JsonPropertyName("value")] public double Value { get; init; }
    /// <summary>ISO 4217 currency for money; the unit ("mw") or counted noun ("troop") for quantities.</summary>
    [JsonPropertyName("unit")] public required string Unit { get; init; }
    /// <summary>The amount as written.</summary>
    [JsonPropertyName("text")] public required string Text { get; init; }
    /// <summary>Start character offset.</summary>
    [JsonPropertyName("start")] public int Start { get; init; }
    /// <summary>End character offset (exclusive).</summary>
    [JsonPropertyName("end")] public int End { get; init; }
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
    /// <summary>ISO date of the event (its first day for a range), or YYYY-MM / YYYY when only that is known; null when unknown. Set by the coder, refined by <see cref="Setting.EventSetting"/>.</summary>
    [JsonPropertyName("event_date")] public string? EventDate { get; set; }
    /// <summary>Last day of a date range ("from January 3 to 5"), of a week, or a decade's last year; else null.</summary>
    [JsonPropertyName("event_date_end")] public string? EventDateEnd { get; set; }
    /// <summary>"day", "week", "month", "year" or "decade"; null when there is no date.</summary>
    [JsonPropertyName("date_precision")] public string? DatePrecision { get; set; }
    /// <summary>"text" when read from the event's clause or sentence, "context" from a recent earlier sentence, "dateline" from the dateline, "published" the publication date.</summary>
    [JsonPropertyName("date_basis")] public string? DateBasis { get; set; }
    /// <summary>Source actor.</summary>
    [JsonPropertyName("source")] public required ActorRecord Source { get; set; }
    /// <summary>Target actor, or null for an event without one.</summary>
    [JsonPropertyName("target")] public ActorRecord? Target { get; set; }
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
    /// <summary>Where the event happened, or null when the text does not say.</summary>
    [JsonPropertyName("location")] public LocationRecord? Location { get; set; }
    /// <summary>People killed by the event (ACLED's fatalities), or null when the text gives no count.</summary>
    [JsonPropertyName("fatalities")] public int? Fatalities { get; set; }
    /// <summary>People wounded by the event, or null.</summary>
    [JsonPropertyName("injured")] public int? Injured { get; set; }
    /// <summary>People arrested or detained in the event, or null.</summary>
    [JsonPropertyName("arrested")] public int? Arrested { get; set; }
    /// <summary>People displaced by the event, or null.</summary>
    [JsonPropertyName("displaced")] public int? Displaced { get; set; }
    /// <summary>Money and quantities in the event's clause, or null when there are none.</summary>
    [JsonPropertyName("amounts")] public List<AmountRecord>? Amounts { get; set; }
    /// <summary>Document metadata.</summary>
    [JsonPropertyName("doc")] public DocumentMeta? Doc { get; set; }
}

/// <summary>Source-generated JSON for records.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never, WriteIndented = false)]
[JsonSerializable(typeof(EventRecord))]
public sealed partial class RecordJsonContext : JsonSerializerContext;
