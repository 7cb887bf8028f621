using System.Collections.Frozen;
using Dyad.Text;

namespace Dyad.Numbers;

/// <summary>
/// Finds money ("USD 397 million", "$62bn", "Rs 5 billion", "€1.2 trillion", "20 million euros") and
/// quantities with units ("7,000 MW", "2,000 troops", "five Chinese nationals") in a sentence. Numbers
/// in words count. Works on tokens, tags and lemmas; stateless and thread-safe, no I/O.
/// </summary>
public static class AmountRecognizer
{
    private static readonly FrozenDictionary<string, string> s_prefix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["us$"] = "USD", ["usd"] = "USD", ["€"] = "EUR", ["eur"] = "EUR", ["£"] = "GBP", ["gbp"] = "GBP",
        ["¥"] = "JPY", ["jpy"] = "JPY", ["rmb"] = "CNY", ["cny"] = "CNY", ["₹"] = "INR", ["inr"] = "INR", ["pkr"] = "PKR",
        ["rs"] = "", ["rs."] = "", ["a$"] = "AUD", ["c$"] = "CAD", ["aud"] = "AUD", ["cad"] = "CAD", ["chf"] = "CHF",
        ["rub"] = "RUB", ["sar"] = "SAR", ["aed"] = "AED", ["try"] = "TRY", ["egp"] = "EGP", ["ngn"] = "NGN", ["kes"] = "KES",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_suffix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["yuan"] = "CNY", ["renminbi"] = "CNY", ["yen"] = "JPY", ["rupee"] = "", ["rupees"] = "", ["roubles"] = "RUB", ["rubles"] = "RUB",
        ["riyals"] = "SAR", ["dirhams"] = "AED", ["lira"] = "TRY", ["naira"] = "NGN", ["shillings"] = "KES",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_units = new[]
    {
        "mw", "gw", "kw", "mwh", "gwh", "twh", "km", "kilometres", "kilometers", "miles", "tonnes", "tons", "barrels", "bpd", "megawatts",
        "gigawatts", "hectares", "acres", "kg", "mt", "mmcfd", "bcm", "sq", "%", "percent",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Appends the amounts in tokens [<paramref name="first"/>, <paramref name="end"/>). "Rs" and
    /// "rupees" take <paramref name="rupee"/> as their currency (PKR, INR, LKR or NPR by the article's country).
    /// </summary>
    public static void Find(ReadOnlySpan<TokenData> tok, int first, int end, List<Amount> into, string rupee = "INR")
    {
        for (int i = first; i < end; i++)
        {
            string n = tok[i].Norm;
            // Currency before the number: "$62bn", "USD 397 million", "Rs 5 billion".
            if (s_prefix.TryGetValue(n, out var cur) && i + 1 < end)
            {
                int j = i + 1;
                if (n == "us" && tok[j].Norm == "$") j++;
                int used = NumberReader.Read(tok, j, end, out double v);
                if (used > 0)
                {
                    into.Add(new Amount(i, j + used, AmountKind.Money, v, cur.Length == 0 ? rupee : cur));
                    i = j + used - 1;
                    continue;
                }
            }
            if (!tok[i].Has(TokenFlags.HasDigit) && !NumberReader.TryWords(n, out _) && n != "a") continue;
            int u = NumberReader.Read(tok, i, end, out double value);
            if (u == 0) continue;
            int k = i + u;
            if (k >= end) break;
            string next = tok[k].Norm;
            // Number then currency: "20 million euros", "5 billion rupees".
            if (s_suffix.TryGetValue(next, out cur))
            {
                into.Add(new Amount(i, k + 1, AmountKind.Money, value, cur.Length == 0 ? rupee : cur));
                i = k;
                continue;
            }
            if (s_units.Contains(next))
            {
                into.Add(new Amount(i, k + 1, AmountKind.Quantity, value, next == "%" ? "percent" : next));
                i = k;
                continue;
            }
            // A counted noun, past up to two modifiers: "2,000 troops", "five Chinese nationals", "one soldier".
            if (n == "a") continue;
            int h = k;
            while (h < end && h < k + 2 && tok[h].Tag is PosTag.JJ or PosTag.NNP or PosTag.VBN && !(tok[h].Tag == PosTag.NNP && h + 1 < end && !tok[h + 1].Tag.IsNoun() && tok[h + 1].Tag != PosTag.JJ)) h++;
            if (h < end && (tok[h].Tag is PosTag.NNS or PosTag.NNPS || (value == 1 && tok[h].Tag == PosTag.NN)) && !IsTimeWord(tok[h].Lemma) && !IsYearLike(tok[i].Norm, u))
            {
                into.Add(new Amount(i, h + 1, AmountKind.Quantity, value, tok[h].Lemma.Length > 0 ? tok[h].Lemma : tok[h].Norm));
                i = h;
            }
        }
    }

    private static bool IsTimeWord(string lemma) => lemma is "day" or "week" or "month" or "year" or "hour" or "minute" or "decade" or "century" or "time" or "s";

    private static bool IsYearLike(string norm, int used) => used == 1 && norm.Length == 4 && norm[0] is '1' or '2' && norm.All(char.IsAsciiDigit);
}
