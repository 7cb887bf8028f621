using System.IO.Compression;
using System.Text;

namespace Dyad.Ingest.Tests;

public class ReaderTests
{
    private static readonly IngestOptions s_options = new();

    private static List<IngestResult> ReadFile(string path, IngestOptions? o = null) => [.. DocumentReader.Read(InputFile.FromPath(path), o ?? s_options)];

    [Fact]
    public void TextHeaderGivesMetadataWithProvenance()
    {
        using var t = new TempDir();
        var r = ReadFile(t.Write("a.txt", "title: Talks resume\npublished: 2026-03-12\nsource: Meridian Wire\nurl: https://news.example/a\n\nPakistan met China.\n")).Single();
        var d = r.Document!;
        Assert.Equal("https://news.example/a", d.DocId);
        Assert.Equal("url", d.Provenance["doc_id"]);
        Assert.Equal("Talks resume", d.Title);
        Assert.Equal(new DateOnly(2026, 3, 12), d.Published);
        Assert.Equal("header:published", d.Provenance["published"]);
        Assert.Equal("Pakistan met China.\n", d.Text);
    }

    [Fact]
    public void PlainTextBodyDecodedAfterTheHeaderIsTheWholeTextsBody()
    {
        // Read from a .txt file, the body is decoded from the bytes after the header; it must be what decoding the
        // whole text and splitting the header off gives (the path of other names), with the same metadata.
        string twenty = string.Concat(Enumerable.Range(0, 19).Select(i => $"title: t{i}\n")) + "source: Wire\n";
        string[] texts =
        [
            "title: Kraków talks — “resume”\npublished: 2026-03-12\n\nPakistan met China in Kraków.\n",
            "\uFEFFtitle: BOM\r\nsource: Wire\r\n\r\nBody line one.\r\nBody — two.\r\n",
            twenty + "\nAfter twenty header lines.",
            twenty + "title: t20\n\nOne line too many for a header.",
            twenty + "Body right after twenty lines, no blank line.",
            "title: Only a header\n\n",
            "No header: just text, ünïcode.\n",
            "not: a known key\n\nText.",
        ];
        using var t = new TempDir();
        for (int i = 0; i < texts.Length; i++)
        {
            string path = t.Write($"t{i}.txt", texts[i]);
            var viaBytes = ReadFile(path).Single();
            string decoded = InputDecoder.Read(InputFile.FromPath(path), s_options.MaxBytes, out var error)!;
            Assert.Null(error);
            var viaText = DocumentReader.Read(decoded, "other.text", s_options).Single();
            Assert.Equal(viaText.Error?.Message, viaBytes.Error?.Message);
            Assert.Equal(viaText.Document?.Text, viaBytes.Document?.Text);
            Assert.Equal(viaText.Document?.Title, viaBytes.Document?.Title);
            Assert.Equal(viaText.Document?.Source, viaBytes.Document?.Source);
            Assert.Equal(viaText.Document?.Published, viaBytes.Document?.Published);
            // Without an id of its own, each is named by where it came from.
            Assert.Equal(viaText.Document?.DocId?.Replace("other.text", path, StringComparison.Ordinal), viaBytes.Document?.DocId);
        }
    }

    [Fact]
    public void TextWithoutIdOrUrlIsNamedByItsPathAsGiven()
    {
        using var t = new TempDir();
        string path = t.Write("a.txt", "Kenya closed its border.");
        var a = ReadFile(path).Single().Document!;
        Assert.Equal(path, a.DocId);
        Assert.Equal("path", a.Provenance["doc_id"]);
        // Its own id wins: "id:" in the header.
        Assert.Equal("kenya-7", ReadFile(t.Write("b.txt", "id: kenya-7\n\nKenya closed its border.")).Single().Document!.DocId);
        // A record of a multi-document file without an id is named by its line.
        var records = ReadFile(t.Write("c.jsonl", "{\"text\": \"Kenya closed its border.\"}\n{\"text\": \"Uganda reopened it.\"}\n")).Select(r => r.Document!.DocId).ToList();
        string jsonl = System.IO.Path.Combine(t.Path, "c.jsonl");
        Assert.Equal([jsonl + ":1", jsonl + ":2"], records);
    }

    [Fact]
    public void HtmlKeepsArticleTextAndDropsBoilerplate()
    {
        const string html = """
            <!doctype html><html lang="en"><head><title>Site | Story</title>
            <meta property="og:title" content="OG title"><meta property="article:published_time" content="2025-09-18T08:00:00Z">
            <meta property="og:site_name" content="Harbour Post"><link rel="canonical" href="https://news.example/story">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers meet in Dhaka","datePublished":"2025-09-17","publisher":{"@type":"Organization","name":"Harbour Post Ltd"}}</script>
            </head><body><nav><a href="/">Home</a> World</nav><header>Subscribe now</header>
            <article><h1>Ministers meet in Dhaka</h1><p>DHAKA (Harbour Post) - India's foreign minister met his Bangladeshi counterpart.</p>
            <figure><img src="x.jpg"><figcaption>The ministers shake hands.</figcaption></figure>
            <div class="ad-slot">Buy shoes</div><p>They agreed to reopen <b>two</b> border crossings.</p>
            <div class="related-links"><p>Read more: other story</p></div></article>
            <footer>Copyright 2025</footer></body></html>
            """;
        using var t = new TempDir();
        var d = ReadFile(t.Write("story.html", html)).Single().Document!;
        Assert.Equal("DHAKA (Harbour Post) - India's foreign minister met his Bangladeshi counterpart.\n\nThey agreed to reopen two border crossings.", d.Text);
        Assert.Equal("Ministers meet in Dhaka", d.Title);
        Assert.Equal("json-ld:headline", d.Provenance["title"]);
        Assert.Equal(new DateOnly(2025, 9, 17), d.Published);
        Assert.Equal("Harbour Post Ltd", d.Source);
        Assert.Equal("https://news.example/story", d.DocId);
        Assert.Equal("link:canonical", d.Provenance["url"]);
    }

    [Fact]
    public void RssItemsUseContentEncodedElseDescription()
    {
        const string rss = """
            <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Meridian Wire</title>
            <item><title>One</title><link>https://news.example/1</link><guid>n-1</guid><pubDate>Wed, 12 Mar 2026 09:00:00 GMT</pubDate>
              <description>Short.</description><content:encoded><![CDATA[<p>Pakistan met China in Beijing.</p><p>Both vowed cooperation.</p>]]></content:encoded></item>
            <item><title>Two</title><link>https://news.example/2</link><description>&lt;p&gt;Kenya closed its border.&lt;/p&gt;</description></item>
            </channel></rss>
            """;
        using var t = new TempDir();
        var results = ReadFile(t.Write("feed.rss", rss));
        Assert.All(results, r => Assert.Null(r.Error));
        var docs = results.Select(r => r.Document!).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("n-1", docs[0].DocId);
        Assert.Equal("Pakistan met China in Beijing.\n\nBoth vowed cooperation.", docs[0].Text);
        Assert.Equal(new DateOnly(2026, 3, 12), docs[0].Published);
        Assert.Equal("Meridian Wire", docs[0].Source);
        Assert.Equal("https://news.example/2", docs[1].DocId);
        Assert.Equal("Kenya closed its border.", docs[1].Text);
    }

    [Fact]
    public void AtomFeedsAreRead()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Post</title><id>urn:hp</id><updated>2025-01-02T00:00:00Z</updated>
            <entry><title>Aid</title><id>urn:hp:1</id><updated>2025-01-02T00:00:00Z</updated><link href="https://news.example/aid"/>
            <content type="html">&lt;p&gt;India sent aid to Sri Lanka.&lt;/p&gt;</content></entry></feed>
            """;
        using var t = new TempDir();
        var d = ReadFile(t.Write("x.atom", atom)).Single().Document!;
        Assert.Equal("urn:hp:1", d.DocId);
        Assert.Equal("India sent aid to Sri Lanka.", d.Text);
    }

    [Fact]
    public void JsonLinesWithCustomFieldsAndBadLines()
    {
        using var t = new TempDir();
        string p = t.Write("a.jsonl", """
            {"uuid": 17, "body": "Iran praised the talks.", "published_at": "2025-05-01T10:00:00Z", "outlet": "Gulf Daily"}
            {"uuid": 18, "body": 
            {"uuid": 19}

            {"uuid": 20, "body": "Iraq hosted talks.", "published_at": "yesterday"}
            """);
        var o = new IngestOptions { Fields = FieldNames.Parse("id=uuid,text=body,date=published_at,source=outlet") };
        var rs = ReadFile(p, o);
        Assert.Equal(4, rs.Count);
        Assert.Equal("17", rs[0].Document!.DocId);
        Assert.Equal("field:published_at", rs[0].Document!.Provenance["published"]);
        Assert.Equal("Gulf Daily", rs[0].Document!.Source);
        Assert.Equal(2, rs[1].Error!.Line);
        Assert.Equal(IngestErrorCodes.Json, rs[1].Error!.Code);
        Assert.Equal((3, "body"), (rs[2].Error!.Line, rs[2].Error!.Field));
        Assert.Contains("field 'body': missing", rs[2].Error!.ToString());
        Assert.Equal((5, "published_at"), (rs[3].Error!.Line, rs[3].Error!.Field));
    }

    [Fact]
    public void CsvHandlesQuotesNewlinesAndBadRows()
    {
        using var t = new TempDir();
        string p = t.Write("a.csv", "id,title,text,date\n1,\"Talks, again\",\"Line one.\nLine \"\"two\"\".\",2025-01-01\n2,short row\n3,T,Egypt hosted talks.,2025-01-03\n");
        var rs = ReadFile(p);
        Assert.Equal(3, rs.Count);
        Assert.Equal("Talks, again", rs[0].Document!.Title);
        Assert.Equal("Line one.\nLine \"two\".", rs[0].Document!.Text);
        Assert.Equal(4, rs[1].Error!.Line);
        Assert.Contains("2 fields, the header has 4", rs[1].Error!.Message);
        Assert.Equal("3", rs[2].Document!.DocId);
        Assert.Equal($"{p}:5", rs[2].Document!.Origin);
    }

    [Fact]
    public void CsvWithoutTextColumnIsOneError()
    {
        using var t = new TempDir();
        var e = ReadFile(t.Write("a.csv", "id,body\n1,x\n")).Single().Error!;
        Assert.Equal("text", e.Field);
        Assert.Contains("--fields", e.Message);
    }

    [Fact]
    public void PetrarchRecordsBecomeDocuments()
    {
        using var t = new TempDir();
        string p = t.Write("r.xml", """
            <Sentences>
            <Sentence date="20150806" id="T-1" sentence="true" source="x">
            <Text>Arnor attacked Gondor.</Text>
            </Sentence>
            </Sentences>
            """);
        var d = ReadFile(p).Single().Document!;
        Assert.Equal("T-1", d.DocId);
        Assert.Equal(new DateOnly(2015, 8, 6), d.Published);
        Assert.Equal("Arnor attacked Gondor.", d.Text.Trim());
    }

    [Fact]
    public void GzipOfAnyFormat()
    {
        using var t = new TempDir();
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Iran praised the talks.\"}\n{\"id\":\"b\",\"text\":\"Iraq hosted talks.\"}\n"));
        var rs = ReadFile(t.WriteBytes("x.jsonl.gz", ms.ToArray()));
        Assert.Equal(["a", "b"], rs.Select(r => r.Document!.DocId));
    }

    [Theory]
    [InlineData("bad.txt", new byte[] { 0x4b, 0x65, 0x6e, 0x0a, 0x79, 0x61, 0xff, 0xfe, 0x0a }, IngestErrorCodes.Encoding, 2)]
    [InlineData("empty.txt", new byte[] { 0x20, 0x0a }, IngestErrorCodes.Empty, 0)]
    [InlineData("broken.txt.gz", new byte[] { 0x1f, 0x8b, 0x08, 0x00, 0x01 }, IngestErrorCodes.Gzip, 0)]
    public void BadBytesGiveOneErrorNamingFileAndLine(string name, byte[] bytes, string code, int line)
    {
        using var t = new TempDir();
        string p = t.WriteBytes(name, bytes);
        var e = ReadFile(p).Single().Error!;
        Assert.Equal((code, line, p), (e.Code, e.Line, e.File));
    }

    [Fact]
    public void GiganticFileIsRefused()
    {
        using var t = new TempDir();
        string p = t.Write("big.txt", new string('a', 5000));
        var e = ReadFile(p, new IngestOptions { MaxBytes = 1000 }).Single().Error!;
        Assert.Equal(IngestErrorCodes.TooLarge, e.Code);
    }

    [Fact]
    public void BrokenFeedXmlNamesTheLine()
    {
        using var t = new TempDir();
        var e = ReadFile(t.Write("f.rss", "<rss version=\"2.0\"><channel>\n<item><title>x</title>\n</channel></rss>")).Single().Error!;
        Assert.Equal(IngestErrorCodes.Xml, e.Code);
        Assert.True(e.Line >= 2, e.ToString());
    }

    [Fact]
    public void FoldersGlobsAndMissingPaths()
    {
        using var t = new TempDir();
        t.Write("a/one.txt", "x");
        t.Write("a/b/two.html", "<p>y</p>");
        t.Write("a/b/skip.png", "z");
        t.Write("a/.hidden.txt", "h");
        var found = InputExpander.Expand([Path.Combine(t.Path, "a")]).Select(x => Path.GetFileName(x.File!.Name)).ToList();
        Assert.Equal(["two.html", "one.txt"], found);
        var globbed = InputExpander.Expand([t.Path + "/a/**/*.html"]).Select(x => Path.GetFileName(x.File!.Name)).ToList();
        Assert.Equal(["two.html"], globbed);
        var missing = InputExpander.Expand([Path.Combine(t.Path, "nope.txt")]).Single();
        Assert.Equal(IngestErrorCodes.Unreadable, missing.Error!.Code);
    }

    [Fact]
    public void FieldNamesRejectUnknownKeys() =>
        Assert.Throws<FormatException>(() => FieldNames.Parse("body=text"));
}
