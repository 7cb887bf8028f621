using System.Collections.Frozen;
using System.Globalization;

namespace Dyad.Coding.Cameo;

/// <summary>One CAMEO event code with its scales and PLOVER mapping.</summary>
public sealed record CameoCode(string Code, string Root, string Name, double Goldstein, int QuadClass, string? PloverType, string? PloverMode);

/// <summary>
/// The CAMEO event codes (data/cameo/eventcodes.tsv) and the intent/threat table (data/cameo/intent.tsv).
/// Immutable; safe to share.
/// </summary>
public sealed class CameoCodebook
{
    private readonly FrozenDictionary<string, CameoCode> _codes;
    private readonly (string Prefix, string Intent)[] _intents;
    private readonly (string Prefix, string Refusal)[] _refusals;

    private CameoCodebook(FrozenDictionary<string, CameoCode> codes, (string, string)[] intents, (string, string)[] refusals)
    {
        _codes = codes;
        _intents = intents;
        _refusals = refusals;
    }

    /// <summary>The codebook embedded in Dyad.Coding.</summary>
    public static CameoCodebook Default => s_default.Value;

    private static readonly Lazy<CameoCodebook> s_default = new(() =>
    {
        using var codes = EmbeddedData.Open("Dyad.Cameo/eventcodes.tsv");
        using var intents = EmbeddedData.Open("Dyad.Cameo/intent.tsv");
        using var refusals = EmbeddedData.Open("Dyad.Cameo/refusal.tsv");
        return Load(codes, intents, refusals);
    });

    /// <summary>Every code.</summary>
    public IEnumerable<CameoCode> Codes => _codes.Values;

    /// <summary>Looks a code up; also accepts a longer PETRARCH-style code by its known prefix.</summary>
    public CameoCode? Find(string code) => _codes.TryGetValue(code, out var c) ? c : null;

    /// <summary>True for a known code.</summary>
    public bool Contains(string code) => _codes.ContainsKey(code);

    /// <summary>The code for an event that is only promised, planned or vowed: an intent code (03x) for
    /// cooperation, a threat code (13x) for conflict; null when the table has no row.</summary>
    public string? IntentFor(string code) => Longest(_intents, code);

    /// <summary>The code for an explicitly refused act ("refused to lift the ban"): a 12x code, or null when
    /// CAMEO has none and the act stays a negated event.</summary>
    public string? RefusalFor(string code) => Longest(_refusals, code);

    /// <summary>The code for an explicitly threatened event ("threatened to cut aid"): a 13x code.</summary>
    public string ThreatFor(string code)
    {
        var t = Longest(_intents, code);
        return t is not null && t.StartsWith("13", StringComparison.Ordinal) ? t : "130";
    }

    private static string? Longest((string Prefix, string Value)[] table, string code)
    {
        string? best = null;
        int bestLen = -1;
        foreach (var (prefix, value) in table)
            if (code.StartsWith(prefix, StringComparison.Ordinal) && prefix.Length > bestLen) { best = value; bestLen = prefix.Length; }
        return best;
    }

    /// <summary>Reads the tables (the refusal table is optional).</summary>
    public static CameoCodebook Load(TextReader codes, TextReader intents, TextReader? refusals = null)
    {
        var dict = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        codes.ReadLine(); // header
        string? line;
        while ((line = codes.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 5) continue;
            dict[f[0]] = new CameoCode(f[0], f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
                f.Length > 5 && f[5].Length > 0 ? f[5] : null, f.Length > 6 && f[6].Length > 0 ? f[6] : null);
        }
        return new CameoCodebook(dict.ToFrozenDictionary(StringComparer.Ordinal), ReadPrefixTable(intents), refusals is null ? [] : ReadPrefixTable(refusals));
    }

    // "prefix<TAB>code[<TAB>note]" rows after a header; '#' comments.
    private static (string, string)[] ReadPrefixTable(TextReader reader)
    {
        var rows = new List<(string, string)>();
        reader.ReadLine(); // header
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2) continue;
            rows.Add((f[0], f[1]));
        }
        return [.. rows];
    }
}
