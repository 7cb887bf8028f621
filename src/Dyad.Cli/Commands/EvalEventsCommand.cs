using System.ComponentModel;
using Dyad.Coding;
using Dyad.Coding.Evaluation;
using Dyad.Coding.Records;
using Dyad.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad eval-events</c>: scores the coder against gold events — per article (tab-separated
/// <c>file, sentence_text, source, target, cameo</c> with <c>--articles DIR</c>) or per sentence
/// (<c>sentence, source, target, cameo</c> with <c>--sentences</c>); see <see cref="GoldFile"/>.
/// </summary>
public sealed class EvalEventsCommand : Command<EvalEventsCommand.Settings>
{
    /// <summary>Options of <c>dyad eval-events</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The gold file.</summary>
        [CommandArgument(0, "<GOLD>")]
        public string Gold { get; init; } = "";

        /// <summary>Folder of the articles named in the gold file.</summary>
        [CommandOption("--articles <DIR>")]
        [Description("Folder with the articles the gold file names (per-article scoring).")]
        public string? Articles { get; init; }

        /// <summary>The gold file lists single sentences.</summary>
        [CommandOption("--sentences")]
        [Description("The gold file lists single sentences with their events (per-sentence scoring).")]
        public bool Sentences { get; init; }

        /// <summary>Date for sentence-level gold (actor codes are taken at it), and for articles that give no publication date.</summary>
        [CommandOption("--date <DATE>")]
        [Description("Date (YYYY-MM-DD) of the sentences, and of articles that give no publication date (default for sentences 2025-09-01).")]
        public string? Date { get; init; }

        /// <summary>List differences.</summary>
        [CommandOption("--show <N>")]
        [Description("List up to N sentences (or differences) the coder got wrong.")]
        [DefaultValue(0)]
        public int Show { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            Sentences || Articles is not null ? ValidationResult.Success() : ValidationResult.Error("give --articles DIR or --sentences");
    }

    // Actors are compared at country (or organisation) plus first role: "IGOUNOHLHWHO", "IGOUNO" and "UNO" agree.
    private static string Short(string code) => CoderScore.Short(code);

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (rows, errors) = GoldFile.Read(settings.Gold, settings.Sentences);
        foreach (var e in errors) Console.Error.WriteLine("error: " + e);
        if (rows.Count == 0) throw new DyadInputException($"{settings.Gold}: no gold line could be read");
        var coder = CoderFactory.Create(null, quiet: true);
        var gold = rows.Where(r => r.Event is not null).Select(r => r.Event!).ToList();
        var predicted = new List<(string, EventRecord)>();
        var date = CoderFactory.ParseDate(settings.Date, "--date");
        if (settings.Sentences)
        {
            var perSentence = rows.GroupBy(r => r.Key).ToList();
            int right = 0, shown = 0;
            foreach (var grp in perSentence)
            {
                var doc = TextPipeline.Default.Process(grp.Key);
                var events = coder.Code(doc, new DocumentInfo("s") { Published = date ?? new DateOnly(2025, 9, 1) });
                foreach (var e in events) predicted.Add((grp.Key, e));
                // Right: every gold event found (any of its alternatives) and nothing else coded.
                var want = grp.Where(r => r.Event is not null).Select(r => r.Event!.Reduced(static (s, t, c) => $"{Short(s)} {Short(t)} {c[..2]}")).ToList();
                var got = events.Select(e => $"{Short(e.Source.Code)} {Short(e.Target?.Code ?? "")} {e.Cameo[..2]}").ToHashSet();
                if (want.All(a => a.Overlaps(got)) && got.All(x => want.Any(a => a.Contains(x)))) right++;
                else if (shown++ < settings.Show)
                    AnsiConsole.WriteLine($"  MISS {grp.Key}\n       want: {(want.Count == 0 ? "(no event)" : string.Join("; ", want.Select(a => string.Join(" | ", a))))}\n       got:  {string.Join("; ", got)}");
            }
            AnsiConsole.WriteLine($"sentences: {perSentence.Count}, right event type (root) and actors (country+role), nothing else: {right} ({(double)right / perSentence.Count:P1})");
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(settings.Articles!, "*.txt").Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                var (info, body) = Dyad.Ingest.TextHeader.Parse(File.ReadAllText(file), name, null);
                var doc = TextPipeline.Default.Process(body, name);
                // --date stands for a publication date the article does not give, as in `dyad code --date`.
                foreach (var e in coder.Code(doc, info with { DocId = name, Published = info.Published ?? date })) predicted.Add((name, e));
            }
        }
        var score = CoderScore.Score(gold, predicted);
        foreach (var l in score.Levels)
            AnsiConsole.WriteLine($"{l.Name,-30} P {l.Precision:P1}  R {l.Recall:P1}  F1 {l.F1:P1}  (matched {l.Matched}, predicted {l.Predicted}, gold {l.Gold})");
        foreach (var d in score.Differences.Take(settings.Show)) AnsiConsole.WriteLine($"  {d.Kind,-7} {d.Key}: {d.Triple}");
        return 0;
    }
}
