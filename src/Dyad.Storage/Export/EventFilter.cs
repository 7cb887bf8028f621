using System.Data.Common;
using System.Text;

namespace Dyad.Storage;

/// <summary>Which events to export or report: a date range (inclusive), an actor code prefix on either side, a CAMEO code prefix.</summary>
public sealed record EventFilter
{
    /// <summary>First day, or null.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day, or null.</summary>
    public DateOnly? To { get; init; }
    /// <summary>Actor code prefix matched against source and target ("PAK" matches PAKGOV), or null.</summary>
    public string? Actor { get; init; }
    /// <summary>CAMEO code prefix ("19" for all fighting), or null.</summary>
    public string? Code { get; init; }

    /// <summary>Builds the WHERE clause (alias e for events) with positional parameters added to <paramref name="cmd"/>.</summary>
    public string Where(DbCommand cmd)
    {
        var sb = new StringBuilder();
        void Add(string cond, params object[] values)
        {
            foreach (var v in values)
            {
                var p = cmd.CreateParameter();
                p.Value = v;
                cmd.Parameters.Add(p);
                cond = cond.ReplaceFirst("?", "$" + cmd.Parameters.Count);
            }
            sb.Append(sb.Length == 0 ? " WHERE " : " AND ").Append(cond);
        }
        if (From is { } f) Add("e.day >= ?", f);
        if (To is { } t) Add("e.day <= ?", t);
        if (Actor is { Length: > 0 } a) Add("(starts_with(e.source_code, ?) OR starts_with(coalesce(e.target_code, ''), ?))", a, a);
        if (Code is { Length: > 0 } c) Add("starts_with(e.cameo, ?)", c);
        return sb.ToString();
    }
}

internal static class StringExtensions
{
    public static string ReplaceFirst(this string s, string find, string with)
    {
        int i = s.IndexOf(find, StringComparison.Ordinal);
        return i < 0 ? s : string.Concat(s.AsSpan(0, i), with, s.AsSpan(i + find.Length));
    }
}
