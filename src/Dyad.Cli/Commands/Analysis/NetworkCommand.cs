using System.ComponentModel;
using Dyad.Analysis;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands.Analysis;

/// <summary><c>dyad network</c>: the actor network as JSON or GraphML.</summary>
public sealed class NetworkCommand : Command<NetworkCommand.Settings>
{
    /// <summary>Options of <c>dyad network</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Edges.</summary>
        [CommandOption("-n|--limit <N>")]
        [Description("Edges to keep, most active first (default 100, at most 500).")]
        public int Limit { get; init; } = 100;

        /// <summary>Grouping.</summary>
        [CommandOption("--level <LEVEL>")]
        [Description("code (default) or country.")]
        public string? Level { get; init; }

        /// <summary>Output file.</summary>
        [CommandOption("-o|--out <FILE>")]
        [Description("Write to FILE instead of stdout.")]
        public string? Out { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        string format = AnalysisOutput.Format(s.Format, "json", "graphml");
        var q = new TopQuery
        {
            From = AnalysisOutput.Date(s.From, "--from"), To = AnalysisOutput.Date(s.To, "--to"), Limit = s.Limit,
            Level = s.Level?.ToLowerInvariant() switch { null or "code" => ActorLevel.Code, "country" => ActorLevel.Country, _ => throw new DyadInputException("--level must be code or country") },
        };
        var net = AnalysisOutput.Run(s.Db, a => a.Network(q));
        using var output = s.Out is null ? Console.OpenStandardOutput() : File.Create(s.Out);
        if (format == "graphml") NetworkGraphMl.Write(net, output);
        else System.Text.Json.JsonSerializer.Serialize(output, net, new System.Text.Json.JsonSerializerOptions(Dyad.Web.DyadWebApp.Json) { WriteIndented = true });
        return 0;
    }
}
