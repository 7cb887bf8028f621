using System.IO.Compression;
using System.Text;
using CsCheck;
using Dyad.Tests.Shared;

namespace Dyad.Ingest.Tests;

/// <summary>
/// Fuzzing every input reader through <see cref="DocumentReader"/>: random bytes and mutants of valid samples of each
/// format. No exception escapes, every error names its file, documents have text, and reading time stays linear.
/// Crashers found are kept in tests/fuzz-corpus and replayed by <see cref="CorpusFilesAreReadWithoutExceptions"/>.
/// </summary>
public sealed class ReaderFuzzTests
{
    /// <summary>Generated inputs per format (docs/hardening.md quotes these).</summary>
    public const int Iterations = 1500;

    private static readonly IngestOptions s_options = new() { MaxBytes = 4 << 20 };

    internal static readonly Dictionary<string, string> Samples = new()
    {
        ["a.txt"] = "title: Talks resume\npublished: 2026-03-12\nsource: Meridian Wire\nid: t-1\n\nISLAMABAD, March 12 (Reuters) - Pakistan's army attacked militants near the Afghan border on Monday, officials said.\n\nChina praised the talks.\n",
        ["a.html"] = """
            <!doctype html><html lang="en"><head><title>Story</title><meta property="article:published_time" content="2025-09-18T08:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ministers meet","datePublished":"2025-09-17","publisher":{"name":"Post"}}</script>
            </head><body><nav>Home</nav><article><h1>Ministers meet</h1><p>India's foreign minister met his Bangladeshi counterpart.</p>
            <div class="ad-slot">Buy</div><p>They agreed to reopen <b>two</b> border crossings.</p></article><footer>(c)</footer></body></html>
            """,
        ["a.rss"] = """
            <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title><link>https://w.example/</link><description>d</description>
            <item><title>One</title><link>https://w.example/1</link><guid>g1</guid><pubDate>Mon, 12 Jan 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;Kenya closed its border with Uganda.&lt;/p&gt;</description></item>
            <item><title>Two</title><link>https://w.example/2</link><content:encoded><![CDATA[<p>Iran condemned the strike.</p>]]></content:encoded></item>
            </channel></rss>
            """,
        ["a.atom"] = """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:f</id><updated>2026-01-12T10:00:00Z</updated>
            <entry><title>One</title><id>urn:e1</id><updated>2026-01-12T10:00:00Z</updated><link href="https://a.example/1"/><content type="html">&lt;p&gt;Russia met China.&lt;/p&gt;</content></entry>
            </feed>
            """,
        ["a.jsonl"] = "{\"id\":\"j1\",\"text\":\"Pakistan met China.\",\"date\":\"2026-01-05\",\"title\":\"T\"}\n{\"id\":2,\"text\":\"Kenya closed its border.\",\"url\":\"https://x.example/2\"}\n\n{\"text\":\"Iran \\u201ccondemned\\u201d the strike.\",\"source\":\"S\"}\n",
        ["a.csv"] = "id,date,title,text\nc1,2026-01-05,\"Talks, again\",\"Pakistan met China.\"\nc2,,T2,\"He said \"\"no\"\"\nand left.\"\n",
        ["a.tsv"] = "id\tdate\ttext\nt1\t2026-01-05\tPakistan met China.\nt2\t\tKenya closed its border.\n",
        ["a.xml"] = """
            <Sentences>
            <Sentence date="20150806" id="A-1" source="x" sentence="true"><Text>Pakistan's army attacked militants.</Text><EventCoding sourcecode="PAKMIL" targetcode="PAKREB" eventcode="190"/></Sentence>
            <Sentence date="20150807" id="A-2" sentence="true"><Text>China praised Pakistan.</Text></Sentence>
            </Sentences>
            """,
    };

    private static byte[] Gzip(byte[] b)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest)) gz.Write(b);
        return ms.ToArray();
    }

    // Reads everything and checks the contract; returns the results so callers can check more.
    internal static List<IngestResult> ReadChecked(string name, byte[] bytes, IngestOptions? options = null)
    {
        var results = DocumentReader.Read(InputFile.FromBytes(name, bytes), options ?? s_options).ToList();
        foreach (var r in results)
        {
            if ((r.Document is null) == (r.Error is null)) Assert.Fail("a result is neither a document nor an error");
            if (r.Error is { } e)
            {
                if (!e.File.StartsWith(name, StringComparison.Ordinal)) Assert.Fail($"error does not name the file: {e}");
                if (string.IsNullOrWhiteSpace(e.Message) || e.Line < 0) Assert.Fail($"unclear error: {e}");
            }
            else if (r.Document!.Text.AsSpan().Trim().IsEmpty) Assert.Fail($"document {r.Document.DocId} has no text");
            else if (string.IsNullOrEmpty(r.Document.DocId)) Assert.Fail("document without an id");
        }
        return results;
    }

    public static TheoryData<string> Formats => [.. Samples.Keys, "a.txt.gz", "a.jsonl.gz"];

    private static byte[] Seed(string name) =>
        name.EndsWith(".gz", StringComparison.Ordinal) ? Gzip(Encoding.UTF8.GetBytes(Samples[name[..^3]])) : Encoding.UTF8.GetBytes(Samples[name]);

    [Theory]
    [MemberData(nameof(Formats))]
    public void SamplesAreValid(string name) =>
        Assert.Contains(ReadChecked(name, Seed(name)), r => r.Document is not null);

    [Theory]
    [MemberData(nameof(Formats))]
    public void MutatedSamplesNeverThrow(string name) =>
        Fuzz.Mutants(Seed(name)).Sample(b => { ReadChecked(name, b); }, iter: Iterations, threads: 1, print: Fuzz.Show);

    [Theory]
    [MemberData(nameof(Formats))]
    public void RandomBytesNeverThrow(string name) =>
        Fuzz.Bytes(2000).Sample(b => { ReadChecked(name, b); }, iter: Iterations / 3, threads: 1, print: Fuzz.Show);

    [Theory]
    [MemberData(nameof(Formats))]
    public void NastyChunksNeverThrow(string name) =>
        Fuzz.Chunk.Array[1, 30].Select(a => a.SelectMany(x => x).ToArray())
            .Sample(b => { ReadChecked(name, b); }, iter: Iterations / 3, threads: 1, print: Fuzz.Show);

    [Fact]
    public void GzipMutantsAreErrorsOrText()
    {
        // Corrupting the compressed bytes must give a gzip error (or the text), never an exception.
        var seed = Gzip(Encoding.UTF8.GetBytes(Samples["a.txt"]));
        Fuzz.Mutants(seed).Sample(b => { ReadChecked("m.txt.gz", b); ReadChecked("stdin", b); }, iter: Iterations, threads: 1, print: Fuzz.Show);
    }

    [Theory]
    [InlineData("a.jsonl")]
    [InlineData("a.csv")]
    [InlineData("a.tsv")]
    public void BadRecordsAreReportedAndTheOthersGoOn(string name)
    {
        // Valid records interleaved with garbage lines (no quotes or newlines, so a CSV row stays one line):
        // every valid record is read, every bad one is an error naming its line.
        string[] lines = Samples[name].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string header = name == "a.jsonl" ? "" : lines[0] + "\n";
        string good = name == "a.jsonl" ? "{\"text\":\"Kenya closed its border.\",\"id\":\"ID\"}" : name == "a.csv" ? "ID,2026-01-05,T,Kenya closed its border." : "ID\t2026-01-05\tKenya closed its border.";
        Gen.Select(Gen.Bool.Array[1, 40], Gen.Int).Sample((kinds, seed) =>
        {
            var sb = new StringBuilder(header);
            var bad = new List<int>();
            var rnd = new Random(seed);
            int line = header.Length > 0 ? 1 : 0, goodCount = 0;
            for (int i = 0; i < kinds.Length; i++)
            {
                line++;
                if (kinds[i]) { sb.Append(good.Replace("ID", "id" + i, StringComparison.Ordinal)).Append('\n'); goodCount++; }
                else { sb.Append(Garbage(rnd)).Append('\n'); bad.Add(line); }
            }
            var results = ReadChecked(name, Encoding.UTF8.GetBytes(sb.ToString()));
            Assert.Equal(goodCount, results.Count(r => r.Document is not null));
            var errorLines = results.Where(r => r.Error is not null).Select(r => r.Error!.Line).ToList();
            Assert.Equal(bad, errorLines);
        }, iter: 300, threads: 1);
    }

    // A non-blank line without quotes, delimiters or '{': never a valid record of any format.
    private static string Garbage(Random rnd)
    {
        var c = new char[1 + rnd.Next(80)];
        for (int i = 0; i < c.Length; i++)
        {
            char x;
            do x = (char)rnd.Next(33, 127); while (x is '"' or ',' or '{');
            c[i] = x;
        }
        return new string(c);
    }

    [Fact]
    public void CorpusFilesAreReadWithoutExceptions()
    {
        // Regression corpus: inputs that once crashed a reader (tests/fuzz-corpus/ingest).
        string dir = Path.Combine(AppContext.BaseDirectory, "fuzz-corpus", "ingest");
        var files = Directory.GetFiles(dir);
        Assert.NotEmpty(files);
        foreach (var f in files) ReadChecked(Path.GetFileName(f), File.ReadAllBytes(f));
    }

    [Fact]
    public void LoneSurrogateEscapesInJsonAreErrorsNamingLineAndField()
    {
        // Found by MutatedSamplesNeverThrow: GetString threw InvalidOperationException out of the reader.
        var r = ReadChecked("c.jsonl", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fuzz-corpus", "ingest", "jsonl-lone-surrogate-escape.jsonl")));
        Assert.Equal([(1, "id"), (2, null), (3, "text")], r.Select(x => (x.Error!.Line, x.Error.Field)));
    }

    [Fact]
    public void UnsupportedRssVersionIsAnXmlError()
    {
        // Found by MutatedSamplesNeverThrow: NotSupportedException escaped the feed reader.
        var e = Assert.Single(ReadChecked("v.rss", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fuzz-corpus", "ingest", "rss-unsupported-version.rss")))).Error;
        Assert.Equal(IngestErrorCodes.Xml, e!.Code);
    }

    [Fact]
    public void EmptyPetrarchTextIsAnErrorAndTheNextRecordIsRead()
    {
        // Found by MutatedSamplesNeverThrow: a record with <Text></Text> became a document without text.
        var r = ReadChecked("e.xml", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fuzz-corpus", "ingest", "petrarch-empty-text.xml")));
        Assert.Equal(2, r[0].Error!.Line);
        Assert.Equal("A-2", r[1].Document!.DocId);
    }

    public static TheoryData<string> LinearFormats => ["a.txt", "a.html", "a.rss", "a.jsonl", "a.csv", "a.xml"];

    [Theory]
    [MemberData(nameof(LinearFormats))]
    public void ReadingTimeIsLinearInInputSize(string name)
    {
        // n repetitions of the sample's records (or body), n then 4n: the time ratio stays near 4 (quadratic is 16).
        byte[] Build(int n) => Encoding.UTF8.GetBytes(name switch
        {
            "a.txt" => Samples[name] + string.Concat(Enumerable.Repeat("Pakistan's army attacked militants near the border. (Officials said.) ", n)),
            "a.html" => "<html><body><article>" + string.Concat(Enumerable.Repeat("<div><p>India's minister met <b>his</b> counterpart.</p></div>", n)) + "</article></body></html>",
            "a.rss" => "<rss version=\"2.0\"><channel><title>W</title><link>https://w.example/</link><description>d</description>"
                + string.Concat(Enumerable.Range(0, n).Select(i => $"<item><title>T{i}</title><guid>g{i}</guid><description>Kenya closed its border {i}.</description></item>")) + "</channel></rss>",
            "a.jsonl" => string.Concat(Enumerable.Range(0, n).Select(i => $"{{\"id\":\"{i}\",\"text\":\"Pakistan met China {i}.\",\"date\":\"2026-01-05\"}}\n")),
            "a.csv" => "id,text\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"{i},\"Pakistan met, again, China {i}.\"\n")),
            _ => "<Sentences>" + string.Concat(Enumerable.Range(0, n).Select(i => $"<Sentence date=\"20150806\" id=\"A-{i}\"><Text>Pakistan attacked {i}.</Text></Sentence>")) + "</Sentences>",
        });
        var inputs = new Dictionary<int, byte[]>();
        double ratio = Fuzz.QuadruplingRatio(n =>
        {
            if (!inputs.TryGetValue(n, out var b)) inputs[n] = b = Build(n);
            Assert.NotEmpty(ReadChecked(name, b));
        }, name == "a.html" ? 2000 : 5000);
        Assert.True(ratio < Fuzz.LinearBound, $"4x the input took {ratio:F1}x the time");
    }
}
