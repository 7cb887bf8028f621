using System.ComponentModel;
using Dyad.Coding;
using Dyad.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad actors --unknown PATHS...</c>: frequent proper names in actor positions that no dictionary entry matched.</summary>
public sealed class ActorsCommand : Command<ActorsCommand.Settings>
{
    /// <summary>Options of <c>dyad actors</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Files or folders.</summary>
        [CommandArgument(0, "<PATHS>")]
        public string[] Paths { get; init; } = [];

        /// <summary>List unknown names (the only mode so far).</summary>
        [CommandOption("--unknown")]
        [Description("List proper-noun phrases in source or target position that matched no actor entry.")]
        public bool Unknown { get; init; }

        /// <summary>How many names to list.</summary>
        [CommandOption("--top <N>")]
        [DefaultValue(50)]
        public int Top { get; init; } = 50;

        /// <summary>Extra or replacement dictionaries.</summary>
        [CommandOption("--dictionaries <DIR>")]
        public string? Dictionaries { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() => Unknown ? ValidationResult.Success() : ValidationResult.Error("say --unknown (the only listing so far)");
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var coder = CoderFactory.Create(settings.Dictionaries, quiet: true);
        var unknown = new UnknownActors(coder.Dictionaries);
        int docs = 0;
        foreach (var (file, pathError) in Dyad.Ingest.InputExpander.Expand(settings.Paths, DyadApp.StdinMarker))
        {
            if (pathError is not null) { Console.Error.WriteLine($"error: {pathError}"); continue; }
            foreach (var result in Dyad.Ingest.DocumentReader.Read(file!, new Dyad.Ingest.IngestOptions()))
            {
                if (result.Error is not null) { Console.Error.WriteLine($"error: {result.Error}"); continue; }
                unknown.Add(TextPipeline.Default.Process(result.Document!.Text, result.Document.DocId));
                docs++;
            }
        }
        var table = new Table().AddColumns("count", "name", "example");
        foreach (var e in unknown.Top(settings.Top)) table.AddRow(e.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Name), Markup.Escape(e.Example.Length > 120 ? e.Example[..117] + "..." : e.Example));
        AnsiConsole.Write(table);
        Console.Error.WriteLine($"read {docs} document(s)");
        return 0;
    }
}
