namespace Dyad.Numbers;

/// <summary>
/// A normalized amount found over tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>): its value
/// with scale words applied ("USD 397 million" → 397000000) and its unit: an ISO 4217 code for money,
/// else the unit as written in lower case ("mw") or a counted noun's lemma ("troop").
/// </summary>
public readonly record struct Amount(int FirstToken, int EndToken, AmountKind Kind, double Value, string Unit);
