using System.Globalization;

namespace Dyad.Storage;

/// <summary>
/// One batch's contribution to the events, event sources and actors tables, computed in memory from the batch's
/// mentions (in document sequence order): per event its first mention and its mention, article and publisher counts
/// within the batch; the distinct (event, publisher) pairs; each actor code's first appearance. The store adds these
/// to earlier batches' rows, so a batch never rereads earlier mentions. Not thread-safe.
/// </summary>
internal sealed class BatchAggregate
{
    /// <summary>An event of the batch: its first mention, that mention's document, and counts within the batch.</summary>
    public sealed class EventAgg(MentionRow first, DocumentRow firstDocument)
    {
        public MentionRow First { get; } = first;
        public DocumentRow FirstDocument { get; } = firstDocument;
        public int Mentions { get; set; }
        public int Articles { get; set; }
        public int Sources { get; set; }
        public long LastDocSeq { get; set; } = -1;
    }

    /// <summary>An actor code's first appearance in the batch (by document, mention, source before target).</summary>
    public readonly record struct ActorAgg(string Code, string? Country, string? Role, string Name, string FirstDocId);

    public List<EventAgg> Events { get; } = [];
    public List<(long EventId, string Source)> Sources { get; } = [];
    public List<ActorAgg> Actors { get; } = [];

    public static BatchAggregate Of(StoreBatch batch)
    {
        var result = new BatchAggregate();
        var docs = new Dictionary<long, DocumentRow>(batch.Documents.Count);
        foreach (var d in batch.Documents) docs[d.Seq] = d;
        var events = new Dictionary<long, EventAgg>(batch.Mentions.Count);
        var sources = new HashSet<(long, string)>();
        var actors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in batch.Mentions)
        {
            var doc = docs[m.DocSeq];
            if (!events.TryGetValue(m.EventId, out var e))
            {
                e = new EventAgg(m, doc);
                events.Add(m.EventId, e);
                result.Events.Add(e);
            }
            e.Mentions++;
            // A document's mentions are contiguous, so a new doc_seq is a new article for this event.
            if (e.LastDocSeq != m.DocSeq)
            {
                e.LastDocSeq = m.DocSeq;
                e.Articles++;
            }
            // GDELT's NumSources: distinct publishers; a document without one is its own source.
            string source = doc.Document.Source.Source ?? doc.Document.Source.DocId;
            if (sources.Add((m.EventId, source)))
            {
                e.Sources++;
                result.Sources.Add((m.EventId, source));
            }
            var r = m.Record;
            if (actors.Add(r.Source.Code)) result.Actors.Add(new ActorAgg(r.Source.Code, r.Source.Country, r.Source.Role, r.Source.Text, r.DocId));
            if (r.Target is { } t && actors.Add(t.Code)) result.Actors.Add(new ActorAgg(t.Code, t.Country, t.Role, t.Text, r.DocId));
        }
        return result;
    }

    /// <summary>The first day of an event date (YYYY-MM-DD, YYYY-MM or YYYY), or null.</summary>
    public static DateOnly? Day(string? date)
    {
        if (date is null) return null;
        string format = date.Length switch { 10 => "yyyy-MM-dd", 7 => "yyyy-MM", 4 => "yyyy", _ => "" };
        return format.Length > 0 && DateOnly.TryParseExact(date, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
