using System.Data.Common;
using System.Globalization;
using System.Text;
using Dyad.Coding;
using Dyad.Coding.Dictionaries;
using Dyad.Ingest;

namespace Dyad.Storage.Tests;

internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dyad-store-").FullName;
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { }
    }
}

internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (System.IO.File.Exists(System.IO.Path.Combine(d.FullName, "Dyad.slnx"))) return d.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    public static string Samples => System.IO.Path.Combine(Root, "data", "samples", "articles");
    public static string Wire => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "wire");
}

internal static class Coding
{
    private static readonly Lazy<DocumentCoder> s_coder = new(() => new DocumentCoder(new EventCoder(DictionarySet.Default)));
    public static DocumentCoder Coder => s_coder.Value;

    public static CodedDocument Code(string path) =>
        Coder.Code(DocumentReader.Read(InputFile.FromPath(path), new IngestOptions()).Single().Document!);

    public static CodedDocument CodeText(string text, string id, string? source = null) =>
        Coder.Code(new SourceDocument { DocId = id, Text = text, Origin = id, Source = source, Published = new DateOnly(2026, 3, 1), Provenance = new Dictionary<string, string>() });
}

internal static class Dump
{
    /// <summary>Every row of every table except schema_version, in a stable order, as text.</summary>
    public static string Store(IEventStore store)
    {
        var sb = new StringBuilder();
        foreach (var (table, order) in new[]
        {
            ("documents", "doc_id"), ("sentences", "doc_id, sentence_index"), ("mentions", "doc_id, mention_index"),
            ("events", "event_id"), ("actors", "code"),
        })
        {
            sb.Append("## ").AppendLine(table);
            using var cmd = store.Connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                for (int i = 0; i < r.FieldCount; i++) sb.Append(Cell(r, i)).Append('|');
                sb.AppendLine();
            }
        }
        return sb.ToString();
    }

    private static string Cell(DbDataReader r, int i)
    {
        if (r.IsDBNull(i)) return "NULL";
        return r.GetValue(i) switch
        {
            Stream s => Convert.ToHexString(ReadAll(s)),
            byte[] b => Convert.ToHexString(b),
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
        };
    }

    private static byte[] ReadAll(Stream s)
    {
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    public static long Count(IEventStore store, string sql)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        // DuckDB's sum() is a HUGEINT (BigInteger).
        return cmd.ExecuteScalar() switch
        {
            System.Numerics.BigInteger b => (long)b,
            DBNull => 0,
            var v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
        };
    }
}
