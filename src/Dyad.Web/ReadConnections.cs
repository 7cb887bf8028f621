using System.Collections.Concurrent;
using System.Data.Common;
using Dyad.Analysis;
using Dyad.Storage;
using DuckDB.NET.Data;
using Npgsql;

namespace Dyad.Web;

/// <summary>
/// A bounded pool of read connections to the store, so requests query in parallel (DuckDB connections to one
/// database in one process share it; PostgreSQL gets more sessions). Thread-safe.
/// </summary>
public sealed class ReadConnections : IDisposable
{
    private readonly ConcurrentBag<EventAnalytics> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly Func<DbConnection> _open;

    /// <summary>A pool of at most <paramref name="size"/> connections like the store's.</summary>
    public ReadConnections(IEventStore store, int size)
    {
        _slots = new SemaphoreSlim(size, size);
        string cs = store.Connection.ConnectionString;
        _open = store.Kind == StoreKind.DuckDb ? () => new DuckDBConnection(cs) : () => new NpgsqlConnection(((NpgsqlConnection)store.Connection).ConnectionString);
    }

    /// <summary>Runs a query on a pooled connection; waits for a free one.</summary>
    public async Task<T> RunAsync<T>(Func<EventAnalytics, T> query, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            if (!_idle.TryTake(out var a))
            {
                var conn = _open();
                conn.Open();
                a = new EventAnalytics(conn);
            }
            try
            {
                var result = query(a);
                _idle.Add(a);
                return result;
            }
            catch (QueryException)
            {
                _idle.Add(a);
                throw;
            }
            catch
            {
                // The connection may be in a bad state: drop it.
                a.Connection.Dispose();
                throw;
            }
        }
        finally { _slots.Release(); }
    }

    /// <summary>Closes every idle connection.</summary>
    public void Dispose()
    {
        while (_idle.TryTake(out var a)) a.Connection.Dispose();
        _slots.Dispose();
    }
}
