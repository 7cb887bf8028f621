using Dyad.Storage.DuckDb;
using Dyad.Storage.Postgres;

namespace Dyad.Storage.Tests;

/// <summary>The store behaviour against a real PostgreSQL server on 127.0.0.1 (see <see cref="PostgresServer"/>).</summary>
public class PostgresStoreTests
{
    [Fact] public void WritesAndReadsBack() { string db = PostgresServer.NewDatabase(); StoreBehaviour.WritesAndReadsBack(() => PostgresEventStore.Open(db)); }
    [Fact] public void SameInputTwiceAddsNothing() { string db = PostgresServer.NewDatabase(); StoreBehaviour.SameInputTwiceAddsNothing(() => PostgresEventStore.Open(db)); }
    [Fact] public void ReprintsCreateNoEvents() { string db = PostgresServer.NewDatabase(); StoreBehaviour.ReprintsCreateNoEvents(() => PostgresEventStore.Open(db)); }
    [Fact] public void SameEventAcrossArticlesIsOneEvent() { string db = PostgresServer.NewDatabase(); StoreBehaviour.SameEventAcrossArticlesIsOneEvent(() => PostgresEventStore.Open(db)); }
    [Fact] public void CountsAddUpAcrossBatches() => StoreBehaviour.CountsAddUpAcrossBatches(_ => PostgresEventStore.Open(PostgresServer.NewDatabase()));

    [Fact]
    public void HoldsTheSameRowsAsDuckDb()
    {
        string db = PostgresServer.NewDatabase();
        using var dir = new TempDir();
        var docs = StoreBehaviour.SampleDocs(5);
        using var pg = PostgresEventStore.Open(db);
        using var duck = DuckDbEventStore.Open(dir.File("d.duckdb"));
        foreach (var store in new IEventStore[] { pg, duck })
            using (var w = new StoreWriter(store, new StoreWriterOptions { BatchDocuments = 2 }))
                foreach (var d in docs) w.Add(d);
        Assert.Equal(Dump.Store(duck), Dump.Store(pg));
    }

    [Fact]
    public void UnreachableServerIsAReadableError()
    {
        var e = Assert.Throws<StoreException>(() => PostgresEventStore.Open("postgres://dyad:secret@127.0.0.1:1/none"));
        Assert.DoesNotContain("secret", e.Message);
        Assert.StartsWith("postgres://dyad:***@127.0.0.1:1/none", e.Message);
    }
}
