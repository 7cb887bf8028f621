using System.ComponentModel;
using Dyad.Storage;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad export --db DB --format jsonl|csv|gdelt|parquet</c>: writes the store's events, filtered.</summary>
public sealed class ExportCommand : AsyncCommand<ExportCommand.Settings>
{
    /// <summary>Options of <c>dyad export</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The store.</summary>
        [CommandOption("--db <DB>")]
        [Description("DuckDB file or postgres:// URL.")]
        public string? Db { get; init; }

        /// <summary>Output format.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("jsonl (default), csv, gdelt (GDELT 2.0 event table, 61 tab-separated columns) or parquet.")]
        public string Format { get; init; } = "jsonl";

        /// <summary>First day.</summary>
        [CommandOption("--from <DATE>")]
        public string? From { get; init; }

        /// <summary>Last day.</summary>
        [CommandOption("--to <DATE>")]
        public string? To { get; init; }

        /// <summary>Actor code prefix.</summary>
        [CommandOption("--actor <CODE>")]
        [Description("Events whose source or target code starts with CODE (PAK, PAKGOV, IGOUNO).")]
        public string? Actor { get; init; }

        /// <summary>CAMEO prefix.</summary>
        [CommandOption("--code <PREFIX>")]
        [Description("Events whose CAMEO code starts with PREFIX (19, 0874).")]
        public string? Code { get; init; }

        /// <summary>Output file.</summary>
        [CommandOption("-o|--out <FILE>")]
        [Description("Output file (default stdout; required for parquet).")]
        public string? Out { get; init; }
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Db is null) throw new DyadInputException("--db: required (a DuckDB file or postgres:// URL)");
        var format = settings.Format.ToLowerInvariant() switch
        {
            "jsonl" or "json" => ExportFormat.JsonLines,
            "csv" => ExportFormat.Csv,
            "gdelt" => ExportFormat.Gdelt,
            "parquet" => ExportFormat.Parquet,
            _ => throw new DyadInputException($"--format: unknown format '{settings.Format}' (jsonl, csv, gdelt, parquet)"),
        };
        if (format == ExportFormat.Parquet && settings.Out is null) throw new DyadInputException("--format parquet: give --out FILE");
        if (!Storage.Postgres.PostgresUrl.IsPostgres(settings.Db) && !File.Exists(settings.Db))
            throw new DyadInputException($"--db: {settings.Db}: no such store");
        var filter = new EventFilter
        {
            From = CoderFactory.ParseDate(settings.From, "--from"),
            To = CoderFactory.ParseDate(settings.To, "--to"),
            Actor = settings.Actor,
            Code = settings.Code,
        };
        using var store = CodeCommand.OpenStore(settings.Db);
        await using var output = settings.Out is null ? Console.OpenStandardOutput() : File.Create(settings.Out);
        long n = await EventExporter.ExportAsync(store, filter, format, output, cancellationToken);
        Console.Error.WriteLine($"exported {n:N0} event(s)");
        return 0;
    }
}
