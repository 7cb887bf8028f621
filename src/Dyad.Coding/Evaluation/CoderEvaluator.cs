using Dyad.Coding.Cameo;
using Dyad.Coding.Records;

namespace Dyad.Coding.Evaluation;

/// <summary>
/// A gold event: a document (or sentence) and the expected source, target and CAMEO code. Source and target may list
/// codes an expert accepts equally, separated by '|' ("IRN|IRNGOV"); any one of them matches.
/// </summary>
public sealed record GoldEvent(string Key, string Source, string Target, string Cameo)
{
    /// <summary>Every accepted (source, target) pair, reduced by <paramref name="reduce"/> with the code.</summary>
    public HashSet<string> Reduced(Func<string, string, string, string> reduce)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in Source.Split('|', StringSplitOptions.TrimEntries))
            foreach (var t in Target.Split('|', StringSplitOptions.TrimEntries))
                set.Add(reduce(s, t, Cameo));
        return set;
    }
}

/// <summary>Precision and recall of coded events against gold events, at several levels of detail.</summary>
public sealed class CoderScore
{
    /// <summary>True positives, predictions, gold items at one level.</summary>
    public sealed record Level(string Name, int Matched, int Predicted, int Gold)
    {
        /// <summary>Precision.</summary>
        public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
        /// <summary>Recall.</summary>
        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
        /// <summary>F1.</summary>
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    /// <summary>The levels scored.</summary>
    public List<Level> Levels { get; } = [];

    /// <summary>Per key (document), the triples missed and the triples not in gold, at the country/root level.</summary>
    public List<(string Key, string Kind, string Triple)> Differences { get; } = [];

    /// <summary>
    /// Scores per key: the sets of (source, target, code) triples, reduced to a level, are compared for
    /// each key and the counts summed (micro-average over documents).
    /// </summary>
    public static CoderScore Score(IEnumerable<GoldEvent> gold, IEnumerable<(string Key, EventRecord Event)> predicted)
    {
        var g = gold.ToList();
        var p = predicted.ToList();
        var score = new CoderScore();
        var levels = new (string Name, Func<string, string, string, string> Reduce)[]
        {
            ("country dyad + root", (s, t, c) => $"{Country(s)} {Country(t)} {Root(c)}"),
            ("country+role dyad + root", (s, t, c) => $"{Short(s)} {Short(t)} {Root(c)}"),
            ("country dyad + 3-digit code", (s, t, c) => $"{Country(s)} {Country(t)} {(c.Length >= 3 ? c[..3] : c)}"),
            ("country dyad + exact code", (s, t, c) => $"{Country(s)} {Country(t)} {c}"),
        };
        var keys = g.Select(x => x.Key).Concat(p.Select(x => x.Key)).Distinct().ToList();
        foreach (var (name, reduce) in levels)
        {
            int matched = 0, predictedCount = 0, goldCount = 0;
            foreach (var key in keys)
            {
                // Gold items that reduce alike count once; an item matches when any of its alternatives was predicted.
                var gs = g.Where(x => x.Key == key).Select(x => x.Reduced(reduce)).DistinctBy(x => string.Join(" ", x.Order(StringComparer.Ordinal))).ToList();
                var ps = p.Where(x => x.Key == key).Select(x => reduce(x.Event.Source.Code, x.Event.Target?.Code ?? "", x.Event.Cameo)).ToHashSet();
                matched += gs.Count(a => a.Overlaps(ps));
                predictedCount += ps.Count;
                goldCount += gs.Count;
                if (score.Levels.Count == 0)
                {
                    foreach (var m in gs.Where(a => !a.Overlaps(ps))) score.Differences.Add((key, "missed", string.Join(" | ", m)));
                    foreach (var m in ps.Where(x => !gs.Any(a => a.Contains(x)))) score.Differences.Add((key, "extra", m));
                }
            }
            score.Levels.Add(new Level(name, matched, predictedCount, goldCount));
        }
        return score;
    }

    private static string Country(string code)
    {
        if (code.Length == 0) return "-";
        code = Organisation(code);
        // Non-governmental and multinational actors compare by kind: "NGOHRIHRW" and "NGOHRI" are both "NGO" here.
        return ActorCode.Country(code) ?? (code.Length > 3 && code[..3] is "NGO" or "MNC" ? code[..3] : code);
    }

    /// <summary>
    /// Country (or organisation) and first role: what two coders are compared on. CAMEO's intelligence role (`SPY`)
    /// compares as security (`COP`), as coders who write "COP: police, security and intelligence services" code it.
    /// </summary>
    public static string Short(string code)
    {
        code = Organisation(code);
        code = code.Length > 6 ? code[..6] : code;
        return code.Length == 6 && code.EndsWith("SPY", StringComparison.Ordinal) ? code[..3] + "COP" : code;
    }

    /// <summary>
    /// One name per international organisation, as coders write it two ways: PETRARCH's code ("IGOUNOWFP",
    /// "IGOWSTNAT") or a known-group code alone ("UNO", "NAT"). The United Nations (with the World Bank), the EU,
    /// NATO, ASEAN, the African Union and the IMF keep their own name; every other organisation is "IGO", as
    /// coders who write "other IGOs: IGO" code them ("IGOWAFWAS" for ECOWAS is "IGO"). Other codes are unchanged.
    /// </summary>
    public static string Organisation(string code)
    {
        if (code.Length >= 6 && code.StartsWith("IGO", StringComparison.Ordinal))
        {
            string region = code[3..6], last = code[^3..];
            return region switch
            {
                "UNO" or "EUR" or "WST" or "SEA" => region,
                // The African Union under any of its codes ("IGOAFRAFU", "IGOAFRAU"), but not the African Development Bank.
                "AFR" when !code.Contains("DEV", StringComparison.Ordinal) => "AFR",
                "BUS" when last == "IMF" => "IMF",
                _ => "IGO",
            };
        }
        return code switch
        {
            "NAT" => "WST", "ASN" => "SEA", "EEC" => "EUR", "AFU" => "AFR", "WBK" or "IAEA" or "WHO" => "UNO",
            "ARL" or "GCC" or "OIC" or "WAS" or "ICC" => "IGO",
            "IRC" or "ICRC" => "NGOHLH",
            _ => code,
        };
    }

    private static string Root(string code) => code.Length >= 2 ? code[..2] : code;
}
