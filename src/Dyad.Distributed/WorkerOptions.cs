namespace Dyad.Distributed;

/// <summary>Options of <see cref="Worker"/>.</summary>
public sealed record WorkerOptions
{
    /// <summary>Coding threads for the documents of a batch.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Near-duplicate threshold as in <c>dyad code</c>; above 1 turns detection off.</summary>
    public double NearDuplicateThreshold { get; init; } = Ingest.NearDuplicateIndex.DefaultThreshold;
    /// <summary>Deliveries after which a batch that keeps failing (or keeps killing its worker) becomes a dead letter.</summary>
    public int MaxDeliveries { get; init; } = 5;
    /// <summary>The ack wait the queue was opened with; progress acks are sent at a third of it.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>How long one pull waits for a batch before checking for shutdown.</summary>
    public TimeSpan PullWait { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>Delay before a failed batch is redelivered.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);
    /// <summary>The worker's id in heartbeats and dead letters (host and process id by default).</summary>
    public string Id { get; init; } = DefaultId();

    private static string DefaultId()
    {
        var host = new string([.. Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        return $"{host}-{Environment.ProcessId}";
    }
}
