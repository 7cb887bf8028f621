using System.ComponentModel;
using System.Globalization;
using System.Xml;
using Dyad.Ingest;
using Dyad.Storage;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad watch FEED_URL... --db DB</c>: polls RSS/Atom feeds (conditional requests with the stored ETag and
/// Last-Modified), fetches each new article page politely, extracts and codes it into the store. An article's
/// doc_id is its feed link, checked before fetching, so a restarted watcher never codes an article twice.
/// </summary>
public sealed class WatchCommand : AsyncCommand<WatchCommand.Settings>
{
    /// <summary>Options of <c>dyad watch</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Feeds to poll.</summary>
        [CommandArgument(0, "<FEED_URLS>")]
        public string[] Feeds { get; init; } = [];

        /// <summary>The store.</summary>
        [CommandOption("--db <DB>")]
        [Description("DuckDB file or postgres:// URL (required).")]
        public string? Db { get; init; }

        /// <summary>Seconds between polls.</summary>
        [CommandOption("--interval <SECONDS>")]
        [Description("Seconds between polls of each feed (default 300).")]
        public int Interval { get; init; } = 300;

        /// <summary>Poll once and exit.</summary>
        [CommandOption("--once")]
        public bool Once { get; init; }

        /// <summary>Request timeout.</summary>
        [CommandOption("--timeout <SECONDS>")]
        [Description("Timeout of one request (default 20).")]
        public int Timeout { get; init; } = 20;

        /// <summary>Per-host delay.</summary>
        [CommandOption("--host-delay <MS>")]
        [Description("Least milliseconds between two requests to one host (default 1000).")]
        public int HostDelay { get; init; } = 1000;

        /// <summary>Size cap.</summary>
        [CommandOption("--max-kb <KB>")]
        [Description("Largest page or feed read, in KiB (default 4096).")]
        public int MaxKilobytes { get; init; } = 4096;
    }

    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Db is null) throw new DyadInputException("--db: required");
        var feeds = settings.Feeds.Select(f => Uri.TryCreate(f, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u
            : throw new DyadInputException($"{f}: not an http(s) URL")).ToList();
        using var store = CodeCommand.OpenStore(settings.Db, writerOnly: true);
        using var writer = new StoreWriter(store);
        var coder = new DocumentCoder(new Lazy<Dyad.Coding.EventCoder>(() => CoderFactory.Create(null, quiet: true)));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(settings.Timeout) };
        using var fetcher = new PoliteFetcher(http, TimeSpan.FromMilliseconds(settings.HostDelay), settings.MaxKilobytes * 1024L);
        while (true)
        {
            foreach (var feed in feeds) await PollAsync(feed, store, writer, coder, fetcher, cancellationToken);
            if (settings.Once) return 0;
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, settings.Interval)), cancellationToken);
        }
    }

    internal static async Task PollAsync(Uri feed, IEventStore store, StoreWriter writer, DocumentCoder coder, PoliteFetcher fetcher, CancellationToken ct)
    {
        var state = store.LoadFeed(feed.ToString());
        var r = await fetcher.FetchAsync(feed, state?.ETag, state?.LastModified, ct);
        if (r.Status == System.Net.HttpStatusCode.NotModified) { Console.Error.WriteLine($"{feed}: not modified"); return; }
        if (r.Body is null) { Console.Error.WriteLine($"error: {feed}: {r.Error}"); return; }
        List<FeedReader.FeedItem> items;
        try { items = FeedReader.Parse(r.Body); }
        catch (XmlException e) { Console.Error.WriteLine($"error: {feed}:{e.LineNumber}: not a readable RSS/Atom feed: {e.Message}"); return; }
        int coded = 0, known = 0, failed = 0;
        foreach (var item in items)
        {
            string? link = item.Link ?? item.Id;
            if (link is null || !Uri.TryCreate(feed, link, out var url)) { failed++; Console.Error.WriteLine($"error: {feed}#item{item.Index}: no link"); continue; }
            if (writer.IsKnown(url.ToString())) { known++; continue; }
            var doc = await ArticleAsync(url, item, fetcher, ct);
            if (doc is null) { failed++; continue; }
            var codedDoc = coder.Code(doc);
            // As `dyad code` reports them: a cut page is stored, so the warning is the only sign of what was left out.
            foreach (var w in codedDoc.Warnings) Console.Error.WriteLine("warning: " + w);
            writer.Add(codedDoc);
            coded++;
        }
        // The articles are committed before the feed's validators, so a crash between the two refetches the feed
        // and finds its articles known, never the reverse.
        writer.Flush();
        store.SaveFeed(new FeedState(feed.ToString(), r.ETag, r.LastModified, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), items.Count));
        Console.Error.WriteLine($"{feed}: {items.Count} item(s): {coded} coded, {known} already stored, {failed} failed");
    }

    private static async Task<SourceDocument?> ArticleAsync(Uri url, FeedReader.FeedItem item, PoliteFetcher fetcher, CancellationToken ct)
    {
        var meta = new MetadataBuilder();
        meta.SetId(url.ToString(), "feed:link");
        var page = await fetcher.FetchAsync(url, ct: ct);
        string? text = page.Body is null ? null : HtmlExtractor.Extract(page.Body, meta);
        if (text is null)
        {
            // The page is unavailable (robots.txt, error, no main text): the feed's own content is the fallback.
            text = item.Html is null ? null : HtmlExtractor.FragmentText(item.Html);
            if (string.IsNullOrWhiteSpace(text))
            {
                Console.Error.WriteLine($"error: {url}: {page.Error ?? "no main text"}");
                return null;
            }
        }
        meta.SetUrl(url.ToString(), "feed:link");
        meta.SetTitle(item.Title, "feed:title");
        meta.SetPublished(item.Published, "feed:pubDate");
        meta.SetSource(item.FeedTitle, "feed:channel-title");
        return meta.Build(text, url.ToString(), new IngestOptions());
    }
}
