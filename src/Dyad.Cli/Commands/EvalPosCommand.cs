using System.ComponentModel;
using Dyad.Evaluation;
using Dyad.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval-pos FILE</c>: tagging accuracy and base-NP F1 against Penn Treebank parses.</summary>
public sealed class EvalPosCommand : Command<EvalPosCommand.Settings>
{
    /// <summary>Options of <c>dyad eval-pos</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>A file with Penn Treebank bracketings (PETRARCH XML &lt;Parse&gt; blocks or plain trees).</summary>
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        /// <summary>How many individual errors to list.</summary>
        [CommandOption("--errors <N>")]
        [Description("List up to N tagging errors with context.")]
        [DefaultValue(0)]
        public int Errors { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string text = InputText.ReadFile(settings.File);
        var trees = ExtractTrees(text);
        if (trees.Count == 0) throw new DyadInputException($"{settings.File}: no Penn Treebank parses found");
        var r = new PosEvaluator(TextPipeline.Default).Evaluate(trees);
        var c = AnsiConsole.Console;
        c.WriteLine($"sentences: {r.Sentences}");
        c.WriteLine($"tokens: {r.Tokens}  correct: {r.Correct}  misaligned: {r.Misaligned}");
        c.WriteLine($"POS accuracy: {r.Accuracy:P2}");
        c.WriteLine($"NP chunks: gold {r.GoldChunks}, dyad {r.PredictedChunks}, matched {r.MatchedChunks}; P {r.Precision:P2} R {r.Recall:P2} F1 {r.F1:P2}");
        c.WriteLine("top confusions (gold -> dyad):");
        foreach (var kv in r.Confusions.OrderByDescending(k => k.Value).Take(15))
            c.WriteLine($"  {kv.Key.Gold} -> {kv.Key.Predicted}: {kv.Value}");
        foreach (var e in r.Errors.Take(settings.Errors)) c.WriteLine("  " + e);
        return 0;
    }

    // PETRARCH records keep one tree per <Parse> element; other files are read as bare trees.
    private static List<PennTree> ExtractTrees(string text)
    {
        var trees = new List<PennTree>();
        int i = 0;
        bool xml = text.Contains("<Parse>", StringComparison.Ordinal);
        if (!xml) return PennTree.ParseAll(text);
        while ((i = text.IndexOf("<Parse>", i, StringComparison.Ordinal)) >= 0)
        {
            int end = text.IndexOf("</Parse>", i, StringComparison.Ordinal);
            if (end < 0) break;
            // Skip parses inside XML comments.
            int commentOpen = text.LastIndexOf("<!--", i, StringComparison.Ordinal);
            int commentClose = text.LastIndexOf("-->", i, StringComparison.Ordinal);
            if (commentOpen > commentClose) { i = end; continue; }
            trees.AddRange(PennTree.ParseAll(text[(i + 7)..end]));
            i = end;
        }
        return trees;
    }
}
