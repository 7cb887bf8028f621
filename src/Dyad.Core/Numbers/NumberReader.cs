using System.Globalization;
using Dyad.Text;

namespace Dyad.Numbers;

/// <summary>
/// Reads numbers written with digits ("7,000", "1.2", "62bn", "6th") or words ("five", "twenty-two",
/// "a dozen", "two hundred") from tokens. Stateless and thread-safe.
/// </summary>
public static class NumberReader
{
    private static readonly Dictionary<string, int> s_units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["dozen"] = 12,
    };

    private static readonly Dictionary<string, int> s_ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15,
        ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30,
    };

    /// <summary>The multiplier of a scale word ("million" → 1e6, "bn" → 1e9, "crore" → 1e7), or 0.</summary>
    public static double Scale(ReadOnlySpan<char> norm) => norm switch
    {
        "hundred" => 100,
        "thousand" or "k" => 1e3,
        "lakh" or "lakhs" or "lac" => 1e5,
        "million" or "millions" or "mn" or "m" or "mln" => 1e6,
        "crore" or "crores" => 1e7,
        "billion" or "billions" or "bn" or "b" or "bln" => 1e9,
        "trillion" or "trillions" or "tn" or "trn" => 1e12,
        _ => 0,
    };

    /// <summary>
    /// Parses one digit token: "7,000", "1.2", "62bn" (with a scale suffix), "20m". Returns false for
    /// anything else (ordinals, ranges, dates).
    /// </summary>
    public static bool TryParseDigits(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        int end = text.Length;
        while (end > 0 && char.IsAsciiLetter(text[end - 1])) end--;
        if (end == 0 || !char.IsAsciiDigit(text[0])) return false;
        double scale = 1;
        if (end < text.Length)
        {
            scale = Scale(text[end..].ToString().ToLowerInvariant());
            if (scale == 0) return false;
        }
        var digits = text[..end];
        // A comma groups thousands only in threes ("7,000"); "3,5" is not a number here.
        int comma = digits.IndexOf(',');
        if (comma >= 0)
        {
            int dot = digits.IndexOf('.');
            var whole = dot < 0 ? digits : digits[..dot];
            for (int i = whole.Length - 4; i > 0; i -= 4)
                if (whole[i] != ',') return false;
            if (comma == 0 || comma > 3) return false;
        }
        if (!double.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return false;
        value *= scale;
        return true;
    }

    /// <summary>Parses an ordinal digit token ("6th", "1st", "22nd", "3rd"); false for anything else.</summary>
    public static bool TryParseOrdinalDigits(ReadOnlySpan<char> norm, out int value)
    {
        value = 0;
        if (norm.Length < 3 || norm.Length > 4) return false;
        var suffix = norm[^2..];
        if (suffix is not ("st" or "nd" or "rd" or "th")) return false;
        return int.TryParse(norm[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The value of an ordinal word ("sixth" → 6), or 0.</summary>
    public static int OrdinalWord(string norm) => s_ordinals.GetValueOrDefault(norm);

    /// <summary>
    /// Reads a cardinal number starting at token <paramref name="i"/> (digits or words, with scale words:
    /// "five", "twenty-two", "two hundred", "1.2 million", "a dozen"). Returns the number of tokens
    /// used, or 0 when there is no number.
    /// </summary>
    public static int Read(ReadOnlySpan<TokenData> tokens, int i, int end, out double value)
    {
        value = 0;
        if (i >= end) return 0;
        int k = i;
        string norm = tokens[k].Norm;
        if (norm == "a" && k + 1 < end && tokens[k + 1].Norm is "dozen" or "hundred" or "thousand" or "million" or "billion")
        {
            value = 1;
            k++;
        }
        else if (tokens[k].Has(TokenFlags.HasDigit))
        {
            if (!TryParseDigits(norm, out value)) return 0;
            k++;
        }
        else
        {
            if (!TryWords(norm, out value)) return 0;
            k++;
            // "twenty five", "one hundred and twenty"
            if (value >= 20 && value < 100 && value % 10 == 0 && k < end && TryWords(tokens[k].Norm, out double unit) && unit < 10)
            {
                value += unit;
                k++;
            }
        }
        // Scale words: "1.2 million", "two hundred", "5 billion", "a dozen".
        while (k < end)
        {
            string s = tokens[k].Norm;
            if (s == "dozen" && value < 100) { value *= 12; k++; continue; }
            double scale = s is "m" or "b" or "k" ? 0 : Scale(s);
            if (scale == 0) break;
            value *= scale;
            k++;
        }
        return k - i;
    }

    /// <summary>Parses a number word or hyphenated compound ("seven", "twenty-two").</summary>
    public static bool TryWords(string norm, out double value)
    {
        value = 0;
        if (s_units.TryGetValue(norm, out int v)) { value = v; return norm != "dozen"; }
        int dash = norm.IndexOf('-');
        if (dash > 0 && s_units.TryGetValue(norm[..dash], out int tens) && tens >= 20 && tens % 10 == 0
            && s_units.TryGetValue(norm[(dash + 1)..], out int unit) && unit is > 0 and < 10)
        {
            value = tens + unit;
            return true;
        }
        return false;
    }
}
