using System.Collections.Concurrent;
using Dyad.Ingest;

namespace Dyad.Storage;

/// <summary>
/// The bounded coding pipeline: one reader (files in order, documents in file order) feeds
/// <see cref="Threads"/> workers that analyse and code; results are handed to the caller's callbacks in input order
/// on the calling task. At most a few documents per worker are in flight, so memory stays flat on any input size.
/// One run at a time per instance.
/// </summary>
public sealed class CodingPipeline(DocumentCoder coder, IngestOptions ingest, int threads)
{
    /// <summary>Worker count.</summary>
    public int Threads { get; } = Math.Max(1, threads);

    private sealed class Item
    {
        public SourceDocument? Document;
        public IngestError? Error;
        public long FinishedInputBytes = -1;
        public TaskCompletionSource<CodedDocument>? Done;
        // A long text's JSON Lines blocks, passed on while it is coded (DocumentCoder.EncodesWindows).
        public BlockingCollection<ReadOnlyMemory<byte>>? Blocks;
    }

    // Blocks (of ~64 KB, DocumentCoder) a long text may have coded ahead of the writer: a worker waits rather than hold
    // the whole text's events.
    private const int BlocksAhead = 64;

    /// <summary>Runs the pipeline on a dedicated thread; see <see cref="Run"/>.</summary>
    public Task RunAsync(IEnumerable<InputFile> inputs, Func<string, bool> isKnown, Action<CodedDocument> onDocument,
        Action<IngestError> onError, PipelineStats stats, CancellationToken cancellationToken = default, Action<ReadOnlyMemory<byte>>? onEncoded = null) =>
        Task.Factory.StartNew(() => Run(inputs, isKnown, onDocument, onError, stats, cancellationToken, onEncoded),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Runs the pipeline over the inputs; returns when every input is read and every result delivered.</summary>
    /// <param name="inputs">Inputs in order.</param>
    /// <param name="isKnown">True for a doc_id already stored: the document is skipped before coding. Called on the reader thread.</param>
    /// <param name="onDocument">Receives coded documents in input order, on the calling thread.</param>
    /// <param name="onError">Receives bad inputs and documents that failed to code, in input order, on the calling thread.</param>
    /// <param name="stats">Counters updated as the run goes.</param>
    /// <param name="cancellationToken">Stops reading; documents in flight are dropped.</param>
    /// <param name="onEncoded">
    /// Receives, in input order on the calling thread, the JSON Lines blocks of a long text's finished windows while
    /// it is coded (<see cref="DocumentCoder.EncodesWindows"/>), before <paramref name="onDocument"/> gets the rest of
    /// it. Null: the blocks stay in <see cref="CodedDocument.EncodedEvents"/>. A text that fails midway has had
    /// the blocks of its finished windows passed on before its error.
    /// </param>
    public void Run(IEnumerable<InputFile> inputs, Func<string, bool> isKnown, Action<CodedDocument> onDocument,
        Action<IngestError> onError, PipelineStats stats, CancellationToken cancellationToken = default, Action<ReadOnlyMemory<byte>>? onEncoded = null)
    {
        // Dedicated threads and blocking queues, not the thread pool: the workers are CPU-bound for the whole run,
        // and pool starvation would delay the in-order hand-off on a small machine.
        int capacity = Threads * 8;
        // Cancelled by the caller, or by this method when a callback throws (a full disk): the reader and workers
        // must stop and be joined before the queues are disposed, else they die on a disposed queue and take the
        // process down with a stack trace.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        using var ordered = new BlockingCollection<Item>(capacity);
        using var work = new BlockingCollection<Item>(capacity);
        Exception? readerError = null;
        var reader = new Thread(() =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    foreach (var result in DocumentReader.Read(input, ingest))
                    {
                        token.ThrowIfCancellationRequested();
                        if (result.Error is not null) { ordered.Add(new Item { Error = result.Error }, token); continue; }
                        var doc = result.Document!;
                        stats.AddRead();
                        if (isKnown(doc.DocId)) { stats.AddSkipped(); continue; }
                        var item = new Item { Document = doc, Done = new() };
                        if (onEncoded is not null && coder.EncodesWindows(doc)) item.Blocks = new(BlocksAhead);
                        ordered.Add(item, token);
                        work.Add(item, token);
                    }
                    ordered.Add(new Item { FinishedInputBytes = SizeOf(input) }, token);
                }
            }
            catch (Exception e) { readerError = e; }
            finally
            {
                ordered.CompleteAdding();
                work.CompleteAdding();
            }
        }) { IsBackground = true, Name = "dyad-reader" };
        var workers = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            foreach (var item in work.GetConsumingEnumerable())
            {
                if (token.IsCancellationRequested) { item.Blocks?.CompleteAdding(); item.Done!.TrySetCanceled(); continue; }
                var blocks = item.Blocks;
                try { item.Done!.SetResult(coder.Code(item.Document!, blocks is null ? null : block => blocks.Add(block, token))); }
                catch (Exception e) { item.Done!.SetException(e); }
                finally { blocks?.CompleteAdding(); }
            }
        }) { IsBackground = true, Name = "dyad-worker-" + i }).ToArray();
        reader.Start();
        foreach (var w in workers) w.Start();

        try
        {
            foreach (var item in ordered.GetConsumingEnumerable())
            {
                if (item.Error is not null) { stats.AddFailed(); onError(item.Error); continue; }
                if (item.FinishedInputBytes >= 0) { stats.AddInputDone(item.FinishedInputBytes); continue; }
                if (item.Blocks is { } blocks)
                {
                    foreach (var block in blocks.GetConsumingEnumerable(token)) onEncoded!(block);
                    blocks.Dispose();
                }
                CodedDocument coded;
                try { coded = item.Done!.Task.GetAwaiter().GetResult(); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    stats.AddFailed();
                    onError(new IngestError(item.Document!.Origin, 0, null, "C001", $"document {item.Document.DocId} could not be coded: {e.Message}"));
                    continue;
                }
                stats.AddCoded(coded.SentenceCount, coded.EventCount);
                onDocument(coded);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            reader.Join();
            foreach (var w in workers) w.Join();
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (readerError is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(readerError).Throw();
    }

    private static long SizeOf(InputFile input)
    {
        try { return input.Name == InputFile.StdinName ? 0 : new FileInfo(input.Name).Length; }
        catch (IOException) { return 0; }
    }
}
