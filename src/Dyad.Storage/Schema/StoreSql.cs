namespace Dyad.Storage;

/// <summary>
/// SQL shared by both back ends. The events a batch touches are recomputed from all their mentions, so a
/// batch's effect does not depend on earlier batches' arithmetic: the first mention (by document sequence, then
/// position) gives the event's names and URL; GDELT's counts follow its definitions: NumMentions counts every
/// mention (several in one article all count), NumArticles distinct documents, NumSources distinct publishers
/// (a document without a publisher is its own source).
/// </summary>
internal static class StoreSql
{
    private static string Touched(string lo, string hi) => $"SELECT event_id FROM mentions WHERE doc_seq BETWEEN {lo} AND {hi}";

    public static string DeleteEvents(string lo, string hi) => $"DELETE FROM events WHERE event_id IN ({Touched(lo, hi)})";

    public static string InsertEvents(string lo, string hi) => $"""
        INSERT INTO events
        SELECT f.event_id, f.event_date,
          CASE length(f.event_date) WHEN 10 THEN CAST(f.event_date AS DATE) WHEN 7 THEN CAST(f.event_date || '-01' AS DATE)
            WHEN 4 THEN CAST(f.event_date || '-01-01' AS DATE) END,
          f.source_code, f.source_country, f.source_role, f.source_text,
          f.target_code, f.target_country, f.target_role, f.target_text,
          f.cameo, substr(f.cameo, 1, 3), f.cameo_root, f.quad_class, f.goldstein, f.plover_type, f.plover_mode, f.location,
          a.num_mentions, a.num_sources, a.num_articles, f.doc_id, f.sentence_index, f.sentence_index <= 2, d.url, d.published
        FROM (SELECT m.*, row_number() OVER (PARTITION BY m.event_id ORDER BY m.doc_seq, m.mention_index) AS rn
              FROM mentions m WHERE m.event_id IN ({Touched(lo, hi)})) f
        JOIN (SELECT m.event_id, count(*) AS num_mentions, count(DISTINCT coalesce(d.source, d.doc_id)) AS num_sources,
                     count(DISTINCT m.doc_id) AS num_articles
              FROM mentions m JOIN documents d ON d.doc_id = m.doc_id
              WHERE m.event_id IN ({Touched(lo, hi)}) GROUP BY m.event_id) a ON a.event_id = f.event_id
        JOIN documents d ON d.doc_id = f.doc_id
        WHERE f.rn = 1
        """;

    public static string InsertActors(string lo, string hi) => $"""
        INSERT INTO actors
        SELECT code, country, role, name, doc_id FROM (
          SELECT x.*, row_number() OVER (PARTITION BY code ORDER BY doc_seq, mention_index, side) AS rn FROM (
            SELECT source_code AS code, source_country AS country, source_role AS role, source_text AS name, doc_id, doc_seq, mention_index, 0 AS side
              FROM mentions WHERE doc_seq BETWEEN {lo} AND {hi}
            UNION ALL
            SELECT target_code, target_country, target_role, target_text, doc_id, doc_seq, mention_index, 1
              FROM mentions WHERE doc_seq BETWEEN {lo} AND {hi} AND target_code IS NOT NULL) x) y
        WHERE rn = 1 AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.code = y.code)
        """;
}
