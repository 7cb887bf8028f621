using System.Text.RegularExpressions;
using Dyad.Coding.Petrarch;

namespace Dyad.Ingest;

/// <summary>PETRARCH records XML: one document per &lt;Sentence&gt; with its id and date. Stateless.</summary>
public static partial class PetrarchDocumentReader
{
    [GeneratedRegex(@"^.*?:(\d+): (.*)$", RegexOptions.Singleline)]
    private static partial Regex LineMessage();

    /// <summary>Reads the records; malformed XML is one error naming the line.</summary>
    public static IEnumerable<IngestResult> Read(string xml, string name, IngestOptions options)
    {
        PetrarchRecordFile file;
        try { file = PetrarchRecords.Read(new StringReader(xml), name); }
        catch (PetrarchFormatException e)
        {
            var m = LineMessage().Match(e.Message);
            return [IngestResult.Fail(m.Success
                ? new IngestError(name, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), null, IngestErrorCodes.Xml, FeedReader.FirstLine(m.Groups[2].Value))
                : new IngestError(name, 0, null, IngestErrorCodes.Xml, FeedReader.FirstLine(e.Message)))];
        }
        return file.Records.Select(r =>
        {
            if (string.IsNullOrWhiteSpace(r.Text))
                return IngestResult.Fail(new IngestError(name, r.Line, "Text", IngestErrorCodes.Xml, $"sentence {r.Id} has an empty <Text>"));
            var meta = new MetadataBuilder();
            meta.SetId(r.Id, "petrarch:id");
            meta.SetPublished(r.Date, "petrarch:date");
            return IngestResult.Ok(meta.Build(r.Text, $"{name}:{r.Line}", options));
        });
    }
}
