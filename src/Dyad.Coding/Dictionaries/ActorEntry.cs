namespace Dyad.Coding.Dictionaries;

/// <summary>The kind of an actor dictionary entry, from its section.</summary>
public enum ActorKind
{
    /// <summary>A country or territory (names, adjectives, demonyms).</summary>
    Country,
    /// <summary>A capital or seat of government standing for the government.</summary>
    Capital,
    /// <summary>A person, usually with dated roles.</summary>
    Person,
    /// <summary>An IGO, NGO, party, agency or company.</summary>
    Organisation,
    /// <summary>An armed non-state group.</summary>
    Group,
    /// <summary>A generic noun giving a role that combines with a country ("troops" gives MIL).</summary>
    Agent,
    /// <summary>A name that is not an actor; it blocks shorter matches inside it ("South China Sea").</summary>
    NotActor,
}

/// <summary>An actor code valid over an optional inclusive date range.</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the code has no range (it is the entry's default).</summary>
    public bool IsDefault => From is null && To is null;

    /// <summary>True when the date falls within the range.</summary>
    public bool Contains(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    /// <inheritdoc/>
    public override string ToString() => IsDefault ? Code : $"{Code} {From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}

/// <summary>Where a dictionary entry was read from, for provenance in records and explanations.</summary>
public readonly record struct SourceLine(string File, int Line)
{
    /// <inheritdoc/>
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File; // line 0: not from a file ("titled name: …")
}

/// <summary>One actor dictionary entry: names, a kind and dated codes. Immutable.</summary>
public sealed class ActorEntry(string name, ActorKind kind, IReadOnlyList<DatedCode> codes, SourceLine source, bool rolePrefix = false)
{
    /// <summary>The canonical (first) name.</summary>
    public string Name { get; } = name;

    /// <summary>The kind of entry.</summary>
    public ActorKind Kind { get; } = kind;

    /// <summary>Codes, in the order written; the first range containing the event date wins.</summary>
    public IReadOnlyList<DatedCode> Codes { get; } = codes;

    /// <summary>File and line of the entry.</summary>
    public SourceLine Source { get; } = source;

    /// <summary>"file:line", made once: every event citing the entry shares it.</summary>
    public string SourceText => _sourceText ??= Source.ToString();

    private string? _sourceText;

    /// <summary>For an agent whose role is written before the country (PETRARCH "[NGO~]").</summary>
    public bool RolePrefix { get; } = rolePrefix;

    /// <summary>The code at a date: the first range that contains it, else the default; null when none applies.
    /// Without a date the default is used, else the open-ended (current) range.</summary>
    public string? CodeAt(DateOnly? date)
    {
        // Indexed loops: foreach over the IReadOnlyList boxed an enumerator on every call (51 MB on 100,000 sentences).
        var codes = Codes;
        int n = codes.Count;
        if (date is { } d)
        {
            for (int i = 0; i < n; i++) if (!codes[i].IsDefault && codes[i].Contains(d)) return codes[i].Code;
            for (int i = 0; i < n; i++) if (codes[i].IsDefault) return codes[i].Code;
            return null;
        }
        for (int i = 0; i < n; i++) if (codes[i].IsDefault) return codes[i].Code;
        for (int i = 0; i < n; i++) if (codes[i].To is null) return codes[i].Code;
        return n > 0 ? codes[n - 1].Code : null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} => {string.Join("; ", Codes)} ({Source})";
}
