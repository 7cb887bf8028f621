using System.ComponentModel;
using Dyad.Format;
using Dyad.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad parse [TEXT | -] [--format tsv|ptb|json]</c>.</summary>
public sealed class ParseCommand : Command<ParseCommand.Settings>
{
    /// <summary>Options of <c>dyad parse</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The text, or "-" (or nothing) for standard input.</summary>
        [CommandArgument(0, "[TEXT]")]
        [Description("Text to analyse; '-' or nothing reads standard input.")]
        public string? Text { get; init; }

        /// <summary>Output format.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("tsv (one token a line), ptb (bracketing) or json (whole model with offsets). Default: tsv.")]
        [DefaultValue("tsv")]
        public string Format { get; init; } = "tsv";

        /// <summary>Read TEXT as a file path.</summary>
        [CommandOption("--file")]
        [Description("Treat TEXT as a path to a file.")]
        public bool IsFile { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            Format is "tsv" or "ptb" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format must be tsv, ptb or json, not '{Format}'");
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string text = settings.IsFile && settings.Text is not null ? InputText.ReadFile(settings.Text) : InputText.Read(settings.Text);
        var doc = TextPipeline.Default.Process(text);
        var stdout = Console.Out;
        switch (settings.Format)
        {
            case "ptb": AnalysisWriter.WritePtb(doc, stdout); break;
            case "json":
                using (var s = Console.OpenStandardOutput()) AnalysisWriter.WriteJson(doc, s);
                Console.WriteLine();
                break;
            default: AnalysisWriter.WriteTsv(doc, stdout); break;
        }
        stdout.Flush();
        return 0;
    }
}
