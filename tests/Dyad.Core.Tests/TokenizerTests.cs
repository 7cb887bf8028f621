using Dyad.Pipeline;
using Dyad.Text;
using Dyad.Tokenize;

namespace Dyad.Core.Tests;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var doc = new Document(text);
        new Tokenizer().Tokenize(doc);
        var result = new string[doc.TokenCount];
        for (int i = 0; i < doc.TokenCount; i++) result[i] = doc.Token(i).Text;
        return result;
    }

    [Theory]
    [InlineData("Officials don't agree.", "Officials|do|n't|agree|.")]
    [InlineData("Kabul can't wait, won't wait.", "Kabul|ca|n't|wait|,|wo|n't|wait|.")]
    [InlineData("Nepal's envoy and the officials' statement", "Nepal|'s|envoy|and|the|officials|'|statement")]
    [InlineData("the U.N.'s envoy and the U.S.'s position", "the|U.N.|'s|envoy|and|the|U.S.|'s|position")]
    [InlineData("Chile’s navy", "Chile|’s|navy")]
    [InlineData("They're sure we'll go and I'd agree", "They|'re|sure|we|'ll|go|and|I|'d|agree")]
    public void SplitsClitics(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("The U.S. envoy met U.K. officials.", "The|U.S.|envoy|met|U.K.|officials|.")]
    [InlineData("Gen. Smith and Dr. Jones arrived at 10 a.m. today", "Gen.|Smith|and|Dr.|Jones|arrived|at|10|a.m.|today")]
    [InlineData("It sent 7,000 troops and 3.5 tonnes", "It|sent|7,000|troops|and|3.5|tonnes")]
    [InlineData("Peru bought F-16 jets for USD 397 million.", "Peru|bought|F-16|jets|for|USD|397|million|.")]
    [InlineData("a $62bn pledge (about 5%)", "a|$|62bn|pledge|(|about|5|%|)")]
    [InlineData("see https://example.org/a?b=1, or mail desk@example.org.", "see|https://example.org/a?b=1|,|or|mail|desk@example.org|.")]
    [InlineData("\"We will respond,\" he said.", "\"|We|will|respond|,|\"|he|said|.")]
    [InlineData("the Chad-Sudan border—and beyond...", "the|Chad-Sudan|border|—|and|beyond|...")]
    public void KeepsUnitsWhole(string text, string expected) => Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void NoInputGivesNoTokens()
    {
        Assert.Empty(Tokens(""));
        Assert.Empty(Tokens("   \n\t  "));
    }

    [Fact]
    public void ControlCharactersAreNeverInsideTokens()
    {
        var tokens = Tokens("Mali\0sent\u0001troops");
        Assert.Equal(["Mali", "sent", "troops"], tokens);
    }

    [Fact]
    public void SpacesAfterAreRecordedSoTextRebuilds()
    {
        const string text = "Oman's envoy (left) met them.";
        var doc = TextPipeline.Default.Process(text);
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < doc.TokenCount; i++)
        {
            sb.Append(doc.Token(i).Span);
            if (doc.Token(i).Flags.HasFlag(TokenFlags.SpaceAfter)) sb.Append(' ');
        }
        Assert.Equal(text, sb.ToString().TrimEnd());
    }
}
