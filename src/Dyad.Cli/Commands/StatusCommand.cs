using System.ComponentModel;
using System.Globalization;
using Dyad.Distributed;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad status --nats URL</c>: queue depth, in-flight batches, redeliveries, dead letters, workers and throughput.</summary>
public sealed class StatusCommand : AsyncCommand<StatusCommand.Settings>
{
    /// <summary>Options of <c>dyad status</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The NATS server.</summary>
        [CommandOption("--nats <URL>")]
        [Description("NATS server with JetStream.")]
        public string Nats { get; init; } = "nats://127.0.0.1:4222";
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var queue = await WorkQueue.OpenAsync(settings.Nats, TimeSpan.FromSeconds(60), cancellationToken);
        var s = await QueueStatus.ReadAsync(queue, cancellationToken);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"queue {WorkQueue.WorkStream}: {s.Queued:N0} batch(es): {s.Waiting:N0} waiting, {s.InFlight:N0} in flight, {s.Redelivered:N0} redelivered"));
        Console.WriteLine(string.Create(inv, $"dead letters ({WorkQueue.DeadSubject}.>): {s.DeadLetters:N0}"));
        Console.WriteLine(string.Create(inv, $"workers: {s.Workers.Count} live, {s.IdlePulls} idle pull(s), {s.DocsPerSecond:N1} doc/s over the last minute"));
        var table = new Table().AddColumns("worker", "state", "threads", "batches", "docs", "repeated", "dead", "events", "doc/s", "up");
        foreach (var (id, b) in s.Workers)
            table.AddRow(id, b.State, b.Threads.ToString(inv), b.Batches.ToString("N0", inv), b.Documents.ToString("N0", inv),
                b.Repeated.ToString("N0", inv), b.Dead.ToString("N0", inv), b.Events.ToString("N0", inv), b.DocsPerSecond.ToString("N1", inv),
                (b.At - b.Started).ToString(@"hh\:mm\:ss", inv));
        if (s.Workers.Count > 0) AnsiConsole.Write(table);
        return 0;
    }
}
