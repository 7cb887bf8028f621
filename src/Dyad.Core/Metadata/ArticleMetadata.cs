namespace Dyad.Metadata;

/// <summary>What the text of an article says about itself: its dateline and trailer. Immutable.</summary>
public sealed record ArticleMetadata
{
    /// <summary>Publication date from a trailer, else from a dateline that names its year; null when the text gives none.</summary>
    public MetadataValue<DateOnly>? Published { get; init; }

    /// <summary>Publisher from a trailer ("Published in Harbour Post") or agency from a dateline ("(Reuters)").</summary>
    public MetadataValue<string>? Source { get; init; }

    /// <summary>The dateline's place as written ("ISLAMABAD"), or null.</summary>
    public MetadataValue<string>? DatelinePlace { get; init; }

    /// <summary>The dateline's date, resolved against the publication date when it has no year; or null.</summary>
    public MetadataValue<DateOnly>? DatelineDate { get; init; }

    /// <summary>Tokens [first, end) of the dateline's place name, or (-1, -1).</summary>
    public (int First, int End) DatelinePlaceTokens { get; init; } = (-1, -1);

    /// <summary>Index of the dateline sentence, or -1.</summary>
    public int DatelineSentence { get; init; } = -1;

    /// <summary>Index of the trailer sentence, or -1.</summary>
    public int TrailerSentence { get; init; } = -1;

    /// <summary>Nothing found.</summary>
    public static ArticleMetadata Empty { get; } = new();
}
