using System.Globalization;

namespace Dyad.Time;

/// <summary>
/// A temporal expression found in a sentence, normalized against the publication date: tokens
/// [<see cref="FirstToken"/>, <see cref="EndToken"/>) of the document, the first day it denotes
/// (<see cref="Start"/>), the last day of an explicit range or a week or decade (<see cref="End"/>, else
/// null), and its precision. <see cref="Relative"/> is true when the value depends on the publication
/// date ("yesterday", "on Saturday", "in March").
/// </summary>
public readonly record struct TemporalExpression(int FirstToken, int EndToken, DateOnly Start, DateOnly? End, DatePrecision Precision, bool Relative)
{
    /// <summary>The start as the record writes it: "2026-01-05", "2025-03", "2025", or a decade's first year "1970".</summary>
    public string StartText => Format(Start, Precision);

    /// <summary>The end as the record writes it, or null when the expression is not a range.</summary>
    public string? EndText => End is { } e ? Format(e, Precision) : null;

    /// <summary>Formats a date at a precision: days and weeks as YYYY-MM-DD, months as YYYY-MM, years and decades as YYYY.</summary>
    public static string Format(DateOnly d, DatePrecision p) => p switch
    {
        DatePrecision.Day or DatePrecision.Week => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => d.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The precision as the record spells it ("day", "week", "month", "year", "decade").</summary>
    public static string PrecisionName(DatePrecision p) => p switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "decade",
    };
}
