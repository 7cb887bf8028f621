using System.Globalization;
using System.Xml;

namespace Dyad.Coding.Petrarch;

/// <summary>An expected event of a PETRARCH record: source, target and event code as written.</summary>
public readonly record struct EventTriple(string Source, string Target, string Code)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source} {Target} {Code}";
}

/// <summary>
/// One <c>&lt;Sentence&gt;</c> of a PETRARCH validation file. <see cref="Error"/> is set for records that
/// expect an error or discard ("dateline", "sentencediscard", ...); <see cref="NoEvents"/> when none is expected.
/// </summary>
public sealed record PetrarchRecord(string Id, string Category, DateOnly Date, string Text, IReadOnlyList<EventTriple> Expected, bool NoEvents, string? Error, string? Parse, int Line)
{
    /// <summary>The <c>&lt;Config&gt;</c> options in force for this record (later ones override earlier ones).</summary>
    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    /// <summary>PETRARCH's require_dyad: events need both a source and a target (default true).</summary>
    public bool RequireDyad => !Config.TryGetValue("require_dyad", out var v) || !v.Equals("false", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A PETRARCH validation file: its Environment (dictionary file names) and its records.</summary>
public sealed record PetrarchRecordFile(IReadOnlyDictionary<string, string> Environment, IReadOnlyList<PetrarchRecord> Records)
{
    /// <summary>The dictionary files named by the Environment, resolved in a folder; null when one is not named.</summary>
    public PetrarchFiles? DictionaryFiles(string directory)
    {
        if (!Environment.TryGetValue("Actorfile", out var a) || !Environment.TryGetValue("Agentfile", out var g)
            || !Environment.TryGetValue("Verbfile", out var v) || !Environment.TryGetValue("Discardfile", out var d)) return null;
        return new PetrarchFiles(Path.Combine(directory, a), Path.Combine(directory, g), Path.Combine(directory, v), Path.Combine(directory, d));
    }
}

/// <summary>Bad PETRARCH records input; the message names the file and line.</summary>
public sealed class PetrarchFormatException(string message, Exception? inner = null) : FormatException(message, inner);

/// <summary>Reads PETRARCH XML records files (validation.rng). Comments are ignored. Stateless.</summary>
public static class PetrarchRecords
{
    /// <summary>Reads a records file.</summary>
    /// <exception cref="PetrarchFormatException">The XML is malformed or a record lacks a required part (message: file:line: what).</exception>
    public static PetrarchRecordFile Read(string path)
    {
        using var r = new StreamReader(path);
        return Read(r, path);
    }

    /// <summary>Reads records from a reader; <paramref name="file"/> names it in errors.</summary>
    public static PetrarchRecordFile Read(TextReader reader, string file)
    {
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreProcessingInstructions = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var xml = XmlReader.Create(reader, settings);
        var info = (IXmlLineInfo)xml;
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        var config = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var records = new List<PetrarchRecord>();
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.Name)
                {
                    case "Environment":
                        ReadEnvironment(xml, env);
                        break;
                    case "Config":
                        string? option = xml.GetAttribute("option"), value = xml.GetAttribute("value");
                        if (option is null || value is null) throw Bad(file, info.LineNumber, "<Config> needs option and value attributes");
                        config[option] = value;
                        break;
                    case "Sentence":
                        var rec = ReadSentence(xml, file, info);
                        records.Add(rec with { Config = new Dictionary<string, string>(config, StringComparer.OrdinalIgnoreCase) });
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw Bad(file, e.LineNumber, e.Message, e);
        }
        return new PetrarchRecordFile(env, records);
    }

    private static void ReadEnvironment(XmlReader xml, Dictionary<string, string> env)
    {
        if (xml.IsEmptyElement) return;
        int depth = xml.Depth;
        xml.Read();
        while (!(xml.Depth == depth && xml.NodeType == XmlNodeType.EndElement) && !xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == depth + 1 && xml.Name != "Config")
            {
                string name = xml.Name;
                env[name] = xml.ReadElementContentAsString().Trim();
                continue;
            }
            if (xml.NodeType == XmlNodeType.Element) { xml.Skip(); continue; }
            xml.Read();
        }
    }

    private static PetrarchRecord ReadSentence(XmlReader xml, string file, IXmlLineInfo info)
    {
        int line = info.LineNumber;
        string id = xml.GetAttribute("id") ?? throw Bad(file, line, "<Sentence> without an id attribute");
        string category = xml.GetAttribute("category") ?? "";
        string dateText = xml.GetAttribute("date") ?? throw Bad(file, line, $"sentence {id}: no date attribute");
        if (!DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Bad(file, line, $"sentence {id}: date '{dateText}' is not YYYYMMDD");
        var expected = new List<EventTriple>();
        bool noEvents = false;
        string? error = null, text = null, parse = null;
        if (!xml.IsEmptyElement)
        {
            int depth = xml.Depth;
            xml.Read();
            while (!(xml.Depth == depth && xml.NodeType == XmlNodeType.EndElement) && !xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element) { xml.Read(); continue; }
                int at = info.LineNumber;
                switch (xml.Name)
                {
                    case "Text":
                        text = xml.ReadElementContentAsString();
                        continue;
                    case "Parse":
                        parse = xml.ReadElementContentAsString();
                        continue;
                    case "EventCoding":
                        if (xml.GetAttribute("noevents") is { } ne) noEvents = !ne.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
                        else if (xml.GetAttribute("error") is { } err) error = err.Trim();
                        else
                        {
                            string? s = xml.GetAttribute("sourcecode"), t = xml.GetAttribute("targetcode"), c = xml.GetAttribute("eventcode");
                            if (s is null || t is null || c is null) throw Bad(file, at, $"sentence {id}: <EventCoding> needs sourcecode, targetcode and eventcode (or noevents or error)");
                            expected.Add(new EventTriple(s.Trim(), t.Trim(), c.Trim()));
                        }
                        break;
                }
                xml.Skip();
            }
        }
        if (text is null) throw Bad(file, line, $"sentence {id}: no <Text>");
        // The records wrap text over lines for readability; PETRARCH reads it as one line.
        text = string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return new PetrarchRecord(id, category, date, text, expected, noEvents, error, parse, line);
    }

    private static PetrarchFormatException Bad(string file, int line, string message, Exception? inner = null) => new($"{file}:{line}: {message}", inner);
}
