using System.Globalization;
using System.Text;
using Npgsql;

namespace Dyad.Distributed.Tests;

/// <summary>
/// Every row of a PostgreSQL store as sorted text, without the columns that record commit order (documents.seq,
/// mentions.doc_seq, and the attributes events and actors take from their first mention: first_*, is_root_event, source_url, date_added, actors.name): workers commit batches in the order they finish, a single run in input
/// order, and everything else must be equal.
/// </summary>
internal static class StoreDump
{
    private static readonly HashSet<string> s_orderColumns = ["seq", "doc_seq", "first_doc_id", "first_sentence_index", "is_root_event", "source_url", "date_added"];

    public static string Of(string url, out long documents, out long mentions)
    {
        using var conn = new NpgsqlConnection(Dyad.Storage.Postgres.PostgresUrl.Parse(url).ConnectionString);
        conn.Open();
        var sb = new StringBuilder();
        foreach (var table in new[] { "documents", "sentences", "mentions", "events", "actors" })
        {
            var columns = new List<string>();
            using (var cmd = new NpgsqlCommand($"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position", conn))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                {
                    // An actor's display name is the text of its first mention, so it depends on commit order too.
                    if (s_orderColumns.Contains(r.GetString(0)) || table == "actors" && r.GetString(0) == "name") continue;
                    columns.Add(r.GetString(0));
                }
            var rows = new List<string>();
            using (var cmd = new NpgsqlCommand($"SELECT {string.Join(", ", columns)} FROM {table}", conn))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                {
                    var row = new StringBuilder();
                    for (int i = 0; i < r.FieldCount; i++) row.Append(Cell(r.IsDBNull(i) ? null : r.GetValue(i))).Append('|');
                    rows.Add(row.ToString());
                }
            rows.Sort(StringComparer.Ordinal);
            sb.Append("## ").Append(table).Append(' ').Append(rows.Count).AppendLine();
            foreach (var row in rows) sb.AppendLine(row);
        }
        documents = Count(conn, "documents");
        mentions = Count(conn, "mentions");
        return sb.ToString();
    }

    public static long Count(string url, string table)
    {
        using var conn = new NpgsqlConnection(Dyad.Storage.Postgres.PostgresUrl.Parse(url).ConnectionString);
        conn.Open();
        return Count(conn, table);
    }

    private static long Count(NpgsqlConnection conn, string table)
    {
        using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Cell(object? v) => v switch
    {
        null => "NULL",
        byte[] b => Convert.ToHexString(b),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };
}
