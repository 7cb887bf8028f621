namespace Dyad.Coding.Setting;

/// <summary>A count of people killed, injured, arrested or displaced, read at token <see cref="Token"/> (the verb or adjective that says what happened).</summary>
public readonly record struct Casualty(int Token, CasualtyKind Kind, int Count);
