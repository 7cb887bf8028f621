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

    // A version-5 PostgreSQL store (events as one wide table) upgrades to integer keys behind the events view with
    // every row intact. The v5 store is filled with the rows of a store written by this version (read through its
    // tables and views, which keep the v5 columns).
    [Fact]
    public void Version5StoreUpgradesWithItsEventsIntact()
    {
        string db = PostgresServer.NewDatabase();
        using var dir = new TempDir();
        using var duck = DuckDbEventStore.Open(dir.File("d.duckdb"));
        using (var w = new StoreWriter(duck, new StoreWriterOptions { BatchDocuments = 2 }))
            foreach (var d in StoreBehaviour.SampleDocs(5)) w.Add(d);
        using (var conn = new Npgsql.NpgsqlConnection(PostgresUrl.Parse(db).ConnectionString))
        {
            conn.Open();
            void Run(string sql)
            {
                using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
                cmd.ExecuteNonQuery();
            }
            Run("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL)");
            foreach (var m in Migrations.All.Where(m => m.Version <= 5))
            {
                foreach (var sql in m.Postgres) Run(sql);
                Run($"INSERT INTO schema_version VALUES ({m.Version}, 'v{m.Version}')");
            }
            foreach (var table in new[] { "documents", "sentences", "mention_rows", "mention_actors", "mention_patterns", "event_sources", "actors", "events" })
            {
                using var read = duck.Connection.CreateCommand();
                read.CommandText = $"SELECT * FROM {table}";
                using var r = read.ExecuteReader();
                while (r.Read())
                {
                    using var insert = new Npgsql.NpgsqlCommand($"INSERT INTO {table} VALUES ({string.Join(", ", Enumerable.Range(1, r.FieldCount).Select(i => "$" + i))})", conn);
                    for (int i = 0; i < r.FieldCount; i++)
                        insert.Parameters.Add(new Npgsql.NpgsqlParameter
                        {
                            Value = r.IsDBNull(i) ? DBNull.Value : r.GetValue(i) switch
                            {
                                Stream st => ReadAll(st),
                                DateTime d => DateOnly.FromDateTime(d),
                                var v => v,
                            },
                        });
                    insert.ExecuteNonQuery();
                }
            }
        }
        using var pg = PostgresEventStore.Open(db);
        Assert.Equal(Migrations.Latest, pg.SchemaVersion);
        Assert.Equal(Dump.Store(duck), Dump.Store(pg));
        Assert.True(Dump.Count(pg, "SELECT count(*) FROM event_actors") > 3);
    }

    private static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    [Fact]
    public void UnreachableServerIsAReadableError()
    {
        var e = Assert.Throws<StoreException>(() => PostgresEventStore.Open("postgres://dyad:secret@127.0.0.1:1/none"));
        Assert.DoesNotContain("secret", e.Message);
        Assert.StartsWith("postgres://dyad:***@127.0.0.1:1/none", e.Message);
    }
}
