using BenchmarkDotNet.Attributes;
using Dyad.Coding;
using Dyad.Coding.Dictionaries;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Bench;

/// <summary>Event coding with all built-in dictionaries over <see cref="BenchCorpus.Sentences"/> generated sentences; per sentence.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CodingBenchmarks
{
    private const int Ops = BenchCorpus.Sentences;
    private static readonly DocumentInfo s_info = new("bench") { Published = new DateOnly(2024, 6, 1) };

    private string[] _docs = [];
    private Document[] _analysed = [];
    private EventCoder _coder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _coder = new EventCoder(DictionarySet.Default);
        _docs = BenchCorpus.Documents();
        _analysed = [.. _docs.Select(d => TextPipeline.Default.Process(d))];
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int CodeOnly()
    {
        int n = 0;
        foreach (var doc in _analysed) n += _coder.Code(doc, s_info).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Ops, Baseline = true)]
    public int PipelineAndCode()
    {
        int n = 0;
        foreach (var text in _docs) n += _coder.Code(TextPipeline.Default.Process(text), s_info).Count;
        return n;
    }
}
