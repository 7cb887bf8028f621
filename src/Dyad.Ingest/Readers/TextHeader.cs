using Dyad.Coding;

namespace Dyad.Ingest;

/// <summary>
/// Plain text with an optional header block: up to 20 "key: value" lines with known keys (title, published,
/// date, source, url, id, language), then a blank line, then the body. Text whose first line is not such a
/// header is all body. Stateless.
/// </summary>
public static class TextHeader
{
    private static readonly string[] s_keys = ["title", "published", "date", "source", "url", "id", "language"];

    /// <summary>Splits the header off; the header's values are recorded in <paramref name="meta"/> with provenance "header:KEY".</summary>
    /// <returns>The body (the whole text when there is no header) and the 1-based line where it starts.</returns>
    public static (string Body, int BodyLine) Split(string text, MetadataBuilder meta)
    {
        int pos = 0, lines = 0;
        var fields = new List<(string Key, string Value)>();
        while (pos < text.Length && lines < 20)
        {
            int nl = text.IndexOf('\n', pos);
            var line = (nl < 0 ? text.AsSpan(pos) : text.AsSpan(pos, nl - pos)).TrimEnd('\r');
            if (line.Trim().IsEmpty)
            {
                if (fields.Count > 0) { pos = nl < 0 ? text.Length : nl + 1; lines++; break; }
                return (text, 1);
            }
            int colon = line.IndexOf(':');
            if (colon <= 0) return (text, 1);
            string key = line[..colon].Trim().ToString();
            if (!s_keys.Contains(key, StringComparer.OrdinalIgnoreCase)) return (text, 1);
            fields.Add((key.ToLowerInvariant(), line[(colon + 1)..].Trim().ToString()));
            pos = nl < 0 ? text.Length : nl + 1;
            lines++;
        }
        if (fields.Count == 0) return (text, 1);
        foreach (var (key, value) in fields)
        {
            string from = "header:" + key;
            switch (key)
            {
                case "id": meta.SetId(value, from); break;
                case "title": meta.SetTitle(value, from); break;
                case "source": meta.SetSource(value, from); break;
                case "url": meta.SetUrl(value, from); break;
                case "language": meta.SetLanguage(value, from); break;
                default: meta.SetPublished(value, from); break;
            }
        }
        return (text[pos..], lines + 1);
    }

    /// <summary>
    /// The coder's view of a text file: header metadata (the id falls back to <paramref name="docId"/>; the date to
    /// <paramref name="fallbackDate"/>) and the body.
    /// </summary>
    public static (DocumentInfo Info, string Body) Parse(string text, string docId, DateOnly? fallbackDate)
    {
        var meta = new MetadataBuilder();
        var (body, _) = Split(text, meta);
        meta.SetPublished(fallbackDate, "--date");
        var info = new DocumentInfo(meta.Id ?? docId) { Published = meta.Published, Title = meta.Title, Source = meta.Source, Url = meta.Url };
        return (info, body);
    }
}
