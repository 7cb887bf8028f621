namespace Dyad.Analysis;

/// <summary>The bucket of a time series.</summary>
public enum Period
{
    /// <summary>One point a day.</summary>
    Day,
    /// <summary>One point a week (weeks start on Monday).</summary>
    Week,
    /// <summary>One point a month.</summary>
    Month,
    /// <summary>One point a year.</summary>
    Year,
}

/// <summary>Parsing and SQL of <see cref="Period"/>. Stateless.</summary>
public static class Periods
{
    /// <summary>Parses day, week, month or year.</summary>
    public static Period Parse(string? text, string field) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "month" => Period.Month,
        "day" => Period.Day,
        "week" => Period.Week,
        "year" => Period.Year,
        _ => throw new QueryException(field, $"{field} must be day, week, month or year, not '{text}'"),
    };

    /// <summary>The date_trunc unit: a fixed word from this enum, so it can stand in the SQL text.</summary>
    internal static string Unit(Period p) => p switch { Period.Day => "day", Period.Week => "week", Period.Year => "year", _ => "month" };

    /// <summary>Approximate days per bucket, for range limits.</summary>
    internal static int Days(Period p) => p switch { Period.Day => 1, Period.Week => 7, Period.Year => 365, _ => 30 };
}
