namespace Dyad.Analysis;

/// <summary>How an actor is named in a query.</summary>
public enum ActorKind
{
    /// <summary>A country block ("PAK"): every actor of that country, whatever its role.</summary>
    Country,
    /// <summary>A code prefix ("PAKGOV", "IGOUNO"): that country and role, or a more specific code.</summary>
    Code,
    /// <summary>A person or named actor by the name as written ("@Shehbaz Sharif"), case-insensitive.</summary>
    Person,
}

/// <summary>
/// An actor in a query: a three-letter country ("CHN"), a longer code prefix ("CHNGOV"), or "@" and a name as
/// written. Immutable. <see cref="Condition"/> yields SQL with the value as a parameter, never inlined.
/// </summary>
/// <param name="Kind">Country, code prefix or person.</param>
/// <param name="Value">The upper-case code, or the name.</param>
public sealed record ActorSpec(ActorKind Kind, string Value)
{
    /// <summary>Longest accepted actor text.</summary>
    public const int MaxLength = 100;

    /// <summary>Parses "CHN", "CHNGOV" or "@name"; returns false with a reason on anything else.</summary>
    public static bool TryParse(string? text, out ActorSpec? spec, out string error)
    {
        spec = null;
        error = "";
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) { error = "is empty"; return false; }
        if (text.Length > MaxLength) { error = $"is longer than {MaxLength} characters"; return false; }
        if (text[0] == '@')
        {
            string name = text[1..].Trim();
            if (name.Length == 0) { error = "names no person after '@'"; return false; }
            spec = new ActorSpec(ActorKind.Person, name);
            return true;
        }
        foreach (char c in text)
            if (!char.IsAsciiLetterOrDigit(c) && c != '-') { error = $"'{text}' is not an actor code (letters like CHN or CHNGOV, or @name)"; return false; }
        string code = text.ToUpperInvariant();
        spec = new ActorSpec(code.Length == 3 ? ActorKind.Country : ActorKind.Code, code);
        return true;
    }

    /// <summary>Parses or throws <see cref="QueryException"/> naming <paramref name="field"/>.</summary>
    public static ActorSpec Parse(string? text, string field) =>
        TryParse(text, out var spec, out string error) ? spec! : throw new QueryException(field, $"{field} {error}");

    /// <summary>The condition on one side of events (alias e): <paramref name="side"/> is "source" or "target".</summary>
    internal string Condition(SqlParameters p, string side)
    {
        string s = side == "source" ? "source" : "target";
        return Kind switch
        {
            ActorKind.Country => $"e.{s}_block = {p.Add(Value)}",
            ActorKind.Code => $"starts_with(e.{s}_code, {p.Add(Value)})",
            _ => $"lower(e.{s}_name) = lower({p.Add(Value)})",
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Kind == ActorKind.Person ? "@" + Value : Value;
}
