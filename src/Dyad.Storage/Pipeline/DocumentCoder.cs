using Dyad.Coding;
using Dyad.Ingest;
using Dyad.Pipeline;

namespace Dyad.Storage;

/// <summary>
/// Analyses and codes one document and computes its deduplication keys: the worker step of the coding pipeline.
/// Thread-safe (the text pipeline and the coder are). The coder may be built lazily, so a run that finds every
/// document already stored never loads the dictionaries. With <c>forStore: false</c> (JSON Lines output) it skips
/// what only a store uses: the content hash, the MinHash signature (8 % of coding time) and the sentence texts.
/// </summary>
public sealed class DocumentCoder(Lazy<EventCoder> coder, TextPipeline? pipeline = null, bool forStore = true)
{
    private readonly TextPipeline _pipeline = pipeline ?? TextPipeline.Default;
    private readonly Lazy<EventCoder> _coder = coder;

    /// <summary>A document coder over a ready coder.</summary>
    public DocumentCoder(EventCoder coder, TextPipeline? pipeline = null, bool forStore = true) : this(new Lazy<EventCoder>(coder), pipeline, forStore) { }

    /// <summary>False when results go to JSON Lines only: no dedup keys, no sentence texts.</summary>
    public bool ForStore => forStore;

    /// <summary>The coder (built on first use).</summary>
    public EventCoder Coder => _coder.Value;

    /// <summary>Codes the document.</summary>
    public CodedDocument Code(SourceDocument source)
    {
        var doc = _pipeline.Process(source.Text, source.DocId);
        var events = Coder.Code(doc, source.ToInfo());
        var sentences = new SentenceRow[doc.SentenceCount];
        for (int s = 0; s < sentences.Length; s++)
        {
            var sent = doc.Sentence(s);
            sentences[s] = new SentenceRow(s, sent.Start, sent.End, KindName(sent.Kind), forStore ? sent.Text : "");
        }
        return new CodedDocument
        {
            Source = source, Sentences = sentences, Events = events,
            ContentHash = forStore ? ContentHash.Of(source.Text) : "", Signature = forStore ? MinHash.Compute(source.Text) : [],
        };
    }

    private static readonly Dictionary<Dyad.Text.SentenceKind, string> s_kinds =
        Enum.GetValues<Dyad.Text.SentenceKind>().ToDictionary(k => k, k => k.ToString().ToLowerInvariant());

    private static string KindName(Dyad.Text.SentenceKind k) => s_kinds[k];
}
