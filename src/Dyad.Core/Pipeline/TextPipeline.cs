using Dyad.Chunk;
using Dyad.Tag;
using Dyad.Text;
using Dyad.Tokenize;

namespace Dyad.Pipeline;

/// <summary>
/// An ordered, immutable list of stages. <see cref="Process(string, string?)"/> is thread-safe: stages keep
/// no per-document state, so one pipeline serves every worker thread.
/// </summary>
public sealed class TextPipeline
{
    private readonly ITextStage[] _stages;

    internal TextPipeline(ITextStage[] stages) => _stages = stages;

    /// <summary>The stages in order.</summary>
    public IReadOnlyList<ITextStage> Stages => _stages;

    /// <summary>The standard English pipeline: tokenizer, sentence splitter, tagger (with lemmas), chunker, clauses.</summary>
    public static TextPipeline Default => s_default.Value;

    private static readonly Lazy<TextPipeline> s_default = new(() => new TextPipelineBuilder().UseDefaults().Build());

    /// <summary>The standard pipeline with other sentence caps (the default one when <paramref name="limits"/> equals the defaults).</summary>
    public static TextPipeline WithLimits(TextLimits limits) =>
        limits.MaxSentenceChars == TextLimits.Default.MaxSentenceChars && limits.MaxSentenceTokens == TextLimits.Default.MaxSentenceTokens
            ? Default : new TextPipelineBuilder().UseDefaults(limits.Validate()).Build();

    /// <summary>Analyses a text.</summary>
    public Document Process(string text, string? id = null)
    {
        var doc = new Document(text, id);
        Process(doc);
        return doc;
    }

    /// <summary>Runs every stage on a fresh document.</summary>
    public void Process(Document document)
    {
        foreach (var stage in _stages) stage.Process(document);
    }
}

/// <summary>Builds a <see cref="TextPipeline"/>; <see cref="Build"/> rejects a stage whose inputs no earlier stage writes.</summary>
public sealed class TextPipelineBuilder
{
    private readonly List<ITextStage> _stages = [];

    /// <summary>Appends a stage.</summary>
    public TextPipelineBuilder Add(ITextStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Inserts a stage right after the stage with the given name.</summary>
    public TextPipelineBuilder InsertAfter(string name, ITextStage stage)
    {
        int i = _stages.FindIndex(s => s.Name == name);
        if (i < 0) throw new ArgumentException($"No stage named '{name}'.", nameof(name));
        _stages.Insert(i + 1, stage);
        return this;
    }

    /// <summary>Replaces the stage with the given name.</summary>
    public TextPipelineBuilder Replace(string name, ITextStage stage)
    {
        int i = _stages.FindIndex(s => s.Name == name);
        if (i < 0) throw new ArgumentException($"No stage named '{name}'.", nameof(name));
        _stages[i] = stage;
        return this;
    }

    /// <summary>Adds the standard stages; <paramref name="limits"/> sets the sentence caps (default <see cref="TextLimits.Default"/>).</summary>
    public TextPipelineBuilder UseDefaults(TextLimits? limits = null) =>
        Add(new TokenizerStage(new Tokenizer()))
        .Add(new SentenceStage(new SentenceSplitter(limits ?? TextLimits.Default)))
        .Add(new TaggerStage(new Tagger()))
        .Add(new ChunkerStage(new Chunker()))
        .Add(new ClauseStage(new ClauseAnalyzer()));

    /// <summary>Checks stage order and freezes the pipeline.</summary>
    public TextPipeline Build()
    {
        var have = Analysis.None;
        foreach (var s in _stages)
        {
            var missing = s.Reads & ~have;
            if (missing != Analysis.None)
                throw new InvalidOperationException($"Stage '{s.Name}' needs {missing}, which no earlier stage writes.");
            have |= s.Writes;
        }
        return new TextPipeline([.. _stages]);
    }
}

/// <summary>Adapts an <see cref="ITokenizer"/> as a stage.</summary>
public sealed class TokenizerStage(ITokenizer tokenizer) : ITextStage
{
    /// <inheritdoc/>
    public string Name => "tokenizer";
    /// <inheritdoc/>
    public Analysis Reads => Analysis.None;
    /// <inheritdoc/>
    public Analysis Writes => Analysis.Tokens;
    /// <inheritdoc/>
    public void Process(Document document) => tokenizer.Tokenize(document);
}

/// <summary>Adapts an <see cref="ISentenceSplitter"/> as a stage.</summary>
public sealed class SentenceStage(ISentenceSplitter splitter) : ITextStage
{
    /// <inheritdoc/>
    public string Name => "sentences";
    /// <inheritdoc/>
    public Analysis Reads => Analysis.Tokens;
    /// <inheritdoc/>
    public Analysis Writes => Analysis.Sentences;
    /// <inheritdoc/>
    public void Process(Document document) => splitter.Split(document);
}

/// <summary>Adapts an <see cref="ITagger"/> as a stage; it also sets folded forms and lemmas.</summary>
public sealed class TaggerStage(ITagger tagger) : ITextStage
{
    /// <inheritdoc/>
    public string Name => "tagger";
    /// <summary>The tagger.</summary>
    public ITagger Tagger => tagger;
    /// <inheritdoc/>
    public Analysis Reads => Analysis.Tokens | Analysis.Sentences;
    /// <inheritdoc/>
    public Analysis Writes => Analysis.Tags | Analysis.Lemmas;
    /// <inheritdoc/>
    public void Process(Document document) => tagger.Tag(document);
}

/// <summary>Adapts an <see cref="IChunker"/> as a stage.</summary>
public sealed class ChunkerStage(IChunker chunker) : ITextStage
{
    /// <inheritdoc/>
    public string Name => "chunker";
    /// <inheritdoc/>
    public Analysis Reads => Analysis.Tags;
    /// <inheritdoc/>
    public Analysis Writes => Analysis.Phrases;
    /// <inheritdoc/>
    public void Process(Document document) => chunker.Chunk(document);
}

/// <summary>Adapts an <see cref="IClauseAnalyzer"/> as a stage.</summary>
public sealed class ClauseStage(IClauseAnalyzer analyzer) : ITextStage
{
    /// <inheritdoc/>
    public string Name => "clauses";
    /// <inheritdoc/>
    public Analysis Reads => Analysis.Phrases | Analysis.Lemmas;
    /// <inheritdoc/>
    public Analysis Writes => Analysis.Clauses;
    /// <inheritdoc/>
    public void Process(Document document) => analyzer.Analyze(document);
}
