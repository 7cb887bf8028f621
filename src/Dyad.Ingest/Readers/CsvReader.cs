using System.Text;

namespace Dyad.Ingest;

/// <summary>
/// CSV (RFC 4180: quoted fields may hold commas, quotes as "" and newlines) and TSV with a header row naming the
/// columns; columns are matched to <see cref="FieldNames"/> case-insensitively. A row with the wrong number of
/// fields, an unterminated quote or no text is an error naming its line; the other rows go on. Stateless.
/// </summary>
public static class CsvReader
{
    /// <summary>Reads every row.</summary>
    public static IEnumerable<IngestResult> Read(string text, string name, char delimiter, IngestOptions options)
    {
        int pos = 0, line = 1;
        if (!TryReadRow(text, ref pos, ref line, delimiter, out var header, out string? headerError))
        {
            yield return IngestResult.Fail(new IngestError(name, 1, null, IngestErrorCodes.Csv, headerError ?? "no header row"));
            yield break;
        }
        var f = options.Fields;
        int Col(string field) => header!.FindIndex(h => string.Equals(h.Trim(), field, StringComparison.OrdinalIgnoreCase));
        int textCol = Col(f.Text), idCol = Col(f.Id), titleCol = Col(f.Title), dateCol = Col(f.Date), urlCol = Col(f.Url), sourceCol = Col(f.Source);
        if (textCol < 0)
        {
            yield return IngestResult.Fail(new IngestError(name, 1, f.Text, IngestErrorCodes.Csv, $"no '{f.Text}' column in the header (use --fields text=NAME)"));
            yield break;
        }
        while (pos < text.Length)
        {
            int rowLine = line;
            if (!TryReadRow(text, ref pos, ref line, delimiter, out var row, out string? error))
            {
                if (error is null) continue; // blank line
                yield return IngestResult.Fail(new IngestError(name, rowLine, null, IngestErrorCodes.Csv, error));
                yield break; // an unterminated quote swallows the rest of the file
            }
            if (row!.Count != header!.Count)
            {
                yield return IngestResult.Fail(new IngestError(name, rowLine, null, IngestErrorCodes.Csv, $"row has {row.Count} fields, the header has {header.Count}"));
                continue;
            }
            string body = row[textCol];
            if (string.IsNullOrWhiteSpace(body))
            {
                yield return IngestResult.Fail(new IngestError(name, rowLine, f.Text, IngestErrorCodes.Csv, "empty"));
                continue;
            }
            var meta = new MetadataBuilder();
            string? At(int c) => c >= 0 ? row[c] : null;
            meta.SetId(At(idCol), "column:" + f.Id);
            meta.SetUrl(At(urlCol), "column:" + f.Url);
            meta.SetTitle(At(titleCol), "column:" + f.Title);
            meta.SetSource(At(sourceCol), "column:" + f.Source);
            if (!meta.SetPublished(At(dateCol), "column:" + f.Date))
            {
                yield return IngestResult.Fail(new IngestError(name, rowLine, f.Date, IngestErrorCodes.Csv, $"'{At(dateCol)}' is not a date"));
                continue;
            }
            yield return IngestResult.Ok(meta.Build(body, $"{name}:{rowLine}", options));
        }
    }

    // Reads one record; false with a null error for a blank line, false with an error for a broken record.
    private static bool TryReadRow(string text, ref int pos, ref int line, char delim, out List<string>? row, out string? error)
    {
        row = null;
        error = null;
        if (pos >= text.Length) return false;
        var fields = new List<string>();
        var sb = new StringBuilder();
        int startLine = line;
        bool quoted = false, wasQuoted = false, any = false;
        while (pos < text.Length)
        {
            char c = text[pos++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (pos < text.Length && text[pos] == '"') { sb.Append('"'); pos++; }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    sb.Append(c);
                }
                continue;
            }
            if (c == '"' && sb.Length == 0 && !wasQuoted) { quoted = wasQuoted = any = true; continue; }
            if (c == delim) { fields.Add(sb.ToString()); sb.Clear(); wasQuoted = false; any = true; continue; }
            if (c == '\r') continue;
            if (c == '\n') { line++; break; }
            sb.Append(c);
            any = true;
        }
        if (quoted)
        {
            error = $"unterminated quoted field (opened on line {startLine})";
            return false;
        }
        if (!any && sb.Length == 0) return false;
        fields.Add(sb.ToString());
        row = fields;
        return true;
    }
}
