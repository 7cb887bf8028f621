using Dyad.Coding.Dictionaries;
using Dyad.Text;

namespace Dyad.Coding;

/// <summary>
/// Counts proper-noun phrases that stood where a source or target would (clause subjects, objects and
/// objects of prepositions attached to verbs) but matched no actor dictionary entry: the dictionary
/// maintainer's to-do list. Not thread-safe; use one per run.
/// </summary>
public sealed class UnknownActors(DictionarySet dictionaries)
{
    /// <summary>A name, how often it was seen and one sentence with it.</summary>
    public sealed record Entry(string Name, int Count, string Example);

    private readonly Dictionary<string, (int Count, string Example)> _counts = new(StringComparer.Ordinal);
    private readonly List<ActorMention> _mentions = [];

    /// <summary>Adds the unknown names of an analysed document.</summary>
    public void Add(Document doc)
    {
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            ref var sd = ref doc.SentenceRef(s);
            _mentions.Clear();
            dictionaries.Actors.FindMentions(doc, sd.FirstToken, sd.EndToken, _mentions);
            for (int c = sd.FirstClause; c < sd.EndClause; c++)
            {
                ref var cl = ref doc.ClauseRef(c);
                Consider(doc, cl.Subject, s);
                Consider(doc, cl.Object, s);
                Consider(doc, cl.Agent, s);
                for (int p = sd.FirstPhrase; p < sd.EndPhrase; p++)
                {
                    ref var q = ref doc.PhraseRef(p);
                    if (q.Kind == PhraseKind.PP && q.Attach == cl.Verb && q.Child >= 0) Consider(doc, q.Child, s);
                }
            }
        }
    }

    private void Consider(Document doc, int np, int sentence)
    {
        if (np < 0) return;
        ref var p = ref doc.PhraseRef(np);
        if ((p.Flags & (PhraseFlags.Coordination | PhraseFlags.Apposition)) != 0)
        {
            var (pFirst, pEnd) = doc.SentencePhrases(np);
            for (int k = pFirst; k < pEnd; k++)
                if (doc.PhraseRef(k).Parent == np && doc.PhraseRef(k).Kind == PhraseKind.NP) Consider(doc, k, sentence);
            return;
        }
        var tok = doc.Tokens;
        int first = p.FirstToken, end = p.EndToken;
        while (first < end && !tok[first].Tag.IsProperNoun()) first++;
        while (end > first && !tok[end - 1].Tag.IsProperNoun()) end--;
        if (first >= end) return;
        for (int k = first; k < end; k++) if (!tok[k].Tag.IsProperNoun()) return;
        foreach (var m in _mentions) if (m.Start < p.EndToken && m.End > p.FirstToken) return;
        bool temporal = true;
        for (int k = first; k < end && temporal; k++) temporal = s_notActors.Contains(tok[k].Norm);
        if (temporal) return;
        string name = doc.Text[tok[first].Start..tok[end - 1].End];
        ref var sd = ref doc.SentenceRef(sentence);
        _counts[name] = _counts.TryGetValue(name, out var v) ? (v.Count + 1, v.Example) : (1, doc.Text[sd.Start..sd.End]);
    }

    // Calendar words and currency codes are proper nouns but never actors.
    private static readonly HashSet<string> s_notActors = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "usd", "eur", "gbp", "rs", "inr", "pkr",
    };

    /// <summary>The names, most frequent first.</summary>
    public IEnumerable<Entry> Top(int n) =>
        _counts.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).Select(kv => new Entry(kv.Key, kv.Value.Count, kv.Value.Example));
}
