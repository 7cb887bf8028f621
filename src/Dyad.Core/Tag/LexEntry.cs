using Dyad.Text;

namespace Dyad.Tag;

/// <summary>One tag a word form can take, with its prior weight and the lemma for that reading.</summary>
public readonly record struct TagReading(PosTag Tag, float Weight, string Lemma);

/// <summary>
/// A lexicon entry: a lower-case word form and its possible readings, most likely first. Entries are
/// immutable and shared by every document.
/// </summary>
public sealed class LexEntry(string form, TagReading[] readings, bool closedClass)
{
    /// <summary>The lower-case form (the interned string used as every token's <c>Norm</c>).</summary>
    public string Form { get; } = form;

    /// <summary>Readings, most likely first.</summary>
    public TagReading[] Readings { get; } = readings;

    /// <summary>True for hand-listed function words, whose readings override WordNet's.</summary>
    public bool ClosedClass { get; } = closedClass;

    /// <summary>True when the form can take the tag.</summary>
    public bool Has(PosTag tag)
    {
        foreach (var r in Readings) if (r.Tag == tag) return true;
        return false;
    }

    /// <summary>The reading's weight for a tag, or 0.</summary>
    public float Weight(PosTag tag)
    {
        foreach (var r in Readings) if (r.Tag == tag) return r.Weight;
        return 0;
    }

    /// <summary>True when any reading is a noun.</summary>
    public bool HasNoun => Any(static t => t.IsNoun());

    /// <summary>True when any reading is a verb.</summary>
    public bool HasVerb => Any(static t => t.IsVerb());

    /// <summary>The lemma for a tag, or the form when the tag is not listed.</summary>
    public string LemmaFor(PosTag tag)
    {
        foreach (var r in Readings) if (r.Tag == tag) return r.Lemma;
        // Map between tags of one class: VBP shares VB's lemma, NNP falls back to NN's.
        foreach (var r in Readings)
            if ((r.Tag.IsVerb() && tag.IsVerb()) || (r.Tag.IsNoun() && tag.IsNoun()) || (r.Tag.IsAdjective() && tag.IsAdjective()))
                return r.Lemma;
        return Form;
    }

    /// <summary>The first (most likely) tag.</summary>
    public PosTag Best => Readings.Length > 0 ? Readings[0].Tag : PosTag.NN;

    private bool Any(Func<PosTag, bool> pred)
    {
        foreach (var r in Readings) if (pred(r.Tag)) return true;
        return false;
    }

    /// <inheritdoc/>
    public override string ToString() => Form + " " + string.Join(' ', Readings.Select(r => $"{r.Tag.Name()}:{r.Weight}"));
}
