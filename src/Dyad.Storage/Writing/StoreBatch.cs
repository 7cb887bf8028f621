using Dyad.Coding.Records;

namespace Dyad.Storage;

/// <summary>A document row of a batch: the coded document, its sequence number, and whether it duplicates an earlier one.</summary>
public sealed record DocumentRow(CodedDocument Document, long Seq, string? DuplicateOf, double? Similarity, string? DuplicateKind);

/// <summary>An event mention of a batch: the record, its event id and where it sits (document sequence, index in the document).</summary>
public readonly record struct MentionRow(long EventId, long DocSeq, int MentionIndex, string? Location, EventRecord Record);

/// <summary>
/// What one transaction writes: documents in sequence order (duplicates without sentences or mentions) and the
/// mentions of the original documents. Reused between batches by the writer to keep allocations low.
/// </summary>
public sealed class StoreBatch
{
    /// <summary>Documents in sequence order.</summary>
    public List<DocumentRow> Documents { get; } = [];
    /// <summary>Mentions of the original documents, in document sequence order (a document's mentions together).</summary>
    public List<MentionRow> Mentions { get; } = [];
    /// <summary>Sentences written (for progress).</summary>
    public int SentenceCount { get; set; }

    /// <summary>The smallest sequence number in the batch.</summary>
    public long FirstSeq => Documents.Count == 0 ? 0 : Documents[0].Seq;
    /// <summary>The largest sequence number in the batch.</summary>
    public long LastSeq => Documents.Count == 0 ? 0 : Documents[^1].Seq;

    /// <summary>Empties the batch for reuse.</summary>
    public void Clear()
    {
        Documents.Clear();
        Mentions.Clear();
        SentenceCount = 0;
    }
}
