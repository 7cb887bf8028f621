using System.ComponentModel;
using Dyad.Analysis;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands.Analysis;

/// <summary><c>dyad series A [B]</c>: a dyad's events over time, per QuadClass and CAMEO root, with Goldstein sum and mean.</summary>
public sealed class SeriesCommand : Command<SeriesCommand.Settings>
{
    /// <summary>Options of <c>dyad series</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>First actor.</summary>
        [CommandArgument(0, "<A>")]
        [Description("First actor: country (CHN), code prefix (CHNGOV) or @name.")]
        public string A { get; init; } = "";

        /// <summary>Second actor.</summary>
        [CommandArgument(1, "[B]")]
        [Description("Second actor; without it, every event of A.")]
        public string? B { get; init; }

        /// <summary>Bucket.</summary>
        [CommandOption("--by <PERIOD>")]
        [Description("day, week, month (default) or year.")]
        public string? By { get; init; }

        /// <summary>Only A to B.</summary>
        [CommandOption("--directed")]
        [Description("Only events from A to B (default: both ways).")]
        public bool Directed { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        string format = AnalysisOutput.Format(s.Format, "table", "csv", "json");
        Period by;
        try { by = Periods.Parse(s.By, "--by"); }
        catch (QueryException e) { throw new DyadInputException(e.Message); }
        var q = new SeriesQuery
        {
            A = AnalysisOutput.Actor(s.A, "A")!, B = AnalysisOutput.Actor(s.B, "B"), By = by, Directed = s.Directed,
            From = AnalysisOutput.Date(s.From, "--from"), To = AnalysisOutput.Date(s.To, "--to"),
        };
        var points = AnalysisOutput.Run(s.Db, a => a.Series(q));
        if (format == "json") { AnalysisOutput.WriteJson(points); return 0; }
        var roots = points.SelectMany(p => p.Roots.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        string[] header = ["period", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "articles", .. roots.Select(r => "root_" + r)];
        var rows = points.Select(p => (string[])[p.Period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), AnalysisOutput.N(p.Events),
            .. p.Quad.Select(AnalysisOutput.N), AnalysisOutput.N(p.GoldsteinSum), AnalysisOutput.N(p.GoldsteinMean), AnalysisOutput.N(p.Articles),
            .. roots.Select(r => AnalysisOutput.N(p.Roots.GetValueOrDefault(r)))]);
        if (format == "csv") AnalysisOutput.WriteCsv(header, rows);
        else AnalysisOutput.WriteTable($"{q.A}{(q.B is null ? "" : (s.Directed ? " → " : " ↔ ") + q.B)} by {by.ToString().ToLowerInvariant()}", header, rows);
        return 0;
    }
}
