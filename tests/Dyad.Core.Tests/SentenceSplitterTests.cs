using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Core.Tests;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var doc = TextPipeline.Default.Process(text);
        return [.. Enumerable.Range(0, doc.SentenceCount).Select(i => doc.Sentence(i).Text)];
    }

    [Fact]
    public void SplitsAtFinalPunctuation() =>
        Assert.Equal(["Peru protested.", "Chile replied!", "Why now?"], Sentences("Peru protested. Chile replied! Why now?"));

    [Fact]
    public void KeepsTitlesMonthsAndInitialsInside() =>
        Assert.Equal(["Gen. Ruiz met Dr. Olsen on Jan. 4 in St. Louis with J. R. Smith."], Sentences("Gen. Ruiz met Dr. Olsen on Jan. 4 in St. Louis with J. R. Smith."));

    [Fact]
    public void AbbreviationEndsSentenceBeforeAFunctionWord() =>
        Assert.Equal(["Talks resumed with the U.S.", "The envoy left."], Sentences("Talks resumed with the U.S. The envoy left."));

    [Fact]
    public void AbbreviationBeforeANameContinues() =>
        Assert.Single(Sentences("The U.S. Navy sailed to the U.K. Monday."));

    [Fact]
    public void DecimalsAndEllipsesStayInside()
    {
        Assert.Single(Sentences("Growth slowed to 3.5 percent in the quarter."));
        Assert.Single(Sentences("The talks ... were postponed again."));
    }

    [Fact]
    public void QuotesCloseWithTheirSentence() =>
        Assert.Equal(["\"We will not yield.\"", "He left."], Sentences("\"We will not yield.\" He left."));

    [Fact]
    public void HeadlineWithoutPunctuationIsItsOwnSentence()
    {
        var doc = TextPipeline.Default.Process("Border Talks Resume In Geneva\nThe two delegations met on Friday.");
        Assert.Equal(2, doc.SentenceCount);
        Assert.Equal(SentenceKind.Headline, doc.Sentence(0).Kind);
    }

    [Fact]
    public void WrappedLineStaysInOneSentence() =>
        Assert.Single(Sentences("The council condemned the raid on\nthe village near the border."));

    [Fact]
    public void DatelineIsSeparated()
    {
        var doc = TextPipeline.Default.Process("NAIROBI, May 2 (Wire) - Kenya closed its border with Somalia.");
        Assert.Equal(SentenceKind.Dateline, doc.Sentence(0).Kind);
        Assert.Equal("NAIROBI, May 2 (Wire) -", doc.Sentence(0).Text);
        Assert.Equal("Kenya closed its border with Somalia.", doc.Sentence(1).Text);
    }

    // A headline line may come first: the dateline after it is still the article's.
    [Theory]
    [InlineData("Kenya shuts Somali border\n\nNAIROBI, May 2 (Wire) - Kenya closed its border with Somalia.")]
    [InlineData("Kenya shuts Somali border\nNAIROBI, May 2 (Wire) - Kenya closed its border with Somalia.")]
    public void DatelineAfterHeadlineIsSeparated(string text)
    {
        var doc = TextPipeline.Default.Process(text);
        Assert.Equal(SentenceKind.Headline, doc.Sentence(0).Kind);
        Assert.Equal(SentenceKind.Dateline, doc.Sentence(1).Kind);
        Assert.Equal("NAIROBI, May 2 (Wire) -", doc.Sentence(1).Text);
        Assert.Equal("Kenya closed its border with Somalia.", doc.Sentence(2).Text);
        Assert.Equal("NAIROBI", Dyad.Metadata.ArticleMetadataExtractor.Extract(doc).DatelinePlace?.Value);
    }

    // A first line that ends a sentence is no headline, and text after it opens no dateline.
    [Fact]
    public void NoDatelineAfterAFullSentence()
    {
        var doc = TextPipeline.Default.Process("Kenya closed the border.\nNAIROBI - officials said more would follow.");
        Assert.DoesNotContain(Enumerable.Range(0, doc.SentenceCount), s => doc.Sentence(s).Kind == SentenceKind.Dateline);
    }

    [Fact]
    public void ListItemsSplit()
    {
        var doc = TextPipeline.Default.Process("Demands:\n- release of prisoners\n- a ceasefire");
        Assert.Equal(3, doc.SentenceCount);
        Assert.Equal(SentenceKind.ListItem, doc.Sentence(2).Kind);
    }
}
