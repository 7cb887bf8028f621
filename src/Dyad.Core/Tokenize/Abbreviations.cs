using System.Collections.Frozen;

namespace Dyad.Tokenize;

/// <summary>Abbreviations that keep their final period, and which of them may end a sentence.</summary>
internal static class Abbreviations
{
    // Titles and other words that are always followed by more of the sentence.
    private static readonly FrozenSet<string> s_titles = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm", "gov", "sen",
        "rep", "pres", "st", "hon", "rev", "fr", "sr", "jr", "messrs", "mme", "mlle", "brig", "cpl", "pvt", "supt",
        "insp", "det", "vs", "v", "no", "nos", "vol", "art", "sec", "ch", "fig", "approx", "dept", "est", "mt", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "e.g", "i.e", "cf", "al", "ave", "blvd",
        "rd", "hwy", "pp", "ed", "eds", "univ", "assn", "ald", "atty", "supp",
    ], StringComparer.OrdinalIgnoreCase);

    // Abbreviations that often stand at the end of a sentence.
    private static readonly FrozenSet<string> s_enders = FrozenSet.ToFrozenSet(
    [
        "inc", "ltd", "co", "corp", "bros", "etc", "plc", "llc", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleLookup = s_titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_enderLookup = s_enders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its final period) is a known abbreviation or
    /// letter-period sequence such as "U.S" or a single initial "J".</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        if (s_titleLookup.Contains(word) || s_enderLookup.Contains(word)) return true;
        if (word.Length == 1) return char.IsLetter(word[0]);
        // Letter-period sequences: "U.S", "a.m", "U.S.A", "N.Y".
        for (int i = 0; i < word.Length; i++)
        {
            bool letter = char.IsLetter(word[i]);
            if ((i % 2 == 0) != letter) return false;
            if (i % 2 == 1 && word[i] != '.') return false;
        }
        return true;
    }

    /// <summary>True when the abbreviation (without final period) never ends a sentence (titles, months, "No").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => s_titleLookup.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));

    /// <summary>True for "no"/"nos"/"art"/"vol" etc., which are abbreviations only before a number.</summary>
    public static bool NeedsNumberAfter(ReadOnlySpan<char> word) =>
        word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nos", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("art", StringComparison.OrdinalIgnoreCase) || word.Equals("vol", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("sec", StringComparison.OrdinalIgnoreCase) || word.Equals("ch", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("fig", StringComparison.OrdinalIgnoreCase) || word.Equals("v", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("sun", StringComparison.OrdinalIgnoreCase) || word.Equals("sat", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("wed", StringComparison.OrdinalIgnoreCase) || word.Equals("mar", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("est", StringComparison.OrdinalIgnoreCase) || word.Equals("ed", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("al", StringComparison.OrdinalIgnoreCase) || word.Equals("ft", StringComparison.OrdinalIgnoreCase);
}
