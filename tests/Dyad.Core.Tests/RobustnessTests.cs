using System.Text;
using Dyad.Pipeline;
using Dyad.Text;
using Dyad.Tokenize;

namespace Dyad.Core.Tests;

/// <summary>
/// Hostile and degenerate inputs: no exception escapes the pipeline and the analysis stays well formed.
/// Timing of the long inputs is measured in bench/Dyad.Bench (LongInputBenchmarks, <c>--long</c>), not here.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly int s_maxSentence = new SentenceSplitter().MaxSentenceTokens;

    private static Document Analyse(string text)
    {
        var doc = TextPipeline.Default.Process(text);
        PropertyTests.AssertWellFormed(doc);
        return doc;
    }

    private static int LongestSentence(Document doc)
    {
        int max = 0;
        foreach (ref readonly var s in doc.Sentences) max = Math.Max(max, s.EndToken - s.FirstToken);
        return max;
    }

    [Fact]
    public void EmptyInputGivesAnEmptyAnalysis()
    {
        var doc = Analyse("");
        Assert.Equal(0, doc.TokenCount);
        Assert.Equal(0, doc.SentenceCount);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData(" \t\r\n\u00A0\u2028\u2029\u200B\uFEFF\u3000\u202F\u205F\u000B\u000C")]
    public void OnlyWhitespaceGivesNoTokens(string unit)
    {
        var doc = Analyse(string.Concat(Enumerable.Repeat(unit, 1000)));
        Assert.Equal(0, doc.TokenCount);
        Assert.Equal(0, doc.SentenceCount);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BinaryDataDecodedAsLatin1IsAnalysed(int seed)
    {
        var bytes = new byte[200_000];
        new Random(seed).NextBytes(bytes);
        var doc = Analyse(Encoding.Latin1.GetString(bytes));
        Assert.True(LongestSentence(doc) <= s_maxSentence);
    }

    [Fact]
    public void BinaryDataDecodedAsUtf16IsAnalysed()
    {
        var bytes = new byte[200_000];
        new Random(4).NextBytes(bytes);
        // Arbitrary UTF-16 code units, lone surrogates included.
        Analyse(new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(bytes)));
    }

    [Fact]
    public void InvalidUtf8DecodedWithReplacementIsAnalysed()
    {
        byte[] bytes =
        [
            .. "Kenya closed "u8, 0xC3, 0x28, (byte)' ', 0xFF, 0xFE, (byte)' ', 0x80, 0x80, .. " its border "u8,
            0xE2, 0x82, (byte)'.', 0xF0, 0x9F, 0x98, (byte)' ', 0xED, 0xA0, 0x80, .. " with Uganda."u8,
        ];
        string text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
        Assert.Contains('\uFFFD', text);
        var doc = Analyse(text);
        for (int k = 0; k < text.Length; k++)
            if (text[k] == '\uFFFD')
            {
                bool covered = false;
                foreach (ref readonly var t in doc.Tokens) covered |= t.Start <= k && k < t.End;
                Assert.True(covered, $"replacement character at {k} is not in a token");
            }
    }

    [Fact]
    public void NulBytesSeparateTokens()
    {
        var doc = Analyse("Pakistan\0attacked\0\0India\0.\0");
        string[] tokens = [.. Enumerable.Range(0, doc.TokenCount).Select(i => doc.Token(i).Text)];
        Assert.Equal(["Pakistan", "attacked", "India", "."], tokens);
    }

    [Fact]
    public void ManyNulBytesGiveNoTokens() => Assert.Equal(0, Analyse(new string('\0', 100_000)).TokenCount);

    [Fact]
    public void TenMegabyteLineIsAnalysed()
    {
        var sb = new StringBuilder(10_000_100);
        string[] sentences =
        [
            "Pakistan's army arrested two suspects on Monday, officials said.",
            "\"We will respond,\" the U.S. envoy told reporters in Geneva after talks with Iran.",
            "The government of Kenya vowed to upgrade the corridor by Jan. 5 despite protests",
        ];
        for (int i = 0; sb.Length < 10_000_000; i++) sb.Append(sentences[i % sentences.Length]).Append(' ');
        var doc = Analyse(sb.ToString());
        Assert.True(doc.SentenceCount > 50_000, $"{doc.SentenceCount} sentences");
        Assert.True(LongestSentence(doc) <= s_maxSentence);
    }

    [Fact]
    public void OneMegabyteSentenceWithoutPunctuationIsCut()
    {
        var sb = new StringBuilder(1_000_100);
        string[] words = ["the", "army", "said", "Pakistan", "troops", "attacked", "rebels", "near", "border", "talks"];
        for (int i = 0; sb.Length < 1_000_000; i++) sb.Append(words[i % words.Length]).Append(' ');
        var doc = Analyse(sb.ToString());
        Assert.True(LongestSentence(doc) <= s_maxSentence);
        Assert.True(doc.SentenceCount >= doc.TokenCount / s_maxSentence);
    }

    [Fact]
    public void OneMegabyteWordIsCutIntoBoundedTokens()
    {
        var doc = Analyse(new string('a', 1_000_000));
        foreach (ref readonly var t in doc.Tokens) Assert.True(t.Length <= Tokenizer.MaxTokenLength);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("\"", "\"")]
    [InlineData("\u201C", "\u201D")]
    [InlineData("'", "'")]
    [InlineData("({[\u00AB\u2018", "\u2019\u00BB]})")]
    public void DeeplyNestedBracketsAndQuotes(string open, string close)
    {
        const int depth = 50_000;
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.Append(open);
        sb.Append("Pakistan attacked India.");
        for (int i = 0; i < depth; i++) sb.Append(close);
        Analyse(sb.ToString());

        // The same nesting with spaces, so that every bracket is its own token.
        sb.Clear();
        for (int i = 0; i < depth; i++) sb.Append(open).Append(' ');
        sb.Append("Pakistan attacked India. Talks resumed.");
        for (int i = 0; i < depth; i++) sb.Append(' ').Append(close);
        var doc = Analyse(sb.ToString());
        Assert.True(LongestSentence(doc) <= s_maxSentence);
    }

    [Theory]
    [InlineData(",")]
    [InlineData(", ")]
    [InlineData("a,")]
    [InlineData("1,")]
    [InlineData("and, ")]
    public void HundredThousandCommas(string unit)
    {
        var doc = Analyse("Officials said " + string.Concat(Enumerable.Repeat(unit, 100_000)) + " talks resumed.");
        Assert.True(LongestSentence(doc) <= s_maxSentence);
    }

    [Theory]
    [InlineData(".")]
    [InlineData(". ")]
    [InlineData("U.S. ")]
    [InlineData("Dr. ")]
    [InlineData("- ")]
    [InlineData("\n")]
    [InlineData("ISLAMABAD - ")]
    [InlineData("http://x.org/")]
    [InlineData("'s ")]
    public void LongRepetitions(string unit)
    {
        var doc = Analyse(string.Concat(Enumerable.Repeat(unit, 100_000)));
        Assert.True(LongestSentence(doc) <= s_maxSentence);
    }
}
