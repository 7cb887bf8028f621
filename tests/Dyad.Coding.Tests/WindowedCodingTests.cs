using System.Text.Json;
using Dyad.Coding.Dictionaries;
using Dyad.Coding.Records;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Coding.Tests;

/// <summary>
/// A long text coded a window at a time gives the events of the same text coded whole; only its places are resolved
/// a window at a time, with the dateline's place taken from the first window.
/// </summary>
public sealed class WindowedCodingTests
{
    private static readonly EventCoder s_coder = new(DictionarySet.Default);

    // The sample articles' bodies as one text, starting with the first article's dateline, ending with a trailer.
    private static string LongText()
    {
        var dir = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(dir, "data", "samples", "articles"))) dir = Path.GetDirectoryName(dir)!;
        var bodies = Directory.GetFiles(Path.Combine(dir, "data", "samples", "articles"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).Replace("\r\n", "\n"))
            .Select(t => t[(t.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].Trim());
        return string.Join("\n\n", bodies) + "\n\nPublished in Windowed Test Wire, March 14th, 2026.\n";
    }

    private static string Json(List<EventRecord> events) => string.Join("\n", events.Select(e => JsonSerializer.Serialize(e)));

    // The records without their places.
    private static string Unplaced(List<EventRecord> events) => string.Join("\n", events.Select(e =>
    {
        var copy = JsonSerializer.Deserialize<EventRecord>(JsonSerializer.Serialize(e))!;
        copy.Location = null;
        return JsonSerializer.Serialize(copy);
    }));

    [Theory]
    [InlineData(null)]
    [InlineData("2026-03-13")]
    public void WindowsCodeLikeTheWholeText(string? published)
    {
        string text = LongText();
        var info = new DocumentInfo("long") { Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };
        var whole = s_coder.Code(TextPipeline.Default.Process(text, "long"), info);
        int windows = 0;
        var windowed = s_coder.Code(text, "long", info, TextPipeline.Default, _ => windows++, windowChars: 3_000);

        Assert.True(windows >= 20, $"{windows} windows");
        Assert.True(whole.Count >= 150, $"{whole.Count} events");
        Assert.Contains(whole, e => e.Location is not null);
        Assert.Contains(whole, e => e.Source.Entry?.StartsWith("coreference", StringComparison.Ordinal) == true || e.Target?.Entry?.StartsWith("coreference", StringComparison.Ordinal) == true);
        Assert.Equal(Unplaced(whole), Unplaced(windowed));
        // A place the event's own clause or sentence names is found in its window; the dateline's is the first window's.
        int placed = 0;
        for (int i = 0; i < whole.Count; i++)
        {
            var (w, p) = (whole[i].Location, windowed[i].Location);
            if (w?.Basis == "dateline") Assert.Equal(JsonSerializer.Serialize(w), JsonSerializer.Serialize(p));
            if (w?.Basis is "clause" or "sentence")
            {
                Assert.NotNull(p);
                Assert.Equal((w.Start, w.End), (p.Start, p.End));
                placed++;
            }
        }
        Assert.True(placed >= 20, $"{placed} events placed by their clause or sentence");
    }

    [Fact]
    public void FinishedWindowsAreHandedOverAsTheyEnd()
    {
        string text = LongText();
        var info = new DocumentInfo("long") { Published = new DateOnly(2026, 3, 13) };
        var kept = s_coder.Code(text, "long", info, TextPipeline.Default, windowChars: 3_000);
        var handed = new List<EventRecord>();
        int windows = 0, calls = 0;
        var rest = s_coder.Code(text, "long", info, TextPipeline.Default, _ => windows++, windowChars: 3_000, finished: events =>
        {
            calls++;
            // Each window's events are complete when handed over: placed, dated, in text order after the earlier ones.
            Assert.All(events, e => Assert.NotNull(e.EventDate));
            if (handed.Count > 0 && events.Count > 0) Assert.True(events[0].SentenceIndex >= handed[^1].SentenceIndex);
            handed.AddRange(events);
        });

        Assert.Empty(rest);
        Assert.Equal(windows, calls);
        Assert.Equal(Json(kept), Json(handed));
    }

    [Fact]
    public void WindowsAreAnalysedLikeTheWholeText()
    {
        string text = LongText();
        var whole = TextPipeline.Default.Process(text);
        var ranges = TextWindows.Split(text, 3_000);
        Assert.True(ranges.Count >= 20);
        int token = 0, sentence = 0;
        foreach (var (start, end) in ranges)
        {
            var doc = new Document(text, null, start, end, sentence);
            TextPipeline.Default.Process(doc);
            for (int t = 0; t < doc.TokenCount; t++, token++)
            {
                var (a, b) = (whole.Tokens[token], doc.Tokens[t]);
                Assert.Equal((a.Start, a.Length, a.Norm, a.Lemma, a.Tag, a.Flags, a.Chunk), (b.Start, b.Length, b.Norm, b.Lemma, b.Tag, b.Flags, b.Chunk));
            }
            for (int s = 0; s < doc.SentenceCount; s++, sentence++)
            {
                var (a, b) = (whole.SentenceRef(sentence), doc.SentenceRef(s));
                Assert.Equal((a.Start, a.End, a.Kind, a.EndPhrase - a.FirstPhrase, a.EndClause - a.FirstClause), (b.Start, b.End, b.Kind, b.EndPhrase - b.FirstPhrase, b.EndClause - b.FirstClause));
            }
        }
        Assert.Equal(whole.TokenCount, token);
        Assert.Equal(whole.SentenceCount, sentence);
    }
}
