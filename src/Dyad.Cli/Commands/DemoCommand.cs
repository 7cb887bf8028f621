using System.ComponentModel;
using System.Globalization;
using Dyad.Coding.Cameo;
using Dyad.Ingest;
using Dyad.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad demo</c>: codes the bundled sample articles (embedded in the assembly) into ./dyad.duckdb and prints
/// events by CAMEO root and QuadClass, the most active dyads with their mean Goldstein score, and a few events with
/// their sentences. A rerun finds every article stored, codes nothing and prints the same report.
/// </summary>
public sealed class DemoCommand : AsyncCommand<DemoCommand.Settings>
{
    /// <summary>Options of <c>dyad demo</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The store to fill.</summary>
        [CommandOption("--db <DB>")]
        [Description("Store to fill (default ./dyad.duckdb).")]
        public string Db { get; init; } = "dyad.duckdb";
    }

    private const string Prefix = "Dyad.Samples/";

    /// <summary>The embedded sample articles, as in-memory inputs named samples/FILE, in name order.</summary>
    internal static List<InputFile> SampleInputs()
    {
        var asm = typeof(DemoCommand).Assembly;
        return [.. asm.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n => new InputFile("samples/" + n[Prefix.Length..], () => asm.GetManifestResourceStream(n)!))];
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var c = AnsiConsole.Console;
        var inputs = SampleInputs();
        using var store = CodeCommand.OpenStore(settings.Db);
        var stats = new PipelineStats();
        using (var writer = new StoreWriter(store))
        {
            var coder = new Lazy<Dyad.Coding.EventCoder>(() => CoderFactory.Create(null, quiet: true));
            var pipeline = new CodingPipeline(new DocumentCoder(coder), new IngestOptions(), Environment.ProcessorCount);
            pipeline.Run(inputs, writer.StoredDocIds.Contains, d => writer.Add(d),
                e => c.MarkupLine($"[red]error:[/] {Markup.Escape(e.ToString())}"), stats, cancellationToken);
            writer.Flush();
            c.MarkupLine(stats.Coded > 0
                ? $"Coded [bold]{stats.Coded}[/] sample articles ({stats.Sentences:N0} sentences, {stats.Events} events) into [bold]{Markup.Escape(store.Location)}[/]."
                : $"All {stats.Skipped} sample articles are already in [bold]{Markup.Escape(store.Location)}[/]; nothing to code.");
        }
        Report(c, store);
        return 0;
    }

    internal static void Report(IAnsiConsole c, IEventStore store)
    {
        var book = CameoCodebook.Default;
        long events = Convert.ToInt64(Scalar(store, "SELECT count(*) FROM events"), CultureInfo.InvariantCulture);
        long mentions = Convert.ToInt64(Scalar(store, "SELECT count(*) FROM mentions"), CultureInfo.InvariantCulture);
        long docs = Convert.ToInt64(Scalar(store, "SELECT count(*) FROM documents"), CultureInfo.InvariantCulture);
        c.MarkupLine($"{docs} documents, {events} distinct events from {mentions} mentions.");
        c.WriteLine();

        var roots = new Table().Title("Events by CAMEO root").AddColumns("root", "name", "events", "mentions");
        foreach (var row in Rows(store, "SELECT cameo_root, count(*), sum(num_mentions) FROM events GROUP BY cameo_root ORDER BY cameo_root"))
            roots.AddRow(row[0], Markup.Escape(book.Find(row[0])?.Name ?? ""), row[1], row[2]);
        var quads = new Table().Title("Events by QuadClass").AddColumns("quad", "class", "events", "mean Goldstein");
        string[] quadNames = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
        foreach (var row in Rows(store, "SELECT quad_class, count(*), round(avg(goldstein), 2) FROM events GROUP BY quad_class ORDER BY quad_class"))
            quads.AddRow(row[0], quadNames[int.Parse(row[0], CultureInfo.InvariantCulture)], row[1], row[2]);
        c.Write(new Columns(roots, quads) { Expand = false });

        var dyads = new Table().Title("Most active dyads").AddColumns("source", "target", "events", "mean Goldstein");
        foreach (var row in Rows(store, """
            SELECT source_code, target_code, count(*) AS n, round(avg(goldstein), 2) FROM events
            WHERE target_code IS NOT NULL GROUP BY source_code, target_code ORDER BY n DESC, source_code, target_code LIMIT 10
            """))
            dyads.AddRow(row[0], row[1], row[2], row[3]);
        c.Write(dyads);

        c.Write(new Rule("A few events with their sentences") { Justification = Justify.Left });
        foreach (var row in Rows(store, """
            SELECT event_date, source_code, cameo, coalesce(target_code, '-'), goldstein, text, first_doc_id FROM (
              SELECT e.*, s.text, row_number() OVER (PARTITION BY e.quad_class ORDER BY e.num_mentions DESC, e.day, e.event_id) AS rn
              FROM events e JOIN sentences s ON s.doc_id = e.first_doc_id AND s.sentence_index = e.first_sentence_index) x
            WHERE rn <= 2 ORDER BY quad_class, rn
            """))
        {
            c.MarkupLine($"[bold]{row[0]}[/]  [green]{row[1]}[/] [yellow]{row[2]}[/] {Markup.Escape(book.Find(row[2])?.Name ?? "")} [blue]{row[3]}[/]  (Goldstein {row[4]})");
            c.MarkupLine($"  [grey]{Markup.Escape(row[5])}[/]");
            c.MarkupLine($"  [grey]{Markup.Escape(row[6])}[/]");
        }
        c.WriteLine();
        c.MarkupLine($"Query it: [bold]dyad export --db {Markup.Escape(store.Location)} --format csv --actor PAK[/]");
    }

    private static object? Scalar(IEventStore store, string sql)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    private static List<string[]> Rows(IEventStore store, string sql)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string[]>();
        while (r.Read())
        {
            var row = new string[r.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }
        return rows;
    }
}
