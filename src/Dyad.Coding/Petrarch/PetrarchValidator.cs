using Dyad.Coding.Dictionaries;
using Dyad.Coding.Records;
using Dyad.Pipeline;

namespace Dyad.Coding.Petrarch;

/// <summary>The outcome of coding one PETRARCH record.</summary>
public sealed record ValidationResult(PetrarchRecord Record, IReadOnlyList<EventTriple> Expected, IReadOnlyList<EventTriple> Got, bool Passed);

/// <summary>
/// Codes PETRARCH validation records from their raw text with Dyad's pipeline and an
/// <see cref="EventCoder"/> using <see cref="CoderOptions.Petrarch"/>, and compares the sets of
/// (source, target, code) triples. Thread-safe once built.
/// </summary>
public sealed class PetrarchValidator(DictionarySet dictionaries, TextPipeline? pipeline = null)
{
    private readonly TextPipeline _pipeline = pipeline ?? TextPipeline.Default;
    private readonly EventCoder _dyadic = new(dictionaries, CoderOptions.Petrarch);
    private readonly EventCoder _monadic = new(dictionaries, CoderOptions.Petrarch with { RequireTarget = false });

    /// <summary>
    /// Codes one record. It passes when the triple sets are equal; a noevents, error or discard record
    /// passes when nothing is coded. A <paramref name="trace"/> records how the coder got there.
    /// </summary>
    public ValidationResult Validate(PetrarchRecord record, ExplainTrace? trace = null)
    {
        var coder = record.RequireDyad ? _dyadic : _monadic;
        var doc = _pipeline.Process(record.Text, record.Id);
        var events = coder.Code(doc, new DocumentInfo(record.Id) { Published = record.Date }, trace);
        var got = Triples(events);
        var expected = record.Error is not null || record.NoEvents ? [] : record.Expected.Distinct().ToList();
        bool passed = got.Count == expected.Count && got.All(expected.Contains);
        return new ValidationResult(record, expected, got, passed);
    }

    /// <summary>
    /// The distinct triples of coded events, as PETRARCH writes them: a missing target is "---", an actor
    /// code with '/' ("FRO/BIL/SAM") stands for each of its actors, and events with the null code "---"
    /// (a pattern that blocks coding) are dropped. A paired code "A:B" gives source-target-A and
    /// target-source-B, as PETRARCH codes "met" or "arrived in".
    /// </summary>
    public static List<EventTriple> Triples(IEnumerable<EventRecord> events)
    {
        var result = new List<EventTriple>();
        foreach (var e in events)
        {
            if (e.Cameo == PetrarchDictionaryReader.NullCode) continue;
            foreach (var s in e.Source.Code.Split('/', StringSplitOptions.RemoveEmptyEntries))
                foreach (var t in (e.Target?.Code ?? PetrarchDictionaryReader.NullCode).Split('/', StringSplitOptions.RemoveEmptyEntries))
                {
                    int colon = e.Cameo.IndexOf(':');
                    if (colon < 0) { AddOnce(result, new EventTriple(s, t, e.Cameo)); continue; }
                    AddOnce(result, new EventTriple(s, t, e.Cameo[..colon]));
                    AddOnce(result, new EventTriple(t, s, e.Cameo[(colon + 1)..]));
                }
        }
        return result;
    }

    private static void AddOnce(List<EventTriple> list, EventTriple t)
    {
        if (!list.Contains(t)) list.Add(t);
    }
}
