using System.Globalization;

namespace Dyad.Ingest;

/// <summary>
/// Collects metadata values with their provenance while a reader works; the first value set for a field wins,
/// so readers set fields from the most to the least trusted source. Not thread-safe; one per document.
/// </summary>
public sealed class MetadataBuilder
{
    private readonly Dictionary<string, string> _provenance = new(StringComparer.Ordinal);

    /// <summary>Id given by the input.</summary>
    public string? Id { get; private set; }
    /// <summary>Title.</summary>
    public string? Title { get; private set; }
    /// <summary>Publication date.</summary>
    public DateOnly? Published { get; private set; }
    /// <summary>Publisher.</summary>
    public string? Source { get; private set; }
    /// <summary>URL.</summary>
    public string? Url { get; private set; }
    /// <summary>Language.</summary>
    public string? Language { get; private set; }

    /// <summary>Sets the id unless one is set or the value is blank.</summary>
    public void SetId(string? value, string from) { if (Id is null && Clean(value) is { } v) { Id = v; _provenance["doc_id"] = from; } }
    /// <summary>Sets the title unless one is set or the value is blank.</summary>
    public void SetTitle(string? value, string from) { if (Title is null && Clean(value) is { } v) { Title = v; _provenance["title"] = from; } }
    /// <summary>Sets the publisher unless one is set or the value is blank.</summary>
    public void SetSource(string? value, string from) { if (Source is null && Clean(value) is { } v) { Source = v; _provenance["source"] = from; } }
    /// <summary>Sets the URL unless one is set or the value is blank.</summary>
    public void SetUrl(string? value, string from) { if (Url is null && Clean(value) is { } v) { Url = v; _provenance["url"] = from; } }
    /// <summary>Sets the language unless one is set or the value is blank.</summary>
    public void SetLanguage(string? value, string from) { if (Language is null && Clean(value) is { } v) { Language = v; _provenance["language"] = from; } }

    /// <summary>Sets the date from text unless one is set; returns false when the text is not a date.</summary>
    public bool SetPublished(string? value, string from)
    {
        if (Published is not null || Clean(value) is not { } v) return true;
        if (!TryParseDate(v, out var d)) return false;
        Published = d;
        _provenance["published"] = from;
        return true;
    }

    /// <summary>Sets the date unless one is set.</summary>
    public void SetPublished(DateOnly? value, string from)
    {
        if (Published is not null || value is null) return;
        Published = value;
        _provenance["published"] = from;
    }

    /// <summary>
    /// Builds the document. Its id is its own, else its URL, else where it came from as given: the file path on the
    /// command line ("articles/0042.txt"), with the line for a record of a multi-document file ("feed.jsonl:7").
    /// </summary>
    public SourceDocument Build(string text, string origin, IngestOptions options)
    {
        SetPublished(options.FallbackDate, "--date");
        string docId;
        if (Id is not null) docId = Id;
        else if (Url is not null) { docId = Url; _provenance["doc_id"] = "url"; }
        else { docId = origin; _provenance["doc_id"] = "path"; }
        return new SourceDocument
        {
            DocId = docId, Text = text, Origin = origin, Title = Title, Published = Published, Source = Source,
            Url = Url, Language = Language, Provenance = new Dictionary<string, string>(_provenance, StringComparer.Ordinal),
        };
    }

    private static string? Clean(string? v)
    {
        if (v is null) return null;
        v = v.Trim();
        return v.Length == 0 ? null : v;
    }

    private static readonly string[] s_dateFormats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd", "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "ddd, d MMM yyyy HH:mm:ss zzz"];

    /// <summary>Reads an ISO date or date-time, an RFC 1123/822 date, or a few written forms. The calendar date as written is kept (no time-zone shift).</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        text = text.Trim();
        if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }
        if (DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)) return true;
        date = default;
        return false;
    }
}
