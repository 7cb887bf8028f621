using Dyad.Coding;
using Dyad.Coding.Dictionaries;
using Dyad.Ingest;
using Dyad.Storage;
using Microsoft.AspNetCore.Builder;

[assembly: AssemblyFixture(typeof(Dyad.Web.Tests.ServerFixture))]

namespace Dyad.Web.Tests;

/// <summary>
/// Codes the sample articles into a fresh DuckDB file and starts the real server on 127.0.0.1 (a free port) for all
/// tests of the assembly.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-0123456789";
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-web-").FullName;
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    public async ValueTask InitializeAsync()
    {
        string db = Path.Combine(_dir, "web.duckdb");
        using (var store = EventStores.Open(db))
        using (var writer = new StoreWriter(store))
        {
            var inputs = Directory.GetFiles(Path.Combine(RepoRoot(), "data", "samples", "articles"), "*.txt").Order(StringComparer.Ordinal)
                .Select(f => new InputFile(f, () => File.OpenRead(f))).ToList();
            var coder = new DocumentCoder(new EventCoder(DictionarySet.Default));
            new CodingPipeline(coder, new IngestOptions(), 2).Run(inputs, writer.StoredDocIds.Contains, d => writer.Add(d), _ => { }, new PipelineStats());
        }
        _app = DyadWebApp.Build(new WebOptions { Db = db, Urls = ["http://127.0.0.1:0"], ApiKey = ApiKey, MaxBodyBytes = 256 * 1024 });
        await _app.StartAsync();
        BaseUri = new Uri(_app.Urls.First().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        try { Directory.Delete(_dir, true); }
        catch (IOException) { }
    }
}
