using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dyad.Analysis;
using Dyad.Storage.DuckDb;

namespace Dyad.Bench;

/// <summary>
/// Dyad series over 10 million generated events in DuckDB (target: at most 200 ms a query). The store is generated
/// by SQL once into $DYAD_BENCH_DB (default /tmp/dyad-bench-10m.duckdb) and reused by later runs.
/// Run: dotnet run -c Release --project bench/Dyad.Bench -- --filter '*SeriesBenchmarks*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class SeriesBenchmarks
{
    // DYAD_BENCH_EVENTS overrides the size, e.g. 1,000,000 for the API load test's store.
    private static readonly long s_events = long.TryParse(Environment.GetEnvironmentVariable("DYAD_BENCH_EVENTS"), out long n) ? n : 10_000_000;
    private DuckDbEventStore? _store;
    private EventAnalytics? _analytics;

    [GlobalSetup]
    public void Setup()
    {
        string path = Environment.GetEnvironmentVariable("DYAD_BENCH_DB") ?? "/tmp/dyad-bench-10m.duckdb";
        bool fresh = !File.Exists(path);
        _store = DuckDbEventStore.Open(path);
        if (fresh) Generate(_store);
        _analytics = new EventAnalytics(_store.Connection);
    }

    /// <summary>10M events among 40 countries with roles, over 2015-2025, one mention each, 5 events an article.</summary>
    internal static void Generate(DuckDbEventStore store)
    {
        string[] countries = ["USA", "CHN", "PAK", "IND", "AFG", "RUS", "UKR", "ISR", "PSE", "IRN", "SAU", "TUR", "GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "TWN", "BRA",
            "MEX", "CAN", "EGY", "SYR", "IRQ", "NGA", "ZAF", "KEN", "ETH", "SDN", "BGD", "LKA", "NPL", "MMR", "THA", "VNM", "PHL", "IDN", "AUS", "QAT"];
        string list = string.Join(", ", countries.Select(c => $"'{c}'"));
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandTimeout = 0;
        cmd.CommandText = $"""
            CREATE TEMP TABLE c AS SELECT unnest([{list}]) AS code;
            CREATE TEMP TABLE g AS SELECT i,
              [{list}][1 + CAST(floor(pow(random(), 2) * 40) AS INTEGER)] AS sc,
              [{list}][1 + CAST(floor(pow(random(), 2) * 40) AS INTEGER)] AS tc,
              ['GOV', 'MIL', 'OPP', '', 'REB'][1 + CAST(floor(random() * 5) AS INTEGER)] AS sr,
              ['GOV', 'MIL', 'OPP', '', 'REB'][1 + CAST(floor(random() * 5) AS INTEGER)] AS tr,
              DATE '2015-01-01' + CAST(floor(random() * 4017) AS INTEGER) AS day,
              1 + CAST(floor(random() * 20) AS INTEGER) AS root
            FROM range({s_events}) t(i);
            INSERT INTO event_actors SELECT row_number() OVER (ORDER BY code), code, country, role, country FROM (
              SELECT DISTINCT sc || sr AS code, sc AS country, nullif(sr, '') AS role FROM g
              UNION SELECT DISTINCT tc || tr, tc, nullif(tr, '') FROM g) a;
            INSERT INTO event_codes SELECT root, lpad(CAST(root AS VARCHAR), 2, '0') || '0', lpad(CAST(root AS VARCHAR), 2, '0') || '0',
              lpad(CAST(root AS VARCHAR), 2, '0'), CASE WHEN root <= 5 THEN 1 WHEN root <= 9 THEN 2 WHEN root <= 14 THEN 3 ELSE 4 END,
              CASE WHEN root <= 9 THEN 3.0 ELSE -5.0 END, NULL, NULL FROM range(1, 21) t(root);
            INSERT INTO event_dyads SELECT row_number() OVER (ORDER BY b), b FROM (SELECT DISTINCT least(sc, tc) || '-' || greatest(sc, tc) AS b FROM g) d;
            INSERT INTO event_rows SELECT i, strftime(day, '%Y-%m-%d'), day, sa.actor_id, sc, ta.actor_id, tc, root, NULL, 1, 1, 1,
              'doc' || (i // 5), 0, true, NULL, day, d.dyad_id
            FROM g JOIN event_actors sa ON sa.code = g.sc || g.sr JOIN event_actors ta ON ta.code = g.tc || g.tr
            JOIN event_dyads d ON d.dyad_block = least(sc, tc) || '-' || greatest(sc, tc) ORDER BY i;
            INSERT INTO mention_actors SELECT row_number() OVER (ORDER BY code), code, country, role, country, NULL FROM (
              SELECT DISTINCT sc || sr AS code, sc AS country, nullif(sr, '') AS role FROM g
              UNION SELECT DISTINCT tc || tr, tc, nullif(tr, '') FROM g) a;
            INSERT INTO mention_patterns VALUES (1, 'meet', 'bench', 1, NULL);
            INSERT INTO mention_rows SELECT i, 'doc' || (i // 5), i // 5, i % 5, 0, 0, strftime(day, '%Y-%m-%d'), 'published',
              sa.actor_id, 0, 3, ta.actor_id, 10, 13,
              lpad(CAST(root AS VARCHAR), 2, '0') || '0', lpad(CAST(root AS VARCHAR), 2, '0'), NULL, NULL,
              CASE WHEN root <= 5 THEN 1 WHEN root <= 9 THEN 2 WHEN root <= 14 THEN 3 ELSE 4 END,
              CASE WHEN root <= 9 THEN 3.0 ELSE -5.0 END, false, 'met', 4, 7, 1, NULL
            FROM g JOIN mention_actors sa ON sa.code = g.sc || g.sr JOIN mention_actors ta ON ta.code = g.tc || g.tr ORDER BY i;
            DROP TABLE g;
            CHECKPOINT;
            """;
        cmd.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    /// <summary>Quick mode (--series N): each query twice to warm up, then N timed runs; min, median and max in ms.</summary>
    public static int Run(int runs)
    {
        var b = new SeriesBenchmarks();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        b.Setup();
        Console.WriteLine($"store ready in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (name, query) in new (string, Func<long>)[]
        {
            ("series CHN PAK by month, both ways", () => b.SeriesMonth()), ("series USAGOV->CHN by week, directed", () => b.SeriesWeekDirected()),
            ("top 20 dyads and actors, one year", () => b.TopYear()), ("event search actor PAK code 19, page 1", () => b.SearchPage()),
        })
        {
            query();
            query();
            var ms = new List<double>();
            long result = 0;
            var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            for (int i = 0; i < runs; i++)
            {
                clock.Restart();
                result = query();
                ms.Add(clock.Elapsed.TotalMilliseconds);
            }
            double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds / runs;
            ms.Sort();
            Console.WriteLine($"{name,-42} min {ms[0],7:F1} ms  median {ms[ms.Count / 2],7:F1} ms  max {ms[^1],7:F1} ms  CPU {cpu,7:F1} ms/query  (result {result})");
        }
        b.Cleanup();
        return 0;
    }

    /// <summary>Quick mode (--sql DB SQL): runs a statement on a store and prints the rows (EXPLAIN ANALYZE included).</summary>
    public static int Sql(string db, string sql)
    {
        using var store = DuckDbEventStore.Open(db);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            Console.WriteLine(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        Console.WriteLine($"({clock.Elapsed.TotalMilliseconds:F1} ms)");
        return 0;
    }

    [Benchmark(Description = "series CHN PAK by month, both ways")]
    public int SeriesMonth() => _analytics!.Series(new SeriesQuery { A = ActorSpec.Parse("CHN", "a"), B = ActorSpec.Parse("PAK", "b"), By = Period.Month }).Count;

    [Benchmark(Description = "series USAGOV→CHN by week, directed")]
    public int SeriesWeekDirected() => _analytics!.Series(new SeriesQuery { A = ActorSpec.Parse("USAGOV", "a"), B = ActorSpec.Parse("CHN", "b"), By = Period.Week, Directed = true }).Count;

    [Benchmark(Description = "top 20 dyads and actors, one year")]
    public int TopYear() => _analytics!.Top(new TopQuery { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) }).Dyads.Count;

    [Benchmark(Description = "event search actor PAK code 19, page 1")]
    public long SearchPage() => _analytics!.Search(new EventQuery { Actor = ActorSpec.Parse("PAK", "actor"), Code = "19", Limit = 50 }).Total;
}
