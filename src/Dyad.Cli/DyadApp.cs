using Dyad.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli;

/// <summary>The dyad command-line application: command registration and error mapping.</summary>
public static class DyadApp
{
    /// <summary>Stands for a "-" argument (standard input) while Spectre parses the command line.</summary>
    internal const string StdinMarker = "\u0001stdin";

    /// <summary>Runs the CLI with the given arguments and returns the process exit code.</summary>
    public static int Run(string[] args, IAnsiConsole? console = null)
    {
        // Redirected output is for files and pipes: no wrapping at 80 columns.
        if (console is null && Console.IsOutputRedirected) AnsiConsole.Console.Profile.Width = 160;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dyad");
            if (console is not null) config.ConfigureConsole(console);
            config.AddCommand<DemoCommand>("demo").WithDescription("Code the bundled sample articles into ./dyad.duckdb and print what they say.");
            config.AddCommand<ParseCommand>("parse").WithDescription("Print the linguistic analysis of a text (tokens, tags, phrases, clauses).")
                .WithExample("parse", "\"Pakistan arrested a suspect on Monday.\"", "--format", "ptb");
            config.AddCommand<CodeCommand>("code").WithDescription("Code files, folders, globs or stdin to JSON Lines, or into a store with --db.")
                .WithExample("code", "article.txt", "--date", "2026-01-06")
                .WithExample("code", "news/", "--db", "dyad.duckdb");
            config.AddCommand<ExportCommand>("export").WithDescription("Export a store's events as JSON Lines, CSV, GDELT 2.0 event rows or Parquet.")
                .WithExample("export", "--db", "dyad.duckdb", "--format", "gdelt", "--actor", "PAK", "--out", "pak.tsv");
            config.AddCommand<WatchCommand>("watch").WithDescription("Poll RSS/Atom feeds, fetch new articles and code them into a store.")
                .WithExample("watch", "https://news.example/feed.xml", "--db", "dyad.duckdb");
            config.AddCommand<ExplainCommand>("explain").WithDescription("Show how a sentence is analysed and coded: actors, patterns tried, events.")
                .WithExample("explain", "\"Pakistani troops attacked militants in Waziristan.\"", "--date", "2026-01-06");
            config.AddCommand<ActorsCommand>("actors").WithDescription("List frequent names in actor positions that no dictionary entry matched.")
                .WithExample("actors", "--unknown", "articles/");
            config.AddCommand<EvalEventsCommand>("eval-events").WithDescription("Score the coder against gold events per article or per sentence.")
                .WithExample("eval-events", "tests/gold/sample-events.tsv", "--articles", "data/samples/articles");
            config.AddCommand<EvalPosCommand>("eval-pos").WithDescription("Measure tagging accuracy and NP chunk F1 against Penn Treebank parses.")
                .WithExample("eval-pos", "../shared/eval/petrarch2-unittest/PETR.UnitTest.records.xml");
            config.AddCommand<ValidateCommand>("validate").WithDescription("Code PETRARCH validation records with PETRARCH dictionaries and compare the events.")
                .WithExample("validate", "../shared/eval/petrarch2-unittest/PETR.UnitTest.records.xml");
            config.AddCommand<SubmitCommand>("submit").WithDescription("Publish documents to the NATS JetStream work queue for 'dyad worker'.")
                .WithExample("submit", "news/", "--nats", "nats://127.0.0.1:4222");
            config.AddCommand<WorkerCommand>("worker").WithDescription("Code batches from the work queue into a shared PostgreSQL store until stopped.")
                .WithExample("worker", "--nats", "nats://127.0.0.1:4222", "--db", "postgres://dyad@127.0.0.1/dyad");
            config.AddCommand<StatusCommand>("status").WithDescription("Show the work queue: depth, in flight, redeliveries, dead letters, workers, throughput.")
                .WithExample("status", "--nats", "nats://127.0.0.1:4222");
            config.AddCommand<Commands.Analysis.SeriesCommand>("series").WithDescription("A dyad's events over time: QuadClass and CAMEO root counts, Goldstein sum and mean, articles.")
                .WithExample("series", "CHN", "PAK", "--by", "month");
            config.AddCommand<Commands.Analysis.TopCommand>("top").WithDescription("The most active actors and dyads in a period, or an actor's partners.")
                .WithExample("top", "--from", "2026-01-01", "--level", "country");
            config.AddCommand<Commands.Analysis.NetworkCommand>("network").WithDescription("The actor network (nodes with activity, edges with counts and mean Goldstein) as JSON or GraphML.")
                .WithExample("network", "--format", "graphml", "--out", "actors.graphml");
            config.AddCommand<Commands.Analysis.EventsCommand>("events").WithDescription("Search stored events by date, actors, CAMEO code, QuadClass, place and sentence text.")
                .WithExample("events", "--actor", "PAK", "--code", "19", "-q", "border");
            config.AddCommand<ServeCommand>("serve").WithDescription("Serve the HTTP API, its OpenAPI document and the dashboard over a store.")
                .WithExample("serve", "--db", "dyad.duckdb", "--urls", "http://127.0.0.1:5000");
            config.SetExceptionHandler((ex, _) =>
            {
                // One readable line, never a stack trace.
                var target = console ?? AnsiConsole.Console;
                target.MarkupLine($"[red]error:[/] {Markup.Escape(ex.GetBaseException().Message)}");
                return ex is DyadInputException or Dyad.Storage.StoreException or Dyad.Distributed.DistributedException ? 2 : 1;
            });
        });
        // Spectre.Console.Cli reads a bare "-" as an option; "-" means standard input here.
        return app.Run([.. args.Select(a => a == "-" ? StdinMarker : a)]);
    }
}

/// <summary>Bad user input (a missing file, an unreadable format); the message names the file and line.</summary>
public sealed class DyadInputException(string message) : Exception(message);
