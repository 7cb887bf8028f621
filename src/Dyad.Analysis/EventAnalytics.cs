using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dyad.Analysis;

/// <summary>
/// Read-only queries over a Dyad store (DuckDB or PostgreSQL): every aggregate is computed in SQL and every value is
/// a positional parameter. Wraps one open connection and is not thread-safe: use one instance per connection.
/// </summary>
/// <param name="connection">An open connection to a migrated store.</param>
public sealed class EventAnalytics(DbConnection connection)
{
    private readonly DbConnection _connection = connection;

    /// <summary>The connection queries run on.</summary>
    public DbConnection Connection => _connection;

    /// <summary>A dyad time series, one point per non-empty bucket, oldest first.</summary>
    public IReadOnlyList<SeriesPoint> Series(SeriesQuery q)
    {
        q.Validate();
        using var cmd = _connection.CreateCommand();
        var p = new SqlParameters(cmd);
        string unit = Periods.Unit(q.By);
        // One scan per direction, each with plain '=' or prefix conditions the engine pushes into the scan (an OR
        // across the two directions cannot be); the second direction skips events the first one already has.
        string Branch(string cond) =>
            $"SELECT CAST(date_trunc('{unit}', e.day) AS DATE) AS p, e.cameo_root, e.quad_class, e.goldstein, e.num_articles FROM events e WHERE e.day IS NOT NULL AND {cond}{DateRange(p, q.From, q.To)}";
        string filtered;
        if (q.Directed) filtered = Branch(q.B is null ? q.A.Condition(p, "source") : $"{q.A.Condition(p, "source")} AND {q.B.Condition(p, "target")}");
        else if (q.B is null)
            filtered = Branch(q.A.Condition(p, "source")) + " UNION ALL " + Branch($"{q.A.Condition(p, "target")} AND NOT coalesce({q.A.Condition(p, "source")}, false)");
        else if (q.A.Kind == ActorKind.Country && q.B.Kind == ActorKind.Country)
            filtered = Branch($"e.dyad_block = {p.Add(string.CompareOrdinal(q.A.Value, q.B.Value) <= 0 ? q.A.Value + "-" + q.B.Value : q.B.Value + "-" + q.A.Value)}");
        else
            filtered = Branch($"{q.A.Condition(p, "source")} AND {q.B.Condition(p, "target")}") + " UNION ALL " +
                Branch($"{q.B.Condition(p, "source")} AND {q.A.Condition(p, "target")} AND NOT coalesce({q.A.Condition(p, "source")} AND {q.B.Condition(p, "target")}, false)");
        cmd.CommandText = $"""
            SELECT p, cameo_root, count(*), sum(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), sum(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END),
              sum(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), sum(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END), sum(goldstein), sum(num_articles)
            FROM ({filtered}) f GROUP BY p, cameo_root
            """;
        var points = new SortedDictionary<DateOnly, (long n, long[] quad, SortedDictionary<string, long> roots, double sum, long articles)>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var day = ReadDate(r.GetValue(0));
            if (!points.TryGetValue(day, out var pt)) pt = (0, new long[4], new SortedDictionary<string, long>(StringComparer.Ordinal), 0, 0);
            long n = Long(r, 2);
            pt.n += n;
            pt.roots[r.GetString(1)] = n;
            for (int i = 0; i < 4; i++) pt.quad[i] += Long(r, 3 + i);
            pt.sum += Convert.ToDouble(r.GetValue(7), CultureInfo.InvariantCulture);
            pt.articles += Long(r, 8);
            points[day] = pt;
        }
        return [.. points.Select(kv => new SeriesPoint(kv.Key, kv.Value.n, kv.Value.quad, kv.Value.roots,
            Math.Round(kv.Value.sum, 3), kv.Value.n == 0 ? 0 : Math.Round(kv.Value.sum / kv.Value.n, 3), kv.Value.articles))];
    }

    /// <summary>The most active actors and dyads of a period.</summary>
    public TopResult Top(TopQuery q)
    {
        q.Validate();
        return new TopResult(TopActors(q), TopDyads(q));
    }

    /// <summary>The actor network: the most active dyads as directed edges and the actors on them as nodes.</summary>
    public Network Network(TopQuery q)
    {
        q.Validate();
        var edges = TopDyads(q with { Directed = true });
        var codes = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        var nodes = codes.Count == 0 ? [] : TopActors(q with { Limit = TopQuery.MaxLimit, Actor = null }, codes);
        var known = nodes.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        return new Network([.. nodes, .. codes.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal).Select(c => new ActorActivity(c, null, 0, 0, 0, 0))], edges);
    }

    private List<ActorActivity> TopActors(TopQuery q, HashSet<string>? only = null)
    {
        using var cmd = _connection.CreateCommand();
        var p = new SqlParameters(cmd);
        string src = Level(q.Level, "source"), tgt = Level(q.Level, "target");
        string where = "WHERE 1 = 1" + DateRange(p, q.From, q.To);
        string actorCond = q.Actor is null ? "" : $" AND ({q.Actor.Condition(p, "source")} OR {q.Actor.Condition(p, "target")})";
        string onlyCond = "";
        if (only is not null)
            onlyCond = " WHERE a.code IN (" + string.Join(", ", only.Order(StringComparer.Ordinal).Select(c => p.Add(c))) + ")";
        string nameJoin = q.Level == ActorLevel.Code ? "LEFT JOIN actors n ON n.code = a.code" : "LEFT JOIN (SELECT NULL AS code, NULL AS name) n ON n.code = a.code";
        cmd.CommandText = $"""
            SELECT a.code, min(n.name), count(*), sum(a.s), sum(1 - a.s), avg(a.goldstein) FROM (
              SELECT {src} AS code, 1 AS s, e.goldstein FROM events e {where}{actorCond}
              UNION ALL
              SELECT {tgt}, 0, e.goldstein FROM events e {where}{actorCond} AND e.target_code IS NOT NULL) a
            {nameJoin}{onlyCond}
            GROUP BY a.code ORDER BY count(*) DESC, a.code LIMIT {q.Limit.ToString(CultureInfo.InvariantCulture)}
            """;
        var rows = new List<ActorActivity>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new ActorActivity(r.GetString(0), r.IsDBNull(1) ? null : Convert.ToString(r.GetValue(1), CultureInfo.InvariantCulture),
                Long(r, 2), Long(r, 3), Long(r, 4), Math.Round(Convert.ToDouble(r.GetValue(5), CultureInfo.InvariantCulture), 3)));
        return rows;
    }

    private List<DyadActivity> TopDyads(TopQuery q)
    {
        using var cmd = _connection.CreateCommand();
        var p = new SqlParameters(cmd);
        string src = Level(q.Level, "source"), tgt = Level(q.Level, "target");
        string a = q.Directed ? src : $"least({src}, {tgt})", b = q.Directed ? tgt : $"greatest({src}, {tgt})";
        string actorCond = q.Actor is null ? "" : $" AND ({q.Actor.Condition(p, "source")} OR {q.Actor.Condition(p, "target")})";
        cmd.CommandText = $"""
            SELECT {a} AS a, {b} AS b, count(*) AS n, avg(e.goldstein), sum(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END),
              sum(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END)
            FROM events e WHERE e.target_code IS NOT NULL AND {src} <> {tgt}{DateRange(p, q.From, q.To)}{actorCond}
            GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT {q.Limit.ToString(CultureInfo.InvariantCulture)}
            """;
        var rows = new List<DyadActivity>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new DyadActivity(r.GetString(0), r.GetString(1), Long(r, 2), Math.Round(Convert.ToDouble(r.GetValue(3), CultureInfo.InvariantCulture), 3), Long(r, 4), Long(r, 5)));
        return rows;
    }

    /// <summary>Events matching the filters, newest first, one page.</summary>
    public Page<EventSummary> Search(EventQuery q)
    {
        q.Validate();
        using var cmd = _connection.CreateCommand();
        var p = new SqlParameters(cmd);
        var where = new StringBuilder("WHERE 1 = 1");
        where.Append(DateRange(p, q.From, q.To));
        if (q.Actor is { } actor) where.Append(" AND ").Append(DyadCondition(p, actor, q.Partner, directed: false));
        if (q.Source is { } s) where.Append(" AND ").Append(s.Condition(p, "source"));
        if (q.Target is { } t) where.Append(" AND ").Append(t.Condition(p, "target"));
        if (q.Code is { Length: > 0 } code) where.Append($" AND starts_with(e.cameo, {p.Add(code)})");
        if (q.QuadClass is { } quad) where.Append($" AND e.quad_class = {p.Add(quad)}");
        if (q.Place is { Length: > 0 } place) where.Append($" AND e.location ILIKE {p.Add("%" + EscapeLike(place) + "%")} ESCAPE '\\'");
        if (q.Text is { Length: > 0 } text) where.Append($" AND s.text ILIKE {p.Add("%" + EscapeLike(text) + "%")} ESCAPE '\\'");
        string join = "LEFT JOIN sentences s ON s.doc_id = e.first_doc_id AND s.sentence_index = e.first_sentence_index";
        string order = "ORDER BY e.day DESC NULLS LAST, e.event_id";
        string page = $"LIMIT {q.Limit.ToString(CultureInfo.InvariantCulture)} OFFSET {q.Offset.ToString(CultureInfo.InvariantCulture)}";
        // Without a text filter the sentences are joined to the page only, not to every matching event.
        string from = q.Text is { Length: > 0 } ? $"FROM events e {join} {where}" : $"FROM events e {where}";
        cmd.CommandText = q.Text is { Length: > 0 }
            ? $"SELECT {SummaryColumns} {from} {order} {page}"
            : $"SELECT {SummaryColumns} FROM (SELECT e.* {from} {order} {page}) e {join} {order}";
        var items = new List<EventSummary>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) items.Add(ReadSummary(r));
        long total;
        if (items.Count > 0 && items.Count < q.Limit) total = q.Offset + items.Count;
        else
        {
            cmd.CommandText = $"SELECT count(*) {from}";
            total = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        return new Page<EventSummary>(total, q.Offset, q.Limit, items);
    }

    /// <summary>An event with its mentions, or null when the id is unknown.</summary>
    public EventDetail? GetEvent(long eventId)
    {
        EventSummary summary;
        using (var cmd = _connection.CreateCommand())
        {
            var p = new SqlParameters(cmd);
            cmd.CommandText = $"SELECT {SummaryColumns} FROM events e LEFT JOIN sentences s ON s.doc_id = e.first_doc_id AND s.sentence_index = e.first_sentence_index WHERE e.event_id = {p.Add(eventId)}";
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            summary = ReadSummary(r);
        }
        using (var cmd = _connection.CreateCommand())
        {
            var p = new SqlParameters(cmd);
            cmd.CommandText = $"{MentionSelect} WHERE m.event_id = {p.Add(eventId)} ORDER BY m.doc_seq, m.mention_index LIMIT 100";
            return new EventDetail(summary, ReadMentions(cmd));
        }
    }

    /// <summary>A document with its sentences and event mentions, or null when the id is unknown.</summary>
    public DocumentView? GetDocument(string docId)
    {
        string? title, published, source, url, dupOf;
        using (var cmd = _connection.CreateCommand())
        {
            var p = new SqlParameters(cmd);
            cmd.CommandText = $"SELECT title, published, source, url, duplicate_of FROM documents WHERE doc_id = {p.Add(docId)}";
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            title = Str(r, 0);
            published = r.IsDBNull(1) ? null : DateText(r.GetValue(1));
            source = Str(r, 2);
            url = Str(r, 3);
            dupOf = Str(r, 4);
        }
        var sentences = new List<SentenceView>();
        using (var cmd = _connection.CreateCommand())
        {
            var p = new SqlParameters(cmd);
            cmd.CommandText = $"SELECT sentence_index, start_offset, end_offset, kind, text FROM sentences WHERE doc_id = {p.Add(docId)} ORDER BY sentence_index LIMIT 5000";
            using var r = cmd.ExecuteReader();
            while (r.Read()) sentences.Add(new SentenceView(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4)));
        }
        using (var cmd = _connection.CreateCommand())
        {
            var p = new SqlParameters(cmd);
            cmd.CommandText = $"{MentionSelect} WHERE m.doc_id = {p.Add(docId)} ORDER BY m.mention_index LIMIT 5000";
            return new DocumentView(docId, title, published, source, url, dupOf, sentences, ReadMentions(cmd));
        }
    }

    /// <summary>Stored actors with their event counts, most active first; <paramref name="search"/> filters code or name.</summary>
    public IReadOnlyList<ActorActivity> Actors(string? search, int limit)
    {
        if (limit is < 1 or > TopQuery.MaxLimit) throw new QueryException("limit", $"limit must be between 1 and {TopQuery.MaxLimit}");
        if (search is { Length: > 100 }) throw new QueryException("q", "q is longer than 100 characters");
        using var cmd = _connection.CreateCommand();
        var p = new SqlParameters(cmd);
        string cond = "";
        if (search is { Length: > 0 })
        {
            string like = p.Add("%" + EscapeLike(search) + "%");
            cond = $" WHERE (c.code ILIKE {like} ESCAPE '\\' OR c.name ILIKE {like} ESCAPE '\\')";
        }
        cmd.CommandText = $"""
            SELECT c.code, c.name, coalesce(a.n, 0), coalesce(a.s, 0), coalesce(a.n - a.s, 0), coalesce(a.g, 0) FROM actors c
            LEFT JOIN (SELECT code, count(*) AS n, sum(s) AS s, avg(goldstein) AS g FROM (
                SELECT source_code AS code, 1 AS s, goldstein FROM events
                UNION ALL SELECT target_code, 0, goldstein FROM events WHERE target_code IS NOT NULL) x GROUP BY code) a ON a.code = c.code
            {cond}
            ORDER BY 3 DESC, c.code LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """;
        var rows = new List<ActorActivity>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new ActorActivity(r.GetString(0), Str(r, 1), Long(r, 2), Long(r, 3), Long(r, 4), Math.Round(Convert.ToDouble(r.GetValue(5), CultureInfo.InvariantCulture), 3)));
        return rows;
    }

    /// <summary>Totals of the store.</summary>
    public StoreStats Stats()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions),
              (SELECT min(day) FROM events), (SELECT max(day) FROM events)
            """;
        using var r = cmd.ExecuteReader();
        r.Read();
        return new StoreStats(Long(r, 0), Long(r, 1), Long(r, 2), r.IsDBNull(3) ? null : DateText(r.GetValue(3)), r.IsDBNull(4) ? null : DateText(r.GetValue(4)));
    }

    private static string DyadCondition(SqlParameters p, ActorSpec a, ActorSpec? b, bool directed)
    {
        if (b is null) return directed ? a.Condition(p, "source") : $"({a.Condition(p, "source")} OR {a.Condition(p, "target")})";
        string forward = $"({a.Condition(p, "source")} AND {b.Condition(p, "target")})";
        return directed ? forward : $"({forward} OR ({b.Condition(p, "source")} AND {a.Condition(p, "target")}))";
    }

    private static string DateRange(SqlParameters p, DateOnly? from, DateOnly? to)
    {
        var sb = new StringBuilder();
        if (from is { } f) sb.Append($" AND e.day >= {p.Add(f)}");
        if (to is { } t) sb.Append($" AND e.day <= {p.Add(t)}");
        return sb.ToString();
    }

    private static string Level(ActorLevel level, string side) =>
        level == ActorLevel.Country ? $"e.{side}_block" : $"e.{side}_code";

    private static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private const string SummaryColumns = """
        e.event_id, e.event_date, e.source_code, e.source_country, e.source_role, e.source_name,
        e.target_code, e.target_country, e.target_role, e.target_name, e.cameo, e.cameo_root, e.quad_class, e.goldstein,
        e.plover_type, e.plover_mode, e.location, e.num_mentions, e.num_sources, e.num_articles, e.first_doc_id, e.first_sentence_index,
        s.text, e.source_url
        """;
    private const int SummaryColumnCount = 24;

    private static EventSummary ReadSummary(DbDataReader r) => new()
    {
        EventId = r.GetInt64(0),
        EventDate = Str(r, 1),
        Source = new ActorRef(r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5)),
        Target = r.IsDBNull(6) ? null : new ActorRef(r.GetString(6), Str(r, 7), Str(r, 8), Str(r, 9)),
        Cameo = r.GetString(10),
        CameoRoot = r.GetString(11),
        QuadClass = Convert.ToInt32(r.GetValue(12), CultureInfo.InvariantCulture),
        Goldstein = Convert.ToDouble(r.GetValue(13), CultureInfo.InvariantCulture),
        PloverType = Str(r, 14),
        PloverMode = Str(r, 15),
        Location = Json(Str(r, 16)),
        NumMentions = Convert.ToInt32(r.GetValue(17), CultureInfo.InvariantCulture),
        NumSources = Convert.ToInt32(r.GetValue(18), CultureInfo.InvariantCulture),
        NumArticles = Convert.ToInt32(r.GetValue(19), CultureInfo.InvariantCulture),
        DocId = r.GetString(20),
        SentenceIndex = Convert.ToInt32(r.GetValue(21), CultureInfo.InvariantCulture),
        Sentence = Str(r, 22),
        SourceUrl = Str(r, 23),
    };

    private const string MentionSelect = """
        SELECT m.event_id, m.doc_id, m.sentence_index, s.text, m.sentence_start, m.event_date, m.date_basis,
          m.source_code, m.source_country, m.source_role, m.source_text, m.source_start, m.source_end, m.source_entry,
          m.target_code, m.target_country, m.target_role, m.target_text, m.target_start, m.target_end, m.target_entry,
          m.cameo, m.cameo_root, m.plover_type, m.plover_mode, m.quad_class, m.goldstein, m.negated,
          m.verb_text, m.verb_start, m.verb_end, m.pattern_text, m.pattern_file, m.pattern_line, m.pattern_rule, m.location,
          d.title, d.published, d.source, d.url
        FROM mentions m LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index
        LEFT JOIN documents d ON d.doc_id = m.doc_id
        """;

    private static List<MentionRecord> ReadMentions(DbCommand cmd)
    {
        var rows = new List<MentionRecord>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new MentionRecord
            {
                EventId = r.GetInt64(0),
                DocId = r.GetString(1),
                SentenceIndex = Int(r, 2),
                Sentence = Str(r, 3),
                SentenceStart = Int(r, 4),
                EventDate = Str(r, 5),
                DateBasis = Str(r, 6),
                Source = new ActorRef(r.GetString(7), Str(r, 8), Str(r, 9), Str(r, 10), Int(r, 11), Int(r, 12), Str(r, 13)),
                Target = r.IsDBNull(14) ? null : new ActorRef(r.GetString(14), Str(r, 15), Str(r, 16), Str(r, 17), Int(r, 18), Int(r, 19), Str(r, 20)),
                Cameo = r.GetString(21),
                CameoRoot = r.GetString(22),
                PloverType = Str(r, 23),
                PloverMode = Str(r, 24),
                QuadClass = Int(r, 25),
                Goldstein = Convert.ToDouble(r.GetValue(26), CultureInfo.InvariantCulture),
                Negated = r.GetBoolean(27),
                Verb = r.IsDBNull(28) ? null : new VerbRef(r.GetString(28), Int(r, 29), Int(r, 30)),
                Pattern = new PatternRef(r.GetString(31), r.GetString(32), Int(r, 33), Str(r, 34)),
                Location = Json(Str(r, 35)),
                Doc = new DocRef(Str(r, 36), r.IsDBNull(37) ? null : DateText(r.GetValue(37)), Str(r, 38), Str(r, 39)),
            });
        return rows;
    }

    private static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);
    private static int Int(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    // DuckDB's sum over integers is a HUGEINT, read as BigInteger.
    private static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : r.GetValue(i) switch
    {
        System.Numerics.BigInteger b => (long)b,
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture),
    };

    private static JsonElement? Json(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    private static DateOnly ReadDate(object v) => v switch
    {
        DateOnly d => d,
        DateTime d => DateOnly.FromDateTime(d),
        _ => DateOnly.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    private static string DateText(object v) => ReadDate(v).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
