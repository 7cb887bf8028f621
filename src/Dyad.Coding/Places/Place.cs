namespace Dyad.Coding.Places;

/// <summary>One gazetteer entry. Immutable.</summary>
/// <param name="Id">Feature id: <c>geonames:ID</c> for GeoNames places, <c>adm1:CC.code</c> for GeoNames first-level regions, <c>iso:ISO3</c> for countries, <c>dyad:name</c> for other hand-written areas.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">Country, region or city.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code, or null for a disputed area.</param>
/// <param name="Adm1">GeoNames first-level administrative code ("PK.02"), or null.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
/// <param name="Population">Population (0 when unknown).</param>
/// <param name="IsCapital">A national capital.</param>
public sealed record Place(string Id, string Name, PlaceType Type, string? Country, string? Adm1, double Lat, double Lon, long Population, bool IsCapital);
