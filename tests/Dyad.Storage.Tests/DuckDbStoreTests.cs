using Dyad.Storage.DuckDb;

namespace Dyad.Storage.Tests;

public class DuckDbStoreTests : IDisposable
{
    private readonly TempDir _dir = new();
    private string Db => _dir.File("t.duckdb");

    public void Dispose() => _dir.Dispose();

    [Fact] public void WritesAndReadsBack() => StoreBehaviour.WritesAndReadsBack(() => DuckDbEventStore.Open(Db));
    [Fact] public void SameInputTwiceAddsNothing() => StoreBehaviour.SameInputTwiceAddsNothing(() => DuckDbEventStore.Open(Db));
    [Fact] public void ReprintsCreateNoEvents() => StoreBehaviour.ReprintsCreateNoEvents(() => DuckDbEventStore.Open(Db));
    [Fact] public void SameEventAcrossArticlesIsOneEvent() => StoreBehaviour.SameEventAcrossArticlesIsOneEvent(() => DuckDbEventStore.Open(Db));
    [Fact] public void CountsAddUpAcrossBatches() => StoreBehaviour.CountsAddUpAcrossBatches(name => DuckDbEventStore.Open(_dir.File(name + ".duckdb")));

    // `dyad code --db` opens its store single-threaded: DuckDB runs with one thread and the store it writes, in
    // one batch or several, is the one a default store gets.
    [Fact]
    public void SingleThreadedWriterStoresTheSame()
    {
        var docs = StoreBehaviour.SampleDocs(8);
        var dumps = new List<string>();
        foreach (bool single in new[] { false, true })
        foreach (int batch in new[] { 3, 100 })
        {
            using var s = DuckDbEventStore.Open(_dir.File($"{single}-{batch}.duckdb"), singleThreaded: single);
            if (single) Assert.Equal(1, Dump.Count(s, "SELECT CAST(current_setting('threads') AS BIGINT)"));
            using (var w = new StoreWriter(s, new StoreWriterOptions { BatchDocuments = batch })) foreach (var d in docs) w.Add(d);
            dumps.Add(Dump.Store(s));
        }
        Assert.Contains("## events", dumps[0]);
        Assert.All(dumps, d => Assert.Equal(dumps[0], d));
    }

    [Fact]
    public void MigrationsAreRecordedAndNotRerun()
    {
        using (var s = DuckDbEventStore.Open(Db)) Assert.Equal(Migrations.Latest, s.SchemaVersion);
        using (var s = DuckDbEventStore.Open(Db))
            Assert.Equal(Migrations.All.Count, Dump.Count(s, "SELECT count(*) FROM schema_version"));
    }

    // A version-4 store (mentions as one wide table) upgrades to side tables behind the mentions view with every
    // row intact, and keeps taking batches afterwards.
    [Fact]
    public void Version4StoreUpgradesWithItsMentionsIntact()
    {
        string current = _dir.File("current.duckdb"), old = _dir.File("v4.duckdb");
        var (docs, expected) = CurrentStoreOfFive(current);
        Assert.Contains("## mentions", expected);

        CreateAtVersion(old, 4, current,
            [.. new[] { "documents", "sentences", "mentions", "events", "event_sources", "actors" }.Select(t => $"INSERT INTO main.{t} SELECT * FROM cur.{t}")]);
        using (var s = DuckDbEventStore.Open(old))
        {
            Assert.Equal(Migrations.Latest, s.SchemaVersion);
            Assert.Equal(expected, Dump.Store(s));
            Assert.True(Dump.Count(s, "SELECT count(*) FROM mention_actors") > 0);
            using var w = new StoreWriter(s);
            Assert.Equal(WriteOutcome.Stored, w.Add(docs[5]));
        }
        using (var s = DuckDbEventStore.Open(current))
        using (var w = new StoreWriter(s))
            w.Add(docs[5]);
        using (var a = DuckDbEventStore.Open(old))
        using (var b = DuckDbEventStore.Open(current))
        {
            Assert.Equal(Dump.Store(b), Dump.Store(a));
            Assert.Equal(0, Dump.Count(a, "SELECT count(*) FROM (SELECT actor_id FROM mention_actors GROUP BY actor_id HAVING count(*) > 1) x"));
        }
    }

    // A version-5 store (events as one wide table) upgrades to integer keys behind the events view with every row
    // intact and in its old order, and keeps taking batches: the same store as one written at version 6 throughout.
    [Fact]
    public void Version5StoreUpgradesWithItsEventsIntact()
    {
        string current = _dir.File("current.duckdb"), old = _dir.File("v5.duckdb");
        var (docs, expected) = CurrentStoreOfFive(current);
        Assert.Contains("## events", expected);

        // Events in reverse, so that the upgrade must keep the stored order rather than sort by id.
        CreateAtVersion(old, 5, current,
            [.. new[] { "documents", "sentences", "mention_rows", "mention_actors", "mention_patterns", "event_sources", "actors" }.Select(t => $"INSERT INTO main.{t} SELECT * FROM cur.{t}"),
             "INSERT INTO main.events SELECT * FROM cur.events ORDER BY event_id DESC"]);
        using (var s = DuckDbEventStore.Open(old))
        {
            Assert.Equal(Migrations.Latest, s.SchemaVersion);
            Assert.Equal(expected, Dump.Store(s));
            using (var cmd = s.Connection.CreateCommand())
            {
                cmd.CommandText = "SELECT event_id FROM event_rows";
                using var r = cmd.ExecuteReader();
                var ids = new List<long>();
                while (r.Read()) ids.Add(r.GetInt64(0));
                Assert.Equal(ids.OrderByDescending(i => i), ids);
            }
            using var w = new StoreWriter(s);
            Assert.Equal(WriteOutcome.Stored, w.Add(docs[5]));
        }
        using (var s = DuckDbEventStore.Open(current))
        using (var w = new StoreWriter(s))
            w.Add(docs[5]);
        using (var a = DuckDbEventStore.Open(old))
        using (var b = DuckDbEventStore.Open(current))
        {
            Assert.Equal(Dump.Store(b), Dump.Store(a));
            Assert.Equal(0, Dump.Count(a, "SELECT count(*) FROM (SELECT code, country, role FROM event_actors GROUP BY code, country, role HAVING count(*) > 1) x"));
            Assert.Equal(0, Dump.Count(a, "SELECT count(*) FROM (SELECT actor_id FROM event_actors GROUP BY actor_id HAVING count(*) > 1) x"));
        }
    }

    // Reports of one event name its place at different offsets (and may spell it differently): the event is the
    // same, so it is one row with two articles, and its location is the first report's.
    [Fact]
    public void TheSameLocatedEventInTwoArticlesIsOneEvent()
    {
        const string Act = "Pakistani troops attacked Taliban positions in Kandahar on Monday.";
        var docs = new List<CodedDocument>
        {
            Coding.CodeText(Act, "x", "Wire One"),
            Coding.CodeText("Fighting spread along the border this week. Local officials said " + Act, "y", "Wire Two"),
        };
        var located = docs.Select(d => d.Events.Single(e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Location is not null)).ToList();
        Assert.NotEqual(located[0].Location!.Start, located[1].Location!.Start);
        using var s = DuckDbEventStore.Open(Db);
        using (var w = new StoreWriter(s)) foreach (var d in docs) w.Add(d);
        Assert.Equal(1, Dump.Count(s, $"SELECT count(*) FROM events WHERE source_code = '{located[0].Source.Code}' AND cameo = '{located[0].Cameo}'"));
        Assert.Equal(1, Dump.Count(s, $"SELECT count(*) FROM events WHERE source_code = '{located[0].Source.Code}' AND cameo = '{located[0].Cameo}' AND num_articles = 2 AND num_mentions = 2 AND num_sources = 2 AND first_doc_id = 'x' AND location LIKE '%\"start\":{located[0].Location!.Start},%'"));
    }

    // Six sample documents, the first five written by this version in batches of four, and that store's dump.
    private static (List<CodedDocument> Docs, string Dump) CurrentStoreOfFive(string current)
    {
        var docs = StoreBehaviour.SampleDocs(6);
        using (var s = DuckDbEventStore.Open(current))
        using (var w = new StoreWriter(s, new StoreWriterOptions { BatchDocuments = 4 }))
            foreach (var d in docs.Take(5)) w.Add(d);
        using (var s = DuckDbEventStore.Open(current)) return (docs, Dump.Store(s));
    }

    // A store created at an older schema version and filled by statements run with the current store attached as "cur".
    private static void CreateAtVersion(string path, int version, string current, string[] fill)
    {
        using var conn = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}");
        conn.Open();
        void Run(string sql)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
        Run("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL)");
        foreach (var m in Migrations.All.Where(m => m.Version <= version))
        {
            foreach (var sql in m.DuckDb) Run(sql);
            Run($"INSERT INTO schema_version VALUES ({m.Version}, 'v{m.Version}')");
        }
        Run($"ATTACH '{current}' AS cur (READ_ONLY)");
        foreach (var sql in fill) Run(sql);
        Run("DETACH cur");
    }

    [Fact]
    public void NotADuckDbFileIsAReadableError()
    {
        File.WriteAllText(Db, "this is not a database");
        var e = Assert.Throws<StoreException>(() => DuckDbEventStore.Open(Db));
        Assert.StartsWith(Db, e.Message);
    }

    [Fact]
    public void FeedStateRoundTrips()
    {
        using var s = DuckDbEventStore.Open(Db);
        Assert.Null(s.LoadFeed("http://x/feed"));
        s.SaveFeed(new FeedState("http://x/feed", "\"v1\"", null, "2026-01-01T00:00:00Z", 3));
        s.SaveFeed(new FeedState("http://x/feed", "\"v2\"", "Wed, 01 Jan 2026 00:00:00 GMT", "2026-01-01T00:05:00Z", 4));
        Assert.Equal(new FeedState("http://x/feed", "\"v2\"", "Wed, 01 Jan 2026 00:00:00 GMT", "2026-01-01T00:05:00Z", 4), s.LoadFeed("http://x/feed"));
    }
}
