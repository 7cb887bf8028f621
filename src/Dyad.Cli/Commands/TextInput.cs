using System.Globalization;
using Dyad.Coding;

namespace Dyad.Cli.Commands;

/// <summary>A plain-text input: optional "key: value" header lines, a blank line, then the body.</summary>
internal static class TextInput
{
    private static readonly string[] s_keys = ["title", "published", "date", "source", "url", "id", "language"];

    /// <summary>Splits a header block off the text; the body keeps its offsets relative to itself.</summary>
    public static (DocumentInfo Info, string Body) Parse(string text, string docId, DateOnly? fallbackDate)
    {
        var info = new DocumentInfo(docId) { Published = fallbackDate, PublishedBasis = fallbackDate is null ? null : "option" };
        int pos = 0, lines = 0;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (pos < text.Length && lines < 20)
        {
            int nl = text.IndexOf('\n', pos);
            string line = (nl < 0 ? text[pos..] : text[pos..nl]).TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (fields.Count > 0) { pos = nl < 0 ? text.Length : nl + 1; break; }
                return (info, text);
            }
            int colon = line.IndexOf(':');
            if (colon <= 0) return (info, text);
            string key = line[..colon].Trim();
            if (!s_keys.Contains(key, StringComparer.OrdinalIgnoreCase)) return (info, text);
            fields[key] = line[(colon + 1)..].Trim();
            pos = nl < 0 ? text.Length : nl + 1;
            lines++;
        }
        if (fields.Count == 0) return (info, text);
        DateOnly? published = fallbackDate;
        if ((fields.TryGetValue("published", out var p) || fields.TryGetValue("date", out p)) && p.Length >= 10
            && DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            published = fallbackDate ?? d;
        info = info with
        {
            DocId = fields.TryGetValue("id", out var id) ? id : docId,
            Title = fields.GetValueOrDefault("title"),
            Source = fields.GetValueOrDefault("source"),
            Url = fields.GetValueOrDefault("url"),
            Published = published,
            PublishedBasis = fallbackDate is not null ? "option" : published is null ? null : "header",
            SourceBasis = fields.ContainsKey("source") ? "header" : null,
        };
        return (info, text[pos..]);
    }
}
