using BenchmarkDotNet.Running;
using Dyad.Bench;

// Quick modes without BenchmarkDotNet; anything else goes to the benchmark switcher.
if (args.Length > 0 && args[0] == "--throughput")
{
    int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000;
    return Throughput.Run(n);
}
if (args.Length > 0 && args[0] == "--store")
    return StoreWriteBenchmarks.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
if (args.Length > 0 && args[0] == "--store-grow")
    return StoreWriteBenchmarks.Grow(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4);
if (args.Length > 0 && args[0] == "--store-columns")
    return EventColumnsExperiment.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4);
if (args.Length > 0 && args[0] == "--series")
    return SeriesBenchmarks.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
if (args.Length > 2 && args[0] == "--sql")
    return SeriesBenchmarks.Sql(args[1], args[2]);
if (args.Length > 0 && args[0] == "--long")
    return Throughput.RunLong();
if (args.Length > 0 && args[0] == "--write-corpus")
{
    if (args.Length < 3)
    {
        Console.Error.WriteLine("usage: --write-corpus FILE N");
        return 2;
    }
    int n = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var g = new NewsGenerator();
    using var w = new StreamWriter(args[1]);
    w.Write("published: 2024-06-01\n\n");
    foreach (var doc in g.Documents(n, BenchCorpus.PerDocument)) w.Write(doc.Replace(" (Reuters) - ", " (Reuters) -\n", StringComparison.Ordinal) + "\n");
    Console.WriteLine($"wrote {g.SentencesGenerated} sentences to {args[1]}");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
