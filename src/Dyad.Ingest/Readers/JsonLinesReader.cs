using System.Text.Json;

namespace Dyad.Ingest;

/// <summary>
/// JSON Lines: one object per line with a text field and optional id, title, date, url and source fields, named
/// by <see cref="FieldNames"/> (case-insensitive). Blank lines are skipped; a malformed line is an error naming
/// its line and the others go on. Stateless.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads every line.</summary>
    public static IEnumerable<IngestResult> Read(string text, string name, IngestOptions options)
    {
        int lineNo = 0, pos = 0;
        while (pos < text.Length)
        {
            lineNo++;
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            var line = text.AsMemory(pos, end - pos);
            pos = end + 1;
            if (line.Span.Trim().IsEmpty) continue;
            yield return ReadLine(line, name, lineNo, options);
        }
    }

    private static IngestResult ReadLine(ReadOnlyMemory<char> line, string name, int lineNo, IngestOptions options)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 }); }
        catch (JsonException e)
        {
            return IngestResult.Fail(new IngestError(name, lineNo, null, IngestErrorCodes.Json, "malformed JSON: " + FeedReader.FirstLine(e.Message)));
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return IngestResult.Fail(new IngestError(name, lineNo, null, IngestErrorCodes.Json, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}"));
            try { return ReadObject(root, name, lineNo, options); }
            catch (BadStringException e)
            {
                return IngestResult.Fail(new IngestError(name, lineNo, e.Field, IngestErrorCodes.Json,
                    (e.Field is null ? "a property name" : "the value") + " is not a valid string (a lone UTF-16 surrogate escape such as \\uD800)"));
            }
        }
    }

    // GetString and Name throw InvalidOperationException on a lone surrogate escape ("\uD800"): a bad line, not a crash.
    private sealed class BadStringException(string? field) : Exception(field)
    {
        public string? Field { get; } = field;
    }

    private static IngestResult ReadObject(JsonElement root, string name, int lineNo, IngestOptions options)
    {
        {
            var f = options.Fields;
            string? text = Get(root, f.Text, out var kind);
            if (string.IsNullOrWhiteSpace(text))
                return IngestResult.Fail(new IngestError(name, lineNo, f.Text, IngestErrorCodes.Json, kind is null ? "missing" : kind == JsonValueKind.String ? "empty" : $"is a {kind.Value.ToString().ToLowerInvariant()}, not a string"));
            var meta = new MetadataBuilder();
            meta.SetId(Get(root, f.Id, out _), "field:" + f.Id);
            meta.SetUrl(Get(root, f.Url, out _), "field:" + f.Url);
            meta.SetTitle(Get(root, f.Title, out _), "field:" + f.Title);
            meta.SetSource(Get(root, f.Source, out _), "field:" + f.Source);
            string? date = Get(root, f.Date, out _);
            if (!meta.SetPublished(date, "field:" + f.Date))
                return IngestResult.Fail(new IngestError(name, lineNo, f.Date, IngestErrorCodes.Json, $"'{date}' is not a date"));
            return IngestResult.Ok(meta.Build(text, $"{name}:{lineNo}", options));
        }
    }

    // Strings as they are, numbers as their JSON text (ids are often numbers); null when absent.
    private static string? Get(JsonElement obj, string field, out JsonValueKind? kind)
    {
        kind = null;
        foreach (var p in obj.EnumerateObject())
        {
            bool match;
            try { match = p.NameEquals(field) || string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase); }
            catch (InvalidOperationException) { throw new BadStringException(null); }
            if (!match) continue;
            kind = p.Value.ValueKind;
            try
            {
                return p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Number => p.Value.GetRawText(),
                    _ => null,
                };
            }
            catch (InvalidOperationException) { throw new BadStringException(field); }
        }
        return null;
    }
}
