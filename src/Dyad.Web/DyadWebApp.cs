using System.Text.Json;
using System.Text.Json.Serialization;
using Dyad.Analysis;
using Dyad.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.OutputCaching;

namespace Dyad.Web;

/// <summary>
/// Builds the web application: the JSON API under /api (field names as in the JSON Lines records), the OpenAPI
/// document at /openapi, and the dashboard at /. Errors are JSON <see cref="ApiError"/> bodies without stack traces.
/// </summary>
public static class DyadWebApp
{
    /// <summary>The JSON options of every answer: snake_case names, nulls written.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Opens the store and builds the application (not started). The app owns the store.</summary>
    public static WebApplication Build(WebOptions options)
    {
        var store = EventStores.Open(options.Db);
        try { return Build(options, store); }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static WebApplication Build(WebOptions options, IEventStore store)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        // A body that does not bind (malformed JSON, a number for a string) throws, so the error handler answers
        // with a JSON error naming the field instead of an empty 400.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = Json.PropertyNamingPolicy;
            o.SerializerOptions.DefaultIgnoreCondition = Json.DefaultIgnoreCondition;
            o.SerializerOptions.Encoder = Json.Encoder;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Dyad API";
            doc.Info.Description = "Political events coded from news (CAMEO), their sentences and documents. Field names follow docs/event-record.md.";
            return Task.CompletedTask;
        }));
        if (options.CorsOrigins.Count > 0)
            builder.Services.AddCors(c => c.AddDefaultPolicy(p => p.WithOrigins([.. options.CorsOrigins]).WithMethods("GET", "POST").WithHeaders("Content-Type", "X-Api-Key")));
        var reads = new ReadConnections(store, Math.Max(1, options.ReadConnections));
        // Read answers are cached by URL and data version: dashboards ask the same few questions, and a DuckDB file
        // has no writer but this process, so an ingest (which bumps the version) is the only change. A PostgreSQL
        // store may be written by workers elsewhere, so its answers live only briefly.
        var version = new StoreVersion();
        builder.Services.AddSingleton(version);
        builder.Services.AddOutputCache(o => o.AddPolicy(StoreVersion.CachePolicy, p => p
            .Expire(store.Kind == StoreKind.DuckDb ? TimeSpan.FromMinutes(10) : TimeSpan.FromSeconds(options.CacheSeconds))
            .VaryByValue(_ => new KeyValuePair<string, string>("v", version.Current.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Tag(StoreVersion.CachePolicy)));
        var ingestion = new Ingestion(store, options);
        var keys = new ApiKeyCheck(options);
        builder.Services.AddSingleton(reads);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(ingestion);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            reads.Dispose();
            ingestion.Dispose();
            store.Dispose();
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteErrorAsync, StatusCodeSelector = StatusFor });
        app.Use(async (ctx, next) =>
        {
            ctx.Response.Headers.XContentTypeOptions = "nosniff";
            ctx.Response.Headers["Referrer-Policy"] = "no-referrer";
            if (ctx.Request.Path.StartsWithSegments("/api") && keys.Check(ctx) is { } denied)
            {
                ctx.Response.StatusCode = denied.Status;
                await ctx.Response.WriteAsJsonAsync(denied.Error, Json);
                return;
            }
            await next(ctx);
        });
        if (options.CorsOrigins.Count > 0) app.UseCors();
        app.UseOutputCache();
        app.MapOpenApi("/openapi");
        MapApi(app);
        MapDashboard(app);
        return app;
    }

    private static int StatusFor(Exception e) => e switch
    {
        QueryException => StatusCodes.Status400BadRequest,
        BadHttpRequestException b => b.StatusCode,
        JsonException => StatusCodes.Status400BadRequest,
        OperationCanceledException => 499,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static async Task WriteErrorAsync(HttpContext ctx)
    {
        var e = ctx.Features.Get<IExceptionHandlerFeature>()?.Error;
        var error = e switch
        {
            QueryException q => new ApiError(q.Message, q.Field),
            BadHttpRequestException { StatusCode: 413 } => new ApiError("the request body is too large"),
            BadHttpRequestException b when b.InnerException is JsonException j => JsonError(j),
            BadHttpRequestException b => new ApiError(FirstLine(b.Message)),
            JsonException j => JsonError(j),
            _ => new ApiError("internal error; see the server log"),
        };
        if (ctx.Response.StatusCode >= 500 && e is not null)
            ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Dyad.Web").LogError(e, "request {Path} failed", ctx.Request.Path);
        await ctx.Response.WriteAsJsonAsync(error, Json);
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    // The JSON path of the bad value ("$.documents[0].text") names the field, in the form QueryException uses.
    private static ApiError JsonError(JsonException j)
    {
        string? field = j.Path is { Length: > 1 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        string where = field is null ? "" : $" at '{field}'";
        return new ApiError($"the body is not valid JSON{where}: " + FirstLine(j.Message), field ?? "body");
    }

    private static void MapApi(WebApplication app)
    {
        var api = app.MapGroup("/api");
        if (app.Services.GetRequiredService<WebOptions>() is { CacheSeconds: > 0 }) api.CacheOutput(StoreVersion.CachePolicy);

        api.MapGet("/stats", (ReadConnections db, CancellationToken ct) => db.RunAsync(a => a.Stats(), ct))
            .WithSummary("Store totals: documents, events, mentions, first and last event day.");

        api.MapGet("/events", (ReadConnections db, CancellationToken ct, string? from, string? to, string? actor, string? partner, string? source, string? target,
                string? code, string? quad_class, string? place, string? q, string? offset, string? limit) =>
            {
                var query = new EventQuery
                {
                    From = QueryArgs.Date(from, "from"), To = QueryArgs.Date(to, "to"),
                    Actor = QueryArgs.Actor(actor, "actor"), Partner = QueryArgs.Actor(partner, "partner"), Source = QueryArgs.Actor(source, "source"), Target = QueryArgs.Actor(target, "target"),
                    Code = string.IsNullOrEmpty(code) ? null : code, QuadClass = QueryArgs.OptInt(quad_class, "quad_class"),
                    Place = string.IsNullOrEmpty(place) ? null : place, Text = string.IsNullOrEmpty(q) ? null : q,
                    Offset = QueryArgs.Int(offset, "offset", 0), Limit = QueryArgs.Int(limit, "limit", 50),
                };
                query.Validate();
                return db.RunAsync(a => a.Search(query), ct);
            })
            .WithSummary("Search events, newest first: filters combine with AND; paginated with offset and limit (at most 500).");

        api.MapGet("/events/{id}", async (ReadConnections db, CancellationToken ct, string id) =>
            {
                if (!long.TryParse(id, out long eventId)) throw new QueryException("id", $"id '{id}' is not an event id");
                var e = await db.RunAsync(a => a.GetEvent(eventId), ct);
                return e is null ? Results.Json(new ApiError($"no event {eventId}", "id"), Json, statusCode: 404) : Results.Json(e, Json);
            })
            .WithSummary("One event with every mention: sentence, actor and verb offsets, the pattern that matched, the article.");

        api.MapGet("/series", (ReadConnections db, CancellationToken ct, string? a, string? b, string? by, string? directed, string? from, string? to) =>
            {
                var query = new SeriesQuery
                {
                    A = ActorSpec.Parse(a, "a"), B = QueryArgs.Actor(b, "b"), By = Periods.Parse(by, "by"),
                    Directed = QueryArgs.Bool(directed, "directed", false), From = QueryArgs.Date(from, "from"), To = QueryArgs.Date(to, "to"),
                };
                query.Validate();
                return db.RunAsync(x => x.Series(query), ct);
            })
            .WithSummary("Dyad time series: per day/week/month/year, events per QuadClass and CAMEO root, Goldstein sum and mean, articles.");

        api.MapGet("/top", (ReadConnections db, CancellationToken ct, string? from, string? to, string? limit, string? level, string? directed, string? actor) =>
            {
                var query = TopArgs(from, to, limit, level, directed, actor);
                return db.RunAsync(x => x.Top(query), ct);
            })
            .WithSummary("The most active actors and dyads in a period; with actor, that actor's partners.");

        api.MapGet("/network", async (ReadConnections db, CancellationToken ct, string? from, string? to, string? limit, string? level, string? actor, string? format) =>
            {
                var query = TopArgs(from, to, limit ?? "50", level, "true", actor);
                var net = await db.RunAsync(x => x.Network(query), ct);
                if (format is null or "" or "json") return Results.Json(net, Json);
                if (format != "graphml") throw new QueryException("format", "format must be json or graphml");
                var ms = new MemoryStream();
                NetworkGraphMl.Write(net, ms);
                return Results.Bytes(ms.ToArray(), "application/graphml+xml");
            })
            .WithSummary("The actor network: nodes with activity, directed edges with event counts and mean Goldstein (json or graphml).");

        api.MapGet("/actors", (ReadConnections db, CancellationToken ct, string? q, string? limit) =>
            {
                int n = QueryArgs.Int(limit, "limit", 50);
                return db.RunAsync(x => x.Actors(q, n), ct);
            })
            .WithSummary("Stored actors with their event counts, most active first; q filters code or name.");

        api.MapGet("/actors/{code}/partners", (ReadConnections db, CancellationToken ct, string code, string? from, string? to, string? limit) =>
            {
                var query = TopArgs(from, to, limit, "code", "false", code);
                return db.RunAsync(x => x.Top(query).Dyads, ct);
            })
            .WithSummary("An actor's partners: dyads that involve it, either way, most active first.");

        api.MapGet("/documents/{**id}", async (ReadConnections db, CancellationToken ct, string id) =>
            {
                if (id.Length is 0 or > 300) throw new QueryException("id", "id must be 1 to 300 characters");
                var d = await db.RunAsync(a => a.GetDocument(id), ct);
                return d is null ? Results.Json(new ApiError($"no document '{id}'", "id"), Json, statusCode: 404) : Results.Json(d, Json);
            })
            .WithSummary("A document with its sentences and event records.");

        api.MapPost("/documents", async (Ingestion ingest, ReadConnections db, StoreVersion version, IOutputCacheStore cache, CancellationToken ct, IngestRequest? body) =>
            {
                var docs = Ingestion.Validate(body);
                var (outcomes, warnings) = await ingest.IngestAsync(docs, ct);
                if (outcomes.Any(o => o.Outcome != "known"))
                {
                    version.Bump();
                    await cache.EvictByTagAsync(StoreVersion.CachePolicy, CancellationToken.None);
                }
                var events = new List<MentionRecord>();
                foreach (var o in outcomes.Where(o => o.Outcome == "stored"))
                    if (await db.RunAsync(a => a.GetDocument(o.DocId), ct) is { } view) events.AddRange(view.Events);
                return Results.Json(new IngestResponse(outcomes, events, warnings), Json, statusCode: 201);
            })
            .WithSummary("Code articles and store them at once (needs the API key). Body: {\"documents\":[{\"id\",\"text\",\"title\",\"published\",\"source\",\"url\"}]}.");

        api.MapFallback((HttpContext ctx) => Results.Json(new ApiError($"no endpoint {ctx.Request.Method} {ctx.Request.Path}"), Json, statusCode: 404));
    }

    private static TopQuery TopArgs(string? from, string? to, string? limit, string? level, string? directed, string? actor)
    {
        var q = new TopQuery
        {
            From = QueryArgs.Date(from, "from"), To = QueryArgs.Date(to, "to"), Limit = QueryArgs.Int(limit, "limit", 20),
            Level = QueryArgs.Level(level, "level"), Directed = QueryArgs.Bool(directed, "directed", true), Actor = QueryArgs.Actor(actor, "actor"),
        };
        q.Validate();
        return q;
    }

    private static void MapDashboard(WebApplication app)
    {
        static IResult Serve(HttpContext ctx, string file)
        {
            if (!DashboardAssets.TryGet(file, out var body, out string type)) return Results.NotFound();
            ctx.Response.Headers.CacheControl = "no-cache";
            ctx.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
            return Results.Bytes(body, type);
        }
        app.MapGet("/", (HttpContext ctx) => Serve(ctx, "index.html")).ExcludeFromDescription();
        app.MapGet("/{file}", (HttpContext ctx, string file) => Serve(ctx, file)).ExcludeFromDescription();
    }
}
