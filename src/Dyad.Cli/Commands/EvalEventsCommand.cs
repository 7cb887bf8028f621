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
/// (<c>sentence, source, target, cameo</c> with <c>--sentences</c>).
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

        /// <summary>Date for sentence-level gold (actor codes are taken at it).</summary>
        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }

        /// <summary>List differences.</summary>
        [CommandOption("--show <N>")]
        [DefaultValue(0)]
        public int Show { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            Sentences || Articles is not null ? ValidationResult.Success() : ValidationResult.Error("give --articles DIR or --sentences");
    }

    // Actors are compared at country (or organisation) plus first role: "IGOUNOHLHWHO" and "IGOUNO" agree.
    private static string Short(string code) => code.Length > 6 ? code[..6] : code;

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var coder = CoderFactory.Create(null, quiet: true);
        var lines = File.ReadAllLines(settings.Gold).Skip(1).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();
        var gold = new List<GoldEvent>();
        var predicted = new List<(string, EventRecord)>();
        var date = CoderFactory.ParseDate(settings.Date, "--date");
        if (settings.Sentences)
        {
            foreach (var f in lines.Where(f => f.Length >= 4))
                if (f[3] != "-" && f[1].Length > 0) gold.Add(new GoldEvent(f[0], f[1], f[2], f[3]));
            foreach (var sentence in lines.Where(f => f.Length >= 4).Select(f => f[0]).Distinct())
            {
                var doc = TextPipeline.Default.Process(sentence);
                foreach (var e in coder.Code(doc, new DocumentInfo("s") { Published = date ?? new DateOnly(2025, 9, 1) })) predicted.Add((sentence, e));
            }
            var perSentence = lines.Where(f => f.Length >= 4).GroupBy(f => f[0]).ToList();
            int right = 0, shown = 0;
            foreach (var grp in perSentence)
            {
                var want = grp.Where(f => f[3] != "-").Select(f => $"{Short(f[1])} {Short(f[2])} {f[3][..2]}").ToHashSet();
                var got = predicted.Where(p => p.Item1 == grp.Key).Select(p => $"{Short(p.Item2.Source.Code)} {Short(p.Item2.Target?.Code ?? "")} {p.Item2.Cameo[..2]}").ToHashSet();
                if (want.SetEquals(got)) right++;
                else if (shown++ < settings.Show)
                    AnsiConsole.WriteLine($"  MISS {grp.Key}\n       want: {string.Join("; ", want)}\n       got:  {string.Join("; ", got)}");
            }
            AnsiConsole.WriteLine($"sentences: {perSentence.Count}, right event type (root) and actors (country+role), nothing else: {right} ({(double)right / perSentence.Count:P1})");
        }
        else
        {
            foreach (var f in lines.Where(f => f.Length >= 5)) gold.Add(new GoldEvent(f[0], f[2], f[3], f[4]));
            foreach (var file in Directory.EnumerateFiles(settings.Articles!, "*.txt").Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(file);
                var (info, body) = Dyad.Ingest.TextHeader.Parse(File.ReadAllText(file), name, null);
                var doc = TextPipeline.Default.Process(body, name);
                foreach (var e in coder.Code(doc, info with { DocId = name })) predicted.Add((name, e));
            }
        }
        var score = CoderScore.Score(gold, predicted);
        foreach (var l in score.Levels)
            AnsiConsole.WriteLine($"{l.Name,-30} P {l.Precision:P1}  R {l.Recall:P1}  F1 {l.F1:P1}  (matched {l.Matched}, predicted {l.Predicted}, gold {l.Gold})");
        foreach (var d in score.Differences.Take(settings.Show)) AnsiConsole.WriteLine($"  {d.Kind,-7} {d.Key}: {d.Triple}");
        return 0;
    }
}
