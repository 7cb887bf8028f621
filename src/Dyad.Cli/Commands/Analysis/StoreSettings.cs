using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands.Analysis;

/// <summary>Options every analysis command has: the store, a date range and the output format.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>The store.</summary>
    [CommandOption("--db <DB>")]
    [Description("DuckDB file or postgres:// URL (default ./dyad.duckdb).")]
    public string Db { get; init; } = "dyad.duckdb";

    /// <summary>First day.</summary>
    [CommandOption("--from <DATE>")]
    [Description("First day (YYYY-MM-DD).")]
    public string? From { get; init; }

    /// <summary>Last day.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Last day (YYYY-MM-DD), inclusive.")]
    public string? To { get; init; }

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table (default), csv or json.")]
    public string? Format { get; init; }
}
