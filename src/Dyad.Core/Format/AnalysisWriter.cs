using System.Text;
using System.Text.Json;
using Dyad.Text;

namespace Dyad.Format;

/// <summary>Writes a document's analysis as TSV, Penn-Treebank-style brackets, or JSON. Thread-safe.</summary>
public static class AnalysisWriter
{
    /// <summary>One token a line: index, token, POS, lemma, chunk tag; a blank line between sentences.</summary>
    public static void WriteTsv(Document doc, TextWriter w)
    {
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sent = doc.Sentence(s);
            for (int i = 0; i < sent.TokenCount; i++)
            {
                var t = sent[i];
                w.Write(i); w.Write('\t');
                w.Write(Clean(t.Span)); w.Write('\t');
                w.Write(t.Tag.Name()); w.Write('\t');
                w.Write(t.Lemma); w.Write('\t');
                w.Write(t.Chunk.ToString()); w.Write('\n');
            }
            w.Write('\n');
        }
    }

    private static string Clean(ReadOnlySpan<char> s) => s.ToString().Replace('\t', ' ').Replace('\n', ' ');

    /// <summary>A bracketing of each sentence: phrases nest inside an S; clauses other than the first open an SBAR or S.</summary>
    public static void WritePtb(Document doc, TextWriter w)
    {
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            w.Write(SentencePtb(doc, s));
            w.Write('\n');
        }
    }

    /// <summary>The bracketing of one sentence on one line.</summary>
    public static string SentencePtb(Document doc, int s)
    {
        var sent = doc.Sentence(s);
        var sb = new StringBuilder();
        sb.Append("(ROOT (S");
        var phrases = doc.Phrases;
        int first = sent.FirstPhrase, end = first + sent.Phrases.Length;
        // Top-level phrases: no parent.
        int k = sent.FirstToken;
        var clauseStarts = new Dictionary<int, ClauseData>();
        foreach (var c in sent.Clauses)
            // A reduced relative ("schoolgirls kidnapped by Boko Haram") stays inside its noun's phrase, as in the treebank.
            if (c.Kind != ClauseKind.Main && c.FirstToken > sent.FirstToken && !(c.Kind == ClauseKind.Participial && (c.Flags & ClauseFlags.Passive) != 0 && c.Subject >= 0))
                clauseStarts.TryAdd(c.FirstToken, c);
        int open = 0;
        while (k < sent.EndToken)
        {
            if (clauseStarts.TryGetValue(k, out var cl))
            {
                sb.Append(cl.Kind is ClauseKind.Infinitive or ClauseKind.Participial ? " (S" : " (SBAR");
                open++;
            }
            int p = TopPhraseAt(doc, first, end, k);
            if (p >= 0)
            {
                AppendPhrase(doc, p, sb);
                k = phrases[p].EndToken;
            }
            else
            {
                AppendToken(doc, k, sb);
                k++;
            }
        }
        for (int i = 0; i < open; i++) sb.Append(')');
        sb.Append("))");
        return sb.ToString();
    }

    private static int TopPhraseAt(Document doc, int first, int end, int token)
    {
        int best = -1;
        for (int p = first; p < end; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.FirstToken != token || q.Parent >= 0) continue;
            if (best < 0 || q.EndToken > doc.PhraseRef(best).EndToken) best = p;
        }
        return best;
    }

    private static void AppendPhrase(Document doc, int p, StringBuilder sb)
    {
        ref var q = ref doc.PhraseRef(p);
        sb.Append(" (").Append(q.Kind);
        int k = q.FirstToken;
        while (k < q.EndToken)
        {
            int child = ChildAt(doc, p, k);
            if (child >= 0)
            {
                AppendPhrase(doc, child, sb);
                k = doc.PhraseRef(child).EndToken;
            }
            else
            {
                AppendToken(doc, k, sb);
                k++;
            }
        }
        sb.Append(')');
    }

    private static int ChildAt(Document doc, int parent, int token)
    {
        int best = -1;
        for (int p = 0; p < doc.PhraseCount; p++)
        {
            ref var q = ref doc.PhraseRef(p);
            if (q.Parent != parent || q.FirstToken != token) continue;
            if (best < 0 || q.EndToken > doc.PhraseRef(best).EndToken) best = p;
        }
        return best;
    }

    private static void AppendToken(Document doc, int k, StringBuilder sb)
    {
        var t = doc.Token(k);
        string word = t.Text.Replace("(", "-LRB-").Replace(")", "-RRB-");
        sb.Append(" (").Append(t.Tag.Name()).Append(' ').Append(word).Append(')');
    }

    /// <summary>The whole model as JSON: sentences with tokens (offsets, tags, lemmas), phrases and clauses.</summary>
    public static void WriteJson(Document doc, Stream stream, bool indented = true)
    {
        using var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        j.WriteStartObject();
        if (doc.Id is not null) j.WriteString("id", doc.Id);
        j.WriteStartArray("sentences");
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sent = doc.Sentence(s);
            j.WriteStartObject();
            j.WriteNumber("index", s);
            j.WriteNumber("start", sent.Start);
            j.WriteNumber("end", sent.End);
            j.WriteString("kind", sent.Kind.ToString().ToLowerInvariant());
            j.WriteString("text", sent.Text);
            j.WriteStartArray("tokens");
            for (int i = 0; i < sent.TokenCount; i++)
            {
                var t = sent[i];
                j.WriteStartObject();
                j.WriteString("text", t.Span);
                j.WriteNumber("start", t.Start);
                j.WriteNumber("end", t.End);
                j.WriteString("pos", t.Tag.Name());
                j.WriteString("lemma", t.Lemma);
                j.WriteString("norm", t.Norm);
                j.WriteString("chunk", t.Chunk.ToString());
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteStartArray("phrases");
            for (int p = sent.FirstPhrase; p < sent.FirstPhrase + sent.Phrases.Length; p++)
            {
                ref var q = ref doc.PhraseRef(p);
                j.WriteStartObject();
                j.WriteNumber("id", p);
                j.WriteString("kind", q.Kind.ToString());
                j.WriteNumber("first_token", q.FirstToken - sent.FirstToken);
                j.WriteNumber("end_token", q.EndToken - sent.FirstToken);
                j.WriteNumber("head", q.Head - sent.FirstToken);
                j.WriteString("text", doc.Phrase(p).Text);
                if (q.Flags != PhraseFlags.None) j.WriteString("flags", q.Flags.ToString());
                if (q.Parent >= 0) j.WriteNumber("parent", q.Parent);
                if (q.Attach >= 0) j.WriteNumber("attach", q.Attach);
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteStartArray("clauses");
            for (int c = sent.FirstClause; c < sent.EndClause; c++)
            {
                ref var cl = ref doc.ClauseRef(c);
                j.WriteStartObject();
                j.WriteNumber("id", c);
                j.WriteString("kind", cl.Kind.ToString().ToLowerInvariant());
                if (cl.Flags != ClauseFlags.None) j.WriteString("flags", cl.Flags.ToString());
                j.WriteString("verb", doc.Phrase(cl.Verb).Text);
                j.WriteString("verb_lemma", doc.Token(doc.PhraseRef(cl.Verb).Head).Lemma);
                WritePhraseRef(j, doc, "subject", cl.Subject);
                WritePhraseRef(j, doc, "object", cl.Object);
                WritePhraseRef(j, doc, "object2", cl.Object2);
                WritePhraseRef(j, doc, "agent", cl.Agent);
                if (cl.Parent >= 0) j.WriteNumber("parent", cl.Parent);
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteEndObject();
    }

    private static void WritePhraseRef(Utf8JsonWriter j, Document doc, string name, int phrase)
    {
        if (phrase < 0) return;
        j.WriteString(name, doc.Phrase(phrase).Text);
    }
}
