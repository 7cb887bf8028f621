using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text.Json;
using Dyad.Coding.Records;

namespace Dyad.Storage;

/// <summary>
/// The identity of an event across articles: source actor code, target actor code, CAMEO code, event date and
/// place (the gazetteer's feature id: where and how the place was written differs between reports of one event).
/// Its 63-bit XxHash3 is the event id, the same in every store and every run. Stateless.
/// </summary>
public static class EventKey
{
    /// <summary>The location as stored (compact JSON of the first mention's place), or null.</summary>
    public static string? Location(EventRecord r) => r.Location is null ? null : JsonSerializer.Serialize(r.Location, StorageJsonContext.Default.LocationRecord);

    /// <summary>The event id of a record.</summary>
    public static long Id(EventRecord r)
    {
        Span<char> buf = stackalloc char[256];
        string src = r.Source.Code, tgt = r.Target?.Code ?? "", date = r.EventDate ?? "", loc = r.Location?.FeatureId ?? "";
        int len = src.Length + tgt.Length + r.Cameo.Length + date.Length + loc.Length + 4;
        if (len > buf.Length) buf = new char[len];
        int n = 0;
        foreach (var part in (ReadOnlySpan<string>)[src, tgt, r.Cameo, date, loc])
        {
            part.CopyTo(buf[n..]);
            n += part.Length;
            buf[n++] = '\u001f';
        }
        ulong h = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buf[..(n - 1)]));
        return (long)(h & 0x7FFF_FFFF_FFFF_FFFFUL);
    }
}
