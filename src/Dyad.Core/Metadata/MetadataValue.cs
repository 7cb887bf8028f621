namespace Dyad.Metadata;

/// <summary>
/// A metadata value with its provenance: the basis it came from and, for values read from the text,
/// the half-open character span [<see cref="Start"/>, <see cref="End"/>) of the document it was read
/// from (both -1 otherwise).
/// </summary>
public readonly record struct MetadataValue<T>(T Value, MetadataBasis Basis, int Start = -1, int End = -1);
