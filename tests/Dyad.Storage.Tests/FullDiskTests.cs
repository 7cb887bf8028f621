using System.Diagnostics;
using Dyad.Storage.DuckDb;

namespace Dyad.Storage.Tests;

/// <summary>
/// `dyad code --db` on a disk that fills up: a clear one-line error (no stack trace), a failing exit code, and a
/// store that still opens with the data of the earlier run. The disk is a 2 MiB tmpfs when this process may mount
/// one (root in CI), else the same run under RLIMIT_FSIZE (writes past the limit fail with EFBIG).
/// </summary>
public sealed class FullDiskTests
{
    private sealed class SmallDisk : IDisposable
    {
        public string Path { get; }
        public bool Mounted { get; }

        public SmallDisk()
        {
            Path = Directory.CreateTempSubdirectory("dyad-full-").FullName;
            Mounted = OperatingSystem.IsLinux() && Run("mount", ["-t", "tmpfs", "-o", "size=2m", "dyad-full", Path], out _);
        }

        public void Dispose()
        {
            if (Mounted) Run("umount", ["-l", Path], out _);
            try { Directory.Delete(Path, true); } catch (IOException) { }
        }
    }

    private static bool Run(string exe, string[] args, out string stderr)
    {
        try
        {
            var psi = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var o = p.StandardOutput.ReadToEndAsync();
            stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            _ = o.Result;
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            stderr = e.Message;
            return false;
        }
    }

    // dyad code under bash, so that a file-size limit can be set (and SIGXFSZ ignored, giving EFBIG) when no mount.
    private static (int Exit, string Output) Code(string corpus, string db, long? fileSizeLimitKiB)
    {
        string limit = fileSizeLimitKiB is { } k ? $"trap '' XFSZ; ulimit -f {k}; " : "";
        var psi = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        // The runtime's W^X double mapping writes a memory file that RLIMIT_FSIZE would cap ("Out of memory").
        if (fileSizeLimitKiB is not null) psi.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(limit + "exec dotnet \"$0\" code \"$1\" --db \"$2\" --batch 20 --threads 2 --quiet");
        psi.ArgumentList.Add(KillResumeTests.Dyad);
        psi.ArgumentList.Add(corpus);
        psi.ArgumentList.Add(db);
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, o.Result + err);
    }

    [Fact]
    public void FullDiskIsAClearErrorAndTheStoreStillOpens()
    {
        if (!OperatingSystem.IsLinux()) Assert.Skip("needs Linux (tmpfs or RLIMIT_FSIZE)");
        using var disk = new SmallDisk();
        using var dir = new TempDir();
        string small = dir.File("small.jsonl"), big = dir.File("big.jsonl");
        KillResumeTests.WriteCorpus(small);
        var lines = File.ReadAllLines(small);
        File.WriteAllLines(small, lines.Take(20));
        // The big corpus: 200 documents of 40 KB of long made-up words, cheap to code and far more than the disk holds.
        var rnd = new Random(5);
        using (var w = new StreamWriter(big))
            for (int d = 0; d < 200; d++)
            {
                var text = new System.Text.StringBuilder();
                for (int s = 0; s < 10; s++)
                {
                    for (int k = 0; k < 20; k++)
                    {
                        for (int c = 0; c < 200; c++) text.Append((char)('a' + rnd.Next(26)));
                        text.Append(' ');
                    }
                    text.Append(". ");
                }
                w.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"big-{d}", ["text"] = text.ToString(), ["date"] = "2025-06-01" }));
            }

        string db = Path.Combine(disk.Path, "store.duckdb");
        long? limit = disk.Mounted ? null : 2 * 1024;
        var first = Code(small, db, limit);
        Assert.True(first.Exit == 0, first.Output);
        long before;
        using (var s = DuckDbEventStore.Open(db)) before = Dump.Count(s, "SELECT count(*) FROM documents");
        Assert.Equal(20, before);

        var full = Code(big, db, limit);
        Assert.NotEqual(0, full.Exit);
        Assert.Contains("error:", full.Output);
        Assert.Matches("(?i)no space left|file too large|disk|space", full.Output);
        Assert.DoesNotContain("   at ", full.Output); // no stack trace
        Assert.DoesNotContain("Unhandled exception", full.Output);

        // Room again (as after an operator frees space): the store opens with the earlier data intact.
        if (disk.Mounted) Run("mount", ["-o", "remount,size=64m", disk.Path], out _);
        using (var s = DuckDbEventStore.Open(db))
        {
            Assert.True(Dump.Count(s, "SELECT count(*) FROM documents WHERE doc_id LIKE 'doc-%'") == before, "earlier documents lost");
            Assert.Equal(0, Dump.Count(s, "SELECT count(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = x.doc_id)"));
        }
    }
}
