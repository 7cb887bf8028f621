namespace Dyad.Storage;

/// <summary>
/// SQL shared by both back ends to merge a batch (see <see cref="BatchAggregate"/>; keys and counts staged in
/// temporary tables) into the events, event_sources and actors tables. An event's first mention (by document sequence, then position)
/// gives its names and URL and never changes, because later batches have later sequence numbers; GDELT's counts
/// follow its definitions: NumMentions counts every mention (several in one article all count), NumArticles distinct
/// documents (each document is in one batch, so batch counts add up), NumSources distinct publishers (kept as
/// (event, publisher) pairs in event_sources, a document without a publisher being its own source).
/// </summary>
internal static class StoreSql
{
    public const string StageCounts = "stage_counts", StageSources = "stage_sources", StageActors = "stage_actors";

    // Events are written to event_rows with integer keys into event_actors, event_codes and event_dyads (migration 6).
    public static readonly string[] EventColumns =
        ["event_id", "event_date", "day", "source_actor", "source_name", "target_actor", "target_name", "code_id", "location",
         "num_mentions", "num_sources", "num_articles", "first_doc_id", "first_sentence_index", "is_root_event", "source_url",
         "date_added", "dyad_id"];
    public static readonly string[] EventActorColumns = ["actor_id", "code", "country", "role", "block"];
    public static readonly string[] EventCodeColumns = ["code_id", "cameo", "cameo_base", "cameo_root", "quad_class", "goldstein", "plover_type", "plover_mode"];
    public static readonly string[] EventDyadColumns = ["dyad_id", "dyad_block"];
    public static readonly string[] CountColumns = ["event_id", "num_mentions", "num_articles"];
    public static readonly string[] SourceColumns = ["event_id", "source"];
    public static readonly string[] ActorColumns = ["code", "country", "role", "name", "first_doc_id"];

    /// <summary>
    /// Empty per-connection staging tables (created on first use). Only keys and counts are staged: the full rows of
    /// new events and of new events' publishers are appended straight to their tables, so their strings are written
    /// once instead of being staged and copied.
    /// </summary>
    public static readonly string[] Staging =
    [
        $"CREATE TEMP TABLE IF NOT EXISTS {StageCounts} (event_id BIGINT NOT NULL, num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL)",
        $"CREATE TEMP TABLE IF NOT EXISTS {StageSources} AS SELECT * FROM event_sources LIMIT 0",
        $"CREATE TEMP TABLE IF NOT EXISTS {StageActors} AS SELECT * FROM actors LIMIT 0",
        $"DELETE FROM {StageCounts}",
        $"DELETE FROM {StageSources}",
        $"DELETE FROM {StageActors}",
    ];

    /// <summary>The batch's events already stored (by an earlier batch).</summary>
    public static readonly string KnownEvents = $"SELECT s.event_id FROM {StageCounts} s JOIN event_rows e ON e.event_id = s.event_id";

    /// <summary>
    /// For events already stored: keeps only publishers new to their event (the staged pairs are those events'
    /// only), stores them, and adds the batch's counts. Runs before the new events are appended, so nothing is
    /// counted twice.
    /// </summary>
    public static readonly string[] MergeKnown =
    [
        $"DELETE FROM {StageSources} WHERE EXISTS (SELECT 1 FROM event_sources x WHERE x.event_id = {StageSources}.event_id AND x.source = {StageSources}.source)",
        $"INSERT INTO event_sources SELECT event_id, source FROM {StageSources}",
        $"""
        UPDATE event_rows SET num_mentions = event_rows.num_mentions + s.num_mentions, num_articles = event_rows.num_articles + s.num_articles,
          num_sources = event_rows.num_sources + coalesce(n.k, 0)
        FROM {StageCounts} s LEFT JOIN (SELECT event_id, count(*) AS k FROM {StageSources} GROUP BY event_id) n ON n.event_id = s.event_id
        WHERE event_rows.event_id = s.event_id
        """,
    ];

    /// <summary>Inserts the batch's actor codes not yet stored.</summary>
    public static readonly string MergeActors =
        $"INSERT INTO actors SELECT * FROM {StageActors} s WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.code = s.code)";
}
