namespace Dyad.Storage;

/// <summary>
/// SQL shared by both back ends to merge a batch (staged in temporary tables, see <see cref="BatchAggregate"/>) into
/// the events, event_sources and actors tables. An event's first mention (by document sequence, then position)
/// gives its names and URL and never changes, because later batches have later sequence numbers; GDELT's counts
/// follow its definitions: NumMentions counts every mention (several in one article all count), NumArticles distinct
/// documents (each document is in one batch, so batch counts add up), NumSources distinct publishers (kept as
/// (event, publisher) pairs in event_sources, a document without a publisher being its own source).
/// </summary>
internal static class StoreSql
{
    public const string StageEvents = "stage_events", StageSources = "stage_sources", StageActors = "stage_actors";

    public static readonly string[] EventColumns =
        ["event_id", "event_date", "day", "source_code", "source_country", "source_role", "source_name",
         "target_code", "target_country", "target_role", "target_name", "cameo", "cameo_base", "cameo_root", "quad_class",
         "goldstein", "plover_type", "plover_mode", "location", "num_mentions", "num_sources", "num_articles",
         "first_doc_id", "first_sentence_index", "is_root_event", "source_url", "date_added", "source_block", "target_block", "dyad_block"];
    public static readonly string[] SourceColumns = ["event_id", "source"];
    public static readonly string[] ActorColumns = ["code", "country", "role", "name", "first_doc_id"];

    /// <summary>Empty per-connection staging tables shaped like their targets (created on first use).</summary>
    public static readonly string[] Staging =
    [
        $"CREATE TEMP TABLE IF NOT EXISTS {StageEvents} AS SELECT * FROM events LIMIT 0",
        $"CREATE TEMP TABLE IF NOT EXISTS {StageSources} AS SELECT * FROM event_sources LIMIT 0",
        $"CREATE TEMP TABLE IF NOT EXISTS {StageActors} AS SELECT * FROM actors LIMIT 0",
        $"DELETE FROM {StageEvents}",
        $"DELETE FROM {StageSources}",
        $"DELETE FROM {StageActors}",
    ];

    /// <summary>
    /// Keeps only publishers new to their event, stores them, adds the batch's counts to events already stored
    /// (before inserting the new ones, so nothing is counted twice), then inserts new events and new actors.
    /// </summary>
    public static readonly string[] Merge =
    [
        $"DELETE FROM {StageSources} WHERE EXISTS (SELECT 1 FROM event_sources x WHERE x.event_id = {StageSources}.event_id AND x.source = {StageSources}.source)",
        $"INSERT INTO event_sources SELECT event_id, source FROM {StageSources}",
        $"""
        UPDATE events SET num_mentions = events.num_mentions + s.num_mentions, num_articles = events.num_articles + s.num_articles,
          num_sources = events.num_sources + coalesce(n.k, 0)
        FROM {StageEvents} s LEFT JOIN (SELECT event_id, count(*) AS k FROM {StageSources} GROUP BY event_id) n ON n.event_id = s.event_id
        WHERE events.event_id = s.event_id
        """,
        $"INSERT INTO events SELECT * FROM {StageEvents} s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = s.event_id)",
        $"INSERT INTO actors SELECT * FROM {StageActors} s WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.code = s.code)",
    ];
}
