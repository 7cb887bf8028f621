namespace Dyad.Text;

/// <summary>Surface facts about a token, computed once by the tokenizer.</summary>
[Flags]
public enum TokenFlags : ushort
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>Whitespace follows the token in the original text.</summary>
    SpaceAfter = 1,
    /// <summary>A line break lies between this token and the next.</summary>
    NewlineAfter = 2,
    /// <summary>First letter is upper case.</summary>
    Capitalized = 4,
    /// <summary>Every letter is upper case and there are at least two.</summary>
    AllCaps = 8,
    /// <summary>The token is a number (digits, with separators or a unit suffix).</summary>
    Number = 16,
    /// <summary>Only punctuation or symbols.</summary>
    Punctuation = 32,
    /// <summary>An abbreviation ending in a period that the tokenizer kept ("U.S.", "Jan.").</summary>
    Abbreviation = 64,
    /// <summary>A URL or e-mail address.</summary>
    Url = 128,
    /// <summary>Contains a hyphen between letters or digits ("F-16", "China-Pakistan").</summary>
    Hyphenated = 256,
    /// <summary>Part of a dateline ("ISLAMABAD, Jan 5 (Reuters) -").</summary>
    Dateline = 512,
    /// <summary>Starts a sentence.</summary>
    SentenceStart = 1024,
    /// <summary>Contains a digit.</summary>
    HasDigit = 2048,
    /// <summary>Two or more blank-line separated paragraphs: a paragraph break follows.</summary>
    ParagraphAfter = 4096,
}
