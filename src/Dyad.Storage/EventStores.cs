using Dyad.Storage.DuckDb;
using Dyad.Storage.Postgres;

namespace Dyad.Storage;

/// <summary>Opens a store from a --db value: a postgres:// URL, else a DuckDB file path. Stateless.</summary>
public static class EventStores
{
    /// <summary>Opens (creating and migrating) the store.</summary>
    /// <exception cref="StoreException">It cannot be opened.</exception>
    public static IEventStore Open(string db) =>
        PostgresUrl.IsPostgres(db) ? PostgresEventStore.Open(db) : DuckDbEventStore.Open(db);
}
