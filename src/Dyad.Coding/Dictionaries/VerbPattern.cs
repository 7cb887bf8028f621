namespace Dyad.Coding.Dictionaries;

/// <summary>The kind of a pattern item.</summary>
public enum PatternItemKind
{
    /// <summary>A literal word or phrase (or a synset's members), matched by lemma or form.</summary>
    Word,
    /// <summary>The source actor.</summary>
    Source,
    /// <summary>The target actor.</summary>
    Target,
    /// <summary>Both source and target come from a compound actor here (PETRARCH "%").</summary>
    Compound,
}

/// <summary>
/// One item of a verb or noun pattern. A word item lists alternatives, each a sequence of folded words
/// (a synset expands into its members). <see cref="Adjacent"/> forbids a gap before the item.
/// </summary>
public sealed record PatternItem(PatternItemKind Kind, string[][] Alternatives, bool Adjacent, bool ExactForm, bool Gap)
{
    /// <summary>Noun phrases skipped before this slot (PETRARCH '^', one per '^').</summary>
    public int SkipPhrases { get; init; }

    /// <summary>A source or target slot.</summary>
    public static PatternItem Slot(PatternItemKind kind, bool adjacent, bool gap = false) => new(kind, [], adjacent, false, gap);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        PatternItemKind.Source => "$",
        PatternItemKind.Target => "+",
        PatternItemKind.Compound => "%",
        _ => Alternatives.Length == 1 ? string.Join(' ', Alternatives[0]) : "{" + string.Join('|', Alternatives.Select(a => string.Join(' ', a))) + "}",
    };
}

/// <summary>
/// A compiled verb or noun pattern: the anchor word (a verb lemma or an event noun), items before and
/// after it, and the CAMEO code it yields. Immutable.
/// </summary>
public sealed class VerbPattern(string anchor, string[] anchorParticles, bool isNoun, PatternItem[] before, PatternItem[] after, string code, SourceLine source, string text)
{
    /// <summary>The verb lemma (or event noun lemma) the pattern hangs on.</summary>
    public string Anchor { get; } = anchor;

    /// <summary>Extra words fused to the anchor in a multi-word verb ("carry out").</summary>
    public string[] AnchorParticles { get; } = anchorParticles;

    /// <summary>True for a nominal-event pattern ("n: attack on +").</summary>
    public bool IsNoun { get; } = isNoun;

    /// <summary>Items before the anchor, in text order.</summary>
    public PatternItem[] Before { get; } = before;

    /// <summary>Items after the anchor, in text order.</summary>
    public PatternItem[] After { get; } = after;

    /// <summary>The CAMEO event code.</summary>
    public string Code { get; } = code;

    /// <summary>File and line.</summary>
    public SourceLine Source { get; } = source;

    /// <summary>The pattern as written.</summary>
    public string Text { get; } = text;

    /// <summary>Literal words in the pattern (the anchor counts once): more is more specific.</summary>
    public int Specificity { get; } = 1 + anchorParticles.Length + before.Count(i => i.Kind == PatternItemKind.Word) + after.Count(i => i.Kind == PatternItemKind.Word);

    /// <summary>When set, the pattern applies only to these surface forms of the verb (PETRARCH blocks such as "LEFT").</summary>
    public string[]? OnlyForms { get; internal set; }

    /// <summary>Surface forms the pattern does not apply to, because a form-specific block claims them.</summary>
    public string[]? ExceptForms { get; internal set; }

    /// <summary>True when the pattern may be used for a verb token written as <paramref name="norm"/>.</summary>
    public bool AppliesToForm(string norm) =>
        (OnlyForms is null || Array.IndexOf(OnlyForms, norm) >= 0) && (ExceptForms is null || Array.IndexOf(ExceptForms, norm) < 0);

    /// <summary>
    /// Derived from a "give X to +" pattern as "give + X" ("will send Ukraine air defence systems"); the target must be a
    /// country named as a noun, since "sent Wagner mercenaries" has no recipient (<see cref="PatternDictionaryBuilder"/>).
    /// </summary>
    public bool DoubleObject { get; internal init; }

    /// <summary>True when a target slot is written.</summary>
    public bool HasTargetSlot { get; } = after.Any(i => i.Kind == PatternItemKind.Target) || before.Any(i => i.Kind == PatternItemKind.Target);

    /// <summary>True when the subject is the target (a "+" before the anchor).</summary>
    public bool SubjectIsTarget { get; } = before.Any(i => i.Kind == PatternItemKind.Target);

    /// <inheritdoc/>
    public override string ToString() => $"{Text} => {Code} ({Source})";

    /// <summary>A word item with few alternatives and the numbers of their first words.</summary>
    internal sealed record WordTest(PatternItem Item, int[] Ids);

    private WordTest[]? _wordTests;

    /// <summary>Word items with more alternatives than this are left to the matcher, not tested up front.</summary>
    internal const int MaxTestedAlternatives = 16;

    /// <summary>The items <see cref="Matching.PatternMatcher.MissingWord"/> checks (after the anchor, then before), built on first use.</summary>
    internal WordTest[] WordTests => _wordTests ??= BuildWordTests();

    private WordTest[] BuildWordTests()
    {
        var tests = new List<WordTest>();
        foreach (var item in After.Concat(Before))
            if (item.Kind == PatternItemKind.Word && item.Alternatives.Length <= MaxTestedAlternatives) tests.Add(new WordTest(item, Matching.PatternWords.FirstWords(item.Alternatives)));
        return [.. tests];
    }
}
