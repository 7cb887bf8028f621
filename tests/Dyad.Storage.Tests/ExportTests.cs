using System.Globalization;
using System.Text.Json;
using Dyad.Cli;
using Dyad.Storage.DuckDb;
using DuckDB.NET.Data;

namespace Dyad.Storage.Tests;

/// <summary>A store of sample articles, written once for the export tests.</summary>
public sealed class ExportStore : IDisposable
{
    private readonly TempDir _dir = new();
    public string Db { get; }
    internal TempDir Dir => _dir;

    /// <summary>The stored events as the store's own view gives them, by event id.</summary>
    public Dictionary<long, (DateOnly? Day, string Source, string? Target, string Cameo, string? Location, string FirstDoc, int FirstSentence)> Events { get; } = [];

    public ExportStore()
    {
        Db = _dir.File("export.duckdb");
        using var s = DuckDbEventStore.Open(Db);
        using (var w = new StoreWriter(s)) foreach (var d in StoreBehaviour.SampleDocs(12)) w.Add(d);
        using var cmd = s.Connection.CreateCommand();
        cmd.CommandText = "SELECT event_id, day, source_code, target_code, cameo, location, first_doc_id, first_sentence_index FROM events";
        using var r = cmd.ExecuteReader();
        while (r.Read())
            Events[r.GetInt64(0)] = (r.IsDBNull(1) ? null : DateOnly.FromDateTime(r.GetDateTime(1)), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetString(6), r.GetInt32(7));
    }

    public void Dispose() => _dir.Dispose();
}

/// <summary><c>dyad export</c> in each format, read back by independent readers (System.Text.Json, DuckDB's CSV and Parquet readers).</summary>
public class ExportTests(ExportStore store) : IClassFixture<ExportStore>
{
    private readonly ExportStore _store = store;

    private string Export(string name, params string[] args)
    {
        string file = _store.Dir.File(name);
        Assert.Equal(0, DyadApp.Run(["export", "--db", _store.Db, "--out", file, .. args]));
        return file;
    }

    private static List<JsonElement> ReadJsonLines(string file) =>
        [.. File.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private static DuckDBConnection Memory()
    {
        var c = new DuckDBConnection("Data Source=:memory:");
        c.Open();
        return c;
    }

    [Fact]
    public void JsonLinesHoldEveryEventInOrderWithItsSentence()
    {
        var rows = ReadJsonLines(Export("all.jsonl", "--format", "jsonl"));
        Assert.True(_store.Events.Count > 20);
        Assert.Equal(_store.Events.Count, rows.Count);
        var expectedOrder = _store.Events.OrderBy(e => e.Value.Day is null).ThenBy(e => e.Value.Day).ThenBy(e => e.Key).Select(e => e.Key);
        Assert.Equal(expectedOrder, rows.Select(r => r.GetProperty("event_id").GetInt64()));
        using var s = DuckDbEventStore.Open(_store.Db, readOnly: true);
        foreach (var r in rows)
        {
            Assert.Equal(EventExporter.Columns, r.EnumerateObject().Select(p => p.Name));
            var e = _store.Events[r.GetProperty("event_id").GetInt64()];
            Assert.Equal(e.Cameo, r.GetProperty("cameo").GetString());
            Assert.Equal(e.Source, r.GetProperty("source_code").GetString());
            Assert.Equal(e.Cameo[..2], r.GetProperty("cameo_root").GetString());
            using var cmd = s.Connection.CreateCommand();
            cmd.CommandText = $"SELECT text FROM sentences WHERE doc_id = '{e.FirstDoc.Replace("'", "''")}' AND sentence_index = {e.FirstSentence}";
            Assert.Equal(cmd.ExecuteScalar(), r.GetProperty("sentence").GetString());
        }
    }

    [Fact]
    public void FiltersKeepExactlyTheMatchingEvents()
    {
        var days = _store.Events.Values.Where(e => e.Day is not null).Select(e => e.Day!.Value).Order().ToList();
        DateOnly from = days[days.Count / 4], to = days[days.Count * 3 / 4];
        var cases = new (string[] Args, Func<(DateOnly? Day, string Source, string? Target, string Cameo, string? Location, string FirstDoc, int FirstSentence), bool> Keep)[]
        {
            (["--from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], e => e.Day >= from),
            (["--to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)], e => e.Day <= to),
            (["--actor", "PAK"], e => e.Source.StartsWith("PAK", StringComparison.Ordinal) || e.Target?.StartsWith("PAK", StringComparison.Ordinal) == true),
            (["--code", "19"], e => e.Cameo.StartsWith("19", StringComparison.Ordinal)),
            (["--code", "0", "--actor", "USA", "--from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                e => e.Cameo.StartsWith('0') && e.Day >= from && (e.Source.StartsWith("USA", StringComparison.Ordinal) || e.Target?.StartsWith("USA", StringComparison.Ordinal) == true)),
        };
        int i = 0;
        foreach (var (args, keep) in cases)
        {
            var expected = _store.Events.Where(e => keep(e.Value)).Select(e => e.Key).Order().ToList();
            Assert.NotEmpty(expected);
            Assert.True(expected.Count < _store.Events.Count, string.Join(' ', args));
            var got = ReadJsonLines(Export($"f{i++}.jsonl", args)).Select(r => r.GetProperty("event_id").GetInt64()).Order().ToList();
            Assert.Equal(expected, got);
        }
    }

    [Fact]
    public void CsvReadsBackWithDuckDbsCsvReader()
    {
        string csv = Export("all.csv", "--format", "csv");
        var json = ReadJsonLines(Export("all2.jsonl"));
        Assert.Equal(string.Join(',', EventExporter.Columns), File.ReadLines(csv).First());
        using var c = Memory();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT event_id, sentence, source_name, goldstein FROM read_csv('{csv}', header = true, all_varchar = true)";
        using var r = cmd.ExecuteReader();
        int n = 0;
        while (r.Read())
        {
            var j = json[n++];
            Assert.Equal(j.GetProperty("event_id").GetInt64().ToString(CultureInfo.InvariantCulture), r.GetString(0));
            Assert.Equal(j.GetProperty("sentence").GetString(), r.GetString(1));
            Assert.Equal(j.GetProperty("source_name").GetString(), r.GetString(2));
            Assert.Equal(j.GetProperty("goldstein").GetDouble(), double.Parse(r.GetString(3), CultureInfo.InvariantCulture));
        }
        Assert.Equal(json.Count, n);
        Assert.Contains(json, j => j.GetProperty("sentence").GetString()!.Contains(','));
    }

    [Fact]
    public void GdeltRowsFollowTheGdelt2EventTable()
    {
        var lines = File.ReadAllLines(Export("all.tsv", "--format", "gdelt"));
        Assert.Equal(_store.Events.Count, lines.Length);
        int located = 0;
        foreach (var line in lines)
        {
            var c = line.Split('\t');
            Assert.Equal(61, c.Length);
            var e = _store.Events[long.Parse(c[0], CultureInfo.InvariantCulture)];
            Assert.Equal(e.Day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "", c[1]);
            Assert.Equal(e.Source, c[5]);
            Assert.Equal(e.Target ?? "", c[15]);
            Assert.Equal(e.Cameo, c[26]);
            Assert.Equal(e.Cameo[..2], c[28]);
            Assert.InRange(int.Parse(c[29], CultureInfo.InvariantCulture), 1, 4);
            if (e.Location is null)
            {
                Assert.Equal("", c[51]);
                continue;
            }
            located++;
            var loc = JsonDocument.Parse(e.Location).RootElement;
            Assert.Contains(c[51], new[] { "1", "2", "3", "4", "5" });
            Assert.Equal(loc.GetProperty("name").GetString(), c[52]);
            Assert.Equal(loc.GetProperty("lat").GetDouble(), double.Parse(c[56], CultureInfo.InvariantCulture), 3);
            Assert.Equal(loc.GetProperty("lon").GetDouble(), double.Parse(c[57], CultureInfo.InvariantCulture), 3);
            Assert.Equal(loc.GetProperty("feature_id").GetString(), c[58]);
        }
        Assert.True(located > 5);
    }

    [Fact]
    public void ParquetIsTypedAndReadableByDuckDb()
    {
        string file = Export("all.parquet", "--format", "parquet");
        using var c = Memory();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('{file}'))";
        var types = new Dictionary<string, string>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) types[r.GetString(0)] = r.GetString(1);
        Assert.Equal(EventExporter.Columns, types.Keys);
        Assert.Equal("BIGINT", types["event_id"]);
        Assert.Equal("DATE", types["day"]);
        Assert.Equal("DOUBLE", types["goldstein"]);
        Assert.Equal("INTEGER", types["quad_class"]);
        Assert.Equal("BOOLEAN", types["is_root_event"]);
        Assert.Equal("VARCHAR", types["cameo"]);
        cmd.CommandText = $"SELECT event_id, day, cameo, source_code, target_code FROM read_parquet('{file}')";
        int n = 0;
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var e = _store.Events[r.GetInt64(0)];
                Assert.Equal(e.Day, r.IsDBNull(1) ? null : DateOnly.FromDateTime(r.GetDateTime(1)));
                Assert.Equal(e.Cameo, r.GetString(2));
                Assert.Equal(e.Source, r.GetString(3));
                Assert.Equal(e.Target, r.IsDBNull(4) ? null : r.GetString(4));
                n++;
            }
        Assert.Equal(_store.Events.Count, n);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--format", "parquet", "--no-out")]
    [InlineData("--from", "2026-13-01")]
    public void BadArgumentsAreErrorsNotExports(params string[] args)
    {
        string file = _store.Dir.File($"bad-{Guid.NewGuid():N}.out");
        string[] all = args.Contains("--no-out")
            ? ["export", "--db", _store.Db, .. args.Where(a => a != "--no-out")]
            : ["export", "--db", _store.Db, "--out", file, .. args];
        Assert.Equal(2, DyadApp.Run(all));
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void AMissingStoreIsAnErrorAndCreatesNothing()
    {
        string db = _store.Dir.File("none.duckdb");
        Assert.Equal(2, DyadApp.Run(["export", "--db", db]));
        Assert.False(File.Exists(db));
    }
}
