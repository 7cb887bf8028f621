using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Dyad.Cli;
using Dyad.Storage.DuckDb;

namespace Dyad.Storage.Tests;

/// <summary>`dyad watch` against a local HTTP server on 127.0.0.1 serving a feed, robots.txt and article pages.</summary>
public sealed class WatchTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly string _base;
    private volatile string _feed = "";
    private volatile string _etag = "\"v1\"";

    public WatchTests()
    {
        int port;
        using (var l = new TcpListener(IPAddress.Loopback, 0)) { l.Start(); port = ((IPEndPoint)l.LocalEndpoint).Port; }
        _base = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    // About 500 tokens and no full stop: over the 400-token sentence cap. `dyad watch` has no --max-doc-chars, so a
    // cut sentence, which goes through the same warnings as a cut text, keeps the test fast.
    private static readonly string RunOn = "Port staff in Durban " + string.Concat(Enumerable.Repeat("and the crane drivers of the container yard ", 60)) + "stopped work on Monday";

    private static string Page(string title, string body) =>
        $"<html><head><title>{title}</title><meta property=\"article:published_time\" content=\"2025-03-16\"></head>" +
        $"<body><nav>Home | World</nav><article><p>{body}</p></article><footer>(c) Harbour Post</footer></body></html>";

    private string Item(string path, string title, string? description = null) =>
        $"<item><title>{title}</title><link>{_base}{path}</link>{(description is null ? "" : $"<description>{description}</description>")}<pubDate>Sun, 16 Mar 2025 08:00:00 GMT</pubDate></item>";

    private void SetFeed(string etag, params string[] items)
    {
        _feed = $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Post</title>{string.Concat(items)}</channel></rss>";
        _etag = etag;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            string path = ctx.Request.Url!.AbsolutePath;
            _requests.Enqueue(path + (ctx.Request.Headers["If-None-Match"] is { } inm ? " if-none-match=" + inm : ""));
            string? body = path switch
            {
                "/robots.txt" => "User-agent: *\nDisallow: /private/\n",
                "/feed.xml" => _feed,
                "/a1.html" => Page("Expulsion", "The United States expelled South Africa's ambassador on Friday."),
                "/a2.html" => Page("Strike", "Russian forces attacked Ukraine on Monday."),
                "/a4.html" => Page("Aid", "India sent aid to Sri Lanka on Tuesday."),
                "/private/a3.html" => Page("Secret", "Iran praised the talks."),
                "/runon.html" => Page("Walkout", RunOn),
                _ => null,
            };
            if (path == "/feed.xml" && ctx.Request.Headers["If-None-Match"] == _etag) ctx.Response.StatusCode = 304;
            else if (body is null) ctx.Response.StatusCode = 404;
            else
            {
                if (path == "/feed.xml") ctx.Response.Headers["ETag"] = _etag;
                var bytes = Encoding.UTF8.GetBytes(body);
                ctx.Response.ContentType = path.EndsWith(".xml", StringComparison.Ordinal) ? "application/rss+xml" : "text/html; charset=utf-8";
                await ctx.Response.OutputStream.WriteAsync(bytes);
            }
            ctx.Response.Close();
        }
    }

    private List<string> TakeRequests()
    {
        var list = new List<string>();
        while (_requests.TryDequeue(out var r)) list.Add(r);
        return list;
    }

    [Fact]
    public void CodesNewArticlesOnceHonouringRobotsAndETag()
    {
        using var dir = new TempDir();
        string db = dir.File("w.duckdb");
        string[] Args() => ["watch", _base + "feed.xml", "--db", db, "--once", "--host-delay", "10"];
        SetFeed("\"v1\"", Item("a1.html", "Expulsion"), Item("a2.html", "Strike"), Item("private/a3.html", "Secret"));

        Assert.Equal(0, DyadApp.Run(Args()));
        var first = TakeRequests();
        Assert.Contains("/robots.txt", first);
        Assert.DoesNotContain("/private/a3.html", first);
        using (var s = DuckDbEventStore.Open(db))
        {
            Assert.Equal(2, Dump.Count(s, "SELECT count(*) FROM documents"));
            Assert.True(Dump.Count(s, "SELECT count(*) FROM events") >= 2);
            Assert.Equal(1, Dump.Count(s, $"SELECT count(*) FROM documents WHERE doc_id = '{_base}a1.html' AND published = DATE '2025-03-16'"));
        }

        // Restart with the feed unchanged: a conditional request, answered 304, fetches nothing else.
        Assert.Equal(0, DyadApp.Run(Args()));
        var second = TakeRequests();
        Assert.Equal([$"/feed.xml if-none-match=\"v1\""], second.Where(r => r != "/robots.txt"));

        // A new item: only the new article is fetched; the others are known by their URL.
        SetFeed("\"v2\"", Item("a4.html", "Aid"), Item("a1.html", "Expulsion"), Item("a2.html", "Strike"));
        Assert.Equal(0, DyadApp.Run(Args()));
        var third = TakeRequests().Where(r => r != "/robots.txt").ToList();
        Assert.Equal(["/feed.xml if-none-match=\"v1\"", "/a4.html"], third);
        using (var s = DuckDbEventStore.Open(db)) Assert.Equal(3, Dump.Count(s, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public void WarnsOfACutSentenceAsCodeDoes()
    {
        using var dir = new TempDir();
        SetFeed("\"r1\"", Item("runon.html", "Walkout"), Item("a2.html", "Strike"));
        var err = new StringWriter();
        var was = Console.Error;
        Console.SetError(err);
        try { Assert.Equal(0, DyadApp.Run(["watch", _base + "feed.xml", "--db", dir.File("r.duckdb"), "--once", "--host-delay", "10"])); }
        finally { Console.SetError(was); }
        // Only this server's documents: other tests may write to standard error meanwhile.
        var warning = Assert.Single(err.ToString().Split('\n'), l => l.StartsWith("warning: ", StringComparison.Ordinal) && l.Contains(_base, StringComparison.Ordinal));
        Assert.StartsWith($"warning: document {_base}runon.html: 1 sentence(s) longer than 400 tokens", warning, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
