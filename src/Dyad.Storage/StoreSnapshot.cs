namespace Dyad.Storage;

/// <summary>
/// The stored documents as deduplication sees them: every doc_id, the content hash of each original (non-duplicate)
/// document, its MinHash signature, and the last sequence number used.
/// </summary>
public sealed class StoreSnapshot
{
    /// <summary>Every stored doc_id, duplicates included.</summary>
    public HashSet<string> DocIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Content hash to the doc_id of the original document with that text.</summary>
    public Dictionary<string, string> ContentHashes { get; } = new(StringComparer.Ordinal);

    /// <summary>Signatures of original documents in sequence order.</summary>
    public List<(string DocId, uint[] Signature)> Signatures { get; } = [];

    /// <summary>The largest documents.seq stored (0 for an empty store).</summary>
    public long LastSeq { get; set; }
}
