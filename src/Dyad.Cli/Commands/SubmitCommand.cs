using System.ComponentModel;
using System.Diagnostics;
using Dyad.Distributed;
using Dyad.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad submit PATHS... --nats URL</c>: publishes the documents of any supported input to the JetStream work queue.</summary>
public sealed class SubmitCommand : AsyncCommand<SubmitCommand.Settings>
{
    /// <summary>Options of <c>dyad submit</c>: the input options of <c>dyad code</c> plus the queue.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Files, folders or globs.</summary>
        [CommandArgument(0, "<PATHS>")]
        [Description("Files, folders (recursive) or glob patterns, as for 'dyad code'.")]
        public string[] Paths { get; init; } = [];

        /// <summary>The NATS server.</summary>
        [CommandOption("--nats <URL>")]
        [Description("NATS server with JetStream, e.g. nats://127.0.0.1:4222 (comma-separate a cluster's servers).")]
        public string Nats { get; init; } = "nats://127.0.0.1:4222";

        /// <summary>Documents per message.</summary>
        [CommandOption("--batch <DOCS>")]
        [Description("Documents per queue message; a worker stores each message in one transaction (default 25).")]
        public int Batch { get; init; } = 25;

        /// <summary>Publication date for inputs that carry none.</summary>
        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }

        /// <summary>JSON Lines / CSV field names.</summary>
        [CommandOption("--fields <MAP>")]
        public string? Fields { get; init; }

        /// <summary>Forces the input format.</summary>
        [CommandOption("--format <FORMAT>")]
        public string? Format { get; init; }

        /// <summary>No summary line.</summary>
        [CommandOption("-q|--quiet")]
        public bool Quiet { get; init; }
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Batch <= 0) throw new DyadInputException("--batch: must be at least 1");
        var ingest = CodeCommand.IngestOptionsFrom(new CodeCommand.Settings { Date = settings.Date, Fields = settings.Fields, Format = settings.Format });
        var stats = new PipelineStats();
        var inputs = CodeCommand.ExpandInputs(settings.Paths, stats, out var pathErrors);
        int failed = 0;
        foreach (var e in pathErrors) { failed++; AnsiConsole.Console.MarkupLineInterpolated($"[red]error:[/] {e}"); }
        var clock = Stopwatch.StartNew();
        await using var queue = await WorkQueue.OpenAsync(settings.Nats, TimeSpan.FromSeconds(60), cancellationToken);
        var submitter = new Submitter(queue, settings.Batch);
        await submitter.SubmitAsync(inputs, ingest, e => { failed++; Console.Error.WriteLine("error: " + e); }, cancellationToken);
        if (!settings.Quiet)
            Console.Error.WriteLine($"submitted {submitter.Documents:N0} document(s) in {submitter.Batches:N0} batch(es) to {WorkQueue.WorkStream} in {clock.Elapsed.TotalSeconds:N1} s; {failed:N0} failed");
        return submitter.Documents == 0 && failed > 0 ? 2 : 0;
    }
}
