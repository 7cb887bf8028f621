using System.ServiceModel.Syndication;
using System.Xml;

namespace Dyad.Ingest;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds: one document per item, its text from content:encoded, else the Atom content, else
/// the description/summary (HTML reduced to paragraphs). Metadata: guid/atom:id, link, title, pubDate (or updated),
/// and the feed's title as the source. Stateless.
/// </summary>
public static class FeedReader
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>One feed item as the watcher needs it: id, link, title, date and inline text.</summary>
    public sealed record FeedItem(int Index, string? Id, string? Link, string? Title, DateOnly? Published, string? Html, string? FeedTitle);

    /// <summary>Parses a feed.</summary>
    /// <exception cref="XmlException">Malformed XML or not a feed (with line information where known).</exception>
    public static List<FeedItem> Parse(string xml)
    {
        try { return ParseFeed(xml); }
        catch (XmlException) { throw; }
        // The syndication formatters throw many types on hostile input (NotSupportedException for an odd RSS
        // version, SerializationException for a content:encoded with markup); each is a bad feed, not a crash.
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or NotSupportedException
                                  or System.Runtime.Serialization.SerializationException or UriFormatException or OverflowException)
        {
            throw new XmlException(e.Message, e, (e as XmlException)?.LineNumber ?? 0, 0);
        }
    }

    private static List<FeedItem> ParseFeed(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1_000_000 };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        SyndicationFeed feed;
        try
        {
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter();
            if (!formatter.CanRead(reader)) formatter = new Atom10FeedFormatter();
            if (!formatter.CanRead(reader))
            {
                var li = (IXmlLineInfo)reader;
                throw new XmlException($"<{reader.Name}> is not an RSS 2.0 or Atom 1.0 feed", null, li.LineNumber, li.LinePosition);
            }
            formatter.DateTimeParser = LenientDate;
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException) { throw; }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            var li = reader as IXmlLineInfo;
            throw new XmlException(e.Message, e, li?.LineNumber ?? 0, li?.LinePosition ?? 0);
        }
        var items = new List<FeedItem>();
        int i = 0;
        foreach (var item in feed.Items)
        {
            string? html = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNs).FirstOrDefault();
            if (string.IsNullOrWhiteSpace(html) && item.Content is TextSyndicationContent tc) html = tc.Text;
            if (string.IsNullOrWhiteSpace(html)) html = item.Summary?.Text;
            string? link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            DateOnly? date = item.PublishDate != default ? DateOnly.FromDateTime(item.PublishDate.DateTime)
                : item.LastUpdatedTime != default ? DateOnly.FromDateTime(item.LastUpdatedTime.DateTime) : null;
            items.Add(new FeedItem(++i, item.Id, link, item.Title?.Text, date, html, feed.Title?.Text));
        }
        return items;
    }

    /// <summary>Reads a feed file into documents; an item without text is an error, the others go on.</summary>
    public static IEnumerable<IngestResult> Read(string xml, string name, IngestOptions options)
    {
        List<FeedItem> items;
        try { items = Parse(xml); }
        catch (XmlException e)
        {
            return [IngestResult.Fail(new IngestError(name, e.LineNumber, null, IngestErrorCodes.Xml, "not a readable RSS/Atom feed: " + FirstLine(e.Message)))];
        }
        return items.Select(item => ToDocument(item, name, options));
    }

    private static IngestResult ToDocument(FeedItem item, string name, IngestOptions options)
    {
        string origin = $"{name}#item{item.Index}";
        string text = item.Html is null ? "" : HtmlExtractor.FragmentText(item.Html);
        if (text.Length == 0)
            return IngestResult.Fail(new IngestError(origin, 0, "content:encoded/description", IngestErrorCodes.Xml, "item has no text"));
        var meta = new MetadataBuilder();
        meta.SetId(item.Id, "feed:id");
        meta.SetUrl(item.Link, "feed:link");
        meta.SetTitle(item.Title, "feed:title");
        meta.SetPublished(item.Published, "feed:pubDate");
        meta.SetSource(item.FeedTitle, "feed:channel-title");
        return IngestResult.Ok(meta.Build(text, origin, options));
    }

    // Feeds in the wild carry wrong weekdays and odd zones; a date that still does not parse is left unknown
    // rather than failing the whole feed.
    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        string text = data.DateTimeString.Trim();
        int comma = text.IndexOf(',');
        if (comma is > 0 and <= 10) text = text[(comma + 1)..].Trim();
        if (text.EndsWith(" GMT", StringComparison.Ordinal) || text.EndsWith(" UT", StringComparison.Ordinal)) text = text[..text.LastIndexOf(' ')] + " +00:00";
        if (!DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out value)) value = default;
        return true;
    }

    internal static string FirstLine(string s)
    {
        int nl = s.IndexOf('\n');
        return (nl < 0 ? s : s[..nl]).Trim();
    }
}
