using System.ComponentModel;
using Dyad.Web;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad serve</c>: the HTTP API, the OpenAPI document and the dashboard over a store, until Ctrl+C.</summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    /// <summary>Options of <c>dyad serve</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The store.</summary>
        [CommandOption("--db <DB>")]
        [Description("DuckDB file or postgres:// URL (default ./dyad.duckdb).")]
        public string Db { get; init; } = "dyad.duckdb";

        /// <summary>Listen addresses.</summary>
        [CommandOption("--urls <URLS>")]
        [Description("Addresses to listen on, separated by ';' (default http://127.0.0.1:5000).")]
        public string Urls { get; init; } = "http://127.0.0.1:5000";

        /// <summary>The write key.</summary>
        [CommandOption("--api-key <KEY>")]
        [Description("Key for writing endpoints (POST /api/documents); default env DYAD_API_KEY; without one, writing is off.")]
        public string? ApiKey { get; init; }

        /// <summary>CORS origins.</summary>
        [CommandOption("--cors <ORIGINS>")]
        [Description("Origins allowed by CORS, separated by ',' (default: CORS off).")]
        public string? Cors { get; init; }

        /// <summary>Open reads.</summary>
        [CommandOption("--open-reads")]
        [Description("Answer reads from other machines without the key (default: loopback only).")]
        public bool OpenReads { get; init; }

        /// <summary>Body limit.</summary>
        [CommandOption("--max-body-kb <KB>")]
        [Description("Largest request body in KiB (default 1024).")]
        public int MaxBodyKb { get; init; } = 1024;

        /// <summary>Dictionaries.</summary>
        [CommandOption("--dictionaries <DIR>")]
        [Description("Folder of extra dictionaries for POSTed articles.")]
        public string? Dictionaries { get; init; }
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.MaxBodyKb is < 1 or > 65536) throw new DyadInputException("--max-body-kb must be between 1 and 65536");
        var options = new WebOptions
        {
            Db = settings.Db,
            Urls = settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            ApiKey = settings.ApiKey ?? Environment.GetEnvironmentVariable("DYAD_API_KEY"),
            CorsOrigins = settings.Cors?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
            OpenReads = settings.OpenReads,
            MaxBodyBytes = settings.MaxBodyKb * 1024L,
            Dictionaries = settings.Dictionaries,
        };
        await using var app = DyadWebApp.Build(options);
        await app.StartAsync(cancellationToken);
        foreach (var url in app.Urls) AnsiConsole.MarkupLine($"Dyad dashboard on [bold]{Markup.Escape(url)}/[/], API under /api, OpenAPI at /openapi. Ctrl+C stops.");
        if (options.ApiKey is null) AnsiConsole.MarkupLine("[grey]No API key: POST /api/documents is off (--api-key or DYAD_API_KEY).[/]");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
