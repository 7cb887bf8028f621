using System.Buffers;
using System.Text.Json;

namespace Dyad.Coding.Records;

/// <summary>
/// Serializes event records as JSON Lines (one record per line, docs/event-record.md) into a byte buffer. One instance
/// per thread; the JSON writer is reused from record to record.
/// </summary>
public sealed class EventJsonLines : IDisposable
{
    private readonly IBufferWriter<byte> _buffer;
    private readonly Utf8JsonWriter _json;

    /// <summary>A serializer appending to <paramref name="buffer"/>.</summary>
    public EventJsonLines(IBufferWriter<byte> buffer)
    {
        _buffer = buffer;
        // Non-ASCII text as written, not \u escapes: the records quote their sentences.
        _json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Appends one line per record.</summary>
    public void Write(List<EventRecord> events)
    {
        foreach (var rec in events) Write(rec);
    }

    /// <summary>Appends one record and its line end.</summary>
    public void Write(EventRecord rec)
    {
        JsonSerializer.Serialize(_json, rec, RecordJsonContext.Default.EventRecord);
        _json.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        _json.Reset();
    }

    /// <summary>Releases the JSON writer.</summary>
    public void Dispose() => _json.Dispose();
}
