using System.ComponentModel;
using Dyad.Coding;
using Dyad.Format;
using Dyad.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad explain "SENTENCE"</c>: the analysis, actors, patterns tried and events of a sentence.</summary>
public sealed class ExplainCommand : Command<ExplainCommand.Settings>
{
    /// <summary>Options of <c>dyad explain</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The sentence (or short text).</summary>
        [CommandArgument(0, "<TEXT>")]
        public string Text { get; init; } = "";

        /// <summary>Event date for dated actor codes.</summary>
        [CommandOption("--date <DATE>")]
        [Description("Date (YYYY-MM-DD) at which actor codes are taken.")]
        public string? Date { get; init; }

        /// <summary>Extra or replacement dictionaries.</summary>
        [CommandOption("--dictionaries <DIR>")]
        public string? Dictionaries { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var date = CoderFactory.ParseDate(settings.Date, "--date");
        var coder = CoderFactory.Create(settings.Dictionaries);
        var doc = TextPipeline.Default.Process(InputText.Read(settings.Text));
        var trace = new ExplainTrace();
        var events = coder.Code(doc, new DocumentInfo("explain") { Published = date }, trace);
        var c = AnsiConsole.Console;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sent = doc.Sentence(s);
            c.Write(new Rule($"[bold]sentence {s}[/]").LeftJustified());
            c.WriteLine(sent.Text);
            c.MarkupLine("[grey]parse[/]");
            c.WriteLine("  " + AnalysisWriter.SentencePtb(doc, s));
            c.MarkupLine("[grey]clauses[/]");
            foreach (var cl in sent.Clauses)
            {
                string Part(int p) => p >= 0 ? doc.Phrase(p).Text : "-";
                c.MarkupLine($"  {cl.Kind.ToString().ToLowerInvariant(),-12} verb [yellow]{Markup.Escape(Part(cl.Verb))}[/] (lemma {Markup.Escape(doc.Tokens[doc.PhraseRef(cl.Verb).Head].Lemma)})  subject [green]{Markup.Escape(Part(cl.Subject))}[/]  object [blue]{Markup.Escape(Part(cl.Object))}[/]{(cl.Agent >= 0 ? "  by " + Markup.Escape(Part(cl.Agent)) : "")}{(cl.Flags != 0 ? "  [grey]" + cl.Flags + "[/]" : "")}");
            }
            foreach (var step in trace.Steps.Where(t => t.Sentence == s))
            {
                string color = step.Kind switch { "event" => "bold green", "match" => "green", "try" => "grey", "actor" => "cyan", "negated" => "red", _ => "yellow" };
                c.MarkupLine($"  [{color}]{step.Kind,-8}[/] {Markup.Escape(step.Text)}{(step.Detail is null ? "" : "  [grey]" + Markup.Escape(step.Detail) + "[/]")}");
            }
        }
        c.Write(new Rule($"[bold]{events.Count} event(s)[/]").LeftJustified());
        foreach (var e in events)
            c.MarkupLine($"  [bold]{e.Source.Code}[/] [green]{e.Cameo}[/] [bold]{e.Target?.Code ?? "-"}[/]  {Markup.Escape(coder.Dictionaries.Codebook.Find(e.Cameo)?.Name ?? "")}  (goldstein {e.Goldstein}, quad {e.QuadClass}{(e.Pattern.Rule is null ? "" : ", " + e.Pattern.Rule)})");
        return 0;
    }
}
