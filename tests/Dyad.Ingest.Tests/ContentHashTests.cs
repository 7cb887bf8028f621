using System.Security.Cryptography;
using System.Text;

namespace Dyad.Ingest.Tests;

public sealed class ContentHashTests
{
    // The hash is defined on the whole normalized text; it is computed in pieces, which must not show.
    [Theory]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(30_000)]
    public void PiecewiseHashEqualsHashOfWholeNormalizedText(int length)
    {
        var text = new StringBuilder();
        var rng = new Random(length);
        string[] pieces = ["Kenya", " ", "  ", ",", "É", "ß", "\U0001F600", "42", "\t", "İ", "--", "a"];
        while (text.Length < length) text.Append(pieces[rng.Next(pieces.Length)]);
        string s = text.ToString(0, length);
        var norm = new char[s.Length + 1];
        int n = ContentHash.Normalize(s, norm);
        string expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(norm, 0, n)));
        Assert.Equal(expected, ContentHash.Of(s));
    }

    [Fact]
    public void LeadingSeparatorsAddNoSpaceAcrossPieces()
    {
        string s = new string(' ', 5000) + "Kenya closed";
        Assert.Equal(ContentHash.Of("kenya closed"), ContentHash.Of(s));
    }
}
