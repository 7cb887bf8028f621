namespace Dyad.Storage;

/// <summary>One schema migration: its version, what it does, and its statements for each back end.</summary>
public sealed record Migration(int Version, string Description, string[] DuckDb, string[] Postgres);

/// <summary>
/// The schema's versioned migrations, applied in order, each in its own transaction, and recorded in
/// <c>schema_version</c>. Append new migrations; never edit a released one.
/// </summary>
public static class Migrations
{
    /// <summary>All migrations in version order.</summary>
    public static IReadOnlyList<Migration> All { get; } = [V1(), V2(), V3(), V4()];

    /// <summary>The version a fully migrated store has.</summary>
    public static int Latest => All[^1].Version;

    // Date, dyad and code queries on events. DuckDB also prunes row groups by min/max (zone maps) without any
    // index and its ART indexes slow bulk appends, so in DuckDB mentions, sentences and documents (written in
    // doc_seq order and read by ranges) get none, and events.event_id is kept unique by the writer rather than by a
    // primary-key index.
    private const string Indexes = """

        CREATE INDEX events_day ON events (day);
        CREATE INDEX events_dyad ON events (source_code, target_code);
        CREATE INDEX events_cameo ON events (cameo);

        """;

    private static Migration V1()
    {
        // Column order is the order the appender and COPY write; keep it in step with the writers.
        string Tables(string blob, string dbl, string pk) => $"""
            CREATE TABLE documents (
              doc_id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, origin VARCHAR NOT NULL, title VARCHAR, published DATE,
              source VARCHAR, url VARCHAR, language VARCHAR, provenance VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
              minhash {blob}, duplicate_of VARCHAR, duplicate_kind VARCHAR, similarity {dbl}, sentence_count INTEGER NOT NULL,
              event_count INTEGER NOT NULL);
            CREATE TABLE sentences (
              doc_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
              kind VARCHAR NOT NULL, text VARCHAR NOT NULL);
            CREATE TABLE mentions (
              event_id BIGINT NOT NULL, doc_id VARCHAR NOT NULL, doc_seq BIGINT NOT NULL, mention_index INTEGER NOT NULL,
              sentence_index INTEGER NOT NULL, sentence_start INTEGER NOT NULL, event_date VARCHAR, date_basis VARCHAR,
              source_code VARCHAR NOT NULL, source_country VARCHAR, source_role VARCHAR, source_text VARCHAR NOT NULL,
              source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, source_entry VARCHAR,
              target_code VARCHAR, target_country VARCHAR, target_role VARCHAR, target_text VARCHAR,
              target_start INTEGER, target_end INTEGER, target_entry VARCHAR,
              cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, plover_type VARCHAR, plover_mode VARCHAR,
              quad_class INTEGER NOT NULL, goldstein {dbl} NOT NULL, negated BOOLEAN NOT NULL,
              verb_text VARCHAR, verb_start INTEGER, verb_end INTEGER,
              pattern_text VARCHAR NOT NULL, pattern_file VARCHAR NOT NULL, pattern_line INTEGER NOT NULL, pattern_rule VARCHAR,
              location VARCHAR);
            CREATE TABLE events (
              event_id BIGINT {pk}, event_date VARCHAR, day DATE,
              source_code VARCHAR NOT NULL, source_country VARCHAR, source_role VARCHAR, source_name VARCHAR NOT NULL,
              target_code VARCHAR, target_country VARCHAR, target_role VARCHAR, target_name VARCHAR,
              cameo VARCHAR NOT NULL, cameo_base VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, quad_class INTEGER NOT NULL,
              goldstein {dbl} NOT NULL, plover_type VARCHAR, plover_mode VARCHAR, location VARCHAR,
              num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
              first_doc_id VARCHAR NOT NULL, first_sentence_index INTEGER NOT NULL, is_root_event BOOLEAN NOT NULL,
              source_url VARCHAR, date_added DATE);
            CREATE TABLE actors (
              code VARCHAR PRIMARY KEY, country VARCHAR, role VARCHAR, name VARCHAR NOT NULL, first_doc_id VARCHAR NOT NULL);
            """;
        string pg = Tables("BYTEA", "DOUBLE PRECISION", "PRIMARY KEY") + Indexes + """
            CREATE INDEX mentions_event ON mentions (event_id);
            CREATE INDEX mentions_doc_seq ON mentions (doc_seq);
            CREATE INDEX documents_seq ON documents (seq);
            CREATE INDEX sentences_doc ON sentences (doc_id, sentence_index);
            """;
        return new Migration(1, "documents, sentences, mentions, events, actors",
            Split(Tables("BLOB", "DOUBLE", "NOT NULL") + Indexes), Split(pg));
    }

    private static Migration V2()
    {
        const string Sql = "CREATE TABLE feeds (url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, polled_at VARCHAR, items_seen INTEGER NOT NULL)";
        return new Migration(2, "feeds polled by dyad watch (ETag, Last-Modified)", [Sql], [Sql]);
    }

    // Publishers per event, so a batch counts NumSources without rereading earlier mentions.
    private static Migration V3()
    {
        string Sql(string key) => $"""
            CREATE TABLE event_sources (event_id BIGINT NOT NULL, source VARCHAR NOT NULL{key});
            INSERT INTO event_sources SELECT DISTINCT m.event_id, coalesce(d.source, d.doc_id) FROM mentions m JOIN documents d ON d.doc_id = m.doc_id
            """;
        return new Migration(3, "event_sources: distinct publishers of each event", Split(Sql("")), Split(Sql(", PRIMARY KEY (event_id, source)")));
    }

    // Country blocks (the country, else the code's first three letters: IGO, NGO ...) as plain columns, so actor and
    // country-level queries compare with '=' (DuckDB pushes that into the scan) instead of coalesce/substr on
    // every row; dyad_block ("CHN-PAK", blocks in order) finds a country pair both ways with one '='.
    // DuckDB drops its ART indexes on events: the series, top and search queries filter by prefixes, ranges and
    // these columns, which DuckDB scans with zone maps and pushed-down filters (it uses ART for selective point
    // lookups), and the indexes were a third of the file and a large part of each batch's insert and checkpoint time.
    private static Migration V4()
    {
        const string Blocks = """
            ALTER TABLE events ADD COLUMN source_block VARCHAR;
            ALTER TABLE events ADD COLUMN target_block VARCHAR;
            ALTER TABLE events ADD COLUMN dyad_block VARCHAR;
            UPDATE events SET source_block = coalesce(source_country, substr(source_code, 1, 3)),
              target_block = CASE WHEN target_code IS NOT NULL THEN coalesce(target_country, substr(target_code, 1, 3)) END;
            UPDATE events SET dyad_block = least(source_block, target_block) || '-' || greatest(source_block, target_block)
            """;
        return new Migration(4, "events.source_block, target_block, dyad_block; DuckDB drops the events ART indexes",
            Split("DROP INDEX events_day; DROP INDEX events_dyad; DROP INDEX events_cameo;" + Blocks),
            Split(Blocks + "; CREATE INDEX events_blocks ON events (source_block, target_block, day); CREATE INDEX events_dyad_block ON events (dyad_block, day)"));
    }

    private static string[] Split(string sql) =>
        [.. sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0)];
}
