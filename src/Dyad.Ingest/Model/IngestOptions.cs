namespace Dyad.Ingest;

/// <summary>Field names read from JSON Lines and CSV inputs. Each is matched case-insensitively.</summary>
public sealed record FieldNames
{
    /// <summary>Document id field.</summary>
    public string Id { get; init; } = "id";
    /// <summary>Body text field (required in each record).</summary>
    public string Text { get; init; } = "text";
    /// <summary>Title field.</summary>
    public string Title { get; init; } = "title";
    /// <summary>Publication date field (ISO date or date-time, RFC 1123 also accepted).</summary>
    public string Date { get; init; } = "date";
    /// <summary>URL field.</summary>
    public string Url { get; init; } = "url";
    /// <summary>Publisher field.</summary>
    public string Source { get; init; } = "source";

    /// <summary>Parses "text=body,date=published_at" overrides onto the defaults.</summary>
    /// <exception cref="FormatException">An unknown key or a missing '='.</exception>
    public static FieldNames Parse(string? spec)
    {
        var f = new FieldNames();
        if (string.IsNullOrWhiteSpace(spec)) return f;
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1) throw new FormatException($"--fields: '{part}' is not key=name");
            string key = part[..eq].Trim(), name = part[(eq + 1)..].Trim();
            f = key.ToLowerInvariant() switch
            {
                "id" => f with { Id = name },
                "text" => f with { Text = name },
                "title" => f with { Title = name },
                "date" => f with { Date = name },
                "url" => f with { Url = name },
                "source" => f with { Source = name },
                _ => throw new FormatException($"--fields: unknown key '{key}' (id, text, title, date, url, source)"),
            };
        }
        return f;
    }
}

/// <summary>How inputs are read. Immutable.</summary>
public sealed record IngestOptions
{
    /// <summary>Largest input file (after decompression) read; larger ones are reported and skipped.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
    /// <summary>Field names for JSON Lines and CSV.</summary>
    public FieldNames Fields { get; init; } = new();
    /// <summary>Publication date for documents that carry none (provenance "--date").</summary>
    public DateOnly? FallbackDate { get; init; }
    /// <summary>Forces a format instead of detecting it from the file name and content.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;
}

/// <summary>Input formats.</summary>
public enum InputFormat
{
    /// <summary>Detect from the extension (after .gz), else from the content.</summary>
    Auto,
    /// <summary>Plain text with an optional key: value header.</summary>
    Text,
    /// <summary>An HTML page.</summary>
    Html,
    /// <summary>RSS 2.0 or Atom 1.0.</summary>
    Feed,
    /// <summary>One JSON object per line.</summary>
    JsonLines,
    /// <summary>Comma-separated values with a header row.</summary>
    Csv,
    /// <summary>Tab-separated values with a header row.</summary>
    Tsv,
    /// <summary>PETRARCH validation/records XML.</summary>
    Petrarch,
}
