using System.Data.Common;

namespace Dyad.Storage;

/// <summary>
/// An event store: documents, sentences, events, mentions and actors in DuckDB or PostgreSQL. One writer at a
/// time; <see cref="Write"/> is one transaction, so a batch is stored whole or not at all. Not thread-safe.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>DuckDB or PostgreSQL.</summary>
    StoreKind Kind { get; }

    /// <summary>The file or server the store lives in, with any password removed.</summary>
    string Location { get; }

    /// <summary>The schema version after migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>The open connection, for queries (exports, reports). Do not write through it while a writer is active.</summary>
    DbConnection Connection { get; }

    /// <summary>What deduplication needs to know of the stored documents.</summary>
    StoreSnapshot LoadSnapshot();

    /// <summary>Writes a batch in one transaction and updates the events and actors it touches.</summary>
    void Write(StoreBatch batch);

    /// <summary>The last poll of a feed, or null.</summary>
    FeedState? LoadFeed(string url);

    /// <summary>Records a feed poll (replacing the previous one).</summary>
    void SaveFeed(FeedState state);
}

/// <summary>The two store back ends.</summary>
public enum StoreKind
{
    /// <summary>An embedded DuckDB file.</summary>
    DuckDb,
    /// <summary>A PostgreSQL server.</summary>
    Postgres,
}
