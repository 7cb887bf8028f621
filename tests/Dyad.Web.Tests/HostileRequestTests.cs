using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dyad.Web.Tests;

/// <summary>
/// Hostile requests against the real server on 127.0.0.1: writes without the key are refused, oversized bodies get
/// 413 (with or without a Content-Length), malformed JSON gets a 400 naming the field, and none of it is a 5xx.
/// </summary>
public sealed class HostileRequestTests(ServerFixture server)
{
    private readonly HttpClient _http = server.Client;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content, string? key)
    {
        var req = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) req.Headers.Add("X-Api-Key", key);
        return req;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static TheoryData<string, string, string?> UnauthenticatedWrites => new()
    {
        { "POST", "api/documents", null },
        { "POST", "api/documents", "" },
        { "POST", "api/documents", "test-key-0123456789x" },
        { "PUT", "api/documents", null },
        { "DELETE", "api/documents/doc-1", null },
        { "PATCH", "api/events/1", "wrong" },
        { "POST", "api/stats", null },
    };

    [Theory]
    [MemberData(nameof(UnauthenticatedWrites))]
    public async Task Writes_without_the_key_are_refused(string method, string path, string? key)
    {
        using var res = await _http.SendAsync(Request(new HttpMethod(method), path, Json("""{"documents":[{"text":"Pakistan met China."}]}"""), key), Ct);
        Assert.True(res.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{method} {path}: {(int)res.StatusCode}");
        var body = await res.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Bearer_key_is_accepted_and_a_wrong_scheme_is_not()
    {
        var req = Request(HttpMethod.Post, "api/documents", Json("""{"documents":[]}"""), null);
        req.Headers.Add("Authorization", "Basic " + ServerFixture.ApiKey);
        using var basic = await _http.SendAsync(req, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, basic.StatusCode);
        req = Request(HttpMethod.Post, "api/documents", Json("""{"documents":[]}"""), null);
        req.Headers.Add("Authorization", "Bearer " + ServerFixture.ApiKey);
        using var bearer = await _http.SendAsync(req, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bearer.StatusCode); // past the key check; the empty list is refused
    }

    [Fact]
    public async Task Oversized_body_with_a_length_is_413()
    {
        string big = "{\"documents\":[{\"text\":\"" + new string('a', 300 * 1024) + "\"}]}";
        using var res = await _http.SendAsync(Request(HttpMethod.Post, "api/documents", Json(big), ServerFixture.ApiKey), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, res.StatusCode);
    }

    [Fact]
    public async Task Oversized_chunked_body_is_413()
    {
        // No Content-Length: the limit must hold while the body streams in.
        var content = new PushStreamContent(async s =>
        {
            await s.WriteAsync("{\"documents\":[{\"text\":\""u8.ToArray(), Ct);
            var chunk = Encoding.ASCII.GetBytes(new string('a', 16 * 1024));
            for (int i = 0; i < 64; i++) await s.WriteAsync(chunk, Ct);
            await s.WriteAsync("\"}]}"u8.ToArray(), Ct);
        });
        content.Headers.ContentType = new("application/json");
        using var res = await _http.SendAsync(Request(HttpMethod.Post, "api/documents", content, ServerFixture.ApiKey), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, res.StatusCode);
    }

    [Theory]
    [InlineData("""{"documents":[{"text":5}]}""", "documents[0].text")]
    [InlineData("""{"documents":[{"text":"Pakistan met China.","published":{"y":2026}}]}""", "documents[0].published")]
    [InlineData("""{"documents":{"text":"x"}}""", "documents")]
    [InlineData("""{"documents":[{"text":"a", "id": [1]}]}""", "documents[0].id")]
    [InlineData("""{"documents":[{"text":"Pakistan met China.",}]}""", "documents[0]")]
    [InlineData("""{"documents":[{"text":"unterminated""", "documents[0].text")]
    [InlineData("""[1,2,3]""", "body")]
    [InlineData("""not json at all""", "body")]
    public async Task Malformed_json_is_400_naming_the_field(string json, string field)
    {
        using var res = await _http.SendAsync(Request(HttpMethod.Post, "api/documents", Json(json), ServerFixture.ApiKey), Ct);
        string text = await res.Content.ReadAsStringAsync(Ct);
        Assert.True(res.StatusCode == HttpStatusCode.BadRequest, $"{(int)res.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(field, body.GetProperty("field").GetString());
        Assert.Contains("JSON", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Random_bodies_never_give_a_5xx()
    {
        // A small fuzz over the write endpoint: mutated valid bodies, with the key so they reach the parser.
        var rnd = new Random(11);
        byte[] valid = """{"documents":[{"id":"fz","text":"Pakistan met China.","published":"2026-01-05","title":"t"}]}"""u8.ToArray();
        for (int i = 0; i < 150; i++)
        {
            var b = new List<byte>(valid);
            for (int e = 0; e < 1 + rnd.Next(6); e++)
            {
                int at = rnd.Next(b.Count);
                if (rnd.Next(3) == 0) b.RemoveAt(at);
                else if (rnd.Next(2) == 0) b.Insert(at, (byte)rnd.Next(256));
                else b[at] = (byte)"{}[]\",:\\0u"[rnd.Next(10)];
            }
            var content = new ByteArrayContent([.. b]);
            content.Headers.ContentType = new("application/json");
            using var res = await _http.SendAsync(Request(HttpMethod.Post, "api/documents", content, ServerFixture.ApiKey), Ct);
            Assert.True((int)res.StatusCode < 500, $"{(int)res.StatusCode} for {Encoding.UTF8.GetString([.. b])}: {await res.Content.ReadAsStringAsync(Ct)}");
        }
    }

    private sealed class PushStreamContent(Func<Stream, Task> write) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => write(stream);
        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
