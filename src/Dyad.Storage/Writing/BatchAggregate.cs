using System.Globalization;
using System.Runtime.InteropServices;

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
        // Derived columns of the events row, computed here so that they cost the writing thread nothing.
        public DateOnly? Day { get; set; }
        public string CameoBase { get; set; } = "";
        public string SourceBlock { get; set; } = "";
        public string? TargetBlock { get; set; }
        public string? DyadBlock { get; set; }
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
        var derived = new Derived();
        foreach (var m in batch.Mentions)
        {
            var doc = docs[m.DocSeq];
            if (!events.TryGetValue(m.EventId, out var e))
            {
                e = new EventAgg(m, doc);
                derived.Fill(e);
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

    // The few distinct dates, codes and actor pairs of a batch each parsed, cut or joined once.
    private sealed class Derived
    {
        private readonly Dictionary<string, DateOnly?> _days = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _bases = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), string> _dyads = [];

        public void Fill(EventAgg e)
        {
            var r = e.First.Record;
            if (r.EventDate is { } date)
            {
                ref var day = ref CollectionsMarshal.GetValueRefOrAddDefault(_days, date, out bool seen);
                if (!seen) day = Day(date);
                e.Day = day;
            }
            ref var cameoBase = ref CollectionsMarshal.GetValueRefOrAddDefault(_bases, r.Cameo, out bool known);
            if (!known) cameoBase = r.Cameo.Length > 3 ? r.Cameo[..3] : r.Cameo;
            e.CameoBase = cameoBase!;
            e.SourceBlock = Block(r.Source);
            if (r.Target is not { } t) return;
            e.TargetBlock = Block(t);
            var key = string.CompareOrdinal(e.SourceBlock, e.TargetBlock) <= 0 ? (e.SourceBlock, e.TargetBlock) : (e.TargetBlock, e.SourceBlock);
            ref var dyad = ref CollectionsMarshal.GetValueRefOrAddDefault(_dyads, key, out bool had);
            if (!had) dyad = key.Item1 + "-" + key.Item2;
            e.DyadBlock = dyad;
        }

        // The actor's country, else the first three letters of its code (IGO, NGO ...): see migration 4.
        private string Block(Dyad.Coding.Records.ActorRecord a)
        {
            if (a.Country is { } c) return c;
            if (a.Code.Length <= 3) return a.Code;
            ref var b = ref CollectionsMarshal.GetValueRefOrAddDefault(_bases, a.Code, out bool seen);
            if (!seen) b = a.Code[..3];
            return b!;
        }
    }

    /// <summary>The first day of an event date (YYYY-MM-DD, YYYY-MM or YYYY), or null.</summary>
    public static DateOnly? Day(string? date)
    {
        if (date is null) return null;
        string format = date.Length switch { 10 => "yyyy-MM-dd", 7 => "yyyy-MM", 4 => "yyyy", _ => "" };
        return format.Length > 0 && DateOnly.TryParseExact(date, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
