using System.Globalization;
using Dyad.Analysis;
using Dyad.Coding;
using Dyad.Coding.Dictionaries;
using Dyad.Ingest;
using Dyad.Storage;

namespace Dyad.Web;

/// <summary>An article posted to <c>POST /api/documents</c>.</summary>
public sealed record ArticleInput
{
    /// <summary>Stable id; default: "api:" and the hash of the text.</summary>
    public string? Id { get; init; }
    /// <summary>The body text (required).</summary>
    public string? Text { get; init; }
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Publication date, YYYY-MM-DD.</summary>
    public string? Published { get; init; }
    /// <summary>Publisher.</summary>
    public string? Source { get; init; }
    /// <summary>URL.</summary>
    public string? Url { get; init; }
}

/// <summary>The body of <c>POST /api/documents</c>.</summary>
public sealed record IngestRequest
{
    /// <summary>Articles to code and store (1 to <see cref="Ingestion.MaxDocuments"/>).</summary>
    public List<ArticleInput>? Documents { get; init; }
}

/// <summary>What happened to one posted article.</summary>
/// <param name="DocId">Its id.</param>
/// <param name="Outcome">stored, duplicate or known.</param>
/// <param name="EventCount">Events coded from it (0 unless stored).</param>
public sealed record IngestedDocument(string DocId, string Outcome, int EventCount);

/// <summary>The answer of <c>POST /api/documents</c>.</summary>
/// <param name="Documents">One entry per posted article, in order.</param>
/// <param name="Events">The stored event records of the posted articles.</param>
/// <param name="Warnings">What coding left out (a cut sentence or text), one line per case as <c>dyad code</c> prints it; empty when nothing was.</param>
public sealed record IngestResponse(IReadOnlyList<IngestedDocument> Documents, IReadOnlyList<MentionRecord> Events, IReadOnlyList<string> Warnings);

/// <summary>
/// Codes posted articles with the event coder and stores them at once through the store's single writer
/// (deduplication included). Writes are serialized; coding runs on the request thread. Thread-safe.
/// </summary>
public sealed class Ingestion(IEventStore store, WebOptions options) : IDisposable
{
    /// <summary>Most articles per request.</summary>
    public const int MaxDocuments = 50;
    /// <summary>Longest article text in characters.</summary>
    public const int MaxTextLength = 200_000;

    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly DocumentCoder _coder = new(new Lazy<EventCoder>(() =>
        new EventCoder(options.Dictionaries is null ? DictionarySet.Default : DictionarySet.Load(options.Dictionaries))));
    private StoreWriter? _writer;

    /// <summary>Validates the request; throws <see cref="QueryException"/> naming the bad field.</summary>
    public static List<SourceDocument> Validate(IngestRequest? request)
    {
        if (request?.Documents is not { } docs || docs.Count == 0) throw new QueryException("documents", "documents must be a non-empty array of articles");
        if (docs.Count > MaxDocuments) throw new QueryException("documents", $"documents has {docs.Count} articles; at most {MaxDocuments} per request");
        var result = new List<SourceDocument>(docs.Count);
        for (int i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            string f = $"documents[{i}]";
            if (d is null) throw new QueryException(f, $"{f} is null");
            if (string.IsNullOrWhiteSpace(d.Text)) throw new QueryException(f + ".text", $"{f}.text is required");
            if (d.Text.Length > MaxTextLength) throw new QueryException(f + ".text", $"{f}.text is longer than {MaxTextLength} characters");
            if (d.Id is { Length: > 300 }) throw new QueryException(f + ".id", $"{f}.id is longer than 300 characters");
            DateOnly? published = null;
            if (d.Published is not null)
            {
                if (!DateOnly.TryParseExact(d.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p))
                    throw new QueryException(f + ".published", $"{f}.published '{d.Published}' is not a date (YYYY-MM-DD)");
                published = p;
            }
            var prov = new Dictionary<string, string> { ["doc_id"] = d.Id is null ? "content-hash" : "api" };
            if (published is not null) prov["published"] = "api";
            if (d.Title is not null) prov["title"] = "api";
            result.Add(new SourceDocument
            {
                DocId = d.Id ?? "api:" + ContentHash.Of(d.Text)[..16],
                Text = d.Text,
                Origin = "api",
                Title = d.Title,
                Published = published,
                Source = d.Source,
                Url = d.Url,
                Provenance = prov,
            });
        }
        return result;
    }

    /// <summary>Codes and stores the documents; returns what happened to each and the coder's warnings, in order.</summary>
    public async Task<(List<IngestedDocument> Documents, List<string> Warnings)> IngestAsync(List<SourceDocument> docs, CancellationToken ct)
    {
        // Code before taking the lock: coding is the slow part and is thread-safe.
        var coded = docs.Select(d => _coder.Code(d)).ToList();
        await _lock.WaitAsync(ct);
        try
        {
            _writer ??= new StoreWriter(store);
            var outcomes = new List<IngestedDocument>(coded.Count);
            foreach (var c in coded)
            {
                var outcome = _writer.Add(c);
                outcomes.Add(new IngestedDocument(c.Source.DocId, outcome.ToString().ToLowerInvariant(), outcome == WriteOutcome.Stored ? c.Events.Count : 0));
            }
            _writer.Flush();
            return (outcomes, [.. coded.SelectMany(c => c.Warnings)]);
        }
        finally { _lock.Release(); }
    }

    /// <summary>Releases the write lock.</summary>
    public void Dispose() => _lock.Dispose();
}
