using System.Diagnostics;
using Dyad.Chunk;
using Dyad.Coding;
using Dyad.Coding.Dictionaries;
using Dyad.Pipeline;
using Dyad.Tag;
using Dyad.Text;
using Dyad.Tokenize;

namespace Dyad.Bench;

/// <summary>
/// Plain stopwatch measurements for a quick answer (<c>--throughput N</c>, <c>--long</c>): a per-stage breakdown
/// on one thread, then the whole pipeline and coding on one thread and on all cores.
/// </summary>
public static class Throughput
{
    private static readonly DocumentInfo s_info = new("bench") { Published = new DateOnly(2024, 6, 1) };

    private static readonly string[] s_stageNames = ["tokenize", "split", "tag", "chunk", "clauses", "code"];

    /// <summary>Runs the throughput report over <paramref name="sentences"/> generated sentences.</summary>
    public static int Run(int sentences)
    {
        var docs = BenchCorpus.Documents(sentences);
        long chars = docs.Sum(d => (long)d.Length);
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var tagger = new Tagger();
        var chunker = new Chunker();
        var clauses = new ClauseAnalyzer();
        var coder = new EventCoder(DictionarySet.Default);

        // Warm up (lexicon and dictionary load, tiered JIT).
        for (int r = 0; r < 3; r++)
            foreach (var d in docs.Take(Math.Max(1, docs.Length / 10))) coder.Code(TextPipeline.Default.Process(d), s_info);

        var ticks = new long[6];
        var bytes = new long[6];
        long tokens = 0, splitSentences = 0, events = 0;
        for (int round = 0; round < 2; round++)
        {
            // The first round warms every document; the second is reported.
            Array.Clear(ticks);
            Array.Clear(bytes);
            tokens = splitSentences = events = 0;
            foreach (var text in docs)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                long t0 = Stopwatch.GetTimestamp();
                var doc = new Document(text);
                tokenizer.Tokenize(doc);
                long t1 = Stopwatch.GetTimestamp(); long a1 = GC.GetAllocatedBytesForCurrentThread();
                splitter.Split(doc);
                long t2 = Stopwatch.GetTimestamp(); long a2 = GC.GetAllocatedBytesForCurrentThread();
                tagger.Tag(doc);
                long t3 = Stopwatch.GetTimestamp(); long a3 = GC.GetAllocatedBytesForCurrentThread();
                chunker.Chunk(doc);
                long t4 = Stopwatch.GetTimestamp(); long a4 = GC.GetAllocatedBytesForCurrentThread();
                clauses.Analyze(doc);
                long t5 = Stopwatch.GetTimestamp(); long a5 = GC.GetAllocatedBytesForCurrentThread();
                events += coder.Code(doc, s_info).Count;
                long t6 = Stopwatch.GetTimestamp(); long a6 = GC.GetAllocatedBytesForCurrentThread();
                ticks[0] += t1 - t0; ticks[1] += t2 - t1; ticks[2] += t3 - t2; ticks[3] += t4 - t3; ticks[4] += t5 - t4; ticks[5] += t6 - t5;
                bytes[0] += a1 - a0; bytes[1] += a2 - a1; bytes[2] += a3 - a2; bytes[3] += a4 - a3; bytes[4] += a5 - a4; bytes[5] += a6 - a5;
                tokens += doc.TokenCount;
                splitSentences += doc.SentenceCount;
            }
        }

        Console.WriteLine($"corpus: {sentences:N0} generated sentences in {docs.Length:N0} documents, {chars / 1024.0 / 1024.0:F1} MB, "
            + $"{tokens:N0} tokens ({(double)tokens / sentences:F1} a sentence), {splitSentences:N0} sentences after splitting, {events:N0} events");
        Console.WriteLine($"cores: {Environment.ProcessorCount}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, "
            + $"server GC: {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine();
        Console.WriteLine("one thread, per stage (stopwatch per document):");
        Console.WriteLine($"  {"stage",-10} {"us/sentence",12} {"sentences/s",12} {"bytes/sentence",15}");
        for (int i = 0; i < 6; i++) PrintStage(s_stageNames[i], ticks[i], bytes[i], sentences);
        PrintStage("pipeline", ticks[..5].Sum(), bytes[..5].Sum(), sentences);
        PrintStage("pipe+code", ticks.Sum(), bytes.Sum(), sentences);
        Console.WriteLine();

        double pipe1 = Measure(docs, 1, code: false, coder);
        double code1 = Measure(docs, 1, code: true, coder);
        int cores = Environment.ProcessorCount;
        double pipeN = Measure(docs, cores, code: false, coder);
        double codeN = Measure(docs, cores, code: true, coder);
        Console.WriteLine($"{"end to end",-22} {"1 thread",14} {cores + " threads",14} {"per core (" + cores + ")",16}");
        Console.WriteLine($"{"pipeline sentences/s",-22} {sentences / pipe1,14:N0} {sentences / pipeN,14:N0} {sentences / pipeN / cores,16:N0}");
        Console.WriteLine($"{"pipeline+code sent/s",-22} {sentences / code1,14:N0} {sentences / codeN,14:N0} {sentences / codeN / cores,16:N0}");
        Console.WriteLine();

        // Cost per sentence should not depend on how the sentences are grouped into documents.
        Console.WriteLine($"{"sentences/document",-20} {"pipeline sent/s",16} {"code-only sent/s",17}");
        foreach (int perDoc in new[] { 10, 100, 1000 })
        {
            int total = Math.Min(sentences, 10_000);
            string[] grouped = [.. new NewsGenerator().Documents(total, perDoc)];
            double pipe = Measure(grouped, 1, code: false, coder);
            var analysed = grouped.Select(d => TextPipeline.Default.Process(d)).ToArray();
            var sw = Stopwatch.StartNew();
            foreach (var doc in analysed) coder.Code(doc, s_info);
            double code = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"{perDoc,-20} {total / pipe,16:N0} {total / code,17:N0}");
        }
        return 0;
    }

    private static void PrintStage(string name, long ticks, long bytes, int sentences)
    {
        double seconds = ticks / (double)Stopwatch.Frequency;
        Console.WriteLine($"  {name,-10} {seconds * 1e6 / sentences,12:F2} {sentences / seconds,12:N0} {bytes / (double)sentences,15:N0}");
    }

    // Best of three runs, in seconds.
    private static double Measure(string[] docs, int threads, bool code, EventCoder coder)
    {
        double best = double.MaxValue;
        for (int r = 0; r < 3; r++)
        {
            var sw = Stopwatch.StartNew();
            Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, docs.Length, 8),
                new ParallelOptions { MaxDegreeOfParallelism = threads },
                range =>
                {
                    for (int i = range.Item1; i < range.Item2; i++)
                    {
                        var doc = TextPipeline.Default.Process(docs[i]);
                        if (code) coder.Code(doc, s_info);
                    }
                });
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }

    /// <summary>Times long inputs (a run of words without punctuation, one long line of news) at growing sizes.</summary>
    public static int RunLong()
    {
        TextPipeline.Default.Process(LongInputs.Make(LongInputKind.NewsLine, 100_000));
        Console.WriteLine($"{"input",-15} {"chars",12} {"seconds",9} {"MB/s",8} {"sentences",10} {"max tokens",10}");
        foreach (var kind in new[] { LongInputKind.NoPunctuation, LongInputKind.NewsLine })
            foreach (int size in new[] { 100_000, 1_000_000, 10_000_000 })
            {
                string text = LongInputs.Make(kind, size);
                var sw = Stopwatch.StartNew();
                var doc = TextPipeline.Default.Process(text);
                double s = sw.Elapsed.TotalSeconds;
                int max = 0;
                foreach (ref readonly var sd in doc.Sentences) max = Math.Max(max, sd.EndToken - sd.FirstToken);
                Console.WriteLine($"{kind,-15} {size,12:N0} {s,9:F3} {size / s / 1e6,8:F1} {doc.SentenceCount,10:N0} {max,10}");
            }
        return 0;
    }
}
