using System.ComponentModel;
using Dyad.Coding;
using Dyad.Coding.Records;
using Dyad.Ingest;
using Dyad.Storage;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad code PATHS... [--db DB]</c>: reads any supported input, codes it on every core and writes JSON Lines
/// (no --db) or stores documents, sentences, events and mentions with deduplication (--db).
/// </summary>
public sealed class CodeCommand : AsyncCommand<CodeCommand.Settings>
{
    /// <summary>Options of <c>dyad code</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Files, folders or globs to code; "-" reads standard input.</summary>
        [CommandArgument(0, "<PATHS>")]
        [Description("Files, folders (recursive) or glob patterns: .txt .html .rss/.atom .jsonl .csv/.tsv PETRARCH .xml, optionally .gz; '-' reads standard input.")]
        public string[] Paths { get; init; } = [];

        /// <summary>Publication date for inputs that carry none.</summary>
        [CommandOption("--date <DATE>")]
        [Description("Publication date (YYYY-MM-DD) for inputs without one.")]
        public string? Date { get; init; }

        /// <summary>Output file for JSON Lines instead of stdout.</summary>
        [CommandOption("-o|--out <FILE>")]
        [Description("Write JSON Lines event records to FILE (default: stdout when there is no --db).")]
        public string? Out { get; init; }

        /// <summary>The store.</summary>
        [CommandOption("--db <DB>")]
        [Description("Store events in a DuckDB file (created on first use) or postgres://user:pass@host:port/db.")]
        public string? Db { get; init; }

        /// <summary>Worker threads.</summary>
        [CommandOption("--threads <N>")]
        [Description("Coding threads (default: every core).")]
        public int? Threads { get; init; }

        /// <summary>Fail on any bad input.</summary>
        [CommandOption("--strict")]
        [Description("Exit with code 3 when any input or document failed.")]
        public bool Strict { get; init; }

        /// <summary>JSON Lines / CSV field names.</summary>
        [CommandOption("--fields <MAP>")]
        [Description("Field names for .jsonl/.csv inputs, e.g. text=body,date=published_at,id=uuid (keys: id text title date url source).")]
        public string? Fields { get; init; }

        /// <summary>Forces the input format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("Input format instead of detecting it: text, html, feed, jsonl, csv, tsv, petrarch.")]
        public string? Format { get; init; }

        /// <summary>Near-duplicate threshold.</summary>
        [CommandOption("--near-duplicate <SIMILARITY>")]
        [Description("MinHash similarity (0-1) from which an article is a near duplicate of an earlier one (default 0.6; 'off' disables).")]
        public string? NearDuplicate { get; init; }

        /// <summary>Largest input file in MiB.</summary>
        [CommandOption("--max-mb <MB>")]
        [Description("Largest input file in MiB after decompression (default 64).")]
        public int? MaxMegabytes { get; init; }

        /// <summary>Longest document in characters.</summary>
        [CommandOption("--max-doc-chars <N>")]
        [Description("Longest document text analysed, in characters (default 2000000); longer texts are cut with a warning.")]
        public int? MaxDocChars { get; init; }

        /// <summary>Longest sentence in characters.</summary>
        [CommandOption("--max-sentence-chars <N>")]
        [Description("Longest sentence in characters (default 5000, at least 256); longer runs are cut into sentences with a warning.")]
        public int? MaxSentenceChars { get; init; }

        /// <summary>Most tokens per sentence.</summary>
        [CommandOption("--max-sentence-tokens <N>")]
        [Description("Most tokens per sentence (default 400, at least 2); longer runs are cut into sentences with a warning.")]
        public int? MaxSentenceTokens { get; init; }

        /// <summary>Extra or replacement dictionaries.</summary>
        [CommandOption("--dictionaries <DIR>")]
        [Description("Folder of dictionary files that add to or replace Dyad's (same relative names replace).")]
        public string? Dictionaries { get; init; }

        /// <summary>Also write negated events (with negated=true).</summary>
        [CommandOption("--negated")]
        public bool Negated { get; init; }

        /// <summary>Also code events dated long before publication.</summary>
        [CommandOption("--history")]
        [Description("Also code events the text dates more than 90 days before publication (background the story recalls), at their own dates.")]
        public bool History { get; init; }

        /// <summary>Documents per transaction.</summary>
        [CommandOption("--batch <DOCS>")]
        [Description("Documents per store transaction (default 2000).")]
        public int? Batch { get; init; }

        /// <summary>No progress or summary lines.</summary>
        [CommandOption("-q|--quiet")]
        public bool Quiet { get; init; }
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var ingest = IngestOptionsFrom(settings);
        var limits = LimitsFrom(settings);
        // Built on first use: a rerun over stored documents never loads the dictionaries.
        var coder = new Lazy<EventCoder>(() =>
        {
            var c = CoderFactory.Create(settings.Dictionaries, settings.Quiet);
            if (!settings.Negated && !settings.History) return c;
            return new EventCoder(c.Dictionaries, c.Options with { EmitNegated = settings.Negated || c.Options.EmitNegated, BackgroundDays = settings.History ? null : c.Options.BackgroundDays });
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        if (settings.Dictionaries is not null && !Directory.Exists(settings.Dictionaries))
            throw new DyadInputException($"--dictionaries: {settings.Dictionaries}: no such folder");
        if (settings.Batch is <= 0) throw new DyadInputException("--batch: must be at least 1");
        var writerOptions = new StoreWriterOptions { NearDuplicateThreshold = ParseThreshold(settings.NearDuplicate), BatchDocuments = settings.Batch ?? 2000 };
        int threads = settings.Threads is > 0 ? settings.Threads.Value : Environment.ProcessorCount;
        if (settings.Threads is <= 0) throw new DyadInputException("--threads: must be at least 1");

        var stats = new PipelineStats();
        var inputs = ExpandInputs(settings.Paths, stats, out var pathErrors);
        var reporter = new RunReporter(stats, settings.Quiet);
        foreach (var e in pathErrors) { stats.AddFailed(); reporter.Error(e); }

        using var store = settings.Db is null ? null : OpenStore(settings.Db, writerOnly: true);
        using var writer = store is null ? null : new StoreWriter(store, writerOptions);
        Stream? output = settings.Out is not null ? File.Create(settings.Out) : store is null ? Console.OpenStandardOutput() : null;
        using var records = output is null ? null : new RecordWriter(output);
        var pipeline = new CodingPipeline(new DocumentCoder(coder, limits: limits, forStore: writer is not null), ingest, threads);
        Func<string, bool> isKnown = writer is null ? _ => false : writer.StoredDocIds.Contains;

        await reporter.RunAsync(() => pipeline.RunAsync(inputs, isKnown, doc =>
        {
            foreach (var w in doc.Warnings) reporter.Warning(w);
            var outcome = writer?.Add(doc) ?? WriteOutcome.Stored;
            if (outcome == WriteOutcome.Duplicate) stats.AddDuplicate();
            if (outcome == WriteOutcome.Stored) records?.Write(doc);
        }, reporter.Error, stats, cancellationToken, writer is null && records is not null ? records.WriteBlock : null));
        writer?.Flush();

        string where = store is null ? "" : $" into {store.Location}";
        reporter.Info($"read {stats.Read:N0} document(s) from {stats.InputsDone:N0} input(s) in {reporter.Elapsed.TotalSeconds:N1} s: " +
            $"{stats.Coded:N0} coded, {stats.Skipped:N0} skipped (already stored), {(writer is null ? "" : $"{writer.Duplicates:N0} duplicate(s), {writer.Known:N0} repeated id(s), ")}" +
            $"{stats.Failed:N0} failed; {stats.Events:N0} event(s){where}");
        if (Environment.GetEnvironmentVariable("DYAD_TIMING") == "1")
        {
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            Console.Error.WriteLine($"timing: process CPU {self.TotalProcessorTime.TotalMilliseconds:F0} ms, peak working set {self.PeakWorkingSet64 >> 20} MB; " +
                $"GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen0/1/2), {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, {GC.GetTotalAllocatedBytes() >> 20} MB allocated; JIT: {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
        }
        if (stats.Read == 0 && stats.Failed > 0) return 2;
        return settings.Strict && stats.Failed > 0 ? 3 : 0;
    }

    internal static IngestOptions IngestOptionsFrom(Settings s)
    {
        FieldNames fields;
        try { fields = FieldNames.Parse(s.Fields); }
        catch (FormatException e) { throw new DyadInputException(e.Message); }
        var format = s.Format?.ToLowerInvariant() switch
        {
            null => InputFormat.Auto,
            "text" or "txt" => InputFormat.Text,
            "html" => InputFormat.Html,
            "feed" or "rss" or "atom" => InputFormat.Feed,
            "jsonl" or "json" => InputFormat.JsonLines,
            "csv" => InputFormat.Csv,
            "tsv" => InputFormat.Tsv,
            "petrarch" => InputFormat.Petrarch,
            _ => throw new DyadInputException($"--format: unknown format '{s.Format}' (text, html, feed, jsonl, csv, tsv, petrarch)"),
        };
        if (s.MaxMegabytes is <= 0) throw new DyadInputException("--max-mb: must be at least 1");
        return new IngestOptions
        {
            Fields = fields, Format = format, FallbackDate = CoderFactory.ParseDate(s.Date, "--date"),
            MaxBytes = (s.MaxMegabytes ?? 64) * 1024L * 1024,
        };
    }

    internal static Dyad.Pipeline.TextLimits LimitsFrom(Settings s)
    {
        var d = Dyad.Pipeline.TextLimits.Default;
        var limits = new Dyad.Pipeline.TextLimits
        {
            MaxDocumentChars = s.MaxDocChars ?? d.MaxDocumentChars,
            MaxSentenceChars = s.MaxSentenceChars ?? d.MaxSentenceChars,
            MaxSentenceTokens = s.MaxSentenceTokens ?? d.MaxSentenceTokens,
        };
        try { return limits.Validate(); }
        catch (ArgumentOutOfRangeException e)
        {
            string option = e.ParamName switch
            {
                nameof(limits.MaxDocumentChars) => "--max-doc-chars",
                nameof(limits.MaxSentenceChars) => "--max-sentence-chars",
                _ => "--max-sentence-tokens",
            };
            throw new DyadInputException($"{option}: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }

    internal static double ParseThreshold(string? text)
    {
        if (text is null) return NearDuplicateIndex.DefaultThreshold;
        if (text.Equals("off", StringComparison.OrdinalIgnoreCase)) return 2;
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double t) && t is > 0 and <= 1) return t;
        throw new DyadInputException($"--near-duplicate: '{text}' is not a similarity in (0, 1] or 'off'");
    }

    internal static IEventStore OpenStore(string db, bool writerOnly = false)
    {
        try { return EventStores.Open(db, writerOnly); }
        catch (StoreException e) { throw new DyadInputException(e.Message); }
    }

    internal static List<InputFile> ExpandInputs(string[] paths, PipelineStats stats, out List<IngestError> errors)
    {
        errors = [];
        var files = new List<InputFile>();
        foreach (var (file, error) in InputExpander.Expand(paths, DyadApp.StdinMarker))
        {
            if (error is not null) { errors.Add(error); continue; }
            files.Add(file!);
            if (file!.Name != InputFile.StdinName)
                try { stats.BytesTotal += new FileInfo(file.Name).Length; } catch (IOException) { }
        }
        stats.InputsTotal = files.Count;
        return files;
    }

    /// <summary>
    /// Writes event records as JSON Lines; one writer per output, used from one thread. Records are serialized into a
    /// memory buffer that goes to the stream in blocks: flushing the JSON writer into the stream once per record made
    /// a write call every few records and cost more than the serialization itself.
    /// </summary>
    private sealed class RecordWriter : IDisposable
    {
        private const int BlockBytes = 1 << 16;
        private readonly Stream _output;
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(BlockBytes * 2);
        private readonly EventJsonLines _lines;

        public RecordWriter(Stream output)
        {
            _output = output;
            _lines = new EventJsonLines(_buffer);
        }

        // A block of a long text's lines, as its windows finish (CodingPipeline's onEncoded).
        public void WriteBlock(ReadOnlyMemory<byte> block)
        {
            Drain();
            _output.Write(block.Span);
        }

        public void Write(CodedDocument doc)
        {
            // A long text's finished windows, encoded as the coder went (DocumentCoder), come first.
            foreach (var block in doc.EncodedEvents) WriteBlock(block);
            foreach (var rec in doc.Events)
            {
                _lines.Write(rec);
                if (_buffer.WrittenCount >= BlockBytes) Drain();
            }
            // Each document's records reach the stream before the next document is coded, as before.
            Drain();
        }

        private void Drain()
        {
            if (_buffer.WrittenCount == 0) return;
            _output.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }

        public void Dispose()
        {
            Drain();
            _lines.Dispose();
            _output.Dispose();
        }
    }
}
