using System.Text.Json;
using NATS.Client.KeyValueStore;

namespace Dyad.Distributed;

/// <summary>A snapshot of the distributed run: queue, consumer, dead letters and live workers.</summary>
public sealed record QueueStatus
{
    /// <summary>Batches in the work stream: waiting plus in flight (work-queue retention deletes on ack).</summary>
    public long Queued { get; init; }
    /// <summary>Batches not yet delivered to any worker.</summary>
    public ulong Waiting { get; init; }
    /// <summary>Batches delivered and not yet acknowledged.</summary>
    public long InFlight { get; init; }
    /// <summary>Batches delivered more than once and still unacknowledged.</summary>
    public long Redelivered { get; init; }
    /// <summary>Pull requests waiting (idle workers).</summary>
    public long IdlePulls { get; init; }
    /// <summary>Dead letters (documents or batches).</summary>
    public long DeadLetters { get; init; }
    /// <summary>Live workers by id.</summary>
    public required IReadOnlyList<(string Id, WorkerBeat Beat)> Workers { get; init; }

    /// <summary>Documents per second of all live workers.</summary>
    public double DocsPerSecond => Workers.Sum(w => w.Beat.DocsPerSecond);

    /// <summary>Reads the stream, consumer, dead-letter stream and heartbeat bucket.</summary>
    public static async Task<QueueStatus> ReadAsync(WorkQueue queue, CancellationToken cancellationToken = default)
    {
        var work = await queue.JetStream.GetStreamAsync(WorkQueue.WorkStream, cancellationToken: cancellationToken);
        var dead = await queue.JetStream.GetStreamAsync(WorkQueue.DeadStream, cancellationToken: cancellationToken);
        var consumer = await queue.JetStream.GetConsumerAsync(WorkQueue.WorkStream, WorkQueue.ConsumerName, cancellationToken);
        var info = consumer.Info;
        var workers = new List<(string, WorkerBeat)>();
        try
        {
            await foreach (var key in queue.Heartbeats.GetKeysAsync(cancellationToken: cancellationToken))
            {
                var entry = await queue.Heartbeats.TryGetEntryAsync<byte[]>(key, cancellationToken: cancellationToken);
                if (!entry.Success || entry.Value.Value is not { Length: > 0 } body) continue;
                var beat = JsonSerializer.Deserialize(body, DistributedJsonContext.Default.WorkerBeat);
                if (beat is not null) workers.Add((key, beat));
            }
        }
        catch (NatsKVException) { }
        return new QueueStatus
        {
            Queued = work.Info.State.Messages, Waiting = info.NumPending, InFlight = info.NumAckPending,
            Redelivered = info.NumRedelivered, IdlePulls = info.NumWaiting, DeadLetters = dead.Info.State.Messages,
            Workers = [.. workers.OrderBy(w => w.Item1, StringComparer.Ordinal)],
        };
    }
}
