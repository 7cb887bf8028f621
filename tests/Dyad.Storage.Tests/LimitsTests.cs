using System.Diagnostics;
using System.IO.Compression;
using Dyad.Ingest;
using Dyad.Pipeline;

namespace Dyad.Storage.Tests;

/// <summary>Input caps: a document over a cap is cut with a warning naming it, never silently; a gzip bomb is refused.</summary>
public sealed class LimitsTests
{
    private static SourceDocument Doc(string id, string text) =>
        new() { DocId = id, Text = text, Origin = id, Published = new DateOnly(2026, 3, 1), Provenance = new Dictionary<string, string>() };

    [Fact]
    public void LongDocumentIsCutWithAWarningNamingIt()
    {
        var coder = new DocumentCoder(Coding.Coder.Coder, limits: new TextLimits { MaxDocumentChars = 1000 });
        string text = string.Concat(Enumerable.Repeat("Pakistan's army attacked militants near the border. ", 100));
        var coded = coder.Code(Doc("long-1", text));
        var w = Assert.Single(coded.Warnings);
        Assert.Contains("long-1", w);
        Assert.Contains("5,200", w);
        Assert.All(coded.Sentences, s => Assert.True(s.End <= 1000));
        Assert.All(coded.Events, e => Assert.True(e.SentenceStart < 1000));
        Assert.Empty(coder.Code(Doc("short", text[..500])).Warnings);
    }

    [Fact]
    public void JsonLinesOutputOfALongTextIsEncodedWindowByWindow()
    {
        // Two coding windows and more (EventCoder.DefaultWindowChars), in paragraphs: the text is coded a window at a time.
        string text = string.Concat(Enumerable.Range(0, 3600).Select(i => (i % 2 == 0
            ? $"Pakistan's army attacked militants near Quetta on day {i}. "
            : $"India urged China to resume talks on trade, officials said in report {i}. ") + (i % 6 == 5 ? "\n\n" : "")));
        Assert.True(text.Length > 2 * Dyad.Coding.EventCoder.DefaultWindowChars);
        var forStore = new DocumentCoder(Coding.Coder.Coder).Code(Doc("long-2", text));
        var forLines = new DocumentCoder(Coding.Coder.Coder, forStore: false).Code(Doc("long-2", text));

        Assert.True(forStore.Events.Count >= 3000, $"{forStore.Events.Count} events");
        Assert.Empty(forStore.EncodedEvents);
        // JSON Lines output holds no records: each finished window became blocks of lines.
        Assert.Empty(forLines.Events);
        Assert.True(forLines.EncodedEvents.Count >= 2, $"{forLines.EncodedEvents.Count} blocks");
        // Blocks stay off the large-object heap (85,000 bytes and more), whose churn forces full collections.
        Assert.All(forLines.EncodedEvents, b => Assert.InRange(b.Length, 1, 84_999));
        Assert.Equal(forStore.Events.Count, forLines.EventCount);
        // JSON Lines output counts the sentences without listing them.
        Assert.Empty(forLines.Sentences);
        Assert.Equal(forStore.Sentences.Length, forLines.SentenceCount);
        Assert.True(forLines.SentenceCount >= 3600, $"{forLines.SentenceCount} sentences");
        var lines = string.Concat(forLines.EncodedEvents.Select(b => System.Text.Encoding.UTF8.GetString(b.Span))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var json = Dyad.Coding.Records.RecordJsonContext.Default.EventRecord;
        Assert.Equal(forStore.Events.Select(e => System.Text.Json.JsonSerializer.Serialize(e, json)),
            lines.Select(l => System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize(l, json)!, json)));
    }

    [Fact]
    public void ThePipelinePassesALongTextsBlocksOnInInputOrderWhileItIsCoded()
    {
        string Long(string tag) => string.Concat(Enumerable.Range(0, 3600).Select(i => $"Kenya's army attacked militants near Mandera in {tag} {i}. " + (i % 6 == 5 ? "\n\n" : "")));
        var inputs = new[]
        {
            InputFile.FromBytes("a.txt", System.Text.Encoding.UTF8.GetBytes("Peru urged Bolivia to reopen the border.")),
            InputFile.FromBytes("b.txt", System.Text.Encoding.UTF8.GetBytes(Long("operation"))),
            InputFile.FromBytes("c.txt", System.Text.Encoding.UTF8.GetBytes("Chile praised Argentina for its help.")),
        };
        var coder = new DocumentCoder(Coding.Coder.Coder, forStore: false);
        var order = new List<string>();
        var docs = new List<CodedDocument>();
        var blockDocs = new HashSet<string>();
        int lines = 0;
        new CodingPipeline(coder, new IngestOptions(), 2).Run(inputs, _ => false,
            d => { docs.Add(d); order.Add($"{d.Source.Origin}: {d.Events.Count} records, {d.EncodedEvents.Count} kept blocks, {d.EventCount} events"); },
            e => Assert.Fail(e.Message), new PipelineStats(), TestContext.Current.CancellationToken,
            block =>
            {
                var text = System.Text.Encoding.UTF8.GetString(block.Span);
                lines += text.Count(c => c == '\n');
                foreach (var l in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    blockDocs.Add(System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("doc_id").GetString()!);
                if (order.Count == 0 || order[^1] != "blocks") order.Add("blocks");
            });

        Assert.Equal(4, order.Count);
        Assert.StartsWith("a.txt: 1 records", order[0]);
        Assert.Equal("blocks", order[1]);
        // The long text's events went out as blocks; none were kept or left as records.
        Assert.Equal($"b.txt: 0 records, 0 kept blocks, {lines} events", order[2]);
        Assert.True(lines >= 3000, $"{lines} lines");
        Assert.Equal([docs[1].Source.DocId], blockDocs);
        Assert.StartsWith("c.txt: 1 records", order[3]);
    }

    [Fact]
    public void CutSentencesGiveAWarning()
    {
        var coder = new DocumentCoder(Coding.Coder.Coder, limits: new TextLimits { MaxSentenceTokens = 10 });
        var coded = coder.Code(Doc("run-on", "Pakistan's army attacked militants near the border and then the officials said that talks would resume soon."));
        Assert.Contains(coded.Warnings, w => w.Contains("run-on", StringComparison.Ordinal) && w.Contains("10 tokens", StringComparison.Ordinal));
    }

    [Fact]
    public void GzipBombIsRefusedWithoutReadingItAll()
    {
        // 256 MiB of zeros in a few hundred KiB: decompression stops at the size cap.
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) gz.Write(zeros);
        }
        long before = GC.GetTotalAllocatedBytes();
        var r = DocumentReader.Read(InputFile.FromBytes("bomb.txt.gz", ms.ToArray()), new IngestOptions { MaxBytes = 8 << 20 }).Single();
        Assert.Equal(IngestErrorCodes.TooLarge, r.Error!.Code);
        Assert.Equal("bomb.txt.gz", r.Error.File);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 64L << 20, "the bomb was inflated past the cap");
    }

    [Fact]
    public void CodeCommandPrintsTheWarningAndRejectsNonsenseCaps()
    {
        using var dir = new TempDir();
        string input = dir.File("runon.txt");
        File.WriteAllText(input, "id: runon-7\n\n" + string.Concat(Enumerable.Repeat("the army said that ", 50)) + ".");
        var (exit, output) = Run(input, "--max-sentence-tokens", "20");
        Assert.True(exit == 0, output);
        Assert.Contains("warning: document runon-7:", output);
        (exit, output) = Run(input, "--max-sentence-chars", "10");
        Assert.Equal(2, exit);
        Assert.Contains("--max-sentence-chars", output);
    }

    private static (int, string) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { KillResumeTests.Dyad, "code" }.Concat(args).Append("--date").Append("2026-01-01")) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, o.Result + err);
    }
}
