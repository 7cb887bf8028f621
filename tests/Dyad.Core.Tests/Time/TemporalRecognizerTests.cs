using System.Globalization;
using Dyad.Pipeline;
using Dyad.Time;

namespace Dyad.Core.Tests.Time;

public sealed class TemporalRecognizerTests
{
    // Each expression as "text=start[..end]/precision", in text order.
    private static string Find(string sentence, string? anchor)
    {
        var doc = TextPipeline.Default.Process(sentence);
        DateOnly? a = anchor is null ? null : DateOnly.ParseExact(anchor, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var found = new List<TemporalExpression>();
        for (int s = 0; s < doc.SentenceCount; s++) TemporalRecognizer.Find(doc, s, a, found);
        return string.Join("; ", found.Select(e =>
            doc.Text[doc.Tokens[e.FirstToken].Start..doc.Tokens[e.EndToken - 1].End] + "=" + e.StartText
            + (e.EndText is null ? "" : ".." + e.EndText) + "/" + TemporalExpression.PrecisionName(e.Precision)));
    }

    [Theory]
    [InlineData("The minister visited on January 6th, 2026.", "January 6th, 2026=2026-01-06/day")]
    [InlineData("Talks were held on 5 January 2026.", "5 January 2026=2026-01-05/day")]
    [InlineData("Talks were held on Jan. 5, 2026.", "Jan. 5, 2026=2026-01-05/day")]
    [InlineData("The report is dated 2026-01-05.", "2026-01-05=2026-01-05/day")]
    [InlineData("The talks ran from January 3 to 5, 2026.", "January 3 to 5, 2026=2026-01-03..2026-01-05/day")]
    [InlineData("The talks ran January 3-5, 2026.", "January 3-5, 2026=2026-01-03..2026-01-05/day")]
    [InlineData("The talks ran from December 30 to January 2, 2026.", "December 30 to January 2, 2026=2025-12-30..2026-01-02/day")]
    [InlineData("Prices rose from 2019 to 2021.", "2019 to 2021=2019..2021/year")]
    [InlineData("In March 2025, police arrested him.", "March 2025=2025-03/month")]
    [InlineData("Ties date back to 1951.", "1951=1951/year")]
    [InlineData("Trade grew steadily since her 2025 election.", "2025=2025/year")]
    [InlineData("In the 1970s, Pakistan helped.", "1970s=1970..1979/decade")]
    [InlineData("The army sent 2000 troops.", "")]
    [InlineData("The army sent 2,000 troops in 2024.", "2024=2024/year")]
    public void AbsoluteExpressionsNeedNoAnchor(string sentence, string expected) => Assert.Equal(expected, Find(sentence, null));

    [Theory]
    [InlineData("The deal was signed on February 30, 2026.")]
    [InlineData("The deal was signed on 31 April 2025.")]
    [InlineData("The deal was signed on February 29, 2025.")]
    public void ImpossibleDatesAreNotInvented(string sentence) => Assert.Equal("", Find(sentence, "2026-01-06"));

    [Fact]
    public void LeapDayExists() => Assert.Equal("February 29, 2024=2024-02-29/day", Find("It happened on February 29, 2024.", null));

    [Theory]
    // 2026-01-06 is a Tuesday; 2025-03-15 a Saturday; 2024-12-31 a Tuesday.
    [InlineData("2026-01-06", "Rebels attacked the town yesterday.", "yesterday=2026-01-05/day")]
    [InlineData("2024-12-31", "Rebels attacked the town yesterday.", "yesterday=2024-12-30/day")]
    [InlineData("2026-01-06", "Rebels attacked the town on Saturday.", "Saturday=2026-01-03/day")]
    [InlineData("2025-03-15", "Rebels attacked the town on Saturday.", "Saturday=2025-03-15/day")]
    [InlineData("2025-03-15", "Rebels attacked the town last Saturday.", "last Saturday=2025-03-08/day")]
    [InlineData("2026-01-06", "The ministers will meet on Friday.", "Friday=2026-01-09/day")]
    [InlineData("2026-01-06", "Troops withdrew last week.", "last week=2025-12-29..2026-01-04/week")]
    [InlineData("2026-01-06", "Troops withdrew earlier this month.", "earlier this month=2026-01/month")]
    [InlineData("2025-03-15", "Troops withdrew earlier this month.", "earlier this month=2025-03/month")]
    [InlineData("2026-01-06", "Troops withdrew two days ago.", "two days ago=2026-01-04/day")]
    [InlineData("2026-01-06", "Troops withdrew 3 weeks ago.", "3 weeks ago=2025-12-15..2025-12-21/week")]
    [InlineData("2026-01-06", "Troops withdrew last month.", "last month=2025-12/month")]
    [InlineData("2026-01-06", "Troops withdrew last year.", "last year=2025/year")]
    [InlineData("2026-01-06", "Police arrested him in March.", "March=2025-03/month")]
    [InlineData("2025-06-01", "Police arrested him in March.", "March=2025-03/month")]
    [InlineData("2026-01-06", "The summit will be held in March.", "March=2026-03/month")]
    [InlineData("2026-10-14", "The summit will be held in January.", "January=2027-01/month")]
    [InlineData("2026-10-14", "He said he would travel to Baku in January.", "January=2027-01/month")]
    [InlineData("2026-10-14", "Kyiv plans to hold the vote in March.", "March=2027-03/month")]
    [InlineData("2026-10-14", "He said he had travelled to Baku in January.", "January=2026-01/month")]
    [InlineData("2026-09-22", "Both sides agreed to meet again in October.", "October=2026-10/month")]
    [InlineData("2026-09-22", "Both sides met again in October.", "October=2025-10/month")]
    // A present perfect "since" runs to the anchor; a past perfect one ended before it.
    [InlineData("2026-11-15", "Gondor has expelled 9,000 migrants since January.", "January=2026-01..2026-11/month")]
    [InlineData("2026-11-15", "Troops withdrew from posts they had held since January.", "January=2026-01/month")]
    [InlineData("2026-11-15", "The union threatened to call a strike from December 1.", "December 1=2026-12-01/day")]
    [InlineData("2026-11-15", "The union called a strike on December 1.", "December 1=2025-12-01/day")]
    [InlineData("2026-10-14", "He announced a loan on Aug. 23, adding that jobs would be created.", "Aug. 23=2026-08-23/day")]
    [InlineData("2026-01-06", "Police arrested him on December 28.", "December 28=2025-12-28/day")]
    [InlineData("2026-01-06", "Police arrested him on Jan 2.", "Jan 2=2026-01-02/day")]
    [InlineData("2026-01-06", "Police arrested him on the 6th of January.", "6th of January=2026-01-06/day")]
    public void RelativeExpressionsResolveAgainstTheAnchor(string anchor, string sentence, string expected) => Assert.Equal(expected, Find(sentence, anchor));

    [Fact]
    public void RelativeExpressionsNeedAnAnchor() => Assert.Equal("", Find("Rebels attacked the town yesterday.", null));

    [Theory]
    [InlineData("May God protect us.")]
    [InlineData("They may march on Monday's anniversary.")]
    public void ModalMayIsNotAMonth(string sentence) => Assert.DoesNotContain("/month", Find(sentence, "2026-01-06"));
}
