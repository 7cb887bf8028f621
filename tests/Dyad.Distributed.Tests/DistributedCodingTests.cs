using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Dyad.Distributed.Tests;

/// <summary>
/// Three real `dyad worker` processes on one JetStream work queue code a few thousand article variants into one
/// PostgreSQL store; one is SIGKILLed mid-batch. The store must then hold exactly what one `dyad code` run stores:
/// same documents, sentences, mentions, events and actors, none lost, none doubled.
/// </summary>
public class DistributedCodingTests
{
    private const int Variants = 52; // x 39 sample articles = 2,028 documents

    private static string Dyad => Path.Combine(AppContext.BaseDirectory, "dyad.dll");

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Dyad.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    // Variants of each sample article: another id, publication date and outlet, and a first sentence naming the
    // variant, so no two texts are equal and the store has thousands of distinct documents.
    private static int WriteCorpus(string path)
    {
        var articles = Directory.GetFiles(Path.Combine(RepoRoot(), "data", "samples", "articles"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var sb = new StringBuilder();
        int n = 0;
        for (int v = 0; v < Variants; v++)
            foreach (var file in articles)
            {
                var parts = File.ReadAllText(file).Split("\n\n", 2);
                string title = parts[0].Split('\n').FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal))?[6..].Trim() ?? "";
                var date = new DateOnly(2025, 1, 1).AddDays(v * 7 + n % 5);
                sb.Append(JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["id"] = $"v{v:D3}-{Path.GetFileNameWithoutExtension(file)}", ["title"] = title,
                    ["text"] = $"Correspondent {v} of Outlet {v % 7} filed this report.\n\n" + parts[1].Replace("Meridian Wire", $"Outlet {v % 7}", StringComparison.Ordinal),
                    ["date"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["source"] = $"Outlet {v % 7}",
                })).Append('\n');
                n++;
            }
        File.WriteAllText(path, sb.ToString());
        return n;
    }

    private static Process Start(StringBuilder? log, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dyad);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, e) => { if (e.Data is not null && log is not null) lock (log) log.AppendLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null && log is not null) lock (log) log.AppendLine(e.Data); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static void RunToEnd(params string[] args)
    {
        var log = new StringBuilder();
        using var p = Start(log, args);
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(8)), "timed out: dyad " + string.Join(' ', args));
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"dyad {string.Join(' ', args)} exited {p.ExitCode}: {log}");
    }

    private static void Signal(Process p, int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    [Fact]
    public async Task ThreeWorkersOneSigkilledStoreWhatOneCodeRunStores()
    {
        using var nats = NatsServer.Start();
        string reference = PostgresServer.NewDatabase(), shared = PostgresServer.NewDatabase();
        var dir = Directory.CreateTempSubdirectory("dyad-dist-").FullName;
        try
        {
            string corpus = Path.Combine(dir, "corpus.jsonl");
            int total = WriteCorpus(corpus);

            global::Dyad.Storage.EventStores.Open(shared).Dispose(); // migrated before anyone polls it
            RunToEnd("submit", corpus, "--nats", nats.Url, "--batch", "10", "--quiet");
            var log = new StringBuilder();
            var workers = Enumerable.Range(0, 3).Select(_ => Start(log, "worker", "--nats", nats.Url, "--db", shared,
                "--threads", "1", "--ack-wait", "4", "--near-duplicate", "off", "--quiet")).ToArray();
            try
            {
                // Kill one worker once the run is well under way: it is then almost always inside a batch.
                var deadline = DateTime.UtcNow.AddMinutes(8);
                while (StoreDump.Count(shared, "documents") < total / 5 && DateTime.UtcNow < deadline) await Task.Delay(200, TestContext.Current.CancellationToken);
                workers[0].Kill(); // SIGKILL
                workers[0].WaitForExit();

                await using var queue = await WorkQueue.OpenAsync(nats.Url, TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken);
                QueueStatus status;
                long redelivered = 0;
                do
                {
                    await Task.Delay(500, TestContext.Current.CancellationToken);
                    status = await QueueStatus.ReadAsync(queue, TestContext.Current.CancellationToken);
                    redelivered = Math.Max(redelivered, status.Redelivered);
                }
                while ((status.Queued > 0 || status.InFlight > 0) && DateTime.UtcNow < deadline);
                Assert.Equal(0, status.Queued);
                Assert.Equal(0, status.DeadLetters);

                // Graceful shutdown of the survivors: SIGTERM, exit code 0.
                foreach (var w in workers[1..]) Signal(w, 15);
                foreach (var w in workers[1..])
                {
                    Assert.True(w.WaitForExit(TimeSpan.FromSeconds(30)), "worker ignored SIGTERM");
                    w.WaitForExit();
                    Assert.True(w.ExitCode == 0, $"worker exited {w.ExitCode}: {log}");
                }
                Assert.True(redelivered > 0 || log.ToString().Contains("on delivery", StringComparison.Ordinal) || StoreDump.Count(shared, "documents") == total,
                    "the killed worker's batch was not redelivered");
            }
            finally
            {
                foreach (var w in workers) { if (!w.HasExited) w.Kill(); w.Dispose(); }
            }

            RunToEnd("code", corpus, "--db", reference, "--near-duplicate", "off", "--threads", "2", "--quiet");
            string expected = StoreDump.Of(reference, out long refDocs, out long refMentions);
            string actual = StoreDump.Of(shared, out long docs, out long mentions);
            Assert.Equal(total, refDocs);
            Assert.True(refMentions > total, $"too few events to compare: {refMentions}");
            Assert.Equal(refDocs, docs);
            Assert.Equal(refMentions, mentions);
            Assert.Equal(expected, actual);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }
}
