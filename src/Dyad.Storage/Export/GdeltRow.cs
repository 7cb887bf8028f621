using System.Data.Common;
using System.Globalization;

namespace Dyad.Storage;

/// <summary>
/// Maps an exported event row (<see cref="EventExporter.Columns"/>) to the 61 columns of a GDELT 2.0 event record;
/// columns Dyad does not produce (ethnic and religion codes, AvgTone, the actors' Geo columns, FIPS country and
/// ADM codes) stay empty. The mapping is documented in docs/storage.md. Stateless.
/// </summary>
internal static class GdeltRow
{
    public static void Fill(DbDataReader r, string[] c)
    {
        Array.Fill(c, "");
        c[0] = r.GetInt64(0).ToString(CultureInfo.InvariantCulture);
        if (!r.IsDBNull(2))
        {
            var day = r.GetValue(2) switch { DateOnly d => d, DateTime dt => DateOnly.FromDateTime(dt), var v => DateOnly.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture) };
            c[1] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            c[2] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
            c[3] = day.Year.ToString(CultureInfo.InvariantCulture);
            c[4] = (day.Year + (day.Month * 30 + day.Day) / 365.0).ToString("F4", CultureInfo.InvariantCulture);
        }
        Actor(r, 3, c, 5);
        Actor(r, 7, c, 15);
        c[25] = r.GetBoolean(22) ? "1" : "0";
        c[26] = r.GetString(11);
        c[27] = r.GetString(12);
        c[28] = r.GetString(13);
        c[29] = Convert.ToInt32(r.GetValue(14), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        c[30] = r.GetDouble(15).ToString("0.0##", CultureInfo.InvariantCulture);
        c[31] = Convert.ToString(r.GetValue(19), CultureInfo.InvariantCulture)!;
        c[32] = Convert.ToString(r.GetValue(20), CultureInfo.InvariantCulture)!;
        c[33] = Convert.ToString(r.GetValue(21), CultureInfo.InvariantCulture)!;
        if (!r.IsDBNull(26))
        {
            var added = r.GetValue(26) switch { DateOnly d => d, DateTime dt => DateOnly.FromDateTime(dt), _ => default };
            c[59] = added.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        }
        if (!r.IsDBNull(18)) ActionGeo(r.GetString(18), c);
        c[60] = r.IsDBNull(25) ? r.GetString(23) : r.GetString(25);
    }

    // ActionGeo_Type, FullName, Lat, Long and FeatureID (GDELT columns 52, 53, 57-59) from the stored location
    // (compact JSON of the record's location). GDELT's country and ADM1 columns hold FIPS 10-4 codes, which Dyad's
    // gazetteer (ISO 3166, GeoNames) does not have: they stay empty rather than hold codes of another system.
    private static void ActionGeo(string json, string[] c)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var loc = doc.RootElement;
        string? Str(string name) => loc.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
        bool us = Str("country") == "USA";
        c[51] = Str("type") switch
        {
            "country" => "1",
            "region" => us ? "2" : "5",
            "city" => us ? "3" : "4",
            _ => "",
        };
        c[52] = Str("name") ?? "";
        foreach (var (name, at) in new[] { ("lat", 56), ("lon", 57) })
            if (loc.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number)
                c[at] = v.GetDouble().ToString("0.####", CultureInfo.InvariantCulture);
        c[58] = Str("feature_id") ?? "";
    }

    // Code, name, country, known group, ethnic, religion 1 and 2, type 1-3 (GDELT columns 6-15 or 16-25).
    private static void Actor(DbDataReader r, int first, string[] c, int at)
    {
        if (r.IsDBNull(first)) return;
        string code = r.GetString(first);
        if (code.Length == 0 || code.StartsWith("---", StringComparison.Ordinal)) return;
        string? country = r.IsDBNull(first + 1) ? null : r.GetString(first + 1);
        c[at] = code;
        c[at + 1] = r.IsDBNull(first + 3) ? "" : r.GetString(first + 3).ToUpperInvariant();
        c[at + 2] = country ?? "";
        // Blocks after the country (or after the group for IGOs and known groups) are type codes.
        int typeStart = 3;
        if (country is null && code.Length >= 3) c[at + 3] = code[..3];
        for (int t = 0; t < 3; t++)
        {
            int s = typeStart + t * 3;
            if (s + 3 > code.Length) break;
            c[at + 7 + t] = code.Substring(s, 3);
        }
    }
}
