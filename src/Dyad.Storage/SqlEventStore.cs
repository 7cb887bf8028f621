using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Dyad.Ingest;

namespace Dyad.Storage;

/// <summary>
/// What the DuckDB and PostgreSQL stores share: migrations, the snapshot query, the bulk write of a batch and the
/// SQL that recomputes the events and actors a batch touches. Back ends supply connections and row sinks.
/// Not thread-safe.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private int _schemaVersion;

    /// <inheritdoc/>
    public abstract StoreKind Kind { get; }
    /// <inheritdoc/>
    public abstract string Location { get; }
    /// <inheritdoc/>
    public abstract DbConnection Connection { get; }
    /// <inheritdoc/>
    public int SchemaVersion => _schemaVersion;

    internal abstract IRowSink OpenSink(string table, string[] columns, DbTransaction tx);

    /// <summary>Creates the version table and applies every pending migration, each in a transaction.</summary>
    protected void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL)");
        int current = Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
        if (current > Migrations.Latest)
            throw new StoreException($"{Location}: schema version {current} is newer than this Dyad ({Migrations.Latest}); upgrade Dyad");
        foreach (var m in Migrations.All.Where(m => m.Version > current))
        {
            using var tx = Connection.BeginTransaction();
            foreach (var sql in Kind == StoreKind.DuckDb ? m.DuckDb : m.Postgres) Execute(sql, tx);
            Execute($"INSERT INTO schema_version VALUES ({m.Version}, '{m.Description.Replace("'", "''")}')", tx);
            tx.Commit();
            current = m.Version;
        }
        _schemaVersion = current;
    }

    /// <inheritdoc/>
    public StoreSnapshot LoadSnapshot()
    {
        var snap = new StoreSnapshot();
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = "SELECT doc_id, content_hash, minhash, duplicate_of, seq FROM documents ORDER BY seq";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string id = r.GetString(0);
            snap.DocIds.Add(id);
            snap.LastSeq = Math.Max(snap.LastSeq, r.GetInt64(4));
            if (!r.IsDBNull(3)) continue;
            snap.ContentHashes.TryAdd(r.GetString(1), id);
            if (!r.IsDBNull(2)) snap.Signatures.Add((id, MinHash.FromBytes(ReadBytes(r.GetValue(2)))));
        }
        return snap;
    }

    // DuckDB returns BLOBs as streams, Npgsql as byte arrays.
    private static byte[] ReadBytes(object value)
    {
        if (value is byte[] b) return b;
        using var s = (Stream)value;
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <inheritdoc/>
    public void Write(StoreBatch batch)
    {
        if (batch.Documents.Count == 0) return;
        var t = StoreTiming.Start();
        // The batch's events are aggregated on another core while this thread appends documents, sentences and
        // mentions (the task only reads the batch, which nobody changes until Write returns).
        var aggregate = batch.Mentions.Count > 0 ? Task.Run(() => BatchAggregate.Of(batch)) : null;
        try
        {
            using var tx = Connection.BeginTransaction();
            WriteDocuments(batch, tx);
            t?.Mark("documents");
            WriteSentences(batch, tx);
            t?.Mark("sentences");
            WriteMentions(batch, tx);
            t?.Mark("mentions");
            if (aggregate is not null) MergeEvents(aggregate.GetAwaiter().GetResult(), tx, t);
            tx.Commit();
            t?.Mark("commit");
            t?.Report($"{batch.Mentions.Count} mentions");
        }
        finally
        {
            // On failure too: the caller may clear and reuse the batch once Write returns.
            if (aggregate is not null) ((IAsyncResult)aggregate).AsyncWaitHandle.WaitOne();
        }
    }

    // The batch's events, sources and actors are aggregated in memory and merged with a few set-based statements
    // that touch only the batch's keys: no rescan of earlier mentions. Events new to the store (all of them in a
    // fresh one) and their publishers are appended whole; SQL only adds counts to events an earlier batch stored.
    private void MergeEvents(BatchAggregate agg, DbTransaction tx, StoreTiming? t)
    {
        t?.Mark("aggregate");
        foreach (var sql in StoreSql.Staging) Execute(sql, tx);
        WriteStagedCounts(agg, tx);
        var known = KnownEvents(tx);
        t?.Mark("known");
        WriteSources(agg, known, ofKnown: false, tx);
        t?.Mark("sources");
        if (known.Count > 0)
        {
            WriteSources(agg, known, ofKnown: true, tx);
            foreach (var sql in StoreSql.MergeKnown) Execute(sql, tx);
            t?.Mark("merge known");
        }
        WriteNewEvents(agg, known, tx);
        t?.Mark("events");
        WriteStagedActors(agg, tx);
        Execute(StoreSql.MergeActors, tx);
        t?.Mark("actors");
    }

    private HashSet<long> KnownEvents(DbTransaction tx)
    {
        var known = new HashSet<long>();
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = StoreSql.KnownEvents;
        cmd.Transaction = tx;
        using var r = cmd.ExecuteReader();
        while (r.Read()) known.Add(r.GetInt64(0));
        return known;
    }

    /// <inheritdoc/>
    public FeedState? LoadFeed(string url)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = "SELECT url, etag, last_modified, polled_at, items_seen FROM feeds WHERE url = $1";
        AddParameter(cmd, url);
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new FeedState(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetInt32(4));
    }

    /// <inheritdoc/>
    public void SaveFeed(FeedState state)
    {
        using var tx = Connection.BeginTransaction();
        using (var del = Connection.CreateCommand())
        {
            del.Transaction = tx;
            del.CommandText = "DELETE FROM feeds WHERE url = $1";
            AddParameter(del, state.Url);
            del.ExecuteNonQuery();
        }
        using (var ins = Connection.CreateCommand())
        {
            ins.Transaction = tx;
            ins.CommandText = "INSERT INTO feeds VALUES ($1, $2, $3, $4, $5)";
            foreach (var v in new object?[] { state.Url, state.ETag, state.LastModified, state.PolledAt, state.ItemsSeen }) AddParameter(ins, v);
            ins.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private static void AddParameter(DbCommand cmd, object? value)
    {
        var p = cmd.CreateParameter();
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    private static readonly string[] s_documentColumns =
        ["doc_id", "seq", "origin", "title", "published", "source", "url", "language", "provenance", "content_hash", "minhash", "duplicate_of", "duplicate_kind", "similarity", "sentence_count", "event_count"];
    private static readonly string[] s_sentenceColumns = ["doc_id", "sentence_index", "start_offset", "end_offset", "kind", "text"];
    private static readonly string[] s_mentionColumns =
        ["event_id", "doc_id", "doc_seq", "mention_index", "sentence_index", "sentence_start", "event_date", "date_basis",
         "source_actor", "source_start", "source_end", "target_actor", "target_start", "target_end",
         "cameo", "cameo_root", "plover_type", "plover_mode", "quad_class", "goldstein", "negated",
         "verb_text", "verb_start", "verb_end", "pattern_id", "location"];
    private static readonly string[] s_actorColumns = ["actor_id", "code", "country", "role", "text", "entry"];
    private static readonly string[] s_patternColumns = ["pattern_id", "text", "file", "line", "rule"];

    // A batch's distinct actor and pattern values (see migration 5), reused between batches.
    private readonly Dictionary<(string Code, string? Country, string? Role, string Text, string? Entry), long> _actorIds = [];
    private readonly Dictionary<(string Text, string File, int Line, string? Rule), long> _patternIds = [];
    // The store's event actors, codes and country pairs (migration 6), read again at each batch.
    private readonly EventDimensions _dimensions = new();

    private void WriteDocuments(StoreBatch batch, DbTransaction tx)
    {
        using var s = OpenSink("documents", s_documentColumns, tx);
        foreach (var row in batch.Documents)
        {
            var d = row.Document.Source;
            bool dup = row.DuplicateOf is not null;
            s.StartRow();
            s.Str(d.DocId);
            s.Long(row.Seq);
            s.Str(d.Origin);
            s.Str(d.Title);
            s.Date(d.Published);
            s.Str(d.Source);
            s.Str(d.Url);
            s.Str(d.Language);
            s.Str(JsonSerializer.Serialize(d.Provenance, StorageJsonContext.Default.IReadOnlyDictionaryStringString));
            s.Str(row.Document.ContentHash);
            s.Bytes(dup ? null : MinHash.ToBytes(row.Document.Signature));
            s.Str(row.DuplicateOf);
            s.Str(row.DuplicateKind);
            s.Dbl(row.Similarity);
            s.Int(dup ? 0 : row.Document.Sentences.Length);
            s.Int(dup ? 0 : row.Document.Events.Count);
            s.EndRow();
        }
        s.Complete();
    }

    private void WriteSentences(StoreBatch batch, DbTransaction tx)
    {
        using var s = OpenSink("sentences", s_sentenceColumns, tx);
        foreach (var row in batch.Documents)
        {
            if (row.DuplicateOf is not null) continue;
            string id = row.Document.Source.DocId;
            foreach (var sent in row.Document.Sentences)
            {
                s.StartRow();
                s.Str(id);
                s.Int(sent.Index);
                s.Int(sent.Start);
                s.Int(sent.End);
                s.Str(sent.Kind);
                s.Str(sent.Text);
                s.EndRow();
            }
        }
        s.Complete();
    }

    // Mention rows reference their actors and pattern by id; each distinct value gets an id (after the largest
    // stored) the first time the batch meets it and is written once to mention_actors or mention_patterns.
    private void WriteMentions(StoreBatch batch, DbTransaction tx)
    {
        long nextActor = Convert.ToInt64(Scalar("SELECT coalesce(max(actor_id), 0) FROM mention_actors", tx), CultureInfo.InvariantCulture);
        long nextPattern = Convert.ToInt64(Scalar("SELECT coalesce(max(pattern_id), 0) FROM mention_patterns", tx), CultureInfo.InvariantCulture);
        _actorIds.Clear();
        _patternIds.Clear();
        using (var s = OpenSink("mention_rows", s_mentionColumns, tx))
        {
            foreach (var m in batch.Mentions)
            {
                var r = m.Record;
                s.StartRow();
                s.Long(m.EventId);
                s.Str(r.DocId);
                s.Long(m.DocSeq);
                s.Int(m.MentionIndex);
                s.Int(r.SentenceIndex);
                s.Int(r.SentenceStart);
                s.Str(r.EventDate);
                s.Str(r.DateBasis);
                s.Long(ActorId(r.Source, ref nextActor));
                s.Int(r.Source.Start);
                s.Int(r.Source.End);
                if (r.Target is { } t)
                {
                    s.Long(ActorId(t, ref nextActor));
                    s.Int(t.Start);
                    s.Int(t.End);
                }
                else
                {
                    s.Null();
                    s.Null();
                    s.Null();
                }
                s.Str(r.Cameo);
                s.Str(r.CameoRoot);
                s.Str(r.PloverType);
                s.Str(r.PloverMode);
                s.Int(r.QuadClass);
                s.Dbl(r.Goldstein);
                s.Bool(r.Negated);
                s.Str(r.Verb?.Text);
                s.Int(r.Verb?.Start);
                s.Int(r.Verb?.End);
                var p = r.Pattern;
                ref long pid = ref CollectionsMarshal.GetValueRefOrAddDefault(_patternIds, (p.Text, p.File, p.Line, p.Rule), out bool seen);
                if (!seen) pid = ++nextPattern;
                s.Long(pid);
                s.Str(m.Location);
                s.EndRow();
            }
            s.Complete();
        }
        using (var s = OpenSink("mention_actors", s_actorColumns, tx))
        {
            foreach (var (a, id) in _actorIds)
            {
                s.StartRow();
                s.Long(id);
                s.Str(a.Code);
                s.Str(a.Country);
                s.Str(a.Role);
                s.Str(a.Text);
                s.Str(a.Entry);
                s.EndRow();
            }
            s.Complete();
        }
        using (var s = OpenSink("mention_patterns", s_patternColumns, tx))
        {
            foreach (var (p, id) in _patternIds)
            {
                s.StartRow();
                s.Long(id);
                s.Str(p.Text);
                s.Str(p.File);
                s.Int(p.Line);
                s.Str(p.Rule);
                s.EndRow();
            }
            s.Complete();
        }
    }

    private long ActorId(Dyad.Coding.Records.ActorRecord a, ref long next)
    {
        ref long id = ref CollectionsMarshal.GetValueRefOrAddDefault(_actorIds, (a.Code, a.Country, a.Role, a.Text, a.Entry), out bool seen);
        if (!seen) id = ++next;
        return id;
    }

    private void WriteStagedCounts(BatchAggregate agg, DbTransaction tx)
    {
        using var s = OpenSink(StoreSql.StageCounts, StoreSql.CountColumns, tx);
        foreach (var e in agg.Events)
        {
            s.StartRow();
            s.Long(e.First.EventId);
            s.Int(e.Mentions);
            s.Int(e.Articles);
            s.EndRow();
        }
        s.Complete();
    }

    // A new event's publishers are new to it and go straight to event_sources; a known event's are staged and
    // checked against the stored pairs.
    private void WriteSources(BatchAggregate agg, HashSet<long> known, bool ofKnown, DbTransaction tx)
    {
        using var s = OpenSink(ofKnown ? StoreSql.StageSources : "event_sources", StoreSql.SourceColumns, tx);
        foreach (var (id, source) in agg.Sources)
        {
            if (known.Contains(id) != ofKnown) continue;
            s.StartRow();
            s.Long(id);
            s.Str(source);
            s.EndRow();
        }
        s.Complete();
    }

    // New events go to event_rows with integer keys; the batch's actors, codes and country pairs new to the store
    // are written to their tables (see EventDimensions).
    private void WriteNewEvents(BatchAggregate agg, HashSet<long> known, DbTransaction tx)
    {
        LoadDimensions(tx);
        var dims = _dimensions;
        using (var s = OpenSink("event_rows", StoreSql.EventColumns, tx))
        {
            foreach (var e in agg.Events)
            {
                if (known.Contains(e.First.EventId)) continue;
                var r = e.First.Record;
                var d = e.FirstDocument.Document.Source;
                s.StartRow();
                s.Long(e.First.EventId);
                s.Str(r.EventDate);
                s.Date(e.Day);
                s.Int(dims.Actor(r.Source));
                s.Str(r.Source.Text);
                if (r.Target is { } t)
                {
                    s.Int(dims.Actor(t));
                    s.Str(t.Text);
                }
                else
                {
                    s.Null();
                    s.Null();
                }
                s.Int(dims.Code(r, e.CameoBase));
                s.Str(e.First.Location);
                s.Int(e.Mentions);
                s.Int(e.Sources);
                s.Int(e.Articles);
                s.Str(r.DocId);
                s.Int(r.SentenceIndex);
                s.Bool(r.SentenceIndex <= 2);
                s.Str(d.Url);
                s.Date(d.Published);
                s.Int(dims.Dyad(e.DyadBlock));
                s.EndRow();
            }
            s.Complete();
        }
        if (dims.NewActors.Count > 0)
        {
            using var s = OpenSink("event_actors", StoreSql.EventActorColumns, tx);
            foreach (var (id, a) in dims.NewActors)
            {
                s.StartRow();
                s.Int(id);
                s.Str(a.Code);
                s.Str(a.Country);
                s.Str(a.Role);
                s.Str(EventDimensions.Block(a));
                s.EndRow();
            }
            s.Complete();
        }
        if (dims.NewCodes.Count > 0)
        {
            using var s = OpenSink("event_codes", StoreSql.EventCodeColumns, tx);
            foreach (var (id, c) in dims.NewCodes)
            {
                s.StartRow();
                s.Int(id);
                s.Str(c.Cameo);
                s.Str(c.Base);
                s.Str(c.Root);
                s.Int(c.QuadClass);
                s.Dbl(c.Goldstein);
                s.Str(c.PloverType);
                s.Str(c.PloverMode);
                s.EndRow();
            }
            s.Complete();
        }
        if (dims.NewDyads.Count > 0)
        {
            using var s = OpenSink("event_dyads", StoreSql.EventDyadColumns, tx);
            foreach (var (id, block) in dims.NewDyads)
            {
                s.StartRow();
                s.Int(id);
                s.Str(block);
                s.EndRow();
            }
            s.Complete();
        }
    }

    // The stored dimension values, read inside the batch's transaction (a few hundred rows).
    private void LoadDimensions(DbTransaction tx)
    {
        var dims = _dimensions;
        dims.Clear();
        using var cmd = Connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT actor_id, code, country, role FROM event_actors";
        using (var r = cmd.ExecuteReader())
            while (r.Read()) dims.LoadActor(r.GetInt32(0), new(r.GetString(1), NullableString(r, 2), NullableString(r, 3)));
        cmd.CommandText = "SELECT code_id, cameo, cameo_base, cameo_root, quad_class, goldstein, plover_type, plover_mode FROM event_codes";
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                dims.LoadCode(r.GetInt32(0), new(r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetDouble(5), NullableString(r, 6), NullableString(r, 7)));
        cmd.CommandText = "SELECT dyad_id, dyad_block FROM event_dyads";
        using (var r = cmd.ExecuteReader())
            while (r.Read()) dims.LoadDyad(r.GetInt32(0), r.GetString(1));
    }

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private void WriteStagedActors(BatchAggregate agg, DbTransaction tx)
    {
        using var s = OpenSink(StoreSql.StageActors, StoreSql.ActorColumns, tx);
        foreach (var a in agg.Actors)
        {
            s.StartRow();
            s.Str(a.Code);
            s.Str(a.Country);
            s.Str(a.Role);
            s.Str(a.Name);
            s.Str(a.FirstDocId);
            s.EndRow();
        }
        s.Complete();
    }

    /// <summary>Runs a statement.</summary>
    protected int Execute(string sql, DbTransaction? tx = null)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd.ExecuteNonQuery();
    }

    /// <summary>Runs a query for one value.</summary>
    protected object? Scalar(string sql, DbTransaction? tx = null)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd.ExecuteScalar();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the connection.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing) Connection.Dispose();
    }
}
