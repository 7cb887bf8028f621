namespace Dyad.Analysis;

/// <summary>
/// A dyad time series: events from <see cref="A"/> to <see cref="B"/> (or either way unless
/// <see cref="Directed"/>) bucketed by <see cref="By"/>. Without <see cref="B"/> it is every event of A.
/// </summary>
public sealed record SeriesQuery
{
    /// <summary>Most buckets a series may span (a day series over 13 years, say).</summary>
    public const int MaxBuckets = 5000;

    /// <summary>The first actor (the source when directed).</summary>
    public required ActorSpec A { get; init; }
    /// <summary>The second actor (the target when directed), or null for all of A's events.</summary>
    public ActorSpec? B { get; init; }
    /// <summary>Bucket size.</summary>
    public Period By { get; init; } = Period.Month;
    /// <summary>Only A to B; otherwise both ways.</summary>
    public bool Directed { get; init; }
    /// <summary>First day (inclusive).</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Throws <see cref="QueryException"/> on a reversed or too long range.</summary>
    public void Validate()
    {
        if (From is { } f && To is { } t)
        {
            if (t < f) throw new QueryException("to", "to is before from");
            if ((t.DayNumber - f.DayNumber) / Periods.Days(By) > MaxBuckets)
                throw new QueryException("by", $"the range spans more than {MaxBuckets} buckets; use a coarser 'by' or a shorter range");
        }
    }
}
