namespace Dyad.Analysis;

/// <summary>
/// Filters of an event search; every filter is optional and they combine with AND. Validated by
/// <see cref="Validate"/>: page size, offset and text lengths are capped so one request cannot ask for everything.
/// </summary>
public sealed record EventQuery
{
    /// <summary>Largest page.</summary>
    public const int MaxLimit = 500;
    /// <summary>Deepest offset; narrow the filters instead of paging further.</summary>
    public const int MaxOffset = 100_000;

    /// <summary>First day (inclusive).</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day (inclusive).</summary>
    public DateOnly? To { get; init; }
    /// <summary>An actor on either side.</summary>
    public ActorSpec? Actor { get; init; }
    /// <summary>With <see cref="Actor"/>: only events between the two, either way.</summary>
    public ActorSpec? Partner { get; init; }
    /// <summary>The source actor.</summary>
    public ActorSpec? Source { get; init; }
    /// <summary>The target actor.</summary>
    public ActorSpec? Target { get; init; }
    /// <summary>CAMEO code prefix ("19", "043").</summary>
    public string? Code { get; init; }
    /// <summary>QuadClass 1-4.</summary>
    public int? QuadClass { get; init; }
    /// <summary>Words in the location (place name or country code), case-insensitive.</summary>
    public string? Place { get; init; }
    /// <summary>Words in the event's sentence, case-insensitive.</summary>
    public string? Text { get; init; }
    /// <summary>Rows to skip.</summary>
    public int Offset { get; init; }
    /// <summary>Rows to return.</summary>
    public int Limit { get; init; } = 50;

    /// <summary>Throws <see cref="QueryException"/> naming the first bad field.</summary>
    public void Validate()
    {
        if (Limit is < 1 or > MaxLimit) throw new QueryException("limit", $"limit must be between 1 and {MaxLimit}");
        if (Offset is < 0 or > MaxOffset) throw new QueryException("offset", $"offset must be between 0 and {MaxOffset}");
        if (From is { } f && To is { } t && t < f) throw new QueryException("to", "to is before from");
        if (Partner is not null && Actor is null) throw new QueryException("partner", "partner needs actor");
        if (QuadClass is < 1 or > 4) throw new QueryException("quad_class", "quad_class must be 1, 2, 3 or 4");
        if (Code is { } c && (c.Length > 4 || !c.All(char.IsAsciiDigit))) throw new QueryException("code", "code must be a CAMEO code prefix of 1 to 4 digits");
        if (Place is { Length: > 100 }) throw new QueryException("place", "place is longer than 100 characters");
        if (Text is { Length: > 200 }) throw new QueryException("q", "q is longer than 200 characters");
    }
}
