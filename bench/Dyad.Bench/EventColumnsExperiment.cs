using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Dyad.Bench;

/// <summary>
/// Quick mode (--store-columns N): what DuckDB charges for the shape of the events table alone. Appends the store
/// benchmark's 60,000 new events into a fresh file (threads = 1, one transaction, as the writer does) twice per run:
/// with today's 30 columns (20 VARCHAR) and with integer keys in place of the actor, code, block and document strings
/// (the names stay strings). Prints process CPU ms for append, commit and close; the close counts because a small
/// commit goes through the WAL and is compressed at close instead. Not thread-safe; a measurement, not a schema.
/// </summary>
internal static class EventColumnsExperiment
{
    private const int Rows = 60_000;

    public static int Run(int runs)
    {
        string[] actors = ["PAKGOV", "CHNGOV", "INDMIL", "USAGOV", "RUSMIL", "UKRGOV", "IRNGOV", "ISRMIL", "IGOUNO", "AFGREB", "KENPOL", "BRAGOV"];
        string[] codes = ["010", "036", "042", "043", "057", "070", "111", "120", "138", "172", "190", "193"];
        var rng = new Random(7);
        var rows = Enumerable.Range(0, Rows).Select(i => (S: rng.Next(12), T: rng.Next(12), C: rng.Next(12), M: 1 + rng.Next(12), D: 1 + rng.Next(28), Doc: i / 30)).ToArray();
        string dir = Directory.CreateTempSubdirectory("dyad-columns-").FullName;
        try
        {
            for (int run = 0; run < runs; run++)
            {
                foreach (bool ints in (ReadOnlySpan<bool>)[false, true])
                {
                    string db = Path.Combine(dir, $"{run}-{ints}.duckdb");
                    var conn = new DuckDBConnection($"Data Source={db}");
                    conn.Open();
                    Exec(conn, ints
                        ? "CREATE TABLE events (event_id BIGINT, event_date VARCHAR, day DATE, source_actor INTEGER, source_name VARCHAR, target_actor INTEGER, target_name VARCHAR, cameo SMALLINT, quad_class INTEGER, goldstein DOUBLE, plover SMALLINT, location VARCHAR, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, first_doc_seq BIGINT, first_sentence_index INTEGER, is_root_event BOOLEAN, source_url VARCHAR, date_added DATE, dyad INTEGER)"
                        : "CREATE TABLE events (event_id BIGINT, event_date VARCHAR, day DATE, source_code VARCHAR, source_country VARCHAR, source_role VARCHAR, source_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_role VARCHAR, target_name VARCHAR, cameo VARCHAR, cameo_base VARCHAR, cameo_root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR, location VARCHAR, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, first_doc_id VARCHAR, first_sentence_index INTEGER, is_root_event BOOLEAN, source_url VARCHAR, date_added DATE, source_block VARCHAR, target_block VARCHAR, dyad_block VARCHAR)");
                    Exec(conn, "SET threads = 1");
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    double Lap()
                    {
                        var now = Process.GetCurrentProcess().TotalProcessorTime;
                        double ms = (now - cpu).TotalMilliseconds;
                        cpu = now;
                        return ms;
                    }
                    var tx = conn.BeginTransaction();
                    using (var app = conn.CreateAppender("events"))
                    {
                        var sink = new Utf8Row();
                        for (int i = 0; i < Rows; i++)
                        {
                            var (s, t, c, m, d, doc) = rows[i];
                            string sc = actors[s], tc = actors[t], code = codes[c];
                            var day = new DateOnly(2025, m, d);
                            sink.Row = app.CreateRow().AppendValue((long)i);
                            sink.Str($"2025-{m:00}-{d:00}");
                            sink.Row = sink.Row.AppendValue((DateOnly?)day);
                            if (ints)
                            {
                                sink.Row = sink.Row.AppendValue((int?)s);
                                sink.Str("Pakistan's foreign minister");
                                sink.Row = sink.Row.AppendValue((int?)t);
                                sink.Str("his Chinese counterpart");
                                sink.Row = sink.Row.AppendValue((short?)c).AppendValue((int?)1).AppendValue((double?)2.8).AppendValue((short?)1);
                                sink.Str(null);
                                sink.Row = sink.Row.AppendValue((int?)1).AppendValue((int?)1).AppendValue((int?)1).AppendValue((long)doc).AppendValue((int?)(i % 20)).AppendValue(i % 20 <= 2);
                                sink.Str(null);
                                sink.Row = sink.Row.AppendValue((DateOnly?)new DateOnly(2025, 6, 1)).AppendValue((int?)(s * 64 + t));
                            }
                            else
                            {
                                foreach (var v in (ReadOnlySpan<string>)[sc, sc[..3], sc[3..], "Pakistan's foreign minister", tc, tc[..3], tc[3..], "his Chinese counterpart", code, code, code[..2]])
                                    sink.Str(v);
                                sink.Row = sink.Row.AppendValue((int?)1).AppendValue((double?)2.8);
                                sink.Str("CONSULT");
                                sink.Str("visit");
                                sink.Str(null);
                                sink.Row = sink.Row.AppendValue((int?)1).AppendValue((int?)1).AppendValue((int?)1);
                                sink.Str($"https://news.example/bench/{doc}");
                                sink.Row = sink.Row.AppendValue((int?)(i % 20)).AppendValue(i % 20 <= 2);
                                sink.Str(null);
                                sink.Row = sink.Row.AppendValue((DateOnly?)new DateOnly(2025, 6, 1));
                                string sb = sc[..3], tb = tc[..3];
                                sink.Str(sb);
                                sink.Str(tb);
                                sink.Str(string.CompareOrdinal(sb, tb) <= 0 ? sb + "-" + tb : tb + "-" + sb);
                            }
                            sink.Row.EndRow();
                        }
                    }
                    double append = Lap();
                    tx.Commit();
                    double commit = Lap();
                    conn.Dispose();
                    double close = Lap();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"run {run + 1} {(ints ? "integer keys" : "as stored   ")}: append {append:F0}, commit {commit:F0}, close {close:F0}, total {append + commit + close:F0} CPU ms; {new FileInfo(db).Length >> 10} KB"));
                }
            }
        }
        finally { Directory.Delete(dir, true); }
        return 0;
    }

    private static void Exec(DuckDBConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    // Strings go in as UTF-8 bytes, as the store's appender sink writes them.
    private sealed class Utf8Row
    {
        private readonly byte[] _utf8 = new byte[256];
        public IDuckDBAppenderRow Row { get; set; } = null!;

        public void Str(string? value)
        {
            if (value is null)
            {
                Row = Row.AppendNullValue();
                return;
            }
            int n = Encoding.UTF8.GetBytes(value, _utf8);
            Row = Row.AppendValue(_utf8.AsSpan(0, n));
        }
    }
}
