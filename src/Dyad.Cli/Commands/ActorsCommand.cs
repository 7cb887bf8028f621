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
        foreach (var (id, read) in CodeCommand.Inputs(settings.Paths))
        {
            string text;
            try { text = read(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DyadInputException)
            {
                Console.Error.WriteLine($"error: {id}: {e.Message}");
                continue;
            }
            var (_, body) = TextInput.Parse(text, id, null);
            unknown.Add(TextPipeline.Default.Process(body, id));
            docs++;
        }
        var table = new Table().AddColumns("count", "name", "example");
        foreach (var e in unknown.Top(settings.Top)) table.AddRow(e.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Name), Markup.Escape(e.Example.Length > 120 ? e.Example[..117] + "..." : e.Example));
        AnsiConsole.Write(table);
        Console.Error.WriteLine($"read {docs} document(s)");
        return 0;
    }
}
