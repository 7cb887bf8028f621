using System.Diagnostics;
using System.Text.Json;
using Dyad.Storage;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Npgsql;

namespace Dyad.Distributed;

/// <summary>
/// Pulls batches from the shared consumer, codes them, stores each in one PostgreSQL transaction and only then
/// acknowledges it. A worker that dies mid-batch leaves the batch unacknowledged and JetStream redelivers it after
/// the ack wait; the store skips doc_ids it already holds, so a redelivered batch adds nothing twice. Documents
/// that fail to code, and batches that fail <see cref="WorkerOptions.MaxDeliveries"/> times, go to the dead-letter
/// stream with their error. One <see cref="RunAsync"/> per instance.
/// </summary>
public sealed class Worker(WorkQueue queue, string db, DocumentCoder coder, WorkerOptions options)
{
    // Writers to one store take turns under this advisory lock: sequence numbers, duplicate detection and the
    // event aggregates read what earlier batches committed, as they do in a single `dyad code` run.
    private const long WriteLockKey = 0x44796164_57726974; // "DyadWrit"

    private readonly WorkQueue _queue = queue;
    private readonly string _db = db;
    private readonly DocumentCoder _coder = coder;
    private readonly WorkerOptions _options = options;
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly Queue<(long Ticks, long Docs)> _recent = new();
    private IEventStore? _store;
    private string _state = "idle";
    private long _batches, _documents, _repeated, _dead, _events;

    /// <summary>Batches acknowledged.</summary>
    public long Batches => Interlocked.Read(ref _batches);
    /// <summary>Documents stored.</summary>
    public long Documents => Interlocked.Read(ref _documents);
    /// <summary>Documents dead-lettered.</summary>
    public long Dead => Interlocked.Read(ref _dead);

    /// <summary>Receives one line per notable event (batch stored, retry, dead letter, a document's coding warning).</summary>
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>
    /// Works until <paramref name="stop"/> is cancelled (the current batch is finished and acknowledged first) or
    /// <paramref name="abort"/> is (the current batch is negatively acknowledged for another worker at once).
    /// With <paramref name="exitWhenIdle"/> it also returns when a pull finds the queue empty.
    /// </summary>
    public async Task RunAsync(CancellationToken stop, CancellationToken abort, bool exitWhenIdle = false)
    {
        using var beats = CancellationTokenSource.CreateLinkedTokenSource(abort);
        var heartbeat = HeartbeatAsync(beats.Token);
        try
        {
            while (!stop.IsCancellationRequested && !abort.IsCancellationRequested)
            {
                INatsJSMsg<byte[]>? next;
                try
                {
                    next = await _queue.Consumer.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = _options.PullWait }, cancellationToken: stop);
                }
                catch (OperationCanceledException) { break; }
                if (next is null) { if (exitWhenIdle) break; continue; }
                var msg = next;
                await HandleAsync(msg, abort);
            }
        }
        finally
        {
            _state = "stopped";
            await beats.CancelAsync();
            try { await heartbeat; } catch (OperationCanceledException) { }
            try { await _queue.Heartbeats.DeleteAsync(_options.Id); } catch (Exception e) when (e is NatsException or OperationCanceledException) { }
            _store?.Dispose();
        }
    }

    private async Task HandleAsync(INatsJSMsg<byte[]> msg, CancellationToken abort)
    {
        ulong deliveries = msg.Metadata?.NumDelivered ?? 1;
        WorkBatch batch;
        try { batch = WorkBatch.FromBytes(msg.Data ?? []); }
        catch (JsonException e)
        {
            await DeadBatchAsync(msg, null, deliveries, "unreadable batch: " + e.Message);
            return;
        }
        if (deliveries > (ulong)_options.MaxDeliveries)
        {
            // Earlier deliveries never finished: their workers died or hung past the ack wait.
            await DeadBatchAsync(msg, batch, deliveries, $"not finished after {deliveries - 1} deliveries (worker crash or ack timeout)");
            return;
        }
        using var progress = CancellationTokenSource.CreateLinkedTokenSource(abort);
        var keepAlive = KeepAliveAsync(msg, progress.Token);
        try
        {
            _state = "coding";
            var (coded, failed) = Code(batch, abort);
            _state = "storing";
            var (stored, known, events) = Store(coded);
            foreach (var (doc, error) in failed) await DeadDocumentAsync(doc, deliveries, error);
            await progress.CancelAsync();
            await msg.AckAsync(new AckOpts { DoubleAck = true });
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _documents, stored);
            Interlocked.Add(ref _repeated, known);
            Interlocked.Add(ref _events, events);
            lock (_recent) _recent.Enqueue((Stopwatch.GetTimestamp(), stored + known));
            if (deliveries > 1) Log($"batch stored on delivery {deliveries}: {stored} new, {known} already stored");
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            await progress.CancelAsync();
            await msg.NakAsync();
            Log("shutting down: batch handed back to the queue");
        }
        catch (Exception e) when (e is StoreException or NpgsqlException or InvalidOperationException or TimeoutException)
        {
            await progress.CancelAsync();
            _store?.Dispose();
            _store = null;
            if (deliveries >= (ulong)_options.MaxDeliveries) { await DeadBatchAsync(msg, batch, deliveries, e.Message); return; }
            Log($"batch failed on delivery {deliveries}, retrying: {e.Message}");
            await msg.NakAsync(delay: _options.RetryDelay);
        }
        finally
        {
            _state = "idle";
            try { await keepAlive; } catch (OperationCanceledException) { }
        }
    }

    private (CodedDocument?[] Coded, List<(WorkDocument, string)> Failed) Code(WorkBatch batch, CancellationToken abort)
    {
        var docs = batch.Documents;
        var coded = new CodedDocument?[docs.Count];
        var errors = new string?[docs.Count];
        Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = abort }, i =>
        {
            // A failing document is reported, as `dyad code` reports it, and never stored.
            try { coded[i] = _coder.Code(docs[i].ToSource()); }
            catch (Exception e) when (e is not OperationCanceledException) { errors[i] = $"document {docs[i].DocId} could not be coded: {e.Message}"; }
        });
        var failed = new List<(WorkDocument, string)>();
        for (int i = 0; i < docs.Count; i++) if (errors[i] is { } err) failed.Add((docs[i], err));
        // Logged here, in batch order, with `dyad code`'s wording: a cut document is still stored, so the log is
        // the only place that says what was left out.
        foreach (var doc in coded) if (doc is not null) foreach (var w in doc.Warnings) Log("warning: " + w);
        return (coded, failed);
    }

    private (int Stored, int Known, long Events) Store(CodedDocument?[] coded)
    {
        _store ??= EventStores.Open(_db);
        var conn = (NpgsqlConnection)_store.Connection;
        using (var lk = new NpgsqlCommand($"SELECT pg_advisory_lock({WriteLockKey})", conn)) lk.ExecuteNonQuery();
        try
        {
            // A fresh writer per batch sees every document other workers committed; its one Flush is one transaction.
            using var writer = new StoreWriter(_store, new StoreWriterOptions
            {
                NearDuplicateThreshold = _options.NearDuplicateThreshold, BatchDocuments = int.MaxValue, BatchMentions = int.MaxValue,
            });
            foreach (var doc in coded) if (doc is not null) writer.Add(doc);
            writer.Flush();
            return (writer.Stored + writer.Duplicates, writer.Known, writer.Mentions);
        }
        finally
        {
            using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({WriteLockKey})", conn);
            unlock.ExecuteNonQuery();
        }
    }

    private async Task KeepAliveAsync(INatsJSMsg<byte[]> msg, CancellationToken cancellationToken)
    {
        // Long batches on slow machines: tell JetStream the batch is being worked on, so only a dead or hung worker
        // lets the ack wait run out.
        var every = _options.AckWait / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            try { await Task.Delay(every, cancellationToken); }
            catch (OperationCanceledException) { return; }
            await msg.AckProgressAsync(cancellationToken: cancellationToken);
        }
    }

    private async Task DeadDocumentAsync(WorkDocument doc, ulong deliveries, string error)
    {
        Interlocked.Increment(ref _dead);
        Log("dead letter: " + error);
        var letter = new DeadLetter { DocId = doc.DocId, Origin = doc.Origin, Deliveries = deliveries, Error = error, Worker = _options.Id };
        var ack = await _queue.JetStream.PublishAsync(WorkQueue.DeadSubject + ".doc",
            JsonSerializer.SerializeToUtf8Bytes(letter, DistributedJsonContext.Default.DeadLetter),
            opts: new NatsJSPubOpts { MsgId = "dead-doc:" + doc.DocId });
        ack.EnsureSuccess();
    }

    private async Task DeadBatchAsync(INatsJSMsg<byte[]> msg, WorkBatch? batch, ulong deliveries, string error)
    {
        Interlocked.Add(ref _dead, batch?.Documents.Count ?? 1);
        Log($"dead letter: batch of {batch?.Documents.Count ?? 0} document(s): {error}");
        var letter = new DeadLetter
        {
            DocId = batch?.Documents.FirstOrDefault()?.DocId, Origin = batch?.Documents.FirstOrDefault()?.Origin,
            Deliveries = deliveries, Error = error, Worker = _options.Id, Batch = batch,
        };
        var ack = await _queue.JetStream.PublishAsync(WorkQueue.DeadSubject + ".batch",
            JsonSerializer.SerializeToUtf8Bytes(letter, DistributedJsonContext.Default.DeadLetter),
            opts: new NatsJSPubOpts { MsgId = $"dead-batch:{msg.Metadata?.Sequence.Stream}" });
        ack.EnsureSuccess();
        // Terminate, not ack: the server stops redelivering and the letter keeps the content.
        await msg.AckTerminateAsync();
    }

    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var beat = new WorkerBeat
            {
                Host = Environment.MachineName, Pid = Environment.ProcessId, Threads = _options.Threads, Started = _started,
                At = DateTimeOffset.UtcNow, Batches = Batches, Documents = Documents, Repeated = Interlocked.Read(ref _repeated),
                Dead = Dead, Events = Interlocked.Read(ref _events), DocsPerSecond = RecentRate(), State = _state,
            };
            try { await _queue.Heartbeats.PutAsync(_options.Id, JsonSerializer.SerializeToUtf8Bytes(beat, DistributedJsonContext.Default.WorkerBeat), cancellationToken: cancellationToken); }
            catch (NatsException) { }
            try { await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    private double RecentRate()
    {
        long now = Stopwatch.GetTimestamp(), window = Stopwatch.Frequency * 60;
        lock (_recent)
        {
            while (_recent.Count > 0 && now - _recent.Peek().Ticks > window) _recent.Dequeue();
            if (_recent.Count == 0) return 0;
            double seconds = Math.Min(60, (DateTimeOffset.UtcNow - _started).TotalSeconds);
            return _recent.Sum(r => r.Docs) / Math.Max(1, seconds);
        }
    }
}
