using System.Diagnostics;
using System.Text;
using Dyad.Storage.DuckDb;

namespace Dyad.Storage.Tests;

/// <summary>
/// A real `dyad code --db` child process killed with SIGKILL mid-run, then rerun, ends with exactly the store of an
/// uninterrupted run.
/// </summary>
public class KillResumeTests
{
    private static string Dyad => Path.Combine(AppContext.BaseDirectory, "dyad.dll");

    // Many small documents in one JSON Lines file, so the run commits many small batches.
    private static void WriteCorpus(string path)
    {
        var sb = new StringBuilder();
        var articles = Directory.GetFiles(Repo.Samples, "*.txt").Order(StringComparer.Ordinal).ToArray();
        int n = 0;
        foreach (var f in articles)
        {
            var paragraphs = File.ReadAllText(f).Split("\n\n")[1..];
            for (int p = 0; p < paragraphs.Length; p++)
            {
                string text = paragraphs[p].Trim();
                if (text.Length < 40) continue;
                sb.Append(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["id"] = $"doc-{n++}", ["text"] = text, ["date"] = "2025-06-01", ["source"] = $"outlet-{p % 3}",
                })).Append('\n');
            }
        }
        File.WriteAllText(path, sb.ToString());
    }

    private static Process Start(string corpus, string db)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Dyad, "code", corpus, "--db", db, "--batch", "3", "--threads", "2", "--quiet" }) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    private static void RunToEnd(string corpus, string db)
    {
        using var p = Start(corpus, db);
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
    }

    [Fact]
    public void KilledRunThenRerunEqualsUninterruptedRun()
    {
        using var dir = new TempDir();
        string corpus = dir.File("corpus.jsonl");
        WriteCorpus(corpus);
        string reference = dir.File("reference.duckdb"), resumed = dir.File("resumed.duckdb");
        var clock = Stopwatch.StartNew();
        RunToEnd(corpus, reference);
        var full = clock.Elapsed;
        long total;

        using (var a = DuckDbEventStore.Open(reference)) total = Dump.Count(a, "SELECT count(*) FROM documents");

        // Kill at several points of the run (during start-up, in the middle, late); each later run resumes from
        // what the killed one committed. The kill time adapts until one lands mid-run, because a loaded
        // machine makes any fixed share of the reference time land before start-up ends or after the end.
        var partial = new List<long>();
        double share = 0.15;
        for (int attempt = 0; attempt < 12 && !partial.Any(n => n > 0 && n < total); attempt++)
        {
            using (var p = Start(corpus, resumed))
            {
                Thread.Sleep(full * share);
                p.Kill(entireProcessTree: true); // SIGKILL on Unix
                p.WaitForExit();
            }
            long stored = 0;
            if (File.Exists(resumed))
                using (var s = DuckDbEventStore.Open(resumed)) stored = Dump.Count(s, "SELECT count(*) FROM documents");
            partial.Add(stored);
            if (stored == total)
            {
                // Too late: start again from an empty store and kill sooner.
                File.Delete(resumed);
                if (File.Exists(resumed + ".wal")) File.Delete(resumed + ".wal");
                share *= 0.5;
            }
            else if (stored == 0) share *= 1.6;
            else share = Math.Min(0.95, share * 1.3);
        }
        Assert.Contains(partial, n => n > 0 && n < total);
        RunToEnd(corpus, resumed);

        using var a2 = DuckDbEventStore.Open(reference);
        using var b = DuckDbEventStore.Open(resumed);
        Assert.True(Dump.Count(a2, "SELECT count(*) FROM events") > 50);
        Assert.Equal(Dump.Store(a2), Dump.Store(b));
    }
}
