namespace Dyad.Coding.Dictionaries;

/// <summary>A problem found while loading a dictionary line; the line is skipped and loading goes on.</summary>
public sealed record DictionaryDiagnostic(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Limits that keep a dictionary from making matching explode.</summary>
public static class DictionaryLimits
{
    /// <summary>Most items a single pattern may have.</summary>
    public const int MaxPatternItems = 24;

    /// <summary>Most words an actor name may have.</summary>
    public const int MaxNameWords = 16;

    /// <summary>Most members a synset may expand to.</summary>
    public const int MaxSynsetMembers = 2000;

    /// <summary>Most patterns one PETRARCH verb block may compile to (verb lines times patterns); real blocks have a few dozen.</summary>
    public const int MaxBlockPatterns = 20_000;

    /// <summary>Longest dictionary line read.</summary>
    public const int MaxLineLength = 4000;
}
