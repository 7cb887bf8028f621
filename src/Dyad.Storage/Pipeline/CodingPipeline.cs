using System.Threading.Channels;
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
    }

    /// <summary>Runs the pipeline over the inputs.</summary>
    /// <param name="inputs">Inputs in order.</param>
    /// <param name="isKnown">True for a doc_id already stored: the document is skipped before coding. Called on the reader thread.</param>
    /// <param name="onDocument">Receives coded documents in input order.</param>
    /// <param name="onError">Receives bad inputs and documents that failed to code, in input order.</param>
    /// <param name="stats">Counters updated as the run goes.</param>
    /// <param name="cancellationToken">Stops reading; documents in flight are dropped.</param>
    public async Task RunAsync(IEnumerable<InputFile> inputs, Func<string, bool> isKnown, Action<CodedDocument> onDocument,
        Action<IngestError> onError, PipelineStats stats, CancellationToken cancellationToken = default)
    {
        int capacity = Threads * 8;
        var ordered = Channel.CreateBounded<Item>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateBounded<Item>(new BoundedChannelOptions(capacity) { SingleWriter = true });

        var reader = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    foreach (var result in DocumentReader.Read(input, ingest))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (result.Error is not null) { await ordered.Writer.WriteAsync(new Item { Error = result.Error }, cancellationToken); continue; }
                        var doc = result.Document!;
                        stats.AddRead();
                        if (isKnown(doc.DocId)) { stats.AddSkipped(); continue; }
                        var item = new Item { Document = doc, Done = new(TaskCreationOptions.RunContinuationsAsynchronously) };
                        await ordered.Writer.WriteAsync(item, cancellationToken);
                        await work.Writer.WriteAsync(item, cancellationToken);
                    }
                    await ordered.Writer.WriteAsync(new Item { FinishedInputBytes = SizeOf(input) }, cancellationToken);
                }
                ordered.Writer.Complete();
                work.Writer.Complete();
            }
            catch (Exception e)
            {
                ordered.Writer.TryComplete(e);
                work.Writer.TryComplete(e);
            }
        }, cancellationToken);

        var workers = Enumerable.Range(0, Threads).Select(_ => Task.Run(async () =>
        {
            await foreach (var item in work.Reader.ReadAllAsync(cancellationToken))
            {
                try { item.Done!.SetResult(coder.Code(item.Document!)); }
                catch (Exception e) when (e is not OperationCanceledException) { item.Done!.SetException(e); }
            }
        }, cancellationToken)).ToArray();

        await foreach (var item in ordered.Reader.ReadAllAsync(cancellationToken))
        {
            if (item.Error is not null) { stats.AddFailed(); onError(item.Error); continue; }
            if (item.FinishedInputBytes >= 0) { stats.AddInputDone(item.FinishedInputBytes); continue; }
            CodedDocument coded;
            try { coded = await item.Done!.Task; }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                stats.AddFailed();
                onError(new IngestError(item.Document!.Origin, 0, null, "C001", $"document {item.Document.DocId} could not be coded: {e.Message}"));
                continue;
            }
            stats.AddCoded(coded.Sentences.Length, coded.Events.Count);
            onDocument(coded);
        }
        await reader;
        await Task.WhenAll(workers);
    }

    private static long SizeOf(InputFile input)
    {
        try { return input.Name == InputFile.StdinName ? 0 : new FileInfo(input.Name).Length; }
        catch (IOException) { return 0; }
    }
}
