using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace Dyad.Distributed;

/// <summary>
/// The JetStream objects of distributed coding: the work stream (WorkQueue retention, so a batch is deleted once
/// a worker acknowledges it), its one durable pull consumer shared by every worker, the dead-letter stream and the
/// worker heartbeat bucket. Creating them is idempotent, so submitters, workers and status may all call
/// <see cref="OpenAsync"/>. Thread-safe as the NATS client is.
/// </summary>
public sealed class WorkQueue : IAsyncDisposable
{
    /// <summary>Stream holding batches to code.</summary>
    public const string WorkStream = "DYAD_WORK";
    /// <summary>Subject batches are published on.</summary>
    public const string WorkSubject = "dyad.work";
    /// <summary>The durable consumer every worker pulls from (sharing it is what spreads the work).</summary>
    public const string ConsumerName = "dyad-workers";
    /// <summary>Stream holding dead letters.</summary>
    public const string DeadStream = "DYAD_DEAD";
    /// <summary>Subject prefix of dead letters: <c>dyad.dead.doc</c> for a document, <c>dyad.dead.batch</c> for a batch.</summary>
    public const string DeadSubject = "dyad.dead";
    /// <summary>Key/value bucket of worker heartbeats; entries expire when a worker stops beating.</summary>
    public const string HeartbeatBucket = "dyad-workers";

    private WorkQueue(NatsConnection connection, NatsJSContext js, INatsJSConsumer consumer, INatsKVStore heartbeats)
    {
        Connection = connection;
        JetStream = js;
        Consumer = consumer;
        Heartbeats = heartbeats;
    }

    /// <summary>The NATS connection.</summary>
    public NatsConnection Connection { get; }
    /// <summary>The JetStream context.</summary>
    public NatsJSContext JetStream { get; }
    /// <summary>The shared work consumer.</summary>
    public INatsJSConsumer Consumer { get; }
    /// <summary>Worker heartbeats.</summary>
    public INatsKVStore Heartbeats { get; }

    /// <summary>Connects and creates (or updates) the stream, consumer, dead-letter stream and heartbeat bucket.</summary>
    /// <param name="url">nats://host:port (several comma-separated URLs of a cluster are allowed).</param>
    /// <param name="ackWait">How long a delivered batch may go unacknowledged before JetStream redelivers it.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    public static async Task<WorkQueue> OpenAsync(string url, TimeSpan ackWait, CancellationToken cancellationToken = default)
    {
        var conn = new NatsConnection(NatsOpts.Default with { Url = url, Name = "dyad", ConnectTimeout = TimeSpan.FromSeconds(5) });
        try
        {
            await conn.ConnectAsync();
            var js = new NatsJSContext(conn);
            await js.CreateOrUpdateStreamAsync(new StreamConfig(WorkStream, [WorkSubject])
            {
                Retention = StreamConfigRetention.Workqueue, Storage = StreamConfigStorage.File,
            }, cancellationToken);
            await js.CreateOrUpdateStreamAsync(new StreamConfig(DeadStream, [DeadSubject + ".>"])
            {
                Retention = StreamConfigRetention.Limits, Storage = StreamConfigStorage.File,
            }, cancellationToken);
            // MaxDeliver stays unlimited: the worker counts deliveries itself so that a batch which crashes every
            // worker it reaches still ends up as a dead letter with a reason, not silently dropped by the server.
            var consumer = await js.CreateOrUpdateConsumerAsync(WorkStream, new ConsumerConfig(ConsumerName)
            {
                AckPolicy = ConsumerConfigAckPolicy.Explicit, AckWait = ackWait, MaxDeliver = -1, MaxAckPending = 1000,
            }, cancellationToken);
            var kv = new NatsKVContext(js);
            var heartbeats = await kv.CreateOrUpdateStoreAsync(new NatsKVConfig(HeartbeatBucket) { MaxAge = TimeSpan.FromSeconds(30) }, cancellationToken);
            return new WorkQueue(conn, js, consumer, heartbeats);
        }
        catch (Exception e) when (e is NatsException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await conn.DisposeAsync();
            throw new DistributedException($"{url}: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}

/// <summary>NATS is unreachable or refused an operation; the message names the server.</summary>
public sealed class DistributedException(string message, Exception? inner = null) : Exception(message, inner);
