using System.Diagnostics;
using Dyad.Storage.DuckDb;

namespace Dyad.Storage.Tests;

/// <summary>`dyad code --db` and `dyad demo` as a user runs them: a separate process, its exit code, its output and the store it leaves.</summary>
public sealed class CliRunTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Exit, string Out, string Err) Dyad(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args.Prepend(KillResumeTests.Dyad)) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var o = p.StandardOutput.ReadToEndAsync();
        string err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, o.Result, err);
    }

    private string Folder(string name, params (string File, string Text)[] files)
    {
        string dir = _dir.File(name);
        Directory.CreateDirectory(dir);
        foreach (var (file, text) in files) File.WriteAllText(Path.Combine(dir, file), text);
        return dir;
    }

    // Bad input is named with its file and line, and the good input beside it (other files, other lines of the same
    // file) is coded and stored; the run succeeds unless --strict.
    [Fact]
    public void BadInputIsNamedAndTheGoodBesideItIsStored()
    {
        string input = Folder("mixed",
            ("good.txt", "title: Border clash\n\nPakistani troops attacked Taliban positions in Kandahar on Monday.\n"),
            ("feed.jsonl", """
                {"id": "j1", "text": "China and Pakistan signed a trade accord on Friday."}
                {"id": "j2", "text": not json
                {"id": "j3", "text": "Kenya closed its border with Somalia on Tuesday."}

                """),
            ("empty.txt", ""));
        string db = _dir.File("mixed.duckdb");
        var (exit, _, err) = Dyad("code", input, "--db", db, "--date", "2026-03-01");
        Assert.True(exit == 0, err);
        Assert.Contains("feed.jsonl:2:", err);
        Assert.Contains("empty.txt: empty input", err);
        Assert.Contains("3 coded", err);
        Assert.Contains("2 failed", err);
        using (var s = DuckDbEventStore.Open(db, readOnly: true))
        {
            Assert.Equal(3, Dump.Count(s, "SELECT count(*) FROM documents WHERE doc_id IN ('j1', 'j3') OR origin LIKE '%good.txt'"));
            Assert.True(Dump.Count(s, "SELECT count(*) FROM events") >= 3);
        }
        // --strict fails the run but still stores the good input; a rerun adds nothing.
        string strictDb = _dir.File("strict.duckdb");
        (exit, _, err) = Dyad("code", input, "--db", strictDb, "--date", "2026-03-01", "--strict");
        Assert.Equal(3, exit);
        using (var a = DuckDbEventStore.Open(db, readOnly: true))
        using (var b = DuckDbEventStore.Open(strictDb, readOnly: true))
            Assert.Equal(Dump.Count(a, "SELECT count(*) FROM mentions"), Dump.Count(b, "SELECT count(*) FROM mentions"));
        string before;
        using (var s = DuckDbEventStore.Open(db, readOnly: true)) before = Dump.Store(s);
        (exit, _, err) = Dyad("code", input, "--db", db, "--date", "2026-03-01");
        Assert.True(exit == 0, err);
        Assert.Contains("3 skipped", err);
        using (var s = DuckDbEventStore.Open(db, readOnly: true)) Assert.Equal(before, Dump.Store(s));
    }

    // eval-events per article: an article with no publication date takes --date, so people are coded in the offices
    // they held then (an undated Serbian president is only an elite, SRBELI, and misses gold SRBGOV).
    [Fact]
    public void EvalEventsDatesUndatedArticles()
    {
        string dir = Folder("eval", ("a.txt", "BELGRADE, Nov. 3 (Test Wire) - Aleksandar Vucic accused Croatia of funding the protests.\n"));
        string gold = _dir.File("gold.tsv");
        File.WriteAllText(gold, "file\tsentence_text\tsource\ttarget\tcameo\n"
            + "a.txt\tBELGRADE, Nov. 3 (Test Wire) - Aleksandar Vucic accused Croatia of funding the protests.\tSRBGOV\tHRV|HRVGOV\t112\n");
        const string roleLevel = "country+role dyad + root       P 100.0 %";
        var (exit, output, err) = Dyad("eval-events", gold, "--articles", dir, "--date", "2026-11-04");
        Assert.True(exit == 0, err);
        Assert.Contains(roleLevel, output);
        (exit, output, err) = Dyad("eval-events", gold, "--articles", dir);
        Assert.True(exit == 0, err);
        Assert.DoesNotContain(roleLevel, output);
    }

    [Fact]
    public void NothingReadableIsAFailedRun()
    {
        string input = Folder("bad", ("empty.txt", ""), ("broken.jsonl", "{\"id\": 1, \"text\"\n"));
        var (exit, _, err) = Dyad("code", input, "--db", _dir.File("bad.duckdb"));
        Assert.NotEqual(0, exit);
        Assert.Contains("broken.jsonl:1:", err);
        Assert.Contains("0 coded", err);
    }

    // The README's main command: the bundled corpus into a fresh store, a report, and a rerun that changes nothing.
    [Fact]
    public void DemoCodesTheSampleCorpusOnceAndReportsIt()
    {
        string db = _dir.File("demo.duckdb");
        var (exit, output, err) = Dyad("demo", "--db", db);
        Assert.True(exit == 0, err);
        Assert.Contains("Coded", output);
        foreach (var part in new[] { "Events by CAMEO root", "Events by QuadClass", "Most active dyads", "A few events with their sentences" })
            Assert.Contains(part, output);
        string first;
        using (var s = DuckDbEventStore.Open(db, readOnly: true))
        {
            Assert.True(Dump.Count(s, "SELECT count(*) FROM documents") >= 30);
            Assert.True(Dump.Count(s, "SELECT count(DISTINCT cameo_root) FROM events") >= 15);
            Assert.True(Dump.Count(s, "SELECT count(DISTINCT quad_class) FROM events") == 4);
            first = Dump.Store(s);
        }
        (exit, output, err) = Dyad("demo", "--db", db);
        Assert.True(exit == 0, err);
        Assert.Contains("already in", output);
        using (var s = DuckDbEventStore.Open(db, readOnly: true)) Assert.Equal(first, Dump.Store(s));
    }
}
