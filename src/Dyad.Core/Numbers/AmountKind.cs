namespace Dyad.Numbers;

/// <summary>What an amount measures.</summary>
public enum AmountKind : byte
{
    /// <summary>Money, with an ISO 4217 currency as its unit.</summary>
    Money,
    /// <summary>A count or measure with a unit ("7,000 MW", "2,000 troops").</summary>
    Quantity,
}
