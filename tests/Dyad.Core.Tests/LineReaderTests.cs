using Dyad.Text;

namespace Dyad.Core.Tests;

public sealed class LineReaderTests
{
    private static List<string> ReadLines(string text)
    {
        var lines = new List<string>();
        var reader = new StringReader(text);
        string? line;
        while ((line = reader.ReadLine()) is not null) lines.Add(line);
        return lines;
    }

    private static List<string> Spans(string text)
    {
        var lines = new List<string>();
        var reader = new LineReader(new StringReader(text));
        while (reader.TryRead(out var line)) lines.Add(line.ToString());
        return lines;
    }

    [Theory]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("one\n")]
    [InlineData("one\ntwo")]
    [InlineData("one\r\ntwo\r\n")]
    [InlineData("one\rtwo\r")]
    [InlineData("\n\n\r\n\r\r")]
    [InlineData("a\tb\n\nc")]
    public void SplitsLikeReadLine(string text) => Assert.Equal(ReadLines(text), Spans(text));

    [Fact]
    public void SplitsLikeReadLineAcrossBufferBoundariesAndLongLines()
    {
        // Line breaks ("\r\n" too) at and around the 64K buffer's end, and a line longer than the buffer.
        var rng = new Random(7);
        var sb = new System.Text.StringBuilder();
        string[] breaks = ["\n", "\r\n", "\r"];
        while (sb.Length < 300_000)
        {
            int len = rng.Next(10) == 0 ? rng.Next(60_000, 140_000) : rng.Next(0, 40);
            sb.Append('x', len).Append(breaks[rng.Next(breaks.Length)]);
        }
        for (int shift = 0; shift < 4; shift++)
        {
            string text = new string('y', 65_536 - 2 + shift) + "\r\n" + sb;
            Assert.Equal(ReadLines(text), Spans(text));
        }
    }
}
