using System.Globalization;
using Dyad.Analysis;

namespace Dyad.Web;

/// <summary>Parses query-string values with errors that name the parameter. Stateless.</summary>
internal static class QueryArgs
{
    public static DateOnly? Date(string? text, string field)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new QueryException(field, $"{field} '{Clip(text)}' is not a date (YYYY-MM-DD)");
    }

    public static int Int(string? text, string field, int fallback)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int v)) return v;
        throw new QueryException(field, $"{field} '{Clip(text)}' is not a whole number");
    }

    public static int? OptInt(string? text, string field) => string.IsNullOrEmpty(text) ? null : Int(text, field, 0);

    public static bool Bool(string? text, string field, bool fallback) => text?.ToLowerInvariant() switch
    {
        null or "" => fallback,
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new QueryException(field, $"{field} must be true or false"),
    };

    public static ActorSpec? Actor(string? text, string field) => string.IsNullOrEmpty(text) ? null : ActorSpec.Parse(text, field);

    public static ActorLevel Level(string? text, string field) => text?.ToLowerInvariant() switch
    {
        null or "" or "code" => ActorLevel.Code,
        "country" => ActorLevel.Country,
        _ => throw new QueryException(field, $"{field} must be code or country"),
    };

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
