namespace Dyad.Web;

/// <summary>Settings of the HTTP server. Immutable.</summary>
public sealed record WebOptions
{
    /// <summary>The store: a DuckDB file or a postgres:// URL.</summary>
    public required string Db { get; init; }
    /// <summary>Addresses to listen on (default loopback port 5000).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5000"];
    /// <summary>The key writing endpoints require; null turns writing off.</summary>
    public string? ApiKey { get; init; }
    /// <summary>Origins allowed by CORS; empty leaves CORS off.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];
    /// <summary>Answer reads from non-loopback clients without a key.</summary>
    public bool OpenReads { get; init; }
    /// <summary>Largest request body in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 1 << 20;
    /// <summary>Folder of extra dictionaries for ingestion, or null.</summary>
    public string? Dictionaries { get; init; }
    /// <summary>
    /// Seconds a read answer of a PostgreSQL store stays cached (other processes may write it); 0 turns the cache off.
    /// DuckDB answers stay cached until an ingest through this server changes the data.
    /// </summary>
    public int CacheSeconds { get; init; } = 2;
    /// <summary>Concurrent read connections.</summary>
    public int ReadConnections { get; init; } = 8;
}
