using BenchmarkDotNet.Attributes;
using Dyad.Chunk;
using Dyad.Pipeline;
using Dyad.Tag;
using Dyad.Text;
using Dyad.Tokenize;

namespace Dyad.Bench;

/// <summary>
/// The text pipeline over <see cref="BenchCorpus.Sentences"/> generated sentences; times and allocations
/// are per sentence. The "Through*" benchmarks run the stages cumulatively on fresh documents (a stage's
/// cost is the difference to the previous one); the "*Only" benchmarks rerun one stage on analysed documents.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class PipelineBenchmarks
{
    private const int Ops = BenchCorpus.Sentences;

    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly Tagger _tagger = new();
    private readonly Chunker _chunker = new();
    private readonly ClauseAnalyzer _clauses = new();
    private string[] _docs = [];
    private Document[] _analysed = [];

    [GlobalSetup]
    public void Setup()
    {
        _docs = BenchCorpus.Documents();
        _analysed = [.. _docs.Select(d => TextPipeline.Default.Process(d))];
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int ThroughTokenize()
    {
        int n = 0;
        foreach (var text in _docs)
        {
            var doc = new Document(text);
            _tokenizer.Tokenize(doc);
            n += doc.TokenCount;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int ThroughSplit()
    {
        int n = 0;
        foreach (var text in _docs)
        {
            var doc = new Document(text);
            _tokenizer.Tokenize(doc);
            _splitter.Split(doc);
            n += doc.SentenceCount;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int ThroughTag()
    {
        int n = 0;
        foreach (var text in _docs)
        {
            var doc = new Document(text);
            _tokenizer.Tokenize(doc);
            _splitter.Split(doc);
            _tagger.Tag(doc);
            n += doc.SentenceCount;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int ThroughChunk()
    {
        int n = 0;
        foreach (var text in _docs)
        {
            var doc = new Document(text);
            _tokenizer.Tokenize(doc);
            _splitter.Split(doc);
            _tagger.Tag(doc);
            _chunker.Chunk(doc);
            n += doc.PhraseCount;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Ops, Baseline = true)]
    public int EndToEnd()
    {
        int n = 0;
        foreach (var text in _docs) n += TextPipeline.Default.Process(text).ClauseCount;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int TagOnly()
    {
        int n = 0;
        foreach (var doc in _analysed)
        {
            _tagger.Tag(doc);
            n += doc.TokenCount;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int ChunkOnly()
    {
        int n = 0;
        foreach (var doc in _analysed)
        {
            doc.ClearStructure();
            _chunker.Chunk(doc);
            n += doc.PhraseCount;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Ops)]
    public int ChunkAndClausesOnly()
    {
        int n = 0;
        foreach (var doc in _analysed)
        {
            doc.ClearStructure();
            _chunker.Chunk(doc);
            _clauses.Analyze(doc);
            n += doc.ClauseCount;
        }
        return n;
    }
}
