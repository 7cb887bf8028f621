using System.Collections.Concurrent;
using Dyad.Coding;
using Dyad.Coding.Dictionaries;
using Dyad.Pipeline;
using Dyad.Storage;
using NATS.Client.JetStream;

namespace Dyad.Distributed.Tests;

/// <summary>One <see cref="Worker"/> in the test process, on a real JetStream queue and PostgreSQL store.</summary>
public sealed class WorkerTests
{
    private static WorkDocument Doc(string id, string text) =>
        new() { DocId = id, Text = text, Origin = id, Published = new DateOnly(2026, 2, 9) };

    [Fact]
    public async Task A_cut_document_is_logged_as_dyad_code_prints_it()
    {
        var ct = TestContext.Current.CancellationToken;
        using var nats = NatsServer.Start();
        string db = PostgresServer.NewDatabase();
        await using var queue = await WorkQueue.OpenAsync(nats.Url, TimeSpan.FromSeconds(30), ct);
        // A small cap keeps the test fast: the worker's own command line has no --max-doc-chars.
        string longText = string.Concat(Enumerable.Repeat("Farmers from Ghana blocked the road to the port of Tema on Monday. ", 40));
        var batch = new WorkBatch { Documents = [Doc("cut-1", longText), Doc("whole-1", "Ghana's police arrested two farmers on Monday.")] };
        (await queue.JetStream.PublishAsync(WorkQueue.WorkSubject, batch.ToBytes(), cancellationToken: ct)).EnsureSuccess();

        var coder = new DocumentCoder(new EventCoder(DictionarySet.Default), limits: new TextLimits { MaxDocumentChars = 1000 });
        var log = new ConcurrentQueue<string>();
        var worker = new Worker(queue, db, coder, new WorkerOptions { Threads = 1 }) { Log = log.Enqueue };
        await worker.RunAsync(ct, CancellationToken.None, exitWhenIdle: true);

        Assert.Equal(2, worker.Documents);
        var warning = Assert.Single(log, l => l.StartsWith("warning:", StringComparison.Ordinal));
        Assert.Equal($"warning: document cut-1: text of {longText.Length:N0} characters cut to the first {1000:N0} (--max-doc-chars)", warning);
    }
}
