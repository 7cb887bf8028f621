using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dyad.Ingest;

/// <summary>
/// Extracts an article's main text and metadata from an HTML page. Metadata, most trusted first: JSON-LD
/// (NewsArticle/Article: headline, datePublished, url, publisher.name, identifier, inLanguage), OpenGraph and
/// article:* meta tags, other meta tags (date, dc.date, pubdate), the canonical link, then &lt;title&gt; and
/// &lt;html lang&gt;. Main text: the largest &lt;article&gt; (else [itemprop=articleBody], &lt;main&gt;, &lt;body&gt;)
/// after dropping scripts, navigation, headers and footers, asides, figures and captions, forms, and elements whose
/// class, id or role names ads, sharing, related links, newsletters, cookies or comments; one paragraph per block.
/// Thread-safe (a parser per call).
/// </summary>
public static partial class HtmlExtractor
{
    private static readonly string s_drop =
        "script,style,noscript,template,nav,header,footer,aside,figure,figcaption,form,iframe,svg,button,select,video,audio,picture,[hidden],[aria-hidden=true]," +
        "[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[role=dialog]";

    [GeneratedRegex(@"(^|[\s_-])(ad|ads|advert|advertisement|adslot|promo|sponsor(ed)?|share|sharing|social|related|recommended|newsletter|subscribe|cookie|consent|caption|credit|comments?|breadcrumbs?|menu|navbar|footer|masthead|byline-social|paywall|outbrain|taboola)($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateName();

    /// <summary>Extracts text and metadata; returns null text when the page has no main text.</summary>
    public static string? Extract(string html, MetadataBuilder meta)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        ReadJsonLd(doc, meta);
        ReadMeta(doc, meta);
        var body = doc.Body;
        if (body is null) return null;
        foreach (var e in body.QuerySelectorAll(s_drop).ToArray()) e.Remove();
        foreach (var e in body.QuerySelectorAll("[class],[id]").ToArray())
        {
            if (e.LocalName is "article" or "main" or "body") continue;
            string names = (e.GetAttribute("class") ?? "") + " " + (e.GetAttribute("id") ?? "");
            if (BoilerplateName().IsMatch(names)) e.Remove();
        }
        IElement root = body.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault()
            ?? body.QuerySelector("[itemprop=articleBody]") ?? body.QuerySelector("main") ?? body;
        string text = BlockText(root);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The text of an HTML fragment (feed content), one paragraph per block.</summary>
    public static string FragmentText(string html)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument("<html><body>" + html + "</body></html>");
        var body = doc.Body!;
        foreach (var e in body.QuerySelectorAll(s_drop).ToArray()) e.Remove();
        return BlockText(body);
    }

    private static string BlockText(IElement root)
    {
        var blocks = root.QuerySelectorAll("p,h2,h3,h4,h5,h6,li,blockquote,pre,dd").Where(e => !HasBlockAncestorInSet(e, root)).ToList();
        var sb = new StringBuilder();
        if (blocks.Count == 0) AppendParagraph(sb, root.TextContent);
        else foreach (var b in blocks) AppendParagraph(sb, b.TextContent);
        return sb.ToString();
    }

    // A <p> inside a <blockquote> or <li> is taken with its container, once.
    private static bool HasBlockAncestorInSet(IElement e, IElement root)
    {
        for (var p = e.ParentElement; p is not null && p != root; p = p.ParentElement)
            if (p.LocalName is "p" or "li" or "blockquote" or "pre" or "dd") return true;
        return false;
    }

    private static void AppendParagraph(StringBuilder sb, string text)
    {
        int start = sb.Length;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > start) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        if (sb.Length == start) return;
        if (start > 0) sb.Insert(start, "\n\n");
    }

    private static void ReadJsonLd(IDocument doc, MetadataBuilder meta)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                if (FindArticle(json.RootElement, 0) is { } a) ReadArticle(a, meta);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Broken JSON-LD is common on real pages (InvalidOperationException: a lone surrogate escape); the
                // meta tags still give the metadata.
            }
        }
    }

    private static JsonElement? FindArticle(JsonElement e, int depth)
    {
        if (depth > 4) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) if (FindArticle(x, depth + 1) is { } f) return f;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (e.TryGetProperty("@type", out var t) && IsArticleType(t)) return e;
        if (e.TryGetProperty("@graph", out var g)) return FindArticle(g, depth + 1);
        return null;
    }

    private static bool IsArticleType(JsonElement t) => t.ValueKind switch
    {
        JsonValueKind.String => t.GetString()!.EndsWith("Article", StringComparison.Ordinal),
        JsonValueKind.Array => t.EnumerateArray().Any(IsArticleType),
        _ => false,
    };

    private static void ReadArticle(JsonElement a, MetadataBuilder meta)
    {
        meta.SetTitle(Str(a, "headline"), "json-ld:headline");
        meta.SetPublished(Str(a, "datePublished"), "json-ld:datePublished");
        meta.SetUrl(Str(a, "url") ?? (a.TryGetProperty("mainEntityOfPage", out var m) ? (m.ValueKind == JsonValueKind.String ? m.GetString() : Str(m, "@id")) : null), "json-ld:url");
        if (a.TryGetProperty("publisher", out var p)) meta.SetSource(p.ValueKind == JsonValueKind.String ? p.GetString() : Str(p, "name"), "json-ld:publisher");
        meta.SetId(Str(a, "identifier"), "json-ld:identifier");
        meta.SetLanguage(Str(a, "inLanguage"), "json-ld:inLanguage");
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static void ReadMeta(IDocument doc, MetadataBuilder meta)
    {
        string? Meta(string key) => doc.QuerySelectorAll("meta").FirstOrDefault(m =>
            string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content");
        meta.SetTitle(Meta("og:title"), "og:title");
        meta.SetUrl(Meta("og:url"), "og:url");
        meta.SetSource(Meta("og:site_name"), "og:site_name");
        meta.SetPublished(Meta("article:published_time"), "article:published_time");
        meta.SetLanguage(Meta("og:locale"), "og:locale");
        foreach (var k in new[] { "date", "dc.date", "dcterms.date", "pubdate", "publish-date", "parsely-pub-date" })
            meta.SetPublished(Meta(k), "meta:" + k);
        meta.SetUrl(doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), "link:canonical");
        meta.SetTitle(doc.Title, "html:title");
        meta.SetLanguage(doc.DocumentElement?.GetAttribute("lang"), "html:lang");
    }
}
