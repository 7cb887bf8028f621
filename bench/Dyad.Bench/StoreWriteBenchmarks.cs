using BenchmarkDotNet.Attributes;
using Dyad.Coding.Records;
using Dyad.Ingest;
using Dyad.Storage;
using Dyad.Storage.DuckDb;

namespace Dyad.Bench;

/// <summary>
/// Writing coded documents into a fresh DuckDB store through <see cref="StoreWriter"/>: 2,000 documents of 20
/// sentences and 50 events each (100,000 event mentions over about 60,000 distinct events), in transactions of the
/// writer's default size (2,000 documents or 125,000 mentions: here one), including the event and actor aggregation. Reported per event mention (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StoreWriteBenchmarks
{
    private const int Documents = 2000, EventsPerDocument = 50, SentencesPerDocument = 20;
    private readonly List<CodedDocument> _docs = [];
    private string _dir = "";
    private string _db = "";

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("dyad-bench-").FullName;
        _docs.AddRange(MakeDocs(0));
    }

    // Round 0 is the benchmark's input; later rounds have other doc ids and texts and overlapping event keys.
    private static List<CodedDocument> MakeDocs(int round)
    {
        var docs = new List<CodedDocument>(Documents);
        string[] actors = ["PAKGOV", "CHNGOV", "INDMIL", "USAGOV", "RUSMIL", "UKRGOV", "IRNGOV", "ISRMIL", "IGOUNO", "AFGREB", "KENPOL", "BRAGOV"];
        string[] codes = ["010", "036", "042", "043", "057", "070", "111", "120", "138", "172", "190", "193"];
        var rng = new Random(7 + round);
        for (int d = 0; d < Documents; d++)
        {
            string id = round == 0 ? $"https://news.example/bench/{d}" : $"https://news.example/bench/{round}/{d}";
            var sentences = new SentenceRow[SentencesPerDocument];
            for (int s = 0; s < sentences.Length; s++)
                sentences[s] = new SentenceRow(s, s * 120, s * 120 + 110, "body", "Pakistan's foreign minister met his Chinese counterpart in Beijing on Monday, officials said.");
            var events = new List<EventRecord>(EventsPerDocument);
            for (int e = 0; e < EventsPerDocument; e++)
            {
                string src = actors[rng.Next(actors.Length)], tgt = actors[rng.Next(actors.Length)], code = codes[rng.Next(codes.Length)];
                events.Add(new EventRecord
                {
                    DocId = id, SentenceIndex = e % SentencesPerDocument, Sentence = sentences[e % SentencesPerDocument].Text,
                    SentenceStart = (e % SentencesPerDocument) * 120, EventDate = $"2025-{1 + rng.Next(12):00}-{1 + rng.Next(28):00}", DateBasis = "published",
                    Source = new ActorRecord { Code = src, Country = src[..3], Role = src[3..], Text = "Pakistan's foreign minister", Start = 0, End = 27, Entry = "countries.txt:1" },
                    Target = new ActorRecord { Code = tgt, Country = tgt[..3], Role = tgt[3..], Text = "his Chinese counterpart", Start = 32, End = 55, Entry = "countries.txt:2" },
                    Cameo = code, CameoRoot = code[..2], PloverType = "CONSULT", PloverMode = "visit", QuadClass = 1, Goldstein = 2.8,
                    Verb = new SpanRecord { Text = "met", Start = 28, End = 31 },
                    Pattern = new PatternRecord { Text = "meet +", File = "04-consult.txt", Line = 12 },
                });
            }
            string text = $"Document {d} " + string.Join(' ', Enumerable.Range(0, 200).Select(_ => rng.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var source = new SourceDocument { DocId = id, Text = text, Origin = id, Source = $"outlet-{d % 20}", Published = new DateOnly(2025, 6, 1), Provenance = new Dictionary<string, string> { ["doc_id"] = "url" } };
            docs.Add(new CodedDocument { Source = source, Sentences = sentences, Events = events, ContentHash = ContentHash.Of(text), Signature = MinHash.Compute(text) });
        }
        return docs;
    }

    /// <summary>Quick mode (--store-grow R): R rounds of 100,000 mentions into one store, to see a batch's cost as the store grows.</summary>
    public static int Grow(int rounds)
    {
        string dir = Directory.CreateTempSubdirectory("dyad-bench-").FullName;
        string db = Path.Combine(dir, "grow.duckdb");
        try
        {
            for (int k = 0; k < rounds; k++)
            {
                var docs = MakeDocs(k);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                long n;
                using (var store = DuckDbEventStore.Open(db, singleThreaded: Environment.GetEnvironmentVariable("DYAD_BENCH_THREADS") != "default"))
                using (var writer = new StoreWriter(store))
                {
                    ApplySettings(store);
                    foreach (var d in docs) writer.Add(d);
                    writer.Flush();
                    n = writer.Mentions;
                }
                double s = clock.Elapsed.TotalSeconds;
                double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
                Console.WriteLine($"round {k + 1}: {k * 100_000:N0} mentions stored before; {n:N0} in {s:F3} s = {n / s:N0} events/s wall; {cpu:F3} s CPU = {n / cpu:N0} events per CPU-second");
            }
        }
        finally { Directory.Delete(dir, true); }
        return 0;
    }

    [IterationSetup]
    public void NewStore()
    {
        _db = Path.Combine(_dir, $"bench-{Guid.NewGuid():N}.duckdb");
        using var s = DuckDbEventStore.Open(_db);
    }

    [Benchmark(OperationsPerInvoke = Documents * EventsPerDocument)]
    public long WriteEvents()
    {
        var t = StoreTiming.Start();
        long n;
        // Opened as `dyad code --db` opens it (see EventStores.Open); DYAD_BENCH_THREADS=default keeps DuckDB's threads.
        using (var store = DuckDbEventStore.Open(_db, singleThreaded: Environment.GetEnvironmentVariable("DYAD_BENCH_THREADS") != "default"))
        {
            ApplySettings(store);
            t?.Mark("open");
            using var writer = new StoreWriter(store);
            t?.Mark("snapshot");
            foreach (var d in _docs) writer.Add(d);
            t?.Mark("add");
            writer.Flush();
            t?.Mark("flush");
            n = writer.Mentions;
        }
        t?.Mark("close");
        t?.Report("bench");
        return n;
    }

    // DYAD_BENCH_SQL="SET a = x; SET b = y": session settings to try on the writer's connection (e.g.
    // preserve_insertion_order, checkpoint_threshold) without rebuilding.
    private static void ApplySettings(IEventStore store)
    {
        foreach (var sql in (Environment.GetEnvironmentVariable("DYAD_BENCH_SQL") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var cmd = store.Connection.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, true);

    /// <summary>Quick mode (--store N): N timed writes into fresh stores, events/s each, without BenchmarkDotNet.</summary>
    public static int Run(int runs)
    {
        var b = new StoreWriteBenchmarks();
        b.Setup();
        try
        {
            for (int i = 0; i < runs; i++)
            {
                b.NewStore();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var cpu0 = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                long n = b.WriteEvents();
                double s = clock.Elapsed.TotalSeconds;
                double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
                Console.WriteLine($"run {i + 1}: {n:N0} event mentions in {s:F3} s = {n / s:N0} events/s wall; {cpu:F3} s CPU = {n / cpu:N0} events per CPU-second");
            }
        }
        finally { b.Cleanup(); }
        return 0;
    }
}
