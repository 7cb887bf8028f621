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
            config.AddCommand<DemoCommand>("demo").WithDescription("Run Dyad on its bundled sample and print the analysis.");
            config.AddCommand<ParseCommand>("parse").WithDescription("Print the linguistic analysis of a text (tokens, tags, phrases, clauses).")
                .WithExample("parse", "\"Pakistan arrested a suspect on Monday.\"", "--format", "ptb");
            config.AddCommand<CodeCommand>("code").WithDescription("Code text files or stdin to JSON Lines event records.")
                .WithExample("code", "article.txt", "--date", "2026-01-06");
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
            config.SetExceptionHandler((ex, _) =>
            {
                // One readable line, never a stack trace.
                var target = console ?? AnsiConsole.Console;
                target.MarkupLine($"[red]error:[/] {Markup.Escape(ex.GetBaseException().Message)}");
                return ex is DyadInputException ? 2 : 1;
            });
        });
        // Spectre.Console.Cli reads a bare "-" as an option; "-" means standard input here.
        return app.Run([.. args.Select(a => a == "-" ? StdinMarker : a)]);
    }
}

/// <summary>Bad user input (a missing file, an unreadable format); the message names the file and line.</summary>
public sealed class DyadInputException(string message) : Exception(message);
