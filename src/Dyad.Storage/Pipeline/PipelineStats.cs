namespace Dyad.Storage;

/// <summary>Live counters of a coding run; updated with interlocked operations, read by the progress display at any time.</summary>
public sealed class PipelineStats
{
    private long _read, _skipped, _failed, _coded, _sentences, _events, _duplicates, _inputsDone, _bytesDone;

    /// <summary>Documents read (coded, skipped or failed later).</summary>
    public long Read => Interlocked.Read(ref _read);
    /// <summary>Documents skipped: doc_id already stored.</summary>
    public long Skipped => Interlocked.Read(ref _skipped);
    /// <summary>Inputs or documents that failed (bad input, coding error).</summary>
    public long Failed => Interlocked.Read(ref _failed);
    /// <summary>Documents coded.</summary>
    public long Coded => Interlocked.Read(ref _coded);
    /// <summary>Sentences analysed.</summary>
    public long Sentences => Interlocked.Read(ref _sentences);
    /// <summary>Events coded.</summary>
    public long Events => Interlocked.Read(ref _events);
    /// <summary>Documents stored as duplicates.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);
    /// <summary>Input files finished.</summary>
    public long InputsDone => Interlocked.Read(ref _inputsDone);
    /// <summary>Bytes of finished input files.</summary>
    public long BytesDone => Interlocked.Read(ref _bytesDone);
    /// <summary>Input files in the run (0 when unknown).</summary>
    public long InputsTotal { get; set; }
    /// <summary>Bytes of all input files (0 when unknown).</summary>
    public long BytesTotal { get; set; }

    internal void AddRead() => Interlocked.Increment(ref _read);
    internal void AddSkipped() => Interlocked.Increment(ref _skipped);
    /// <summary>Counts a failure.</summary>
    public void AddFailed() => Interlocked.Increment(ref _failed);
    /// <summary>Counts a document stored as a duplicate.</summary>
    public void AddDuplicate() => Interlocked.Increment(ref _duplicates);
    internal void AddInputDone(long bytes) { Interlocked.Increment(ref _inputsDone); Interlocked.Add(ref _bytesDone, bytes); }
    internal void AddCoded(int sentences, int events)
    {
        Interlocked.Increment(ref _coded);
        Interlocked.Add(ref _sentences, sentences);
        Interlocked.Add(ref _events, events);
    }
}
