using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dyad.Web.Tests;

/// <summary>The JSON API over a real server on 127.0.0.1 and a store of the coded sample articles.</summary>
public sealed class ApiTests(ServerFixture server)
{
    private readonly HttpClient _http = server.Client;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GetJson(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var res = await _http.GetAsync(path, Ct);
        string body = await res.Content.ReadAsStringAsync(Ct);
        Assert.True(res.StatusCode == expected, $"{path}: {(int)res.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Stats_count_the_sample_articles()
    {
        var s = await GetJson("api/stats");
        Assert.True(s.GetProperty("documents").GetInt64() >= 39);
        Assert.True(s.GetProperty("events").GetInt64() > 50);
    }

    [Fact]
    public async Task Events_page_with_record_field_names()
    {
        var page = await GetJson("api/events?limit=5");
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt64() > 5);
        var e = page.GetProperty("items")[0];
        foreach (var field in new[] { "event_id", "doc_id", "sentence_index", "sentence", "event_date", "source", "cameo", "cameo_root", "quad_class", "goldstein", "location" })
            Assert.True(e.TryGetProperty(field, out _), field);
        var next = await GetJson("api/events?limit=5&offset=5");
        Assert.NotEqual(e.GetProperty("event_id").GetString(), next.GetProperty("items")[0].GetProperty("event_id").GetString());
    }

    [Theory]
    [InlineData("actor=PAK")]
    [InlineData("actor=PAK&partner=AFG")]
    [InlineData("code=19&quad_class=4")]
    public async Task Event_filters_hold_for_every_row(string query)
    {
        var page = await GetJson("api/events?limit=500&" + query);
        Assert.True(page.GetProperty("items").GetArrayLength() > 0);
        foreach (var e in page.GetProperty("items").EnumerateArray())
        {
            string src = e.GetProperty("source").GetProperty("code").GetString()!;
            string tgt = e.GetProperty("target").ValueKind == JsonValueKind.Null ? "" : e.GetProperty("target").GetProperty("code").GetString()!;
            if (query.Contains("actor=PAK")) Assert.True(src.StartsWith("PAK") || tgt.StartsWith("PAK"), src + " " + tgt);
            if (query.Contains("partner=AFG")) Assert.True(src.StartsWith("AFG") || tgt.StartsWith("AFG"), src + " " + tgt);
            if (query.Contains("code=19")) Assert.StartsWith("19", e.GetProperty("cameo").GetString());
        }
    }

    [Fact]
    public async Task Text_search_finds_words_in_sentences()
    {
        var page = await GetJson("api/events?q=border");
        Assert.True(page.GetProperty("total").GetInt64() > 0);
        foreach (var e in page.GetProperty("items").EnumerateArray())
            Assert.Contains("border", e.GetProperty("sentence").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Series_counts_match_the_event_search()
    {
        var series = await GetJson("api/series?a=PAK&b=AFG&by=month");
        long sum = series.EnumerateArray().Sum(p => p.GetProperty("events").GetInt64());
        var events = await GetJson("api/events?actor=PAK&partner=AFG&limit=1");
        Assert.True(sum > 0);
        Assert.Equal(events.GetProperty("total").GetInt64(), sum);
        var p = series[0];
        Assert.Equal(p.GetProperty("events").GetInt64(), p.GetProperty("quad").EnumerateArray().Sum(q => q.GetInt64()));
        Assert.True(p.GetProperty("articles").GetInt64() >= 1);
    }

    [Fact]
    public async Task Event_detail_offsets_point_into_the_sentence()
    {
        var page = await GetJson("api/events?limit=20");
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            var d = await GetJson("api/events/" + item.GetProperty("event_id").GetString());
            var m = d.GetProperty("mentions")[0];
            string sentence = m.GetProperty("sentence").GetString()!;
            int start = m.GetProperty("sentence_start").GetInt32();
            foreach (string side in new[] { "source", "target", "verb" })
            {
                var span = m.GetProperty(side);
                if (span.ValueKind == JsonValueKind.Null) continue;
                int s = span.GetProperty("start").GetInt32() - start, e = span.GetProperty("end").GetInt32() - start;
                if (s < 0 || e > sentence.Length) continue; // coreference may name an actor outside the sentence
                Assert.Equal(span.GetProperty("text").GetString(), sentence[s..e]);
            }
            Assert.False(string.IsNullOrEmpty(m.GetProperty("pattern").GetProperty("file").GetString()));
        }
    }

    [Fact]
    public async Task Document_has_sentences_and_events()
    {
        var e = (await GetJson("api/events?limit=1")).GetProperty("items")[0];
        string id = e.GetProperty("doc_id").GetString()!;
        var d = await GetJson("api/documents/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString)));
        Assert.Equal(id, d.GetProperty("doc_id").GetString());
        Assert.True(d.GetProperty("sentences").GetArrayLength() > 0);
        Assert.True(d.GetProperty("events").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Top_network_and_actors()
    {
        var top = await GetJson("api/top?level=country&directed=false&limit=5");
        Assert.Equal(5, top.GetProperty("dyads").GetArrayLength());
        var net = await GetJson("api/network?limit=10");
        Assert.True(net.GetProperty("edges").GetArrayLength() > 0);
        var codes = net.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToHashSet();
        foreach (var edge in net.GetProperty("edges").EnumerateArray()) Assert.Contains(edge.GetProperty("source").GetString(), codes);
        string graphml = await _http.GetStringAsync("api/network?format=graphml", Ct);
        Assert.Contains("<graphml", graphml);
        var actors = await GetJson("api/actors?q=pak");
        Assert.True(actors.GetArrayLength() > 0);
        var partners = await GetJson("api/actors/PAK/partners");
        Assert.True(partners.GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("api/events?from=2026-13-01", "from")]
    [InlineData("api/events?limit=100000", "limit")]
    [InlineData("api/events?offset=-1", "offset")]
    [InlineData("api/events?quad_class=7", "quad_class")]
    [InlineData("api/events?code=1%27;drop", "code")]
    [InlineData("api/events?actor=PAK%27--", "actor")]
    [InlineData("api/series?a=PAK&by=decade", "by")]
    [InlineData("api/series?b=PAK", "a")]
    [InlineData("api/series?a=PAK&by=day&from=1900-01-01&to=2026-01-01", "by")]
    [InlineData("api/events/abc", "id")]
    public async Task Bad_parameters_are_400_naming_the_field(string path, string field)
    {
        var error = await GetJson(path, HttpStatusCode.BadRequest);
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.DoesNotContain(" at ", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Unknown_things_are_404_json()
    {
        var e = await GetJson("api/events/1", HttpStatusCode.NotFound);
        Assert.Contains("no event", e.GetProperty("error").GetString());
        await GetJson("api/nothing", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Openapi_document_lists_the_endpoints()
    {
        string doc = await _http.GetStringAsync("openapi", Ct);
        foreach (var path in new[] { "/api/events", "/api/series", "/api/top", "/api/network", "/api/documents" }) Assert.Contains(path, doc);
    }

    private static HttpRequestMessage Post(string json, string? key)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "api/documents") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null) req.Headers.Add("X-Api-Key", key);
        return req;
    }

    private const string Article = """{"documents":[{"id":"api-test-1","published":"2026-04-02","title":"Test","text":"ISLAMABAD, April 2 - Pakistan's army attacked militants near the Afghan border on Wednesday, officials said. China praised Pakistan for its efforts."}]}""";

    [Fact]
    public async Task Posting_needs_the_key()
    {
        using var none = await _http.SendAsync(Post(Article, null), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using var wrong = await _http.SendAsync(Post(Article, "wrong"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task Posted_articles_are_coded_and_stored_at_once()
    {
        using var res = await _http.SendAsync(Post(Article, ServerFixture.ApiKey), Ct);
        string body = await res.Content.ReadAsStringAsync(Ct);
        Assert.True(res.StatusCode == HttpStatusCode.Created, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("api-test-1", json.GetProperty("documents")[0].GetProperty("doc_id").GetString());
        Assert.True(json.GetProperty("events").GetArrayLength() > 0, body);
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
        var doc = await GetJson("api/documents/api-test-1");
        Assert.True(doc.GetProperty("events").GetArrayLength() > 0);
        using var again = await _http.SendAsync(Post(Article, ServerFixture.ApiKey), Ct);
        Assert.Contains("\"known\"", await again.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_cut_sentence_is_answered_in_warnings_naming_its_document()
    {
        // About 530 tokens and no full stop: over the 400-token sentence cap, far under the 200,000-character text cap.
        string runOn = "Dock workers in Mombasa " + string.Concat(Enumerable.Repeat("and the clerks of the grain stores ", 75)) + "walked out on Tuesday.";
        var body = JsonSerializer.Serialize(new
        {
            documents = new[]
            {
                new { id = "warn-runon-1", published = "2026-04-04", text = runOn },
                new { id = "warn-plain-1", published = "2026-04-04", text = "Kenya's government condemned the strike on Tuesday." },
            },
        });
        using var res = await _http.SendAsync(Post(body, ServerFixture.ApiKey), Ct);
        string answer = await res.Content.ReadAsStringAsync(Ct);
        Assert.True(res.StatusCode == HttpStatusCode.Created, answer);
        var warning = Assert.Single(JsonDocument.Parse(answer).RootElement.GetProperty("warnings").EnumerateArray());
        Assert.StartsWith("document warn-runon-1: 1 sentence(s) longer than 400 tokens", warning.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cached_reads_are_dropped_after_an_ingest()
    {
        var before = await GetJson("api/stats");
        using (var again = await _http.GetAsync("api/stats", Ct))
        {
            // Served from the output cache (it sets Age), with the same answer.
            Assert.True(again.Headers.Age is not null, "second read was not cached");
            Assert.Equal(before.GetRawText(), JsonDocument.Parse(await again.Content.ReadAsStringAsync(Ct)).RootElement.GetRawText());
        }
        const string Doc = """{"documents":[{"id":"cache-test-1","published":"2026-04-03","text":"KABUL, April 3 - Afghan forces attacked Taliban fighters near Kandahar on Thursday, officials said."}]}""";
        using (var res = await _http.SendAsync(Post(Doc, ServerFixture.ApiKey), Ct)) Assert.Equal(HttpStatusCode.Created, res.StatusCode);
        var after = await GetJson("api/stats");
        // At least one more: other test classes may ingest into the shared server meanwhile; a stale cached
        // answer would still show the old count.
        long was = before.GetProperty("documents").GetInt64(), now = after.GetProperty("documents").GetInt64();
        Assert.True(now >= was + 1, $"documents {was} -> {now}: the cached stats were not dropped");
    }

    [Theory]
    [InlineData("""{"documents":[]}""", "documents")]
    [InlineData("""{"documents":[{"text":""}]}""", "documents[0].text")]
    [InlineData("""{"documents":[{"text":"Pakistan met China.","published":"yesterday"}]}""", "documents[0].published")]
    public async Task Invalid_posts_are_400_naming_the_field(string json, string field)
    {
        using var res = await _http.SendAsync(Post(json, ServerFixture.ApiKey), Ct);
        var body = await res.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, res.StatusCode);
        Assert.Equal(field, body.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_400_and_big_bodies_413()
    {
        using var bad = await _http.SendAsync(Post("{\"documents\": [", ServerFixture.ApiKey), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        string big = "{\"documents\":[{\"text\":\"" + new string('a', 400 * 1024) + "\"}]}";
        using var large = await _http.SendAsync(Post(big, ServerFixture.ApiKey), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
    }

    [Fact]
    public async Task No_cors_headers_unless_configured()
    {
        var req = new HttpRequestMessage(HttpMethod.Get, "api/stats");
        req.Headers.Add("Origin", "https://elsewhere.example");
        using var res = await _http.SendAsync(req, Ct);
        Assert.False(res.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
