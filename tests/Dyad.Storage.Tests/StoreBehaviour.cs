namespace Dyad.Storage.Tests;

/// <summary>Behaviour every back end must show; run by the DuckDB and PostgreSQL test classes against real databases.</summary>
internal static class StoreBehaviour
{
    public static List<CodedDocument> SampleDocs(int n) =>
        [.. Directory.GetFiles(Repo.Samples, "*.txt").Order(StringComparer.Ordinal).Take(n).Select(Coding.Code)];

    public static void WritesAndReadsBack(Func<IEventStore> open)
    {
        var docs = SampleDocs(6);
        using (var store = open())
        {
            Assert.Equal(Migrations.Latest, store.SchemaVersion);
            using var w = new StoreWriter(store, new StoreWriterOptions { BatchDocuments = 4 });
            foreach (var d in docs) Assert.Equal(WriteOutcome.Stored, w.Add(d));
        }
        using (var store = open())
        {
            Assert.Equal(docs.Count, Dump.Count(store, "SELECT count(*) FROM documents"));
            Assert.Equal(docs.Sum(d => d.Sentences.Length), Dump.Count(store, "SELECT count(*) FROM sentences"));
            int events = docs.Sum(d => d.Events.Count);
            Assert.True(events > 10);
            Assert.Equal(events, Dump.Count(store, "SELECT count(*) FROM mentions"));
            Assert.Equal(events, Dump.Count(store, "SELECT sum(num_mentions) FROM events"));
            Assert.Equal(0, Dump.Count(store, "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id)"));
            Assert.True(Dump.Count(store, "SELECT count(*) FROM actors") > 5);
            // The stored sentence is the record's sentence, character for character.
            var first = docs[0].Events[0];
            using var cmd = store.Connection.CreateCommand();
            cmd.CommandText = $"SELECT s.text FROM mentions m JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence_index = m.sentence_index WHERE m.doc_id = '{first.DocId}' AND m.mention_index = 0";
            Assert.Equal(first.Sentence, cmd.ExecuteScalar());
        }
    }

    public static void SameInputTwiceAddsNothing(Func<IEventStore> open)
    {
        var docs = SampleDocs(4);
        string before;
        using (var store = open())
        {
            using (var w = new StoreWriter(store)) foreach (var d in docs) w.Add(d);
            before = Dump.Store(store);
        }
        using (var store = open())
        {
            using (var w = new StoreWriter(store))
            {
                foreach (var d in docs) Assert.Equal(WriteOutcome.Known, w.Add(d));
                Assert.Equal(4, w.Known);
            }
            Assert.Equal(before, Dump.Store(store));
        }
    }

    public static void ReprintsCreateNoEvents(Func<IEventStore> open)
    {
        using var store = open();
        var original = Coding.Code(Path.Combine(Repo.Wire, "01-original.txt"));
        var reprint = Coding.Code(Path.Combine(Repo.Wire, "01-reprint.txt"));
        var exact = Coding.CodeText(original.Source.Text.ToUpperInvariant().Replace(" ", "  "), "copy-1");
        using (var w = new StoreWriter(store))
        {
            Assert.Equal(WriteOutcome.Stored, w.Add(original));
            Assert.Equal(WriteOutcome.Duplicate, w.Add(reprint));
            Assert.Equal(WriteOutcome.Duplicate, w.Add(exact));
        }
        Assert.Equal(original.Events.Count, Dump.Count(store, "SELECT count(*) FROM mentions"));
        Assert.Equal(1, Dump.Count(store, "SELECT count(*) FROM documents WHERE duplicate_kind = 'near' AND duplicate_of = 'https://news.example/wire/1'"));
        Assert.Equal(1, Dump.Count(store, "SELECT count(*) FROM documents WHERE duplicate_kind = 'exact' AND doc_id = 'copy-1'"));
        Assert.Equal(0, Dump.Count(store, "SELECT count(*) FROM sentences WHERE doc_id <> 'https://news.example/wire/1'"));
    }

    public static void SameEventAcrossArticlesIsOneEvent(Func<IEventStore> open)
    {
        using var store = open();
        const string Event = "Russian forces attacked Ukraine on Monday.";
        // Three articles, two publishers; the first article reports the event twice. Different surroundings
        // keep the articles from being near duplicates of each other.
        var a = Coding.CodeText(Event + " The United Nations condemned the violence in a statement. " + Event, "a", "Meridian Wire");
        var b = Coding.CodeText("Kenya closed its border with Somalia after the election dispute. " + Event, "b", "Meridian Wire");
        var c = Coding.CodeText("Brazil and Argentina signed a trade accord in Brasilia. " + Event, "c", "Harbour Post");
        using (var w = new StoreWriter(store, new StoreWriterOptions { BatchDocuments = 1 }))
        {
            w.Add(a);
            w.Add(b);
            w.Add(c);
        }
        var attack = a.Events.First(e => e.Sentence == Event);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"SELECT num_mentions, num_articles, num_sources, first_doc_id FROM events WHERE source_code = '{attack.Source.Code}' AND cameo = '{attack.Cameo}'";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal((4L, 3L, 2L, "a"), (Convert.ToInt64(r.GetValue(0)), Convert.ToInt64(r.GetValue(1)), Convert.ToInt64(r.GetValue(2)), r.GetString(3)));
        Assert.False(r.Read());
    }

    /// <summary>
    /// Batches add their counts to stored events instead of recounting: whatever the batch boundaries, every
    /// derived column equals its definition recomputed from all mentions, and the store is the same.
    /// </summary>
    public static void CountsAddUpAcrossBatches(Func<string, IEventStore> open)
    {
        const string Event = "Russian forces attacked Ukraine on Monday.";
        var docs = SampleDocs(5);
        docs.Add(Coding.CodeText(Event + " The United Nations condemned the violence in a statement. " + Event, "a", "Meridian Wire"));
        docs.Add(Coding.CodeText("Kenya closed its border with Somalia after the election dispute. " + Event, "b", "Meridian Wire"));
        docs.Add(Coding.CodeText("Brazil and Argentina signed a trade accord in Brasilia. " + Event, "c"));
        docs.Add(Coding.CodeText("Officials in Lagos announced new curfews for the week. " + Event, "d"));
        var dumps = new List<string>();
        foreach (int batch in new[] { 1, 3, 100 })
        {
            using var store = open($"b{batch}");
            using (var w = new StoreWriter(store, new StoreWriterOptions { BatchDocuments = batch })) foreach (var d in docs) w.Add(d);
            // Rerunning the input adds nothing.
            using (var w = new StoreWriter(store, new StoreWriterOptions { BatchDocuments = batch })) foreach (var d in docs) w.Add(d);
            Assert.Equal(0, Dump.Count(store, """
                SELECT count(*) FROM events e FULL JOIN (
                  SELECT m.event_id, count(*) AS n, count(DISTINCT m.doc_id) AS a, count(DISTINCT coalesce(d.source, d.doc_id)) AS s
                  FROM mentions m JOIN documents d ON d.doc_id = m.doc_id GROUP BY m.event_id) x ON x.event_id = e.event_id
                WHERE x.event_id IS NULL OR e.event_id IS NULL OR e.num_mentions <> x.n OR e.num_articles <> x.a OR e.num_sources <> x.s
                """));
            Assert.Equal(0, Dump.Count(store, """
                SELECT count(*) FROM events WHERE source_block <> coalesce(source_country, substr(source_code, 1, 3))
                  OR (target_code IS NULL) <> (target_block IS NULL) OR target_block <> coalesce(target_country, substr(target_code, 1, 3))
                  OR (target_code IS NULL) <> (dyad_block IS NULL) OR dyad_block <> least(source_block, target_block) || '-' || greatest(source_block, target_block)
                  OR cameo_base <> substr(cameo, 1, 3) OR (length(event_date) = 10 AND day IS DISTINCT FROM CAST(event_date AS DATE))
                """));
            // Each actor, code and country pair has one id and one row, whatever the batching (migration 6), and
            // the events view drops no row of event_rows.
            foreach (var (table, id, key) in new[] { ("event_actors", "actor_id", "code, country, role"), ("event_codes", "code_id", "cameo"), ("event_dyads", "dyad_id", "dyad_block") })
            {
                Assert.Equal(0, Dump.Count(store, $"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY {key} HAVING count(*) > 1) x"));
                Assert.Equal(0, Dump.Count(store, $"SELECT count(*) FROM (SELECT {id} FROM {table} GROUP BY {id} HAVING count(*) > 1) x"));
            }
            Assert.True(Dump.Count(store, "SELECT count(*) FROM event_dyads") > 1);
            Assert.Equal(Dump.Count(store, "SELECT count(*) FROM event_rows"), Dump.Count(store, "SELECT count(*) FROM events"));
            Assert.Equal(Dump.Count(store, "SELECT count(*) FROM (SELECT DISTINCT m.event_id, coalesce(d.source, d.doc_id) FROM mentions m JOIN documents d ON d.doc_id = m.doc_id) x"),
                Dump.Count(store, "SELECT count(*) FROM event_sources"));
            Assert.Equal(1, Dump.Count(store, $"SELECT count(*) FROM events WHERE num_mentions = 5 AND num_articles = 4 AND num_sources = 3 AND first_doc_id = 'a'"));
            dumps.Add(Dump.Store(store));
        }
        Assert.All(dumps, d => Assert.Equal(dumps[0], d));
    }
}
