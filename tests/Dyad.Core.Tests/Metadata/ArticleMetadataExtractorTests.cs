using Dyad.Metadata;
using Dyad.Pipeline;

namespace Dyad.Core.Tests.Metadata;

public sealed class ArticleMetadataExtractorTests
{
    [Fact]
    public void TrailerGivesPublicationDateAndOutlet()
    {
        var doc = TextPipeline.Default.Process("Troops withdrew on Saturday.\nPublished in Harbour Post, January 6th, 2026\nFollow us on X.");
        var m = ArticleMetadataExtractor.Extract(doc);
        Assert.Equal(new DateOnly(2026, 1, 6), m.Published!.Value.Value);
        Assert.Equal(MetadataBasis.Trailer, m.Published.Value.Basis);
        Assert.Equal("Harbour Post", m.Source!.Value.Value);
        Assert.Equal("January 6th, 2026", doc.Text[m.Published.Value.Start..m.Published.Value.End]);
    }

    [Theory]
    [InlineData("2026-01-06", "2026-01-05")]
    [InlineData("2025-12-01", "2025-01-05")]
    [InlineData("2026-01-03", "2026-01-05")]
    public void DatelineDateResolvesAgainstPublication(string published, string expected)
    {
        var doc = TextPipeline.Default.Process("ISLAMABAD, Jan 5 (Reuters) - Pakistan closed its border.");
        var m = ArticleMetadataExtractor.Extract(doc, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("ISLAMABAD", m.DatelinePlace!.Value.Value);
        Assert.Equal(expected, m.DatelineDate!.Value.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Reuters", m.Source!.Value.Value);
    }

    [Fact]
    public void NoDatelineNoTrailer()
    {
        var m = ArticleMetadataExtractor.Extract(TextPipeline.Default.Process("Pakistan closed its border."));
        Assert.Null(m.Published);
        Assert.Null(m.DatelinePlace);
    }
}
