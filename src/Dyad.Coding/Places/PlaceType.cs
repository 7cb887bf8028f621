namespace Dyad.Coding.Places;

/// <summary>The kind of a gazetteer place; records spell these in lower case.</summary>
public enum PlaceType : byte
{
    /// <summary>A populated place (city, town, port).</summary>
    City,
    /// <summary>A first-level region, province or other named area.</summary>
    Region,
    /// <summary>A country.</summary>
    Country,
}
