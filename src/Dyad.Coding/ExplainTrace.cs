namespace Dyad.Coding;

/// <summary>
/// What the coder did with each sentence, for <c>dyad explain</c>: actors found, patterns tried near each
/// verb and why they did or did not match, and the events. Filled only when passed to the coder.
/// </summary>
public sealed class ExplainTrace
{
    /// <summary>One step of the trace.</summary>
    public sealed record Step(int Sentence, string Kind, string Text, string? Detail = null);

    private readonly List<Step> _steps = [];

    /// <summary>The steps in order.</summary>
    public IReadOnlyList<Step> Steps => _steps;

    /// <summary>Records a step.</summary>
    public void Add(int sentence, string kind, string text, string? detail = null) => _steps.Add(new Step(sentence, kind, text, detail));
}
