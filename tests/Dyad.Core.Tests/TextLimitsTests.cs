using System.Text;
using Dyad.Pipeline;
using Dyad.Tokenize;

namespace Dyad.Core.Tests;

/// <summary>The sentence caps of <see cref="TextLimits"/>: configurable, enforced, and counted (never silent).</summary>
public sealed class TextLimitsTests
{
    private static string LongWords(int words, int length) =>
        string.Join(' ', Enumerable.Range(0, words).Select(i => new string((char)('a' + i % 26), length)));

    [Fact]
    public void NewsTextIsNotCut()
    {
        var doc = TextPipeline.Default.Process("Pakistan's army attacked militants near the border on Monday, officials said. China praised the talks.");
        Assert.Equal(0, doc.SentencesCut);
    }

    [Fact]
    public void LongTokensAreCutAtTheCharacterCap()
    {
        // 300 tokens of 200 characters: under the token cap, 60,000 characters without a stop.
        var doc = TextPipeline.Default.Process(LongWords(300, 200));
        foreach (ref readonly var s in doc.Sentences) Assert.InRange(s.End - s.Start, 1, TextLimits.Default.MaxSentenceChars);
        Assert.True(doc.SentencesCut >= 11, $"{doc.SentencesCut} cuts");
        Assert.Equal(doc.SentenceCount - 1, doc.SentencesCut);
    }

    [Theory]
    [InlineData(300, 50)]
    [InlineData(1000, 10)]
    [InlineData(256, 400)]
    public void CapsAreConfigurable(int maxChars, int maxTokens)
    {
        var limits = new TextLimits { MaxSentenceChars = maxChars, MaxSentenceTokens = maxTokens };
        var pipeline = TextPipeline.WithLimits(limits);
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append(i % 7 == 0 ? "Pakistan" : "troops").Append(i % 13 == 0 ? ", " : " ");
        var doc = pipeline.Process(sb.ToString());
        PropertyTests.AssertWellFormed(doc);
        foreach (ref readonly var s in doc.Sentences)
        {
            Assert.True(s.End - s.Start <= maxChars, $"{s.End - s.Start} chars");
            Assert.True(s.EndToken - s.FirstToken <= maxTokens, $"{s.EndToken - s.FirstToken} tokens");
        }
        Assert.True(doc.SentencesCut > 0);
    }

    [Fact]
    public void TokenCapCutsAreCounted()
    {
        var doc = TextPipeline.Default.Process(string.Concat(Enumerable.Repeat("the army said ", 1000)));
        Assert.Equal(new SentenceSplitter().MaxSentenceTokens, doc.Sentences[0].EndToken - doc.Sentences[0].FirstToken);
        Assert.Equal(doc.SentenceCount - 1, doc.SentencesCut);
    }

    [Theory]
    [InlineData(0, 5000, 400)]
    [InlineData(100, 255, 400)]
    [InlineData(100, 5000, 1)]
    public void NonsenseCapsAreRejected(int doc, int chars, int tokens) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextLimits { MaxDocumentChars = doc, MaxSentenceChars = chars, MaxSentenceTokens = tokens }.Validate());
}
