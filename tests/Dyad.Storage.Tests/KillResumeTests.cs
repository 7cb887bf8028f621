using System.Diagnostics;
using System.Text;
using Dyad.Storage.DuckDb;
using Dyad.Storage.Postgres;

namespace Dyad.Storage.Tests;

/// <summary>
/// A real `dyad code --db` child process killed with SIGKILL at several random points while it writes to DuckDB or
/// PostgreSQL: after every kill the store opens and is consistent, and the rerun ends with exactly the store of an
/// uninterrupted run.
/// </summary>
public class KillResumeTests
{
    /// <summary>Kills that must land mid-run (after the first commit, before the last) per store.</summary>
    public const int KillPoints = 3;

    internal static string Dyad => Path.Combine(AppContext.BaseDirectory, "dyad.dll");

    // Many small documents in one JSON Lines file, so the run commits many small batches.
    internal static void WriteCorpus(string path)
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

    internal static Process Start(string corpus, string db, params string[] extra)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Dyad, "code", corpus, "--db", db, "--batch", "3", "--threads", "2", "--quiet" }.Concat(extra)) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    private static void RunToEnd(string corpus, string db)
    {
        using var p = Start(corpus, db);
        var stdout = p.StandardOutput.ReadToEndAsync();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        Assert.True(p.ExitCode == 0, err);
    }

    // Rows that would be orphans after a torn write: every sentence, mention and event belongs to a stored document.
    private static void AssertConsistent(IEventStore s)
    {
        Assert.Equal(0, Dump.Count(s, "SELECT count(*) FROM sentences x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = x.doc_id)"));
        Assert.Equal(0, Dump.Count(s, "SELECT count(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = x.doc_id)"));
        Assert.Equal(0, Dump.Count(s, "SELECT count(*) FROM mentions x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = x.event_id)"));
        Assert.Equal(0, Dump.Count(s, "SELECT count(*) FROM events x WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = x.first_doc_id)"));
        Assert.Equal(0, Dump.Count(s, "SELECT count(*) FROM documents d WHERE d.sentence_count > 0 AND NOT EXISTS (SELECT 1 FROM sentences x WHERE x.doc_id = d.doc_id)"));
    }

    // One uninterrupted reference run shared by both stores (PostgresStoreTests shows they hold the same rows).
    private static readonly Lazy<(string Dir, string Corpus, string Reference, TimeSpan Full, TimeSpan FirstCommit)> s_reference = new(() =>
    {
        string dir = Directory.CreateTempSubdirectory("dyad-kill-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(dir, true); } catch (IOException) { } };
        string corpus = Path.Combine(dir, "corpus.jsonl"), reference = Path.Combine(dir, "reference.duckdb");
        WriteCorpus(corpus);
        var clock = Stopwatch.StartNew();
        using var p = Start(corpus, reference);
        var firstCommit = WaitFor(() => File.Exists(reference + ".wal"), p, TimeSpan.FromMinutes(2)) ? clock.Elapsed : TimeSpan.Zero;
        var stdout = p.StandardOutput.ReadToEndAsync();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        Assert.True(p.ExitCode == 0, err);
        return (dir, corpus, reference, clock.Elapsed, firstCommit);
    });

    private static bool WaitFor(Func<bool> condition, Process p, TimeSpan timeout)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < timeout && !p.HasExited)
        {
            if (condition()) return true;
            Thread.Sleep(5);
        }
        return condition();
    }

    [Fact]
    public void DuckDbKilledAtRandomPointsThenRerunEqualsUninterruptedRun()
    {
        var r = s_reference.Value;
        using var dir = new TempDir();
        string resumed = dir.File("resumed.duckdb");
        // The DuckDB file is locked while dyad writes, so the kill waits for the first commit (the WAL appears)
        // and then a random share of the rest of the reference run.
        var rest = r.Full - r.FirstCommit;
        KillAndResume(r.Corpus, resumed, () => DuckDbEventStore.Open(resumed), () =>
        {
            File.Delete(resumed);
            if (File.Exists(resumed + ".wal")) File.Delete(resumed + ".wal");
        }, (p, rnd, scale, _) =>
        {
            WaitFor(() => File.Exists(resumed + ".wal"), p, TimeSpan.FromMinutes(2));
            Thread.Sleep(rest * Math.Min(0.95, scale * rnd.NextDouble()));
        });
    }

    [Fact]
    public void PostgresKilledAtRandomPointsThenRerunEqualsUninterruptedRun()
    {
        var r = s_reference.Value;
        string resumed = PostgresServer.NewDatabase();
        long total;
        using (var a = DuckDbEventStore.Open(r.Reference)) total = Dump.Count(a, "SELECT count(*) FROM documents");
        // PostgreSQL can be read while dyad writes: the kill lands when a random number of documents is stored.
        KillAndResume(r.Corpus, resumed, () => PostgresEventStore.Open(resumed), () =>
        {
            using var s = PostgresEventStore.Open(resumed);
            using var cmd = s.Connection.CreateCommand();
            cmd.CommandText = "DROP SCHEMA public CASCADE; CREATE SCHEMA public";
            cmd.ExecuteNonQuery();
        }, (p, rnd, _, before) =>
        {
            long target = before + 1 + (long)(rnd.NextDouble() * Math.Max(0, total - before - 2));
            var url = Postgres.PostgresUrl.Parse(resumed).ConnectionString;
            using var conn = new Npgsql.NpgsqlConnection(url);
            conn.Open();
            WaitFor(() =>
            {
                try
                {
                    using var cmd = new Npgsql.NpgsqlCommand("SELECT count(*) FROM documents", conn);
                    return (long)cmd.ExecuteScalar()! >= target;
                }
                catch (Npgsql.PostgresException) { return false; } // no tables yet
            }, p, TimeSpan.FromMinutes(2));
        });
    }

    private static void KillAndResume(string corpus, string resumed, Func<IEventStore> openResumed, Action reset, Action<Process, Random, double, long> waitForKillPoint)
    {
        var r = s_reference.Value;
        long total;
        using (var a = DuckDbEventStore.Open(r.Reference)) total = Dump.Count(a, "SELECT count(*) FROM documents");

        int seed = Environment.TickCount;
        var rnd = new Random(seed);
        var log = new List<string>();
        double scale = 1;
        long before = 0;
        int midRun = 0;
        for (int attempt = 0; attempt < 20 && midRun < KillPoints; attempt++)
        {
            using (var p = Start(corpus, resumed))
            {
                waitForKillPoint(p, rnd, scale, before);
                p.Kill(entireProcessTree: true); // SIGKILL on Unix
                p.WaitForExit();
            }
            long stored;
            using (var s = openResumed())
            {
                stored = Dump.Count(s, "SELECT count(*) FROM documents");
                AssertConsistent(s);
            }
            log.Add($"{stored}/{total}");
            if (stored == total)
            {
                reset(); // too late: start again from an empty store, and kill sooner
                scale *= 0.6;
                before = 0;
                continue;
            }
            if (stored > before) midRun++;
            // Too early (nothing new stored, e.g. killed before the first commit was durable): wait longer next time.
            else scale *= 1.5;
            before = stored;
        }
        Assert.True(midRun >= KillPoints, $"seed {seed}: only {midRun} kills landed mid-run (documents after each kill: {string.Join(", ", log)})");
        RunToEnd(corpus, resumed);

        using var a2 = DuckDbEventStore.Open(r.Reference);
        using var b = openResumed();
        AssertConsistent(b);
        Assert.True(Dump.Count(a2, "SELECT count(*) FROM events") > 50);
        Assert.Equal(Dump.Store(a2), Dump.Store(b));
    }
}
