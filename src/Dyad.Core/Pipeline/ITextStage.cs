using Dyad.Text;

namespace Dyad.Pipeline;

/// <summary>What a stage reads or writes on a document.</summary>
[Flags]
#pragma warning disable CS1591 // members are the standard tag and phrase names
public enum Analysis
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Tags = 4,
    Lemmas = 8,
    Phrases = 16,
    Clauses = 32,
}
#pragma warning restore CS1591

/// <summary>One step of the text pipeline. Implementations are immutable and thread-safe.</summary>
public interface ITextStage
{
    /// <summary>A short stable name ("tokenizer", "tagger").</summary>
    string Name { get; }

    /// <summary>What the stage needs before it runs.</summary>
    Analysis Reads { get; }

    /// <summary>What the stage adds.</summary>
    Analysis Writes { get; }

    /// <summary>Runs the stage on one document.</summary>
    void Process(Document document);
}
