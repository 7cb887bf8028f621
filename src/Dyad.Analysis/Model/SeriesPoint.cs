namespace Dyad.Analysis;

/// <summary>One bucket of a dyad series. Immutable.</summary>
/// <param name="Period">First day of the bucket.</param>
/// <param name="Events">Distinct events.</param>
/// <param name="Quad">Events per QuadClass: [verbal cooperation, material cooperation, verbal conflict, material conflict].</param>
/// <param name="Roots">Events per CAMEO root ("04" → 3), roots in order.</param>
/// <param name="GoldsteinSum">Sum of the events' Goldstein scores.</param>
/// <param name="GoldsteinMean">Mean Goldstein score.</param>
/// <param name="Articles">Articles reporting the bucket's events: the sum of their num_articles, as analysts sum GDELT's
/// NumArticles (an article that reports two of the bucket's events counts twice).</param>
public sealed record SeriesPoint(DateOnly Period, long Events, long[] Quad, SortedDictionary<string, long> Roots,
    double GoldsteinSum, double GoldsteinMean, long Articles);
