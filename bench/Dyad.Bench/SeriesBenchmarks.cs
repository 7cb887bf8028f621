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
    private const long Events = 10_000_000;
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
            FROM range({Events}) t(i);
            INSERT INTO events SELECT i, strftime(day, '%Y-%m-%d'), day, sc || sr, sc, nullif(sr, ''), sc, tc || tr, tc, nullif(tr, ''), tc,
              lpad(CAST(root AS VARCHAR), 2, '0') || '0', lpad(CAST(root AS VARCHAR), 2, '0') || '0', lpad(CAST(root AS VARCHAR), 2, '0'),
              CASE WHEN root <= 5 THEN 1 WHEN root <= 9 THEN 2 WHEN root <= 14 THEN 3 ELSE 4 END,
              CASE WHEN root <= 9 THEN 3.0 ELSE -5.0 END, NULL, NULL, NULL, 1, 1, 1, 'doc' || (i // 5), 0, true, NULL, day
            FROM g;
            INSERT INTO mentions SELECT i, 'doc' || (i // 5), i // 5, i % 5, 0, 0, strftime(day, '%Y-%m-%d'), 'published',
              sc || sr, sc, nullif(sr, ''), sc, 0, 3, NULL, tc || tr, tc, nullif(tr, ''), tc, 10, 13, NULL,
              lpad(CAST(root AS VARCHAR), 2, '0') || '0', lpad(CAST(root AS VARCHAR), 2, '0'), NULL, NULL,
              CASE WHEN root <= 5 THEN 1 WHEN root <= 9 THEN 2 WHEN root <= 14 THEN 3 ELSE 4 END,
              CASE WHEN root <= 9 THEN 3.0 ELSE -5.0 END, false, 'met', 4, 7, 'meet', 'bench', 1, NULL, NULL
            FROM g;
            DROP TABLE g;
            CHECKPOINT;
            """;
        cmd.ExecuteNonQuery();
    }

    [GlobalCleanup]
    public void Cleanup() => _store?.Dispose();

    [Benchmark(Description = "series CHN PAK by month, both ways")]
    public int SeriesMonth() => _analytics!.Series(new SeriesQuery { A = ActorSpec.Parse("CHN", "a"), B = ActorSpec.Parse("PAK", "b"), By = Period.Month }).Count;

    [Benchmark(Description = "series USAGOV→CHN by week, directed")]
    public int SeriesWeekDirected() => _analytics!.Series(new SeriesQuery { A = ActorSpec.Parse("USAGOV", "a"), B = ActorSpec.Parse("CHN", "b"), By = Period.Week, Directed = true }).Count;

    [Benchmark(Description = "top 20 dyads and actors, one year")]
    public int TopYear() => _analytics!.Top(new TopQuery { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31) }).Dyads.Count;

    [Benchmark(Description = "event search actor PAK code 19, page 1")]
    public long SearchPage() => _analytics!.Search(new EventQuery { Actor = ActorSpec.Parse("PAK", "actor"), Code = "19", Limit = 50 }).Total;
}
