using System.Net;
using System.Net.Http.Headers;

namespace Dyad.Ingest;

/// <summary>The result of a fetch: status, body (null when not modified or refused), validators, and why it failed.</summary>
public sealed record FetchResult(HttpStatusCode Status, string? Body, string? ETag, string? LastModified, string? Error);

/// <summary>
/// HTTP fetching for crawling news: a per-request timeout, a body size cap, at most one request per host per
/// <see cref="HostDelay"/>, robots.txt honoured (fetched once per host; User-agent "dyad" rules, else "*"), and
/// conditional requests (If-None-Match, If-Modified-Since). Thread-safe.
/// </summary>
public sealed class PoliteFetcher(HttpClient http, TimeSpan hostDelay, long maxBytes, string userAgent = "dyad") : IDisposable
{
    private readonly HttpClient _http = http;
    private readonly Dictionary<string, DateTime> _nextAllowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RobotsRules> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>Least time between two requests to one host.</summary>
    public TimeSpan HostDelay { get; } = hostDelay;

    /// <summary>Largest body read.</summary>
    public long MaxBytes { get; } = maxBytes;

    /// <summary>Fetches a URL politely; never throws for network errors (they are in <see cref="FetchResult.Error"/>).</summary>
    public async Task<FetchResult> FetchAsync(Uri url, string? etag = null, string? lastModified = null, CancellationToken ct = default)
    {
        if (!await AllowedAsync(url, ct)) return new FetchResult(HttpStatusCode.Forbidden, null, null, null, "disallowed by robots.txt");
        return await GetAsync(url, etag, lastModified, ct);
    }

    private async Task<FetchResult> GetAsync(Uri url, string? etag, string? lastModified, CancellationToken ct)
    {
        await WaitForHostAsync(url, ct);
        using var req = new HttpRequestMessage(HttpMethod.Get, url);
        req.Headers.UserAgent.Add(new ProductInfoHeaderValue(userAgent, "1.0"));
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag)) req.Headers.IfNoneMatch.Add(tag);
        if (lastModified is not null && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var lm))
            req.Headers.IfModifiedSince = lm;
        try
        {
            using var resp = await _http.SendAsync(req, HttpCompletionOption.ResponseHeadersRead, ct);
            string? newTag = resp.Headers.ETag?.ToString();
            string? newLm = resp.Content.Headers.LastModified?.ToString("R");
            if (resp.StatusCode == HttpStatusCode.NotModified) return new FetchResult(resp.StatusCode, null, etag, lastModified, null);
            if (!resp.IsSuccessStatusCode) return new FetchResult(resp.StatusCode, null, null, null, $"HTTP {(int)resp.StatusCode} {resp.ReasonPhrase}");
            if (resp.Content.Headers.ContentLength > MaxBytes) return new FetchResult(resp.StatusCode, null, null, null, $"larger than the {MaxBytes:N0}-byte limit");
            await using var s = await resp.Content.ReadAsStreamAsync(ct);
            using var ms = new MemoryStream();
            var buf = new byte[1 << 15];
            int n;
            while ((n = await s.ReadAsync(buf, ct)) > 0)
            {
                if (ms.Length + n > MaxBytes) return new FetchResult(resp.StatusCode, null, null, null, $"larger than the {MaxBytes:N0}-byte limit");
                ms.Write(buf, 0, n);
            }
            string? body = InputDecoder.Decode(ms.GetBuffer().AsSpan(0, (int)ms.Length), url.ToString(), out var err);
            return body is null ? new FetchResult(resp.StatusCode, null, null, null, err!.Message) : new FetchResult(resp.StatusCode, body, newTag, newLm, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
        {
            return new FetchResult(0, null, null, null, e is TaskCanceledException ? "timed out" : e.Message);
        }
    }

    private async Task WaitForHostAsync(Uri url, CancellationToken ct)
    {
        TimeSpan wait;
        await _lock.WaitAsync(ct);
        try
        {
            var now = DateTime.UtcNow;
            var at = _nextAllowed.TryGetValue(url.Authority, out var next) && next > now ? next : now;
            _nextAllowed[url.Authority] = at + HostDelay;
            wait = at - now;
        }
        finally { _lock.Release(); }
        if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
    }

    private async Task<bool> AllowedAsync(Uri url, CancellationToken ct)
    {
        RobotsRules? rules;
        await _lock.WaitAsync(ct);
        try { _robots.TryGetValue(url.Authority, out rules); }
        finally { _lock.Release(); }
        if (rules is null)
        {
            var robotsUrl = new Uri(url, "/robots.txt");
            var r = await GetAsync(robotsUrl, null, null, ct);
            // No robots.txt (or an error fetching it) allows everything, as crawlers conventionally read it.
            rules = r.Body is null ? RobotsRules.AllowAll : RobotsRules.Parse(r.Body, userAgent);
            await _lock.WaitAsync(ct);
            try { _robots[url.Authority] = rules; }
            finally { _lock.Release(); }
        }
        return rules.IsAllowed(url.PathAndQuery);
    }

    /// <inheritdoc/>
    public void Dispose() => _lock.Dispose();
}
