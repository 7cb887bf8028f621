namespace Dyad.Metadata;

/// <summary>Where a metadata value came from, most trusted first. Records spell these in lower case.</summary>
public enum MetadataBasis : byte
{
    /// <summary>A command-line option (<c>--date</c>).</summary>
    Option,
    /// <summary>A <c>key: value</c> header block of a plain-text input.</summary>
    Header,
    /// <summary>Markup of the source page or feed (HTML meta tags, JSON-LD, RSS/Atom fields).</summary>
    Markup,
    /// <summary>A trailer in the text ("Published in Dawn, January 6th, 2026").</summary>
    Trailer,
    /// <summary>A dateline in the text ("ISLAMABAD, Jan 5 (Reuters) -").</summary>
    Dateline,
}
