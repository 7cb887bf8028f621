namespace Dyad.Time;

/// <summary>How precisely a date is known. The record field <c>date_precision</c> spells these in lower case.</summary>
public enum DatePrecision : byte
{
    /// <summary>A calendar day ("January 5, 2026", "yesterday").</summary>
    Day,
    /// <summary>A week, Monday to Sunday ("last week").</summary>
    Week,
    /// <summary>A month ("March 2025", "earlier this month").</summary>
    Month,
    /// <summary>A year ("in 1951").</summary>
    Year,
    /// <summary>A decade ("the 1970s").</summary>
    Decade,
}
