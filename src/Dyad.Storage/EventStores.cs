using Dyad.Storage.DuckDb;
using Dyad.Storage.Postgres;

namespace Dyad.Storage;

/// <summary>Opens a store from a --db value: a postgres:// URL, else a DuckDB file path. Stateless.</summary>
public static class EventStores
{
    /// <summary>Opens (creating and migrating) the store.</summary>
    /// <param name="db">A postgres:// URL or a DuckDB file path.</param>
    /// <param name="writerOnly">The process only writes to the store through one <see cref="StoreWriter"/>: a DuckDB store then runs single-threaded (see <see cref="DuckDbEventStore.Open"/>).</param>
    /// <exception cref="StoreException">It cannot be opened.</exception>
    public static IEventStore Open(string db, bool writerOnly = false) =>
        PostgresUrl.IsPostgres(db) ? PostgresEventStore.Open(db) : DuckDbEventStore.Open(db, singleThreaded: writerOnly);
}
