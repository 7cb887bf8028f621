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
    public static IReadOnlyList<Migration> All { get; } = [V1(), V2(), V3(), V4(), V5(), V6()];

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

    // A mention row repeated its actors' code, country, role, text and dictionary entry and its pattern's text,
    // file, line and rule: 13 of its 22 strings, which DuckDB compressed again at every commit. They are stored once
    // per distinct value and batch in mention_actors and mention_patterns and referenced by id from mention_rows;
    // the view "mentions" joins them back, with the old columns in the old order, for every reader. Ids are
    // max + 1 per table (writers to one store take turns); existing rows are numbered here. Null-safe equality is
    // written as coalesce with chr(1) so that both back ends can hash-join it.
    private static Migration V5()
    {
        string[] actorColumns = ["code", "country", "role", "text", "entry"];
        string Actor(string alias, string side) =>
            string.Join(" AND ", actorColumns.Select(c => $"coalesce({alias}.{c}, chr(1)) = coalesce(m.{side}_{c}, chr(1))"));
        string Sql(string dbl) => $"""
            CREATE TABLE mention_actors (
              actor_id BIGINT NOT NULL, code VARCHAR NOT NULL, country VARCHAR, role VARCHAR, text VARCHAR NOT NULL, entry VARCHAR);
            CREATE TABLE mention_patterns (
              pattern_id BIGINT NOT NULL, text VARCHAR NOT NULL, file VARCHAR NOT NULL, line INTEGER NOT NULL, rule VARCHAR);
            CREATE TABLE mention_rows (
              event_id BIGINT NOT NULL, doc_id VARCHAR NOT NULL, doc_seq BIGINT NOT NULL, mention_index INTEGER NOT NULL,
              sentence_index INTEGER NOT NULL, sentence_start INTEGER NOT NULL, event_date VARCHAR, date_basis VARCHAR,
              source_actor BIGINT NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
              target_actor BIGINT, target_start INTEGER, target_end INTEGER,
              cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, plover_type VARCHAR, plover_mode VARCHAR,
              quad_class INTEGER NOT NULL, goldstein {dbl} NOT NULL, negated BOOLEAN NOT NULL,
              verb_text VARCHAR, verb_start INTEGER, verb_end INTEGER, pattern_id BIGINT NOT NULL, location VARCHAR);
            INSERT INTO mention_actors SELECT row_number() OVER (ORDER BY code, country, role, text, entry), code, country, role, text, entry FROM (
              SELECT source_code AS code, source_country AS country, source_role AS role, source_text AS text, source_entry AS entry FROM mentions
              UNION SELECT target_code, target_country, target_role, target_text, target_entry FROM mentions WHERE target_code IS NOT NULL) a;
            INSERT INTO mention_patterns SELECT row_number() OVER (ORDER BY text, file, line, rule), text, file, line, rule FROM (
              SELECT DISTINCT pattern_text AS text, pattern_file AS file, pattern_line AS line, pattern_rule AS rule FROM mentions) p;
            INSERT INTO mention_rows SELECT m.event_id, m.doc_id, m.doc_seq, m.mention_index, m.sentence_index, m.sentence_start,
              m.event_date, m.date_basis, sa.actor_id, m.source_start, m.source_end, ta.actor_id, m.target_start, m.target_end,
              m.cameo, m.cameo_root, m.plover_type, m.plover_mode, m.quad_class, m.goldstein, m.negated,
              m.verb_text, m.verb_start, m.verb_end, p.pattern_id, m.location
            FROM mentions m JOIN mention_actors sa ON {Actor("sa", "source")}
            LEFT JOIN mention_actors ta ON m.target_code IS NOT NULL AND {Actor("ta", "target")}
            JOIN mention_patterns p ON p.text = m.pattern_text AND p.file = m.pattern_file AND p.line = m.pattern_line AND coalesce(p.rule, chr(1)) = coalesce(m.pattern_rule, chr(1))
            ORDER BY m.doc_seq, m.mention_index;
            DROP TABLE mentions;
            CREATE VIEW mentions AS SELECT m.event_id, m.doc_id, m.doc_seq, m.mention_index, m.sentence_index, m.sentence_start,
              m.event_date, m.date_basis,
              sa.code AS source_code, sa.country AS source_country, sa.role AS source_role, sa.text AS source_text,
              m.source_start, m.source_end, sa.entry AS source_entry,
              ta.code AS target_code, ta.country AS target_country, ta.role AS target_role, ta.text AS target_text,
              m.target_start, m.target_end, ta.entry AS target_entry,
              m.cameo, m.cameo_root, m.plover_type, m.plover_mode, m.quad_class, m.goldstein, m.negated,
              m.verb_text, m.verb_start, m.verb_end,
              p.text AS pattern_text, p.file AS pattern_file, p.line AS pattern_line, p.rule AS pattern_rule, m.location
            FROM mention_rows m JOIN mention_actors sa ON sa.actor_id = m.source_actor
            LEFT JOIN mention_actors ta ON ta.actor_id = m.target_actor
            JOIN mention_patterns p ON p.pattern_id = m.pattern_id
            """;
        return new Migration(5, "mention_rows with actors and patterns in mention_actors and mention_patterns; mentions is a view",
            Split(Sql("DOUBLE")),
            Split(Sql("DOUBLE PRECISION") + """
                ;
                CREATE INDEX mention_rows_event ON mention_rows (event_id);
                CREATE INDEX mention_rows_doc_seq ON mention_rows (doc_seq);
                CREATE INDEX mention_actors_id ON mention_actors (actor_id);
                CREATE INDEX mention_patterns_id ON mention_patterns (pattern_id)
                """));
    }

    // An events row repeated its actors' code, country, role and block, its code's base, root, QuadClass, Goldstein
    // and PLOVER type and mode, and its country pair: 14 strings that DuckDB appended and compressed again at every
    // commit (a third of a batch's write). They are stored once per distinct value in event_actors, event_codes and
    // event_dyads and referenced by integer id from event_rows; the view "events" joins them back, with the old
    // columns in the old order, for every reader. Unlike mention_actors, a value has one id in the whole store (the
    // writer reads these small tables at each batch and adds only new values), so a filter on a country or code
    // becomes a filter on a few ids. Existing rows are numbered here, in their stored order.
    private static Migration V6()
    {
        string Nullable(string a, string b, string c) => $"coalesce({a}.{c}, chr(1)) = coalesce({b}, chr(1))";
        string Sql(string dbl, string pk, string order) => $"""
            CREATE TABLE event_actors (actor_id INTEGER NOT NULL{pk}, code VARCHAR NOT NULL, country VARCHAR, role VARCHAR, block VARCHAR NOT NULL);
            CREATE TABLE event_codes (
              code_id INTEGER NOT NULL{pk}, cameo VARCHAR NOT NULL, cameo_base VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL,
              quad_class INTEGER NOT NULL, goldstein {dbl} NOT NULL, plover_type VARCHAR, plover_mode VARCHAR);
            CREATE TABLE event_dyads (dyad_id INTEGER NOT NULL{pk}, dyad_block VARCHAR NOT NULL);
            CREATE TABLE event_rows (
              event_id BIGINT NOT NULL{pk}, event_date VARCHAR, day DATE, source_actor INTEGER NOT NULL, source_name VARCHAR NOT NULL,
              target_actor INTEGER, target_name VARCHAR, code_id INTEGER NOT NULL, location VARCHAR,
              num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
              first_doc_id VARCHAR NOT NULL, first_sentence_index INTEGER NOT NULL, is_root_event BOOLEAN NOT NULL,
              source_url VARCHAR, date_added DATE, dyad_id INTEGER);
            INSERT INTO event_actors SELECT row_number() OVER (ORDER BY code, country, role), code, country, role, block FROM (
              SELECT source_code AS code, source_country AS country, source_role AS role, source_block AS block FROM events
              UNION SELECT target_code, target_country, target_role, target_block FROM events WHERE target_code IS NOT NULL) a;
            INSERT INTO event_codes SELECT row_number() OVER (ORDER BY cameo, cameo_base, cameo_root, quad_class, goldstein, plover_type, plover_mode),
              cameo, cameo_base, cameo_root, quad_class, goldstein, plover_type, plover_mode FROM (
              SELECT DISTINCT cameo, cameo_base, cameo_root, quad_class, goldstein, plover_type, plover_mode FROM events) c;
            INSERT INTO event_dyads SELECT row_number() OVER (ORDER BY dyad_block), dyad_block FROM (
              SELECT DISTINCT dyad_block FROM events WHERE dyad_block IS NOT NULL) d;
            INSERT INTO event_rows SELECT e.event_id, e.event_date, e.day, sa.actor_id, e.source_name, ta.actor_id, e.target_name, c.code_id,
              e.location, e.num_mentions, e.num_sources, e.num_articles, e.first_doc_id, e.first_sentence_index, e.is_root_event,
              e.source_url, e.date_added, d.dyad_id
            FROM events e
            JOIN event_actors sa ON sa.code = e.source_code AND {Nullable("sa", "e.source_country", "country")} AND {Nullable("sa", "e.source_role", "role")}
            LEFT JOIN event_actors ta ON ta.code = e.target_code AND {Nullable("ta", "e.target_country", "country")} AND {Nullable("ta", "e.target_role", "role")}
            JOIN event_codes c ON c.cameo = e.cameo AND c.cameo_base = e.cameo_base AND c.cameo_root = e.cameo_root AND c.quad_class = e.quad_class
              AND c.goldstein = e.goldstein AND {Nullable("c", "e.plover_type", "plover_type")} AND {Nullable("c", "e.plover_mode", "plover_mode")}
            LEFT JOIN event_dyads d ON d.dyad_block = e.dyad_block
            {order};
            DROP TABLE events;
            CREATE VIEW events AS SELECT e.event_id, e.event_date, e.day,
              sa.code AS source_code, sa.country AS source_country, sa.role AS source_role, e.source_name,
              ta.code AS target_code, ta.country AS target_country, ta.role AS target_role, e.target_name,
              c.cameo, c.cameo_base, c.cameo_root, c.quad_class, c.goldstein, c.plover_type, c.plover_mode, e.location,
              e.num_mentions, e.num_sources, e.num_articles, e.first_doc_id, e.first_sentence_index, e.is_root_event,
              e.source_url, e.date_added, sa.block AS source_block, ta.block AS target_block, d.dyad_block
            FROM event_rows e JOIN event_actors sa ON sa.actor_id = e.source_actor
            LEFT JOIN event_actors ta ON ta.actor_id = e.target_actor
            JOIN event_codes c ON c.code_id = e.code_id
            LEFT JOIN event_dyads d ON d.dyad_id = e.dyad_id
            """;
        // DuckDB keeps the old append order (days by batch, which its zone maps prune on); PostgreSQL has indexes.
        return new Migration(6, "event_rows with actors, codes and country pairs in event_actors, event_codes and event_dyads; events is a view",
            Split(Sql("DOUBLE", "", "ORDER BY e.rowid")),
            Split(Sql("DOUBLE PRECISION", " PRIMARY KEY", "") + """
                ;
                CREATE INDEX event_rows_day ON event_rows (day);
                CREATE INDEX event_rows_actors ON event_rows (source_actor, target_actor, day);
                CREATE INDEX event_rows_dyad ON event_rows (dyad_id, day);
                CREATE INDEX event_rows_code ON event_rows (code_id)
                """));
    }

    private static string[] Split(string sql) =>
        [.. sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0)];
}
