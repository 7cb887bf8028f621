using Dyad.Format;
using Dyad.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad demo</c>: runs the pipeline on a built-in sample and prints the analysis.</summary>
public sealed class DemoCommand : Command<DemoCommand.Settings>
{
    /// <summary>Options of <c>dyad demo</c>.</summary>
    public sealed class Settings : CommandSettings;

    internal const string Sample =
        "KABUL, March 3 (Dyad) - Afghanistan's foreign minister met his Iranian counterpart in Tehran on Sunday, " +
        "and both sides vowed to reopen the border crossing. Iran's president praised the talks. " +
        "Earlier, Pakistani troops had not been deployed near the frontier, officials said.";

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var doc = TextPipeline.Default.Process(Sample, "demo");
        var c = AnsiConsole.Console;
        c.Write(new Rule("[bold]Dyad[/] text pipeline on a sample paragraph"));
        c.WriteLine(Sample);
        c.WriteLine();
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sent = doc.Sentence(s);
            c.MarkupLine($"[bold]sentence {s}[/] ({sent.Kind.ToString().ToLowerInvariant()}): {Markup.Escape(sent.Text)}");
            c.WriteLine(AnalysisWriter.SentencePtb(doc, s));
            foreach (var cl in sent.Clauses)
            {
                string Part(int p) => p >= 0 ? doc.Phrase(p).Text : "-";
                c.MarkupLine($"  [grey]{cl.Kind.ToString().ToLowerInvariant(),-12}[/] verb [yellow]{Markup.Escape(Part(cl.Verb))}[/]  subject [green]{Markup.Escape(Part(cl.Subject))}[/]  object [blue]{Markup.Escape(Part(cl.Object))}[/]{(cl.Flags != 0 ? "  " + cl.Flags : "")}");
            }
        }
        return 0;
    }
}
