using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Analysis;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands.Analysis;

/// <summary>What the analysis commands share: opening the store read-only, parsing options, writing table/csv/json.</summary>
internal static class AnalysisOutput
{
    public static T Run<T>(string db, Func<EventAnalytics, T> query)
    {
        if (!Dyad.Storage.Postgres.PostgresUrl.IsPostgres(db) && !File.Exists(db)) throw new DyadInputException($"{db}: no such store (fill one with dyad code ... --db {db} or dyad demo)");
        using IEventStore store = Dyad.Storage.Postgres.PostgresUrl.IsPostgres(db) ? EventStores.Open(db) : Dyad.Storage.DuckDb.DuckDbEventStore.Open(db, readOnly: true);
        try { return query(new EventAnalytics(store.Connection)); }
        catch (QueryException e) { throw new DyadInputException(e.Message); }
    }

    public static DateOnly? Date(string? text, string option) => CoderFactory.ParseDate(text, option);

    public static ActorSpec? Actor(string? text, string option)
    {
        if (text is null) return null;
        return ActorSpec.TryParse(text, out var spec, out string error) ? spec : throw new DyadInputException($"{option} {error}");
    }

    public static string Format(string? format, params string[] allowed)
    {
        string f = (format ?? allowed[0]).ToLowerInvariant();
        return allowed.Contains(f) ? f : throw new DyadInputException($"--format must be {string.Join(", ", allowed)}, not '{format}'");
    }

    public static void WriteJson<T>(T value)
    {
        using var stdout = Console.OpenStandardOutput();
        JsonSerializer.Serialize(stdout, value, new JsonSerializerOptions(Dyad.Web.DyadWebApp.Json) { WriteIndented = true });
        stdout.WriteByte((byte)'\n');
    }

    public static void WriteCsv(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', header).Append('\n');
        foreach (var row in rows) sb.AppendJoin(',', row.Select(Csv)).Append('\n');
        Console.Out.Write(sb.ToString());
    }

    public static void WriteTable(string? title, string[] header, IEnumerable<string[]> rows)
    {
        var t = new Table().Border(TableBorder.Simple);
        if (title is not null) t.Title(Markup.Escape(title));
        foreach (var h in header) t.AddColumn(new TableColumn(h));
        foreach (var row in rows) t.AddRow([.. row.Select(Markup.Escape)]);
        AnsiConsole.Write(t);
    }

    public static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
    public static string N(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string Csv(string v) => v.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
}
