using Dyad.Coding.Dictionaries;
using Dyad.Coding.Matching;
using Dyad.Coding.Records;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Coding;

// Coding a long text a window at a time (Dyad.Text.TextWindows). A window is analysed, coded, finished and dropped;
// what later sentences need of it stays in compact form:
//  * the resolver's coreference memory keeps character offsets instead of tokens (ActorResolver.DetachMemory);
//  * the events of the window's last sentences, which a reply or an event noun may point back to
//    (ResponseReach, EventNounReach), are carried into the next window with their actors detached.
// Each window's events are finished as it ends (EventSetting.Finish resolves its places, RedateActors and
// DropBackground run) and handed to the caller, so a long text never holds its events either. No story runs that
// long: a window's places are resolved among themselves, with the dateline's place and the article's main place of
// the first window. What needs the whole text before the first sentence is coded comes from a cheaper pass: the
// dateline and trailer from the first and last windows, and the most-named country (for the dateline's country)
// from the tokens and tags of the first HomeCountryWindows windows only. A short text is one window, coded whole.
public sealed partial class EventCoder
{
    /// <summary>Characters per window of a long text (~700 news sentences): bounds memory, costs nothing per window.</summary>
    public const int DefaultWindowChars = 100_000;

    /// <summary>Windows read for the most-named country of a long text (its first ~1,400 news sentences).</summary>
    public const int HomeCountryWindows = 2;

    // What the coder keeps of a text across its windows.
    private sealed class Run(DocumentInfo info, ActorResolver resolver)
    {
        public readonly DocumentInfo Info = info;
        public readonly ActorResolver Resolver = resolver;
        public readonly List<EventRecord> Events = [];
        // The latest events and their actors, read by replies and event nouns in the next sentences.
        public readonly List<EventRecord> Recent = [];
        public readonly List<(ResolvedActor Source, ResolvedActor? Target)> RecentActors = [];
        public readonly Setting.SettingState Setting = new();
        // Events whose actors have codes that change over time, redated when the window is finished.
        public readonly List<(int Event, ActorEntry? Source, ActorEntry? Target)> Dated = [];
        public Document? Window;
    }

    /// <summary>
    /// Analyses and codes a text with <paramref name="pipeline"/> a window of about <paramref name="windowChars"/> at a
    /// time, so that a long text never holds its whole analysis: a short text is coded as by
    /// <see cref="Code(Document, DocumentInfo, ExplainTrace?)"/>; a long one's sentence numbers and offsets are the
    /// whole text's, and its places are resolved a window at a time. <paramref name="analysed"/> sees each window's
    /// analysis before it is coded. With <paramref name="finished"/>, each window's finished events are handed to it
    /// (the list is reused afterwards) and the result holds only the events not handed over; without it, the result
    /// holds them all.
    /// </summary>
    public List<EventRecord> Code(string text, string? id, DocumentInfo info, TextPipeline pipeline, Action<Document>? analysed = null, int windowChars = DefaultWindowChars,
        Action<List<EventRecord>>? finished = null)
    {
        var windows = TextWindows.Split(text, windowChars);
        Document Analyse(int w, int firstSentence, Document? recycled = null)
        {
            var doc = new Document(text, id, windows[w].Start, windows[w].End, firstSentence, recycled);
            pipeline.Process(doc);
            return doc;
        }
        var first = Analyse(0, 0);
        if (windows.Count > 1)
        {
            // The trailer's sentence number is counted from the last window here: coding does not use it.
            var last = Analyse(windows.Count - 1, 0);
            if (first.SentenceCount < Metadata.ArticleMetadataExtractor.EdgeSentences || last.SentenceCount < Metadata.ArticleMetadataExtractor.EdgeSentences)
                windows = [(0, text.Length)]; // a dateline or trailer might lie outside them: code whole
            else if (info.Article is null)
                info = Setting.EventSetting.WithArticle(info, Metadata.ArticleMetadataExtractor.Extract(first, last, info.Published));
        }
        if (windows.Count == 1)
        {
            var whole = first.RangeEnd == text.Length ? first : pipeline.Process(text, id);
            analysed?.Invoke(whole);
            return Code(whole, info);
        }
        // The story's country is read from its beginning: a text longer than a few windows is no single story, and
        // scanning all of it again cost a tenth of coding it.
        string? dateline = DatelineCountry(first, info);
        var home = _options.DatelineCountry ? HomeCountry(dateline, () => MostNamedCountry(Tagged(text, id, windows.GetRange(0, Math.Min(windows.Count, HomeCountryWindows)), pipeline), _dicts.Actors)) : null;
        var resolver = new ActorResolver(first, _dicts, _options) { HomeCountry = home?.Country, HomeBasis = home?.Basis, StoryCountry = home?.Country ?? dateline };
        var run = new Run(info, resolver);
        run.Setting.Windowed = true;
        var all = new List<EventRecord>();
        int sentences = 0;
        Document? previous = null;
        for (int w = 0; w < windows.Count; w++)
        {
            // The previous window is coded and its events hold no tokens: its arrays serve the next one.
            var doc = w == 0 ? first : Analyse(w, sentences, previous);
            sentences += doc.SentenceCount;
            previous = doc;
            analysed?.Invoke(doc);
            CodeWindow(run, doc, null);
            if (w + 1 < windows.Count) CarryOver(run, doc);
            Finish(run, null);
            if (finished is not null) finished(run.Events);
            else all.AddRange(run.Events);
            run.Events.Clear();
            run.Dated.Clear();
        }
        return all;
    }

    // The windows tokenized with folded forms only, one at a time: all a search for actor names reads.
    private static IEnumerable<Document> Tagged(string text, string? id, List<(int Start, int End)> windows, TextPipeline pipeline)
    {
        var tokenizer = pipeline.Stages[0];
        var tagger = pipeline.Stages.OfType<TaggerStage>().FirstOrDefault()?.Tagger as Tag.Tagger;
        TextPipeline? prefix = null;
        if (tokenizer.Name != "tokenizer" || tagger is null)
        {
            // Another pipeline: its stages up to the tagger.
            var builder = new TextPipelineBuilder();
            foreach (var stage in pipeline.Stages)
            {
                builder.Add(stage);
                if (stage.Name == "tagger") break;
            }
            prefix = builder.Build();
        }
        Document? previous = null;
        foreach (var (start, end) in windows)
        {
            var doc = previous = new Document(text, id, start, end, 0, previous);
            if (prefix is not null) prefix.Process(doc);
            else
            {
                tokenizer.Process(doc);
                tagger!.Normalize(doc);
            }
            yield return doc;
        }
    }

    // Codes the sentences of one window (the whole document when it is not windowed) and collects what the
    // events' places need; the events keep their dates, amounts and casualties from here.
    private void CodeWindow(Run run, Document doc, ExplainTrace? trace)
    {
        if (run.Window is not null && run.Window != doc) run.Resolver.MoveTo(doc);
        run.Window = doc;
        var events = run.Recent;
        var actors = run.RecentActors;
        int from = events.Count;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var kind = doc.SentenceRef(s).Kind;
            if (kind == SentenceKind.Dateline || (kind == SentenceKind.Headline && !_options.CodeHeadlines))
            {
                trace?.Add(s, "skip", $"{kind.ToString().ToLowerInvariant()} not coded");
                continue;
            }
            if (IsDiscarded(doc, s, out string? discard))
            {
                trace?.Add(s, "skip", $"discarded by '{discard}'");
                continue;
            }
            CodeSentence(doc, s, run.Info, run.Resolver, events, actors, trace);
        }
        Setting.EventSetting.Default.Collect(doc, run.Info, run.Setting, events, from, trace);
        for (int i = from; i < events.Count; i++)
        {
            var (src, tgt) = actors[i];
            if (src.Entry is { Codes.Count: > 1 } || tgt?.Entry is { Codes.Count: > 1 }) run.Dated.Add((run.Events.Count, src.Entry, tgt?.Entry));
            run.Events.Add(events[i]);
        }
    }

    // Between two windows: only the events a later sentence may still answer or point back to go on, and they and
    // the resolver's memory keep character offsets instead of the window's tokens (which the next window reuses).
    private static void CarryOver(Run run, Document doc)
    {
        var events = run.Recent;
        var actors = run.RecentActors;
        int keepFrom = doc.FirstSentenceIndex + doc.SentenceCount - Math.Max(ResponseReach, EventNounReach);
        int drop = 0;
        while (drop < events.Count && events[drop].SentenceIndex < keepFrom) drop++;
        events.RemoveRange(0, drop);
        actors.RemoveRange(0, drop);
        for (int i = 0; i < actors.Count; i++)
            actors[i] = (run.Resolver.Detach(actors[i].Source), actors[i].Target is { } t ? run.Resolver.Detach(t) : null);
        run.Resolver.DetachMemory();
    }

    private List<EventRecord> Finish(Run run, ExplainTrace? trace)
    {
        Setting.EventSetting.Default.Finish(run.Info, run.Setting, trace);
        RedateActors(run.Info.Published, run.Events, run.Dated, trace);
        if (_options.BackgroundDays is { } days && run.Info.Published is { } published) DropBackground(run.Events, published.AddDays(-days), trace);
        return run.Events;
    }

    // Events wholly before the cutoff: history the story recalls.
    private static void DropBackground(List<EventRecord> events, DateOnly cutoff, ExplainTrace? trace)
    {
        int kept = 0;
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            // A range ("from 1998 to 2000", "since January") is history only if it ended before the cutoff.
            if (e.DateBasis == "text" && LastDay(e.EventDateEnd ?? e.EventDate) is { } last && last < cutoff)
            {
                trace?.Add(e.SentenceIndex, "background", $"{e.Source.Code} {e.Cameo} {e.Target?.Code ?? "-"}", $"dated {e.EventDate}, before {cutoff:yyyy-MM-dd}: history, not coded");
                continue;
            }
            events[kept++] = e;
        }
        events.RemoveRange(kept, events.Count - kept);
    }

    // The last day an event date ("2019-03-14", "2019-03", "2019") can mean.
    private static DateOnly? LastDay(string? text)
    {
        if (ParseEventDate(text) is not { } first) return null;
        return text!.Length switch { 4 => new DateOnly(first.Year, 12, 31), 7 => first.AddMonths(1).AddDays(-1), _ => first };
    }
}
