using System.ComponentModel;
using Dyad.Analysis;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands.Analysis;

/// <summary><c>dyad events</c>: search stored events by date, actors, codes, QuadClass, place and sentence text.</summary>
public sealed class EventsCommand : Command<EventsCommand.Settings>
{
    /// <summary>Options of <c>dyad events</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>Either side.</summary>
        [CommandOption("--actor <ACTOR>")]
        [Description("Actor on either side: CHN, CHNGOV or @name.")]
        public string? Actor { get; init; }

        /// <summary>The other side.</summary>
        [CommandOption("--with <ACTOR>")]
        [Description("With --actor: only events between the two, either way.")]
        public string? With { get; init; }

        /// <summary>Source.</summary>
        [CommandOption("--source <ACTOR>")]
        public string? Source { get; init; }

        /// <summary>Target.</summary>
        [CommandOption("--target <ACTOR>")]
        public string? Target { get; init; }

        /// <summary>CAMEO prefix.</summary>
        [CommandOption("--code <CAMEO>")]
        [Description("CAMEO code prefix (19 = fight).")]
        public string? Code { get; init; }

        /// <summary>QuadClass.</summary>
        [CommandOption("--quad <N>")]
        [Description("QuadClass 1-4.")]
        public int? Quad { get; init; }

        /// <summary>Place words.</summary>
        [CommandOption("--place <TEXT>")]
        public string? Place { get; init; }

        /// <summary>Sentence words.</summary>
        [CommandOption("-q|--text <TEXT>")]
        [Description("Words in the sentence (case-insensitive).")]
        public string? Text { get; init; }

        /// <summary>Rows.</summary>
        [CommandOption("-n|--limit <N>")]
        public int Limit { get; init; } = 50;

        /// <summary>Skip.</summary>
        [CommandOption("--offset <N>")]
        public int Offset { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings s, CancellationToken cancellationToken)
    {
        string format = AnalysisOutput.Format(s.Format, "table", "csv", "json");
        var q = new EventQuery
        {
            From = AnalysisOutput.Date(s.From, "--from"), To = AnalysisOutput.Date(s.To, "--to"),
            Actor = AnalysisOutput.Actor(s.Actor, "--actor"), Partner = AnalysisOutput.Actor(s.With, "--with"), Source = AnalysisOutput.Actor(s.Source, "--source"), Target = AnalysisOutput.Actor(s.Target, "--target"),
            Code = s.Code, QuadClass = s.Quad, Place = s.Place, Text = s.Text, Limit = s.Limit, Offset = s.Offset,
        };
        var page = AnalysisOutput.Run(s.Db, a => a.Search(q));
        if (format == "json") { AnalysisOutput.WriteJson(page); return 0; }
        string[] header = ["event_id", "event_date", "source", "cameo", "target", "goldstein", "place", "sentence"];
        var rows = page.Items.Select(e => new[]
        {
            AnalysisOutput.N(e.EventId), e.EventDate ?? "", e.Source.Code, e.Cameo, e.Target?.Code ?? "", AnalysisOutput.N(e.Goldstein),
            e.Location is { } l && l.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "", e.Sentence ?? "",
        });
        if (format == "csv") AnalysisOutput.WriteCsv(header, rows);
        else AnalysisOutput.WriteTable($"{page.Items.Count} of {page.Total} events", header, rows);
        return 0;
    }
}
