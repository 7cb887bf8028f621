using Dyad.Ingest;

namespace Dyad.Storage;

/// <summary>What <see cref="StoreWriter.Add"/> did with a document.</summary>
public enum WriteOutcome
{
    /// <summary>Stored with its sentences and events.</summary>
    Stored,
    /// <summary>Stored as a duplicate of an earlier document: no sentences, no events.</summary>
    Duplicate,
    /// <summary>Its doc_id is already in the store (or earlier in this run): nothing written.</summary>
    Known,
}

/// <summary>Options of <see cref="StoreWriter"/>.</summary>
public sealed record StoreWriterOptions
{
    /// <summary>MinHash similarity at or above which a document is a near duplicate; above 1 turns near-duplicate detection off.</summary>
    public double NearDuplicateThreshold { get; init; } = NearDuplicateIndex.DefaultThreshold;
    /// <summary>Documents per transaction.</summary>
    public int BatchDocuments { get; init; } = 2000;
    /// <summary>
    /// Event mentions per transaction (whichever limit comes first). At least DuckDB's row group (122,880 rows), so
    /// a full batch's mentions are compressed and written straight to the file, instead of going through the WAL
    /// and being compressed at the next checkpoint.
    /// </summary>
    public int BatchMentions { get; init; } = 125_000;
}

/// <summary>
/// The single writer in front of a store: drops documents whose doc_id is known, marks exact duplicates (same
/// normalized-text hash) and near duplicates (MinHash LSH) of earlier documents, numbers documents in input order,
/// assigns event ids, and writes batches in transactions. Because documents are numbered and batched in input
/// order and each batch commits whole, a run killed at any point and rerun over the same input ends with the
/// store an uninterrupted run gives. Not thread-safe: call from one thread.
/// </summary>
public sealed class StoreWriter : IDisposable
{
    private readonly IEventStore _store;
    private readonly StoreWriterOptions _options;
    private readonly StoreSnapshot _snapshot;
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);
    private readonly NearDuplicateIndex _near;
    private readonly StoreBatch _batch = new();
    private long _seq;

    /// <summary>Loads what deduplication needs from the store.</summary>
    public StoreWriter(IEventStore store, StoreWriterOptions? options = null)
    {
        _store = store;
        _options = options ?? new StoreWriterOptions();
        _snapshot = store.LoadSnapshot();
        _seq = _snapshot.LastSeq;
        _near = new NearDuplicateIndex(_options.NearDuplicateThreshold);
        foreach (var (id, sig) in _snapshot.Signatures) _near.Add(id, sig);
        _snapshot.Signatures.Clear();
    }

    /// <summary>Doc ids stored before this writer opened. Never modified afterwards, so other threads may read it.</summary>
    public IReadOnlySet<string> StoredDocIds => _snapshot.DocIds;

    /// <summary>True when the doc_id is stored or was added by this writer.</summary>
    public bool IsKnown(string docId) => _snapshot.DocIds.Contains(docId) || _added.Contains(docId);

    /// <summary>Documents stored as originals.</summary>
    public int Stored { get; private set; }
    /// <summary>Documents stored as duplicates.</summary>
    public int Duplicates { get; private set; }
    /// <summary>Documents dropped because their doc_id was known.</summary>
    public int Known { get; private set; }
    /// <summary>Event mentions written.</summary>
    public long Mentions { get; private set; }
    /// <summary>Transactions committed.</summary>
    public int Batches { get; private set; }

    /// <summary>Adds a coded document; writes a batch when one is full.</summary>
    public WriteOutcome Add(CodedDocument doc)
    {
        string id = doc.Source.DocId;
        if (_snapshot.DocIds.Contains(id) || !_added.Add(id)) { Known++; return WriteOutcome.Known; }
        long seq = ++_seq;
        string? dupOf = null, kind = null;
        double? sim = null;
        if (_snapshot.ContentHashes.TryGetValue(doc.ContentHash, out var same)) { dupOf = same; kind = "exact"; sim = 1.0; }
        else if (_options.NearDuplicateThreshold <= 1 && _near.TryFind(doc.Signature, out var near, out double s)) { dupOf = near; kind = "near"; sim = s; }
        _batch.Documents.Add(new DocumentRow(doc, seq, dupOf, sim, kind));
        WriteOutcome outcome;
        if (dupOf is null)
        {
            _snapshot.ContentHashes[doc.ContentHash] = id;
            _near.Add(id, doc.Signature);
            var events = doc.Events;
            for (int i = 0; i < events.Count; i++)
            {
                var r = events[i];
                string? loc = EventKey.Location(r);
                _batch.Mentions.Add(new MentionRow(EventKey.Id(r), seq, i, loc, r));
            }
            _batch.SentenceCount += doc.SentenceCount;
            Stored++;
            outcome = WriteOutcome.Stored;
        }
        else
        {
            Duplicates++;
            outcome = WriteOutcome.Duplicate;
        }
        if (_batch.Documents.Count >= _options.BatchDocuments || _batch.Mentions.Count >= _options.BatchMentions) Flush();
        return outcome;
    }

    /// <summary>Writes the pending batch, if any, in one transaction.</summary>
    public void Flush()
    {
        if (_batch.Documents.Count == 0) return;
        _store.Write(_batch);
        Mentions += _batch.Mentions.Count;
        Batches++;
        _batch.Clear();
    }

    /// <summary>Flushes the pending batch.</summary>
    public void Dispose() => Flush();
}
