namespace Dyad.Coding.Places;

/// <summary>A span of tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) naming one or more gazetteer places (ambiguous until resolved).</summary>
public readonly record struct PlaceMention(int FirstToken, int EndToken, int[] Candidates);
