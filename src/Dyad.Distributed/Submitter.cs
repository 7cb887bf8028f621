using Dyad.Ingest;
using NATS.Client.JetStream;

namespace Dyad.Distributed;

/// <summary>
/// Reads inputs with the same readers as <c>dyad code</c> and publishes their documents to the work stream in
/// batches, waiting for JetStream's acknowledgement of each publish so nothing reported as submitted is lost.
/// One run at a time per instance.
/// </summary>
public sealed class Submitter(WorkQueue queue, int batchDocuments)
{
    private readonly WorkQueue _queue = queue;
    private readonly int _batch = Math.Max(1, batchDocuments);

    /// <summary>Documents published.</summary>
    public long Documents { get; private set; }
    /// <summary>Messages published.</summary>
    public long Batches { get; private set; }

    /// <summary>Publishes every document of the inputs; reports unreadable inputs and documents to <paramref name="onError"/>.</summary>
    public async Task SubmitAsync(IEnumerable<InputFile> inputs, IngestOptions ingest, Action<IngestError> onError, CancellationToken cancellationToken = default)
    {
        var pending = new List<WorkDocument>(_batch);
        foreach (var input in inputs)
            foreach (var result in DocumentReader.Read(input, ingest))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (result.Error is not null) { onError(result.Error); continue; }
                pending.Add(WorkDocument.From(result.Document!));
                if (pending.Count >= _batch) await PublishAsync(pending, cancellationToken);
            }
        if (pending.Count > 0) await PublishAsync(pending, cancellationToken);
    }

    private async Task PublishAsync(List<WorkDocument> documents, CancellationToken cancellationToken)
    {
        var body = new WorkBatch { Documents = [.. documents] }.ToBytes();
        // The first document id makes the message id, so a submit rerun after a crash within the stream's
        // duplicate window does not enqueue the same batch twice (the store would ignore it anyway).
        var ack = await _queue.JetStream.PublishAsync(WorkQueue.WorkSubject, body,
            opts: new NatsJSPubOpts { MsgId = $"{documents[0].DocId}+{documents.Count}" }, cancellationToken: cancellationToken);
        ack.EnsureSuccess();
        Documents += documents.Count;
        Batches++;
        documents.Clear();
    }
}
