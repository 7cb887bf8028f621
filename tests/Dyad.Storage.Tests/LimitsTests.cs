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
