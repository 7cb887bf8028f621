using System.ComponentModel;
using System.Runtime.InteropServices;
using Dyad.Coding;
using Dyad.Distributed;
using Dyad.Storage;
using Dyad.Storage.Postgres;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad worker --nats URL --db postgres://...</c>: codes batches from the work queue into a shared PostgreSQL
/// store until stopped. The first SIGTERM or Ctrl-C finishes and acknowledges the current batch, then exits; a
/// second hands the batch back to the queue at once.
/// </summary>
public sealed class WorkerCommand : AsyncCommand<WorkerCommand.Settings>
{
    /// <summary>Options of <c>dyad worker</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The NATS server.</summary>
        [CommandOption("--nats <URL>")]
        [Description("NATS server with JetStream (comma-separate a cluster's servers).")]
        public string Nats { get; init; } = "nats://127.0.0.1:4222";

        /// <summary>The shared store.</summary>
        [CommandOption("--db <URL>")]
        [Description("The shared store: postgres://user:pass@host:port/db.")]
        public string? Db { get; init; }

        /// <summary>Coding threads.</summary>
        [CommandOption("--threads <N>")]
        [Description("Coding threads (default: every core).")]
        public int? Threads { get; init; }

        /// <summary>Ack wait in seconds.</summary>
        [CommandOption("--ack-wait <SECONDS>")]
        [Description("Seconds a batch may go unacknowledged before JetStream redelivers it (default 60; the consumer is shared, the last worker to start sets it).")]
        public int AckWait { get; init; } = 60;

        /// <summary>Deliveries before a dead letter.</summary>
        [CommandOption("--max-deliveries <N>")]
        [Description("Deliveries after which a failing batch goes to the dead-letter stream (default 5).")]
        public int MaxDeliveries { get; init; } = 5;

        /// <summary>Near-duplicate threshold.</summary>
        [CommandOption("--near-duplicate <SIMILARITY>")]
        [Description("As for 'dyad code' (default 0.6; 'off' disables).")]
        public string? NearDuplicate { get; init; }

        /// <summary>Extra or replacement dictionaries.</summary>
        [CommandOption("--dictionaries <DIR>")]
        public string? Dictionaries { get; init; }

        /// <summary>Exit when the queue is empty.</summary>
        [CommandOption("--exit-when-idle")]
        [Description("Exit when a pull finds the queue empty (for batch jobs and benchmarks).")]
        public bool ExitWhenIdle { get; init; }

        /// <summary>No log lines.</summary>
        [CommandOption("-q|--quiet")]
        public bool Quiet { get; init; }
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Db is null || !PostgresUrl.IsPostgres(settings.Db))
            throw new DyadInputException("--db: workers share one PostgreSQL store: give postgres://user:pass@host:port/db");
        if (settings.Threads is <= 0) throw new DyadInputException("--threads: must be at least 1");
        if (settings.AckWait <= 0) throw new DyadInputException("--ack-wait: must be at least 1");
        if (settings.MaxDeliveries <= 0) throw new DyadInputException("--max-deliveries: must be at least 1");
        if (settings.Dictionaries is not null && !Directory.Exists(settings.Dictionaries))
            throw new DyadInputException($"--dictionaries: {settings.Dictionaries}: no such folder");
        // Fail fast on a bad store before taking work.
        CodeCommand.OpenStore(settings.Db).Dispose();
        var coder = new DocumentCoder(new Lazy<EventCoder>(() => CoderFactory.Create(settings.Dictionaries, settings.Quiet)));
        _ = coder.Coder;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var abort = new CancellationTokenSource();
        void OnSignal(PosixSignalContext c)
        {
            c.Cancel = true;
            if (stop.IsCancellationRequested) abort.Cancel();
            else stop.Cancel();
        }
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var intr = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);

        var ackWait = TimeSpan.FromSeconds(settings.AckWait);
        await using var queue = await WorkQueue.OpenAsync(settings.Nats, ackWait, cancellationToken);
        var options = new WorkerOptions
        {
            Threads = settings.Threads ?? Environment.ProcessorCount, AckWait = ackWait, MaxDeliveries = settings.MaxDeliveries,
            NearDuplicateThreshold = CodeCommand.ParseThreshold(settings.NearDuplicate),
        };
        var worker = new Worker(queue, settings.Db, coder, options) { Log = settings.Quiet ? _ => { } : line => Console.Error.WriteLine($"worker {options.Id}: {line}") };
        if (!settings.Quiet) Console.Error.WriteLine($"worker {options.Id}: pulling from {WorkQueue.WorkStream} on {settings.Nats} with {options.Threads} thread(s)");
        await worker.RunAsync(stop.Token, abort.Token, settings.ExitWhenIdle);
        if (!settings.Quiet)
            Console.Error.WriteLine($"worker {options.Id}: stopped after {worker.Batches:N0} batch(es), {worker.Documents:N0} document(s) stored, {worker.Dead:N0} dead letter(s)");
        return 0;
    }
}
