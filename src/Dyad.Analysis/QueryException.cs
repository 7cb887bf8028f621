namespace Dyad.Analysis;

/// <summary>A query parameter is invalid; <see cref="Field"/> names it (for a 400 answer or a CLI error line).</summary>
/// <param name="field">The parameter at fault, as the caller named it.</param>
/// <param name="message">What is wrong, readable as it is.</param>
public sealed class QueryException(string field, string message) : Exception(message)
{
    /// <summary>The parameter at fault.</summary>
    public string Field { get; } = field;
}
