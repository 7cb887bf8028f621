using System.Globalization;
using Dyad.Numbers;
using Dyad.Text;

namespace Dyad.Time;

/// <summary>
/// Finds temporal expressions in a sentence and normalizes them against an anchor (the publication
/// date): full dates ("January 6th, 2026", "5 Jan 2026", "2026-01-05"), ranges ("from January 3 to 5,
/// 2026", "3-5 January", "from 2019 to 2021"), months ("In March 2025", "last March"), years ("in
/// 1951", "his 2025 return"), decades ("the 1970s"), weekdays ("on Saturday") and relative expressions
/// ("yesterday", "last week", "earlier this month", "two days ago"). Impossible dates ("February 30")
/// give nothing. Without an anchor, only expressions that name their year are returned. Works on the
/// tokens' <see cref="TokenData.Norm"/> and flags only, so it needs just the tokenizer (tags are used
/// when present). Stateless and thread-safe; no I/O.
/// </summary>
public static class TemporalRecognizer
{
    // Days within which a yearless past-tense date may still lie after the anchor (scheduled items,
    // late-filed stories) before it is taken to be last year's.
    private const int YearSlackDays = 14;

    private struct Part
    {
        public int First, End;
        public int Year, Month, Day, EndDay;
        public DatePrecision Precision;
        public DateOnly? Start, Stop;
        public bool Relative;
        public bool Future;
    }

    /// <summary>Appends the temporal expressions of sentence <paramref name="sentence"/> to <paramref name="into"/>, in text order.</summary>
    public static void Find(Document doc, int sentence, DateOnly? anchor, List<TemporalExpression> into)
    {
        ref var sd = ref doc.SentenceRef(sentence);
        Find(doc.Tokens, sd.FirstToken, sd.EndToken, anchor, into);
    }

    /// <summary>Appends the temporal expressions of tokens [<paramref name="first"/>, <paramref name="end"/>) to <paramref name="into"/>.</summary>
    public static void Find(ReadOnlySpan<TokenData> tok, int first, int end, DateOnly? anchor, List<TemporalExpression> into)
    {
        bool future = FutureMarkers(tok, first, end, out int reportedFirst, out int reportedEnd);
        Span<Part> parts = stackalloc Part[16];
        int count = 0;
        int i = first;
        while (i < end && count < parts.Length)
        {
            // "said he would travel to Baku in January": a reported future dates what follows it in its clause, not
            // "announced a loan on Aug. 23, adding that jobs would be created".
            bool f = future || reportedFirst < i && i < reportedEnd;
            int used = TryAt(tok, first, i, end, anchor, f, out var p);
            if (used <= 0) { i++; continue; }
            p.Future = f;
            if (p.Precision != (DatePrecision)255) parts[count++] = p;
            i += used;
        }
        if (count == 0) return;
        parts = parts[..count];

        // Ranges: "from January 3 to February 2, 2026", "from 2019 to 2021", "between March and May 2025".
        var merged = new bool[count];
        for (int k = 0; k + 1 < count; k++)
        {
            ref var a = ref parts[k];
            ref var b = ref parts[k + 1];
            if (a.Start is not null || b.Start is not null || b.First != a.End + 1) continue;
            string c = tok[a.End].Norm;
            bool between = a.First > first && tok[a.First - 1].Norm == "between";
            if (!(c is "to" or "through" or "until" or "till" or "-" || (c == "and" && between))) continue;
            if (a.Year == 0 && b.Year != 0)
                a.Year = (a.Month > b.Month || (a.Month == b.Month && a.Day > b.Day)) ? b.Year - 1 : b.Year;
            if (a.Month == 0 && b.Month == 0 && a.Precision != b.Precision) continue;
            merged[k + 1] = true;
        }

        for (int k = 0; k < count; k++)
        {
            if (merged[k]) continue;
            if (!TryResolve(ref parts[k], anchor, parts[k].Future, out var start, out var stop)) continue;
            var exp = new TemporalExpression(parts[k].First, parts[k].End, start, stop, parts[k].Precision, parts[k].Relative);
            // Fold a merged range partner into this expression.
            if (k + 1 < count && merged[k + 1] && TryResolve(ref parts[k + 1], anchor, parts[k + 1].Future, out var s2, out var e2))
            {
                var last = e2 ?? s2;
                if (last > start)
                    exp = exp with
                    {
                        EndToken = parts[k + 1].End,
                        End = last,
                        Precision = parts[k].Precision > parts[k + 1].Precision ? parts[k].Precision : parts[k + 1].Precision,
                        Relative = exp.Relative || parts[k + 1].Relative,
                    };
            }
            // "has expelled 600,000 migrants since January": a present perfect's series still runs at the anchor ("had
            // occupied since last year" ended before it).
            if (exp.End is null && anchor is { } now && parts[k].First > first && tok[parts[k].First - 1].Norm == "since" && now > exp.Start
                && PresentPerfectBefore(tok, first, parts[k].First - 1))
                exp = exp with { End = now };
            into.Add(exp);
        }
    }

    // Whether "has/have" governs the words before `since` (within its clause), not "had".
    private static bool PresentPerfectBefore(ReadOnlySpan<TokenData> tok, int first, int since)
    {
        for (int k = since - 1; k >= first && k >= since - 12; k--)
        {
            if (tok[k].Norm is "has" or "have" or "'ve") return true;
            if (tok[k].Norm is "had" or "'d" || tok[k].Tag is PosTag.Period) return false;
        }
        return false;
    }

    private static bool TryResolve(ref Part p, DateOnly? anchor, bool future, out DateOnly start, out DateOnly? stop)
    {
        start = default;
        stop = null;
        if (p.Start is { } s) { start = s; stop = p.Stop; return true; }
        if (p.Year == 0)
        {
            if (anchor is not { } a || p.Month == 0) return false;
            p.Year = InferYear(a, p.Month, p.Day == 0 ? 1 : p.Day, future, p.Day == 0);
            p.Relative = true;
        }
        if (p.Year is < 1 or > 9999) return false;
        switch (p.Precision)
        {
            case DatePrecision.Day:
                if (p.Day > DateTime.DaysInMonth(p.Year, p.Month)) return false;
                start = new DateOnly(p.Year, p.Month, p.Day);
                if (p.EndDay > 0)
                {
                    if (p.EndDay <= p.Day || p.EndDay > DateTime.DaysInMonth(p.Year, p.Month)) return false;
                    stop = new DateOnly(p.Year, p.Month, p.EndDay);
                }
                return true;
            case DatePrecision.Month:
                start = new DateOnly(p.Year, p.Month, 1);
                return true;
            case DatePrecision.Decade:
                start = new DateOnly(p.Year, 1, 1);
                stop = new DateOnly(p.Year + 9, 1, 1);
                return true;
            default:
                start = new DateOnly(p.Year, 1, 1);
                return true;
        }
    }

    // A yearless date is the anchor's year unless that puts a past event well after the anchor (then
    // last year) or a future one well before it (then next year).
    private static int InferYear(DateOnly anchor, int month, int day, bool future, bool wholeMonth)
    {
        int y = anchor.Year;
        var d = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
        if (!future && d > anchor.AddDays(wholeMonth ? 0 : YearSlackDays) && !(wholeMonth && month == anchor.Month)) return y - 1;
        if (future && (wholeMonth ? month < anchor.Month : d < anchor.AddDays(-YearSlackDays))) return y + 1;
        return y;
    }

    // One pass: whether the sentence speaks of the future ("will", "next", "scheduled" ...), and the tokens after its first
    // "would", "plans" or "intends" up to the next comma, which speak of a reported or planned future (empty for none).
    private static bool FutureMarkers(ReadOnlySpan<TokenData> tok, int first, int end, out int reportedFirst, out int reportedEnd)
    {
        bool future = false;
        reportedFirst = reportedEnd = end;
        for (int k = first; k < end; k++)
        {
            string n = tok[k].Norm;
            if (n is "will" or "'ll" or "shall" or "upcoming" or "next" or "tomorrow" or "scheduled") future = true;
            else if (reportedFirst == end && (n is "would" or "plans" or "intends" || n == "to" && k > first && IsIntentVerb(tok[k - 1].Norm))) reportedFirst = k;
            else if (reportedFirst < end && reportedEnd == end && tok[k].Tag == PosTag.Comma) reportedEnd = k;
        }
        return future;
    }

    // "agreed to meet again in October": what an intent looks forward to is ahead of it.
    // "threatened to call a strike from December 1": so does a threat.
    private static bool IsIntentVerb(string n) => n is "agreed" or "agree" or "agrees" or "expected" or "pledged" or "promised"
        or "vowed" or "planned" or "plan" or "due" or "scheduled" or "set" or "hopes" or "hoped" or "aims" or "intend" or "intended"
        or "threatened" or "threaten" or "threatens" or "pledges" or "promises" or "vows";

    private static int TryAt(ReadOnlySpan<TokenData> tok, int first, int i, int end, DateOnly? anchor, bool future, out Part p)
    {
        p = default;
        p.First = i;
        string n = tok[i].Norm;
        string prev = i > first ? tok[i - 1].Norm : "";
        int month = Month(n);
        if (month > 0 && tok[i].Has(TokenFlags.Capitalized) && tok[i].Tag != PosTag.MD)
            return MonthFirst(tok, first, i, end, month, anchor, future, ref p);

        if (tok[i].Has(TokenFlags.HasDigit))
        {
            // "3 January 2026", "6th of January", "3-5 January"
            if (TryDay(n, out int d, out int d2))
            {
                int j = i + 1;
                if (j + 1 < end && tok[j].Norm == "of" && Month(tok[j + 1].Norm) > 0) j++;
                if (j < end && Month(tok[j].Norm) is int m && m > 0 && tok[j].Has(TokenFlags.Capitalized))
                {
                    p.Month = m; p.Day = d; p.EndDay = d2; p.Precision = DatePrecision.Day;
                    j++;
                    if (j < end && IsYear(tok[j].Norm, out int y)) { p.Year = y; j++; }
                    else if (j + 1 < end && tok[j].Norm == "," && IsYear(tok[j + 1].Norm, out y)) { p.Year = y; j += 2; }
                    p.End = j;
                    return j - i;
                }
            }
            if (n.Length == 10 && n[4] == '-' && n[7] == '-'
                && DateOnly.TryParseExact(n, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                p.Start = iso; p.Precision = DatePrecision.Day; p.End = i + 1;
                return 1;
            }
            if (IsDecade(n, out int decade))
            {
                p.Year = decade; p.Precision = DatePrecision.Decade; p.End = i + 1;
                return 1;
            }
            if (IsYear(n, out int year) && LooksLikeYear(tok, first, i, end))
            {
                p.Year = year; p.Precision = DatePrecision.Year; p.End = i + 1;
                return 1;
            }
        }

        if (anchor is not { } a) return 0;

        switch (n)
        {
            case "yesterday": return Day(ref p, i, 1, a.AddDays(-1));
            case "today" or "tonight": return Day(ref p, i, 1, a);
            case "tomorrow": return Day(ref p, i, 1, a.AddDays(1));
        }
        if (Weekday(n) is int wd && wd >= 0 && tok[i].Has(TokenFlags.Capitalized))
        {
            DateOnly day;
            int from = i;
            if (prev == "last" || prev == "past") { day = Previous(a, wd, strict: true); from = i - 1; }
            else if (prev is "next" or "coming") { day = Following(a, wd, strict: true); from = i - 1; }
            else if (prev == "this") { day = MondayOf(a).AddDays((wd + 6) % 7); from = i - 1; }
            else day = future ? Following(a, wd, strict: false) : Previous(a, wd, strict: false);
            p.First = from;
            return Day(ref p, i, 1, day);
        }
        if (i + 1 < end && n is "last" or "this" or "next" or "past" or "coming")
        {
            string unit = tok[i + 1].Norm;
            int shift = n switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
            switch (unit)
            {
                case "night" when n == "last": return Day(ref p, i, 2, a.AddDays(-1));
                case "morning" or "afternoon" or "evening" when n == "this": return Day(ref p, i, 2, a);
                case "week" or "weekend":
                    var monday = MondayOf(a).AddDays(7 * shift);
                    p.Start = unit == "weekend" ? monday.AddDays(5) : monday;
                    p.Stop = monday.AddDays(6);
                    p.Precision = unit == "weekend" ? DatePrecision.Day : DatePrecision.Week;
                    p.Relative = true;
                    p.End = i + 2;
                    return 2;
                case "month":
                    var m = new DateOnly(a.Year, a.Month, 1).AddMonths(shift);
                    return Span(ref p, i, 2, m, DatePrecision.Month);
                case "year":
                    return Span(ref p, i, 2, new DateOnly(a.Year + shift, 1, 1), DatePrecision.Year);
            }
        }
        // "earlier this month", "later this year"
        if (i + 2 < end && n is "earlier" or "later" && tok[i + 1].Norm == "this")
        {
            switch (tok[i + 2].Norm)
            {
                case "week":
                    p.Start = MondayOf(a); p.Stop = MondayOf(a).AddDays(6); p.Precision = DatePrecision.Week; p.Relative = true; p.End = i + 3;
                    return 3;
                case "month": return Span(ref p, i, 3, new DateOnly(a.Year, a.Month, 1), DatePrecision.Month);
                case "year": return Span(ref p, i, 3, new DateOnly(a.Year, 1, 1), DatePrecision.Year);
            }
        }
        // "two days ago", "a week ago", "three years ago"
        int used = NumberReader.Read(tok, i, end, out double value);
        if (used == 0 && n == "a") { used = 1; value = 1; }
        if (used > 0 && value is >= 1 and <= 1000 && value == Math.Floor(value) && i + used + 1 < end && tok[i + used + 1].Norm == "ago")
        {
            int v = (int)value;
            switch (tok[i + used].Norm)
            {
                case "day" or "days": return Day(ref p, i, used + 2, a.AddDays(-v));
                case "week" or "weeks":
                    var w = MondayOf(a.AddDays(-7 * v));
                    p.Start = w; p.Stop = w.AddDays(6); p.Precision = DatePrecision.Week; p.Relative = true; p.End = i + used + 2;
                    return used + 2;
                case "month" or "months":
                    return Span(ref p, i, used + 2, new DateOnly(a.Year, a.Month, 1).AddMonths(-v), DatePrecision.Month);
                case "year" or "years":
                    return Span(ref p, i, used + 2, new DateOnly(a.Year - v, 1, 1), DatePrecision.Year);
            }
        }
        return 0;
    }

    private static int MonthFirst(ReadOnlySpan<TokenData> tok, int first, int i, int end, int month, DateOnly? anchor, bool future, ref Part p)
    {
        string prev = i > first ? tok[i - 1].Norm : "";
        int j = i + 1;
        p.Month = month;
        if (j < end && TryDay(tok[j].Norm, out int d, out int d2) && !IsYear(tok[j].Norm, out _))
        {
            p.Day = d; p.EndDay = d2; p.Precision = DatePrecision.Day;
            j++;
            // "January 3 to 5, 2026": a second day in the same month (not "January 30 to February 2").
            if (d2 == 0 && j + 1 < end && tok[j].Norm is "to" or "-" or "through" or "until" or "and"
                && TryDay(tok[j + 1].Norm, out int e, out _) && !(j + 2 < end && Month(tok[j + 2].Norm) > 0) && !IsYear(tok[j + 1].Norm, out _))
            {
                p.EndDay = e;
                j += 2;
            }
            if (j < end && IsYear(tok[j].Norm, out int y)) { p.Year = y; j++; }
            else if (j + 1 < end && tok[j].Norm == "," && IsYear(tok[j + 1].Norm, out y)) { p.Year = y; j += 2; }
            p.End = j;
            return j - i;
        }
        if (j < end && IsYear(tok[j].Norm, out int year))
        {
            p.Year = year; p.Precision = DatePrecision.Month; p.End = j + 1;
            return j + 1 - i;
        }
        if (j + 1 < end && tok[j].Norm == "," && IsYear(tok[j + 1].Norm, out year))
        {
            p.Year = year; p.Precision = DatePrecision.Month; p.End = j + 2;
            return j + 2 - i;
        }
        // A bare month needs a word that makes it a time ("in March", "last May", "between March and May").
        if (prev is "last" or "next" or "this" or "past" or "coming")
        {
            if (anchor is not { } a) return 1;
            int shift = prev switch { "last" or "past" => -1, "next" or "coming" => 1, _ => 0 };
            int y = a.Year;
            if (shift < 0 && month >= a.Month) y--;
            if (shift > 0 && month <= a.Month) y++;
            p.First = i - 1;
            return Span(ref p, i - 1, 2, new DateOnly(y, month, 1), DatePrecision.Month) - 1;
        }
        if (prev is "in" or "since" or "until" or "till" or "by" or "during" or "early" or "late" or "mid" or "mid-" or "of" or "from" or "to" or "between" or "and" or "through" or "before" or "after")
        {
            p.Precision = DatePrecision.Month;
            p.End = i + 1;
            return 1;
        }
        p.Precision = (DatePrecision)255; // a month name with nothing to anchor it: consumed, not a date
        return 1;
    }

    private static int Day(ref Part p, int i, int used, DateOnly day)
    {
        p.Start = day; p.Precision = DatePrecision.Day; p.Relative = true; p.End = i + used;
        return used;
    }

    private static int Span(ref Part p, int i, int used, DateOnly start, DatePrecision precision)
    {
        p.Start = start; p.Precision = precision; p.Relative = true; p.End = i + used;
        return used;
    }

    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DateOnly Previous(DateOnly a, int weekday, bool strict)
    {
        int back = ((int)a.DayOfWeek - weekday + 7) % 7;
        if (back == 0 && strict) back = 7;
        return a.AddDays(-back);
    }

    private static DateOnly Following(DateOnly a, int weekday, bool strict)
    {
        int ahead = (weekday - (int)a.DayOfWeek + 7) % 7;
        if (ahead == 0 && strict) ahead = 7;
        return a.AddDays(ahead);
    }

    // A four-digit number is a year unless it counts something: "2000 troops" is not, "in 2000" and
    // "his 2025 return" are.
    private static bool LooksLikeYear(ReadOnlySpan<TokenData> tok, int first, int i, int end)
    {
        string prev = i > first ? tok[i - 1].Norm : "";
        if (prev is "in" or "since" or "by" or "of" or "from" or "until" or "till" or "to" or "during" or "before" or "after" or "early"
            or "late" or "mid" or "mid-" or "around" or "circa" or "through" or "throughout" or "fiscal" or "spring" or "summer" or "autumn"
            or "fall" or "winter" or "and" or "between" or "," or "year")
            return true;
        if (i + 1 < end)
        {
            var next = tok[i + 1];
            if (next.Tag is PosTag.NNS or PosTag.NNPS || NumberReader.Scale(next.Norm) > 0 || next.Norm is "%" or "percent" or "per" or "people" or "troops") return false;
            if (next.Norm is "-" or "to" && i + 2 < end && tok[i + 2].Has(TokenFlags.HasDigit)) return true;
        }
        return true;
    }

    private static bool IsYear(string norm, out int year)
    {
        year = 0;
        if (norm.Length != 4 || !int.TryParse(norm, NumberStyles.None, CultureInfo.InvariantCulture, out year)) return false;
        return year is >= 1800 and <= 2100;
    }

    private static bool IsDecade(string norm, out int year)
    {
        year = 0;
        var s = norm.AsSpan();
        if (s.StartsWith("mid-") || s.StartsWith("late-")) s = s[(s.IndexOf('-') + 1)..];
        else if (s.StartsWith("early-")) s = s[6..];
        if (s.Length == 6 && s[4] == '\'' && s[5] == 's') s = string.Concat(s[..4], "s");
        if (s.Length != 5 || s[4] != 's' || s[3] != '0') return false;
        return int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2100;
    }

    // A day of the month: "5", "6th", or a range "3-5" (then d2 is its end).
    private static bool TryDay(string norm, out int d, out int d2)
    {
        d2 = 0;
        int dash = norm.IndexOf('-');
        if (dash > 0)
        {
            if (!TryDay(norm[..dash], out d, out _) || !TryDay(norm[(dash + 1)..], out d2, out _)) return false;
            return d2 > d;
        }
        if (norm.Length <= 2 && int.TryParse(norm, NumberStyles.None, CultureInfo.InvariantCulture, out d)) return d is >= 1 and <= 31;
        if (NumberReader.TryParseOrdinalDigits(norm, out d)) return d is >= 1 and <= 31;
        d = 0;
        return false;
    }

    /// <summary>The month (1-12) a word names, with abbreviations ("jan", "jan.", "sept"), or 0.</summary>
    public static int Month(string norm) => norm switch
    {
        "january" or "jan" or "jan." => 1,
        "february" or "feb" or "feb." => 2,
        "march" or "mar" or "mar." => 3,
        "april" or "apr" or "apr." => 4,
        "may" => 5,
        "june" or "jun" or "jun." => 6,
        "july" or "jul" or "jul." => 7,
        "august" or "aug" or "aug." => 8,
        "september" or "sep" or "sep." or "sept" or "sept." => 9,
        "october" or "oct" or "oct." => 10,
        "november" or "nov" or "nov." => 11,
        "december" or "dec" or "dec." => 12,
        _ => 0,
    };

    /// <summary>The <see cref="DayOfWeek"/> value (Sunday = 0) a weekday name denotes, or -1.</summary>
    public static int Weekday(string norm) => norm switch
    {
        "sunday" => 0,
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        _ => -1,
    };
}
