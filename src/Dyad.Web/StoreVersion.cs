namespace Dyad.Web;

/// <summary>
/// The version of the data the API reads: part of every cached response's key and bumped after each ingest, so a
/// cached answer is never served once the store has changed. Thread-safe.
/// </summary>
public sealed class StoreVersion
{
    /// <summary>The output-cache policy and tag of the read endpoints.</summary>
    public const string CachePolicy = "store";

    private long _value;

    /// <summary>The current version.</summary>
    public long Current => Interlocked.Read(ref _value);

    /// <summary>Marks the data as changed.</summary>
    public void Bump() => Interlocked.Increment(ref _value);
}
