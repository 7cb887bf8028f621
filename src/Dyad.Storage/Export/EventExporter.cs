using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Dyad.Storage;

/// <summary>Export formats.</summary>
public enum ExportFormat
{
    /// <summary>One JSON object per event.</summary>
    JsonLines,
    /// <summary>CSV with a header row.</summary>
    Csv,
    /// <summary>The GDELT 2.0 event table: 61 tab-separated columns, no header.</summary>
    Gdelt,
    /// <summary>Parquet with typed columns.</summary>
    Parquet,
}

/// <summary>
/// Writes the events of a store, filtered, ordered by day then event id, as JSON Lines, CSV, GDELT 2.0 event rows
/// or Parquet. Columns are documented in docs/storage.md. Stateless apart from the store's connection.
/// </summary>
public static class EventExporter
{
    /// <summary>Exported columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "event_id", "event_date", "day", "source_code", "source_country", "source_role", "source_name",
        "target_code", "target_country", "target_role", "target_name", "cameo", "cameo_base", "cameo_root",
        "quad_class", "goldstein", "plover_type", "plover_mode", "location", "num_mentions", "num_sources", "num_articles",
        "is_root_event", "first_doc_id", "first_sentence_index", "source_url", "date_added", "sentence",
    ];

    /// <summary>Writes the matching events to <paramref name="output"/>; returns how many.</summary>
    public static async Task<long> ExportAsync(IEventStore store, EventFilter filter, ExportFormat format, Stream output, CancellationToken ct = default)
    {
        using var cmd = store.Connection.CreateCommand();
        string where = filter.Where(cmd);
        cmd.CommandText = $"""
            SELECT e.event_id, e.event_date, e.day, e.source_code, e.source_country, e.source_role, e.source_name,
              e.target_code, e.target_country, e.target_role, e.target_name, e.cameo, e.cameo_base, e.cameo_root,
              e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.location, e.num_mentions, e.num_sources, e.num_articles,
              e.is_root_event, e.first_doc_id, e.first_sentence_index, e.source_url, e.date_added, s.text
            FROM events e LEFT JOIN sentences s ON s.doc_id = e.first_doc_id AND s.sentence_index = e.first_sentence_index
            {where}
            ORDER BY e.day NULLS LAST, e.event_id
            """;
        using var reader = await cmd.ExecuteReaderAsync(ct);
        return format switch
        {
            ExportFormat.JsonLines => WriteJsonLines(reader, output),
            ExportFormat.Csv => WriteCsv(reader, output),
            ExportFormat.Gdelt => WriteGdelt(reader, output),
            _ => await WriteParquetAsync(reader, output, ct),
        };
    }

    private static long WriteJsonLines(DbDataReader r, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        long n = 0;
        while (r.Read())
        {
            json.WriteStartObject();
            for (int i = 0; i < Columns.Length; i++)
            {
                string name = Columns[i] == "sentence" ? "sentence" : Columns[i];
                if (r.IsDBNull(i)) { json.WriteNull(name); continue; }
                switch (r.GetValue(i))
                {
                    case long l: json.WriteNumber(name, l); break;
                    case int v: json.WriteNumber(name, v); break;
                    case double d: json.WriteNumber(name, d); break;
                    case bool b: json.WriteBoolean(name, b); break;
                    case DateOnly d: json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                    case DateTime d: json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                    case var v: json.WriteString(name, Convert.ToString(v, CultureInfo.InvariantCulture)); break;
                }
            }
            json.WriteEndObject();
            json.Flush();
            output.WriteByte((byte)'\n');
            json.Reset();
            n++;
        }
        return n;
    }

    private static long WriteCsv(DbDataReader r, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        w.WriteLine(string.Join(',', Columns));
        long n = 0;
        while (r.Read())
        {
            for (int i = 0; i < Columns.Length; i++)
            {
                if (i > 0) w.Write(',');
                if (r.IsDBNull(i)) continue;
                string v = Text(r.GetValue(i));
                if (v.AsSpan().IndexOfAny(",\"\n\r") >= 0) { w.Write('"'); w.Write(v.Replace("\"", "\"\"")); w.Write('"'); }
                else w.Write(v);
            }
            w.WriteLine();
            n++;
        }
        return n;
    }

    private static string Text(object v) => v switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    private static long WriteGdelt(DbDataReader r, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var cols = new string[61];
        long n = 0;
        while (r.Read())
        {
            GdeltRow.Fill(r, cols);
            for (int i = 0; i < cols.Length; i++)
            {
                if (i > 0) w.Write('\t');
                w.Write(cols[i]);
            }
            w.WriteLine();
            n++;
        }
        return n;
    }

    private static async Task<long> WriteParquetAsync(DbDataReader r, Stream output, CancellationToken ct)
    {
        // Types per exported column: s string, l int64, i int32, d double, b bool, t date.
        const string types = "l" + "st" + "ssss" + "ssss" + "sss" + "id" + "ss" + "s" + "iii" + "b" + "s" + "i" + "s" + "t" + "s";
        var fields = new DataField[Columns.Length];
        for (int i = 0; i < fields.Length; i++)
            fields[i] = types[i] switch
            {
                'l' => new DataField<long>(Columns[i]),
                'i' => new DataField<int>(Columns[i]),
                'd' => new DataField<double>(Columns[i]),
                'b' => new DataField<bool>(Columns[i]),
                't' => new DataField<DateOnly?>(Columns[i]),
                _ => new DataField<string>(Columns[i]),
            };
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, output, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: ct);
        const int RowGroup = 100_000;
        var buffers = new List<object?>[fields.Length];
        for (int i = 0; i < buffers.Length; i++) buffers[i] = new List<object?>(RowGroup);
        long n = 0;
        async Task FlushAsync()
        {
            if (buffers[0].Count == 0) return;
            using var rg = writer.CreateRowGroup();
            for (int i = 0; i < fields.Length; i++)
            {
                var b = buffers[i];
                switch (types[i])
                {
                    case 'l': await rg.WriteAsync<long>(fields[i], b.Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray(), cancellationToken: ct); break;
                    case 'i': await rg.WriteAsync<int>(fields[i], b.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).ToArray(), cancellationToken: ct); break;
                    case 'd': await rg.WriteAsync<double>(fields[i], b.Select(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)).ToArray(), cancellationToken: ct); break;
                    case 'b': await rg.WriteAsync<bool>(fields[i], b.Select(v => v is true).ToArray(), cancellationToken: ct); break;
                    case 't': await rg.WriteAsync<DateOnly>(fields[i], b.Select(v => v is null ? (DateOnly?)null : AsDate(v)).ToArray(), cancellationToken: ct); break;
                    default: await rg.WriteAsync(fields[i], b.Select(v => v is null ? null : Text(v)).ToArray()); break;
                }
                b.Clear();
            }
        }
        while (await r.ReadAsync(ct))
        {
            for (int i = 0; i < fields.Length; i++) buffers[i].Add(r.IsDBNull(i) ? null : r.GetValue(i));
            if (buffers[0].Count >= RowGroup) await FlushAsync();
            n++;
        }
        await FlushAsync();
        return n;
    }

    private static DateOnly AsDate(object v) => v switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        _ => DateOnly.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };
}
