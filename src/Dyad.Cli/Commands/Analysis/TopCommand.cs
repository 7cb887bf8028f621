using System.ComponentModel;
using Dyad.Analysis;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands.Analysis;

/// <summary><c>dyad top</c>: the most active actors and dyads of a period (or an actor's partners).</summary>
public sealed class TopCommand : Command<TopCommand.Settings>
{
    /// <summary>Options of <c>dyad top</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Rows.</summary>
        [CommandOption("-n|--limit <N>")]
        [Description("Rows of each list (default 20, at most 500).")]
        public int Limit { get; init; } = 20;

        /// <summary>Grouping.</summary>
        [CommandOption("--level <LEVEL>")]
        [Description("code (default: PAKGOV, PAKMIL apart) or country.")]
        public string? Level { get; init; }

        /// <summary>Undirected dyads.</summary>
        [CommandOption("--both-ways")]
        [Description("Count A→B and B→A together.")]
        public bool BothWays { get; init; }

        /// <summary>Partners of an actor.</summary>
        [CommandOption("--actor <ACTOR>")]
        [Description("Only dyads involving this actor (its partners).")]
        public string? Actor { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        string format = AnalysisOutput.Format(s.Format, "table", "csv", "json");
        var q = new TopQuery
        {
            From = AnalysisOutput.Date(s.From, "--from"), To = AnalysisOutput.Date(s.To, "--to"), Limit = s.Limit,
            Level = s.Level?.ToLowerInvariant() switch { null or "code" => ActorLevel.Code, "country" => ActorLevel.Country, _ => throw new DyadInputException("--level must be code or country") },
            Directed = !s.BothWays, Actor = AnalysisOutput.Actor(s.Actor, "--actor"),
        };
        var top = AnalysisOutput.Run(s.Db, a => a.Top(q));
        if (format == "json") { AnalysisOutput.WriteJson(top); return 0; }
        string[] ah = ["actor", "name", "events", "as_source", "as_target", "goldstein_mean"];
        var arows = top.Actors.Select(x => new[] { x.Code, x.Name ?? "", AnalysisOutput.N(x.Events), AnalysisOutput.N(x.AsSource), AnalysisOutput.N(x.AsTarget), AnalysisOutput.N(x.GoldsteinMean) });
        string[] dh = ["source", "target", "events", "goldstein_mean", "cooperation", "conflict"];
        var drows = top.Dyads.Select(x => new[] { x.Source, x.Target, AnalysisOutput.N(x.Events), AnalysisOutput.N(x.GoldsteinMean), AnalysisOutput.N(x.Cooperation), AnalysisOutput.N(x.Conflict) });
        if (format == "csv")
        {
            AnalysisOutput.WriteCsv(["list", .. dh], [.. arows.Select(r => (string[])["actor", r[0], r[1], r[2], r[5], r[3], r[4]]), .. drows.Select(r => (string[])["dyad", .. r])]);
            return 0;
        }
        AnalysisOutput.WriteTable("Most active actors", ah, arows);
        AnalysisOutput.WriteTable(q.Directed ? "Most active dyads (source → target)" : "Most active dyads (both ways)", dh, drows);
        return 0;
    }
}
