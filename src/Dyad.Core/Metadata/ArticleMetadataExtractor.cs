using Dyad.Text;
using Dyad.Time;

namespace Dyad.Metadata;

/// <summary>
/// Reads an analysed document's own metadata: a dateline at its start ("ISLAMABAD, Jan 5 (Reuters) -":
/// place, date and agency) and a publication trailer near its start or end ("Published in
/// Harbour Post, January 6th, 2026", "Published: 6 January 2026"). Values carry their provenance.
/// These are guesses: callers let explicit input (an option, a header, page markup) win. Stateless and
/// thread-safe; no I/O.
/// </summary>
public static class ArticleMetadataExtractor
{
    // Trailers and datelines sit at the edges of an article; scanning only there keeps long documents cheap.
    /// <summary>How many sentences at each edge of a text may hold a trailer or dateline.</summary>
    public const int EdgeSentences = 4;

    /// <summary>Extracts dateline and trailer metadata; <paramref name="published"/> anchors a yearless dateline date.</summary>
    public static ArticleMetadata Extract(Document doc, DateOnly? published = null) => Extract(doc, doc, published);

    /// <summary>
    /// The same for a text analysed in windows (<see cref="TextWindows"/>): <paramref name="first"/> holds its first
    /// sentences, <paramref name="last"/> its last ones (each at least <see cref="EdgeSentences"/> when they differ);
    /// sentence numbers are the whole text's.
    /// </summary>
    public static ArticleMetadata Extract(Document first, Document last, DateOnly? published = null)
    {
        var meta = ArticleMetadata.Empty;
        var found = new List<TemporalExpression>(2);
        // The edge sentences in text order, each once: the first and last EdgeSentences of the text.
        var edges = new List<(Document Doc, int Sentence)>(2 * EdgeSentences);
        if (ReferenceEquals(first, last))
        {
            int n = first.SentenceCount;
            for (int s = 0; s < n; s++)
            {
                if (s >= EdgeSentences && s < n - EdgeSentences) { s = n - EdgeSentences - 1; continue; }
                edges.Add((first, s));
            }
        }
        else
        {
            if (first.SentenceCount < EdgeSentences || last.SentenceCount < EdgeSentences)
                throw new ArgumentException($"windows need at least {EdgeSentences} sentences each");
            for (int s = 0; s < EdgeSentences; s++) edges.Add((first, s));
            for (int s = last.SentenceCount - EdgeSentences; s < last.SentenceCount; s++) edges.Add((last, s));
        }
        foreach (var (doc, s) in edges)
        {
            if (meta.TrailerSentence < 0 && TryTrailer(doc, s, found, out var date, out var outlet))
            {
                meta = meta with
                {
                    Published = date,
                    Source = outlet ?? meta.Source,
                    TrailerSentence = doc.FirstSentenceIndex + s,
                };
            }
        }
        for (int s = 0; s < Math.Min(first.SentenceCount, EdgeSentences); s++)
        {
            if (first.SentenceRef(s).Kind != SentenceKind.Dateline) continue;
            meta = Dateline(first, s, published ?? meta.Published?.Value, meta, found);
            break;
        }
        return meta;
    }

    private static bool TryTrailer(Document doc, int s, List<TemporalExpression> found, out MetadataValue<DateOnly> date, out MetadataValue<string>? outlet)
    {
        date = default;
        outlet = null;
        ref var sd = ref doc.SentenceRef(s);
        var tok = doc.Tokens;
        int p = sd.FirstToken;
        if (p < sd.EndToken && tok[p].Norm == "first") p++;
        if (p >= sd.EndToken || tok[p].Norm is not ("published" or "updated" or "posted")) return false;
        found.Clear();
        TemporalRecognizer.Find(tok, p + 1, sd.EndToken, null, found);
        if (found.Count == 0 || found[0].Precision != DatePrecision.Day) return false;
        var e = found[0];
        date = new MetadataValue<DateOnly>(e.Start, MetadataBasis.Trailer, tok[e.FirstToken].Start, tok[e.EndToken - 1].End);
        // "Published in <Outlet>, <date>"
        if (tok[p + 1].Norm is "in" or "by")
        {
            int a = p + 2, b = a;
            while (b < e.FirstToken && tok[b].Norm != "," && tok[b].Norm != "on") b++;
            if (b > a && tok[a].Has(TokenFlags.Capitalized))
                outlet = new MetadataValue<string>(doc.Text[tok[a].Start..tok[b - 1].End], MetadataBasis.Trailer, tok[a].Start, tok[b - 1].End);
        }
        return true;
    }

    private static ArticleMetadata Dateline(Document doc, int s, DateOnly? anchor, ArticleMetadata meta, List<TemporalExpression> found)
    {
        ref var sd = ref doc.SentenceRef(s);
        var tok = doc.Tokens;
        // The place: capitalised words up to the first comma, parenthesis or dash ("ISLAMABAD", "NEW DELHI", "Gaza City").
        int a = sd.FirstToken, b = a;
        while (b < sd.EndToken && tok[b].Norm is not ("," or "(" or "-" or "--" or ":") && tok[b].Has(TokenFlags.Capitalized)) b++;
        if (b > a && b - a <= 4)
            meta = meta with
            {
                DatelinePlace = new MetadataValue<string>(doc.Text[tok[a].Start..tok[b - 1].End], MetadataBasis.Dateline, tok[a].Start, tok[b - 1].End),
                DatelinePlaceTokens = (a, b),
            };
        found.Clear();
        TemporalRecognizer.Find(tok, b, sd.EndToken, anchor, found);
        if (found.Count > 0 && found[0].Precision == DatePrecision.Day)
        {
            var e = found[0];
            var v = new MetadataValue<DateOnly>(e.Start, MetadataBasis.Dateline, tok[e.FirstToken].Start, tok[e.EndToken - 1].End);
            meta = meta with { DatelineDate = v };
            if (meta.Published is null && !e.Relative) meta = meta with { Published = v };
        }
        // "(Reuters)", "(AFP)": the agency.
        for (int k = b; k + 2 < sd.EndToken; k++)
            if (tok[k].Norm == "(" && tok[k + 2].Norm == ")" && tok[k + 1].Has(TokenFlags.Capitalized) && meta.Source is null)
            {
                meta = meta with { Source = new MetadataValue<string>(doc.Text[tok[k + 1].Start..tok[k + 1].End], MetadataBasis.Dateline, tok[k + 1].Start, tok[k + 1].End) };
                break;
            }
        return meta with { DatelineSentence = s };
    }
}
