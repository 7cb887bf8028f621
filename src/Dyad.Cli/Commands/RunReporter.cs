using System.Diagnostics;
using Dyad.Ingest;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>
/// Shows a coding run's progress on standard error: a Spectre.Console live display on a terminal (documents/s,
/// sentences/s, events, errors, ETA), plain log lines every few seconds when standard error is redirected. Errors
/// are printed one line each (the first 200; later ones only counted). Thread-safe.
/// </summary>
internal sealed class RunReporter
{
    private const int MaxErrorLines = 200;
    private readonly IAnsiConsole _err;
    private readonly bool _interactive;
    private readonly PipelineStats _stats;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _errorLines;

    public RunReporter(PipelineStats stats, bool quiet = false)
    {
        _stats = stats;
        _err = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        _interactive = !quiet && !Console.IsErrorRedirected && _err.Profile.Capabilities.Interactive;
        Quiet = quiet;
    }

    public bool Quiet { get; }

    public void Error(IngestError e)
    {
        int n = Interlocked.Increment(ref _errorLines);
        if (n > MaxErrorLines + 1) return;
        string line = n <= MaxErrorLines ? e.ToString() : "more errors follow; only their count is reported";
        if (_interactive) _err.MarkupLine($"[red]error:[/] {Markup.Escape(line)}");
        else Console.Error.WriteLine("error: " + line);
    }

    public void Warning(string line)
    {
        int n = Interlocked.Increment(ref _errorLines);
        if (n > MaxErrorLines + 1) return;
        string text = n <= MaxErrorLines ? line : "more warnings and errors follow; only errors are counted";
        if (_interactive) _err.MarkupLine($"[yellow]warning:[/] {Markup.Escape(text)}");
        else Console.Error.WriteLine("warning: " + text);
    }

    public void Info(string line) { if (!Quiet) Console.Error.WriteLine(line); }

    public async Task RunAsync(Func<Task> run)
    {
        if (_interactive)
        {
            await _err.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("coding", maxValue: Math.Max(1, _stats.BytesTotal));
                    var running = run();
                    while (!running.IsCompleted)
                    {
                        task.Value = _stats.BytesDone;
                        task.Description = Markup.Escape(Line());
                        await Task.WhenAny(running, Task.Delay(250));
                    }
                    task.Value = task.MaxValue;
                    await running;
                });
            return;
        }
        var work = run();
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(5000));
            if (!work.IsCompleted && !Quiet) Console.Error.WriteLine($"[{_clock.Elapsed:hh\\:mm\\:ss}] " + Line() + Eta());
        }
        await work;
    }

    private string Line()
    {
        double secs = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        return $"{_stats.Coded:N0} docs ({_stats.Coded / secs:N0}/s), {_stats.Sentences / secs:N0} sentences/s, {_stats.Events:N0} events, {_stats.Failed:N0} errors";
    }

    private string Eta()
    {
        if (_stats.BytesTotal <= 0 || _stats.BytesDone <= 0) return "";
        double rate = _stats.BytesDone / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var left = TimeSpan.FromSeconds((_stats.BytesTotal - _stats.BytesDone) / rate);
        return $", ETA {left:hh\\:mm\\:ss}";
    }

    public TimeSpan Elapsed => _clock.Elapsed;
}
