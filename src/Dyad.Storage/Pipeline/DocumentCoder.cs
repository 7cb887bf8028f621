using Dyad.Coding;
using Dyad.Coding.Records;
using Dyad.Ingest;
using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// Analyses and codes one document and computes its deduplication keys: the worker step of the coding pipeline.
/// Thread-safe (the text pipeline and the coder are). The coder may be built lazily, so a run that finds every
/// document already stored never loads the dictionaries. With <c>forStore: false</c> (JSON Lines output) it skips
/// what only a store uses: the content hash, the MinHash signature (8 % of coding time) and the sentence texts.
/// </summary>
public sealed class DocumentCoder(Lazy<EventCoder> coder, TextPipeline? pipeline = null, TextLimits? limits = null, bool forStore = true)
{
    private readonly TextLimits _limits = (limits ?? TextLimits.Default).Validate();
    private readonly TextPipeline _pipeline = pipeline ?? TextPipeline.WithLimits(limits ?? TextLimits.Default);
    private readonly Lazy<EventCoder> _coder = coder;

    /// <summary>A document coder over a ready coder.</summary>
    public DocumentCoder(EventCoder coder, TextPipeline? pipeline = null, TextLimits? limits = null, bool forStore = true) : this(new Lazy<EventCoder>(coder), pipeline, limits, forStore) { }

    /// <summary>The caps in force.</summary>
    public TextLimits Limits => _limits;

    /// <summary>False when results go to JSON Lines only: no dedup keys, no sentence texts.</summary>
    public bool ForStore => forStore;

    /// <summary>The coder (built on first use).</summary>
    public EventCoder Coder => _coder.Value;

    /// <summary>
    /// True when <see cref="Code"/> encodes the document's events a window at a time: JSON Lines output of a text long
    /// enough to be coded in two windows or more (<see cref="Dyad.Text.TextWindows.Split"/>, <see cref="EventCoder.DefaultWindowChars"/>).
    /// </summary>
    public bool EncodesWindows(SourceDocument source) => !forStore && Math.Min(source.Text.Length, _limits.MaxDocumentChars) >= 2 * EventCoder.DefaultWindowChars;

    /// <summary>
    /// Codes the document. When it <see cref="EncodesWindows"/>, each finished window's events become one block of
    /// JSON Lines: handed to <paramref name="encoded"/> at once when given (a long text is then never held in memory
    /// as records or lines), else kept in <see cref="CodedDocument.EncodedEvents"/>.
    /// </summary>
    public CodedDocument Code(SourceDocument source, Action<ReadOnlyMemory<byte>>? encoded = null)
    {
        var warnings = new List<string>();
        string text = source.Text;
        if (text.Length > _limits.MaxDocumentChars)
        {
            // Cut, not dropped: the events of the first part are kept, and the warning says what was left out.
            int cut = _limits.MaxDocumentChars;
            if (char.IsLowSurrogate(text[cut]) && cut > 0) cut--;
            warnings.Add($"document {source.DocId}: text of {text.Length:N0} characters cut to the first {cut:N0} (--max-doc-chars)");
            text = text[..cut];
        }
        // Long texts are analysed and coded a window at a time (EventCoder.DefaultWindowChars); each window's sentences
        // are listed as it passes, for a store (JSON Lines output counts them only).
        var sentences = forStore ? new List<SentenceRow>() : null;
        int sentenceCount = 0, sentencesCut = 0;
        // JSON Lines output: each finished window's events are encoded at once, in blocks.
        List<ReadOnlyMemory<byte>>? kept = null;
        int encodedCount = 0;
        Action<List<EventRecord>>? finished = !EncodesWindows(source) ? null : windowEvents =>
        {
            // Blocks stay below the large-object threshold (85,000 bytes): one array a window (~1 MB) churned the
            // large-object heap into a full collection every 20,000 sentences or so.
            for (int i = 0; i < windowEvents.Count;)
            {
                var buffer = new System.Buffers.ArrayBufferWriter<byte>(BlockBytes + 16 * 1024);
                using (var lines = new EventJsonLines(buffer))
                    while (i < windowEvents.Count && buffer.WrittenCount < BlockBytes) lines.Write(windowEvents[i++]);
                if (encoded is not null) encoded(buffer.WrittenMemory);
                else (kept ??= []).Add(buffer.WrittenMemory);
            }
            encodedCount += windowEvents.Count;
        };
        var events = Coder.Code(text, source.DocId, source.ToInfo(), _pipeline, doc =>
        {
            sentencesCut += doc.SentencesCut;
            sentenceCount += doc.SentenceCount;
            if (sentences is null) return;
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                ref var sd = ref doc.SentenceRef(s);
                sentences.Add(new SentenceRow(doc.FirstSentenceIndex + s, sd.Start, sd.End, KindName(sd.Kind), doc.Text[sd.Start..sd.End]));
            }
        }, finished: finished);
        if (sentencesCut > 0)
            warnings.Add($"document {source.DocId}: {sentencesCut:N0} sentence(s) longer than {_limits.MaxSentenceTokens} tokens or {_limits.MaxSentenceChars:N0} characters were cut (--max-sentence-tokens, --max-sentence-chars)");
        return new CodedDocument
        {
            Source = source, Sentences = sentences is null ? [] : [.. sentences], SentenceCount = sentenceCount, Events = events, EncodedEvents = (IReadOnlyList<ReadOnlyMemory<byte>>?)kept ?? [], EncodedEventCount = encodedCount,
            ContentHash = forStore ? ContentHash.Of(source.Text) : "", Signature = forStore ? MinHash.Compute(source.Text) : [], Warnings = warnings,
        };
    }

    // Bytes of JSON Lines per block handed on (a record is ~1.5 KB).
    private const int BlockBytes = 64 * 1024;

    private static readonly Dictionary<Dyad.Text.SentenceKind, string> s_kinds =
        Enum.GetValues<Dyad.Text.SentenceKind>().ToDictionary(k => k, k => k.ToString().ToLowerInvariant());

    private static string KindName(Dyad.Text.SentenceKind k) => s_kinds[k];
}
