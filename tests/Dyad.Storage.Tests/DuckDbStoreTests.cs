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

    [Fact]
    public void MigrationsAreRecordedAndNotRerun()
    {
        using (var s = DuckDbEventStore.Open(Db)) Assert.Equal(Migrations.Latest, s.SchemaVersion);
        using (var s = DuckDbEventStore.Open(Db))
            Assert.Equal(Migrations.All.Count, Dump.Count(s, "SELECT count(*) FROM schema_version"));
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
