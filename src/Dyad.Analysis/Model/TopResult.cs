namespace Dyad.Analysis;

/// <summary>An actor's activity in a period. Immutable.</summary>
/// <param name="Code">Actor code, or country block when grouped by country.</param>
/// <param name="Name">The name first seen for it, or null.</param>
/// <param name="Events">Events it takes part in, either side.</param>
/// <param name="AsSource">Events where it is the source.</param>
/// <param name="AsTarget">Events where it is the target.</param>
/// <param name="GoldsteinMean">Mean Goldstein score of those events.</param>
public sealed record ActorActivity(string Code, string? Name, long Events, long AsSource, long AsTarget, double GoldsteinMean);

/// <summary>A pair of actors and their events. Immutable.</summary>
/// <param name="Source">Source code (the smaller code when undirected).</param>
/// <param name="Target">Target code.</param>
/// <param name="Events">Events between them.</param>
/// <param name="GoldsteinMean">Mean Goldstein score.</param>
/// <param name="Cooperation">Events of QuadClass 1 or 2.</param>
/// <param name="Conflict">Events of QuadClass 3 or 4.</param>
public sealed record DyadActivity(string Source, string Target, long Events, double GoldsteinMean, long Cooperation, long Conflict);

/// <summary>The most active actors and dyads of a period. Immutable.</summary>
/// <param name="Actors">Actors by events, most first.</param>
/// <param name="Dyads">Dyads by events, most first.</param>
public sealed record TopResult(IReadOnlyList<ActorActivity> Actors, IReadOnlyList<DyadActivity> Dyads);

/// <summary>Which actor level top and network group by.</summary>
public enum ActorLevel
{
    /// <summary>Full actor codes (PAKGOV and PAKMIL apart).</summary>
    Code,
    /// <summary>Country blocks (PAKGOV and PAKMIL together as PAK).</summary>
    Country,
}

/// <summary>Options of top and network queries.</summary>
public sealed record TopQuery
{
    /// <summary>Largest result list.</summary>
    public const int MaxLimit = 500;
    /// <summary>First day (inclusive).</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day (inclusive).</summary>
    public DateOnly? To { get; init; }
    /// <summary>Rows (actors, dyads or edges) to return.</summary>
    public int Limit { get; init; } = 20;
    /// <summary>Group by code or country.</summary>
    public ActorLevel Level { get; init; } = ActorLevel.Code;
    /// <summary>Keep A→B and B→A apart.</summary>
    public bool Directed { get; init; } = true;
    /// <summary>Only dyads and edges that involve this actor (its partners).</summary>
    public ActorSpec? Actor { get; init; }

    /// <summary>Throws <see cref="QueryException"/> naming the bad field.</summary>
    public void Validate()
    {
        if (Limit is < 1 or > MaxLimit) throw new QueryException("limit", $"limit must be between 1 and {MaxLimit}");
        if (From is { } f && To is { } t && t < f) throw new QueryException("to", "to is before from");
    }
}

/// <summary>The actor network: nodes with activity, directed edges with counts and mean Goldstein. Immutable.</summary>
/// <param name="Nodes">Actors on the kept edges.</param>
/// <param name="Edges">The most active dyads.</param>
public sealed record Network(IReadOnlyList<ActorActivity> Nodes, IReadOnlyList<DyadActivity> Edges);
