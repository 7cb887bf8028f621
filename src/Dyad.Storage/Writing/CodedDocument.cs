using Dyad.Coding.Records;
using Dyad.Ingest;

namespace Dyad.Storage;

/// <summary>A sentence of a coded document, kept for provenance.</summary>
public readonly record struct SentenceRow(int Index, int Start, int End, string Kind, string Text);

/// <summary>
/// A document after analysis and coding, ready for the store: its metadata, sentences, event records, normalized
/// content hash and MinHash signature. Produced by worker threads, consumed by the single writer.
/// </summary>
public sealed class CodedDocument
{
    /// <summary>The document as read.</summary>
    public required SourceDocument Source { get; init; }
    /// <summary>Its sentences; empty for JSON Lines output, which keeps only their count.</summary>
    public required SentenceRow[] Sentences { get; init; }
    /// <summary>How many sentences it has (<see cref="Sentences"/>' length unless set).</summary>
    public int SentenceCount { get => _sentenceCount ?? Sentences.Length; init => _sentenceCount = value; }
    private readonly int? _sentenceCount;
    /// <summary>Its events, in sentence order (those not in <see cref="EncodedEvents"/>).</summary>
    public required List<EventRecord> Events { get; init; }
    /// <summary>
    /// For JSON Lines output only (<see cref="DocumentCoder.EncodesWindows"/>): the events of a long text's finished
    /// windows, encoded as JSON Lines blocks as the coder went, so that the text never held them all as records. They
    /// come before <see cref="Events"/>. Empty for a store, which needs the records, and when the blocks were
    /// handed on as they were made (<see cref="CodingPipeline"/>'s <c>onEncoded</c>).
    /// </summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> EncodedEvents { get; init; } = [];
    /// <summary>How many events were encoded as blocks, kept or handed on.</summary>
    public int EncodedEventCount { get; init; }
    /// <summary>All its events: encoded and as records.</summary>
    public int EventCount => EncodedEventCount + Events.Count;
    /// <summary>SHA-256 of the normalized text.</summary>
    public required string ContentHash { get; init; }
    /// <summary>MinHash signature of the text.</summary>
    public required uint[] Signature { get; init; }
    /// <summary>Caps the document hit while it was analysed (each names the document); empty when none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
