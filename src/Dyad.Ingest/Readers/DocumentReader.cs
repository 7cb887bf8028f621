namespace Dyad.Ingest;

/// <summary>
/// Reads any supported input: decodes it (<see cref="InputDecoder"/>), picks the format from the extension after
/// any .gz (or from the content for stdin, .xml and unknown extensions) and yields documents and errors in input
/// order. Thread-safe; each call reads its own input.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads one input.</summary>
    public static IEnumerable<IngestResult> Read(InputFile file, IngestOptions options)
    {
        var data = InputDecoder.ReadBytes(file, options.MaxBytes, out var error);
        if (data is null) return [IngestResult.Fail(error!)];
        if ((options.Format == InputFormat.Auto ? FormatFromName(file.Name) : options.Format) == InputFormat.Text)
        {
            // A long plain text is decoded once, without its header, instead of whole and then copied without it.
            var meta = new MetadataBuilder();
            if (InputDecoder.DecodeBodyAfterHeader(data.GetBuffer(), (int)data.Length, meta) is { } body)
                return [TextBody(body, meta, file.Name, options)];
        }
        string? text = InputDecoder.Decode(data.GetBuffer().AsSpan(0, (int)data.Length), file.Name, out error);
        if (text is null) return [IngestResult.Fail(error!)];
        return Read(text, file.Name, options);
    }

    /// <summary>Reads decoded text named <paramref name="name"/>.</summary>
    public static IEnumerable<IngestResult> Read(string text, string name, IngestOptions options)
    {
        var format = options.Format == InputFormat.Auto ? Detect(name, text) : options.Format;
        return format switch
        {
            InputFormat.Html => [ReadHtml(text, name, options)],
            InputFormat.Feed => FeedReader.Read(text, name, options),
            InputFormat.JsonLines => JsonLinesReader.Read(text, name, options),
            InputFormat.Csv => CsvReader.Read(text, name, ',', options),
            InputFormat.Tsv => CsvReader.Read(text, name, '\t', options),
            InputFormat.Petrarch => PetrarchDocumentReader.Read(text, name, options),
            _ => [ReadText(text, name, options)],
        };
    }

    /// <summary>The format of an input from its name, else its first characters.</summary>
    public static InputFormat Detect(string name, string text)
    {
        if (FormatFromName(name) is { } byName) return byName;
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("{")) return InputFormat.JsonLines;
        if (!head.StartsWith("<")) return InputFormat.Text;
        if (head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.Ordinal) || head.Contains("<rdf:RDF", StringComparison.Ordinal))
            return InputFormat.Feed;
        if (head.Contains("<Sentences", StringComparison.Ordinal) || head.Contains("<Sentence ", StringComparison.Ordinal)) return InputFormat.Petrarch;
        return InputFormat.Html;
    }

    // The format an input's extension (after any .gz) names, or null.
    private static InputFormat? FormatFromName(string name)
    {
        string n = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return Path.GetExtension(n).ToLowerInvariant() switch
        {
            ".txt" or ".text" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".rss" or ".atom" => InputFormat.Feed,
            ".jsonl" or ".ndjson" or ".json" => InputFormat.JsonLines,
            ".csv" => InputFormat.Csv,
            ".tsv" => InputFormat.Tsv,
            _ => null,
        };
    }

    private static IngestResult ReadText(string text, string name, IngestOptions options)
    {
        var meta = new MetadataBuilder();
        var (body, _) = TextHeader.Split(text, meta);
        return TextBody(body, meta, name, options);
    }

    private static IngestResult TextBody(string body, MetadataBuilder meta, string name, IngestOptions options)
    {
        if (body.AsSpan().Trim().IsEmpty) return IngestResult.Fail(new IngestError(name, 0, null, IngestErrorCodes.Empty, "no text after the header"));
        return IngestResult.Ok(meta.Build(body, name, options));
    }

    private static IngestResult ReadHtml(string html, string name, IngestOptions options)
    {
        var meta = new MetadataBuilder();
        string? text = HtmlExtractor.Extract(html, meta);
        if (text is null) return IngestResult.Fail(new IngestError(name, 0, null, IngestErrorCodes.Html, "no main text found in the HTML"));
        return IngestResult.Ok(meta.Build(text, name, options));
    }
}
