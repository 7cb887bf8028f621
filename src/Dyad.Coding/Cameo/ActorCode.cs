using System.Collections.Frozen;

namespace Dyad.Coding.Cameo;

/// <summary>Splits CAMEO actor codes into their 3-letter blocks: country (or IGO/NGO), roles, and the rest.</summary>
public static class ActorCode
{
    private static readonly Lazy<FrozenSet<string>> s_roles = new(() =>
    {
        using var r = EmbeddedData.Open("Dyad.Cameo/roles.tsv");
        var set = new HashSet<string>(StringComparer.Ordinal);
        string? line = r.ReadLine();
        while ((line = r.ReadLine()) != null)
        {
            int tab = line.IndexOf('\t');
            if (tab == 3) set.Add(line[..3]);
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    });

    /// <summary>True for a CAMEO region code ("EUR", "MEA", "SAS" ...), the regions of data/dictionaries/actors/countries.txt.</summary>
    public static bool IsRegion(ReadOnlySpan<char> code) => code is "AFR" or "ASA" or "BLK" or "CAS" or "CAU" or "CEU" or "CFR" or "CRB" or "EAF" or "EEU"
        or "EUR" or "LAM" or "MDT" or "MEA" or "NAF" or "NMR" or "PGS" or "SAF" or "SAM" or "SAS" or "SCN" or "SEA" or "WAF" or "WST";

    /// <summary>True for a known role code (GOV, MIL, REB ...).</summary>
    public static bool IsRole(ReadOnlySpan<char> block) => s_roles.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(block);

    /// <summary>
    /// The country block of a code: its first block unless that is a role, "IGO", "NGO" or "---" (no
    /// country known). CAMEO country codes are the first block of state actors.
    /// </summary>
    public static string? Country(string code)
    {
        if (code.Length < 3) return null;
        var first = code.AsSpan(0, 3);
        if (first is "---" or "IGO" or "NGO" or "MNC" || IsRole(first)) return null;
        return Shared(first);
    }

    // Country and role codes are few; one string each instead of a new one per call (every mention and actor record).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_countries = new(StringComparer.Ordinal);

    private static string Shared(ReadOnlySpan<char> country)
    {
        if (s_countries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(country, out var known)) return known;
        string s = country.ToString();
        return s_countries.Count < 4096 ? s_countries.GetOrAdd(s, s) : s;
    }

    /// <summary>The first role block after the country (or anywhere, for codes without one), or null.</summary>
    public static string? Role(string code)
    {
        for (int i = 0; i + 3 <= code.Length; i += 3)
        {
            var block = code.AsSpan(i, 3);
            if (i == 0 && Country(code) is not null) continue;
            if (IsRole(block)) return Shared(block);
        }
        return null;
    }
}
