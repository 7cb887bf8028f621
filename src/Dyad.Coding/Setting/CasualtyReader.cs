using Dyad.Numbers;
using Dyad.Text;

namespace Dyad.Coding.Setting;

/// <summary>
/// Reads counts of people killed, wounded, arrested or displaced from a sentence: "killed five Chinese
/// nationals", "killing at least 12", "arrested Mohammad X" (one named person), "12 people were killed",
/// "30 dead and 50 wounded", "the death toll rose to 40", "displaced 10,000 people". Numbers in words
/// count. Stateless and thread-safe.
/// </summary>
public static class CasualtyReader
{
    private const int MaxModifiers = 3;

    /// <summary>Appends the counts found in tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public static void Find(ReadOnlySpan<TokenData> tok, int first, int end, List<Casualty> into)
    {
        for (int i = first; i < end; i++)
        {
            // Verb then count: "killed five Chinese nationals", "arrested two suspects", "killing at least 12".
            if (tok[i].Tag.IsVerb() && Kind(tok[i].Lemma) is { } kind && !IsPassiveParticiple(tok, first, i))
            {
                int j = SkipHedges(tok, i + 1, end);
                int used = NumberReader.Read(tok, j, end, out double v);
                if (used > 0 && v is >= 1 and < 1e7 && !IsTimeAfter(tok, j + used, end))
                {
                    into.Add(new Casualty(i, kind, (int)v));
                    continue;
                }
                // One named person: "arrested Mohammad Sharifullah", "killed Osama bin Laden".
                if (kind is CasualtyKind.Arrested or CasualtyKind.Killed && j < end && tok[j].Tag == PosTag.NNP && j + 1 < end && tok[j + 1].Tag == PosTag.NNP)
                    into.Add(new Casualty(i, kind, 1));
                continue;
            }
            // Count then outcome: "12 people were killed", "30 dead", "five soldiers wounded", "death toll rose to 40".
            if (tok[i].Norm == "toll" && i > first && tok[i - 1].Norm == "death")
            {
                for (int j = i + 1; j < Math.Min(end, i + 6); j++)
                {
                    int used = NumberReader.Read(tok, j, end, out double v);
                    if (used > 0 && v >= 1) { into.Add(new Casualty(i, CasualtyKind.Killed, (int)v)); break; }
                }
                continue;
            }
            if (!tok[i].Has(TokenFlags.HasDigit) && !NumberReader.TryWords(tok[i].Norm, out _)) continue;
            int n = NumberReader.Read(tok, i, end, out double count);
            if (n == 0 || count < 1 || count >= 1e7) continue;
            // "A 2024 incident killed ...": a four-digit year is a date, not a count.
            if (n == 1 && tok[i].Length == 4 && count is >= 1800 and <= 2100 && count == Math.Floor(count)) continue;
            int k = i + n;
            for (int m = 0; m < MaxModifiers && k < end && tok[k].Tag is PosTag.NNS or PosTag.NNPS or PosTag.JJ or PosTag.NNP or PosTag.NN; m++)
            {
                if (Outcome(tok[k].Norm) is not null) break;
                if (tok[k].Tag == PosTag.NN && count > 1) { k = end; break; }
                k++;
            }
            while (k < end && tok[k].Norm is "were" or "was" or "have" or "has" or "had" or "been" or "are" or "is" or "reportedly" or "also") k++;
            if (k < end && Outcome(tok[k].Norm) is { } outcome)
            {
                into.Add(new Casualty(k, outcome, (int)count));
                i = k;
            }
        }
    }

    private static bool IsPassiveParticiple(ReadOnlySpan<TokenData> tok, int first, int i)
    {
        if (tok[i].Tag != PosTag.VBN) return false;
        for (int k = i - 1; k >= first && k >= i - 3; k--)
            if (tok[k].Norm is "was" or "were" or "been" or "be" or "being" or "is" or "are") return true;
        return false;
    }

    private static bool IsTimeAfter(ReadOnlySpan<TokenData> tok, int k, int end) =>
        k < end && tok[k].Norm is "days" or "years" or "months" or "weeks" or "hours" or "times" or "percent" or "%";

    private static int SkipHedges(ReadOnlySpan<TokenData> tok, int j, int end)
    {
        while (j < end && tok[j].Norm is "at" or "least" or "some" or "about" or "around" or "nearly" or "almost" or "more" or "than" or "over" or "up" or "to" or "roughly" or "an" or "estimated")
            j++;
        return j;
    }

    /// <summary>The casualty kind a verb lemma reports, or null.</summary>
    public static CasualtyKind? Kind(string lemma) => lemma switch
    {
        "kill" or "slay" or "massacre" or "murder" or "execute" or "behead" or "assassinate" => CasualtyKind.Killed,
        "wound" or "injure" or "hurt" or "maim" => CasualtyKind.Injured,
        "arrest" or "detain" or "apprehend" or "nab" or "imprison" or "jail" => CasualtyKind.Arrested,
        "displace" or "uproot" or "evacuate" => CasualtyKind.Displaced,
        _ => null,
    };

    private static CasualtyKind? Outcome(string norm) => norm switch
    {
        "dead" or "killed" or "died" or "slain" or "murdered" => CasualtyKind.Killed,
        "wounded" or "injured" or "hurt" => CasualtyKind.Injured,
        "arrested" or "detained" or "apprehended" => CasualtyKind.Arrested,
        "displaced" or "fled" or "evacuated" or "homeless" => CasualtyKind.Displaced,
        _ => null,
    };
}
