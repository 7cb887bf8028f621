using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Dyad.Coding;
using Dyad.Coding.Places;
using Dyad.Coding.Records;
using Dyad.Coding.Setting;
using Dyad.Pipeline;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Bench;

/// <summary>
/// Cost of the when/where/how-much stage against the coder, per 40-sentence article:
/// <c>dotnet run -c Release --project bench/Dyad.Bench -- --filter *SettingBenchmarks*</c>.
/// Divide by <see cref="Sentences"/> for the per-sentence cost.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SettingBenchmarks
{
    /// <summary>Sentences in the article.</summary>
    public const int Sentences = 40;

    private static readonly string[] s_lines =
    [
        "QUETTA, Jan 5 (Reuters) - Pakistani troops attacked militants in Balochistan on Saturday, killing five fighters.",
        "India and Pakistan held talks in New Delhi from January 3 to 5, 2026.",
        "In March 2025, Kenya arrested Abdi Farah Warsame.",
        "China pledged $62bn to the corridor last week.",
        "The floods displaced 10,000 people in Sindh earlier this month.",
        "Kenya condemned Uganda in Paris, Texas, two days ago.",
        "Iran accused Israel of the 2024 strike on its consulate in Damascus.",
        "The army sent 2,000 troops to the border yesterday.",
    ];

    private Document _doc = null!;
    private EventCoder _coder = null!;
    private DocumentInfo _info = null!;
    private List<EventRecord> _events = null!;
    private readonly List<TemporalExpression> _dates = [];
    private readonly List<PlaceMention> _places = [];

    /// <summary>Builds the article, the coder and the gazetteer (timing the gazetteer's load).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var sw = Stopwatch.StartNew();
        _ = Gazetteer.Default;
        Console.WriteLine($"gazetteer: {Gazetteer.Default.Count} places loaded in {sw.ElapsedMilliseconds} ms");
        string text = string.Join(' ', Enumerable.Range(0, Sentences).Select(i => s_lines[i % s_lines.Length]));
        _doc = TextPipeline.Default.Process(text);
        _coder = new EventCoder(Dyad.Coding.Dictionaries.DictionarySet.Default);
        _info = EventSetting.Complete(_doc, new DocumentInfo("bench") { Published = new DateOnly(2026, 1, 6) });
        _events = _coder.Code(_doc, _info);
    }

    /// <summary>The coder on an analysed article, with the setting stage it runs at the end.</summary>
    [Benchmark(Baseline = true)]
    public int Code() => _coder.Code(_doc, _info).Count;

    /// <summary>The setting stage alone on the coder's events.</summary>
    [Benchmark]
    public int Annotate()
    {
        EventSetting.Default.Annotate(_doc, _info, _events);
        return _events.Count;
    }

    /// <summary>Temporal expressions over every sentence.</summary>
    [Benchmark]
    public int TemporalExpressions()
    {
        _dates.Clear();
        for (int s = 0; s < _doc.SentenceCount; s++) TemporalRecognizer.Find(_doc, s, _info.Published, _dates);
        return _dates.Count;
    }

    /// <summary>Gazetteer matching over every token.</summary>
    [Benchmark]
    public int PlaceNames()
    {
        _places.Clear();
        Gazetteer.Default.Match(_doc, 0, _doc.TokenCount, _places);
        return _places.Count;
    }
}
