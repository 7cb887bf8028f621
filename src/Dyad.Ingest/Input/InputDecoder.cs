using System.IO.Compression;
using System.Text;

namespace Dyad.Ingest;

/// <summary>
/// Reads an input's bytes (gunzipping when the name ends in .gz or the bytes start with the gzip magic), enforces
/// the size cap, and decodes UTF-8 (or UTF-16 with a byte-order mark) strictly: invalid bytes are an error naming
/// the line, never silently replaced. Stateless.
/// </summary>
public static class InputDecoder
{
    /// <summary>Reads and decodes; on failure returns null and sets <paramref name="error"/>.</summary>
    public static string? Read(InputFile file, long maxBytes, out IngestError? error)
    {
        var data = ReadBytes(file, maxBytes, out error);
        return data is null ? null : Decode(data.GetBuffer().AsSpan(0, (int)data.Length), file.Name, out error);
    }

    /// <summary>Reads (and gunzips) an input's bytes; on failure returns null and sets <paramref name="error"/>.</summary>
    internal static MemoryStream? ReadBytes(InputFile file, long maxBytes, out IngestError? error)
    {
        error = null;
        MemoryStream? data;
        try
        {
            using (var raw = file.Open())
                data = ReadCapped(raw, maxBytes);
            // The gzip magic is checked on the bytes, so piped and misnamed gzip input works too.
            if (data is not null && data.Length >= 2 && data.GetBuffer()[0] == 0x1f && data.GetBuffer()[1] == 0x8b)
            {
                using var gz = new GZipStream(data, CompressionMode.Decompress);
                data = ReadCapped(gz, maxBytes);
                // A truncated stream decompresses to nothing rather than throwing.
                if (data is { Length: 0 }) throw new InvalidDataException("truncated or empty gzip stream");
            }
            if (data is null)
            {
                error = new IngestError(file.Name, 0, null, IngestErrorCodes.TooLarge, $"larger than the {maxBytes:N0}-byte limit");
                return null;
            }
        }
        catch (InvalidDataException e)
        {
            error = new IngestError(file.Name, 0, null, IngestErrorCodes.Gzip, "corrupt gzip data: " + e.Message);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new IngestError(file.Name, 0, null, IngestErrorCodes.Unreadable, "cannot read: " + e.Message);
            return null;
        }
        return data;
    }

    /// <summary>
    /// Plain UTF-8 text with a header (<see cref="TextHeader"/>): records the header in <paramref name="meta"/> and
    /// returns the body decoded straight from its bytes, the same string as decoding the whole text and cutting the
    /// header off, without a second copy of a long text. Null when the text has no header, is not UTF-8 or does not
    /// decode: then nothing is recorded and the caller decodes the whole text as usual.
    /// </summary>
    internal static string? DecodeBodyAfterHeader(byte[] data, int length, MetadataBuilder meta)
    {
        ReadOnlySpan<byte> bytes = data.AsSpan(0, length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null;
        int skip = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        bytes = bytes[skip..];
        // A header is read from the first 20 lines; a line break is never inside a UTF-8 sequence, so the text
        // decodes the same in two parts cut after one.
        int headEnd = 0;
        for (int lines = 0; lines <= 20 && headEnd < bytes.Length; lines++)
        {
            int nl = bytes[headEnd..].IndexOf((byte)'\n');
            headEnd = nl < 0 ? bytes.Length : headEnd + nl + 1;
        }
        try
        {
            string head = Strict.Utf8.GetString(bytes[..headEnd]);
            var found = new MetadataBuilder();
            var (headBody, _) = TextHeader.Split(head, found);
            if (ReferenceEquals(headBody, head)) return null;
            var rest = new ArraySegment<byte>(data, skip + headEnd, bytes.Length - headEnd);
            int restChars = Strict.Utf8.GetCharCount(rest);
            string body = string.Create(headBody.Length + restChars, (headBody, rest), static (span, state) =>
            {
                state.headBody.AsSpan().CopyTo(span);
                Strict.Utf8.GetChars(state.rest, span[state.headBody.Length..]);
            });
            TextHeader.Split(head, meta);
            return body;
        }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>Decodes bytes strictly (BOM-aware).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string name, out IngestError? error)
    {
        error = null;
        Encoding enc;
        int skip = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { enc = Strict.Utf8; skip = 3; }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { enc = Strict.Utf16Le; skip = 2; }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { enc = Strict.Utf16Be; skip = 2; }
        else enc = Strict.Utf8;
        var body = bytes[skip..];
        string text;
        try { text = enc.GetString(body); }
        catch (DecoderFallbackException e)
        {
            int at = Math.Clamp(e.Index, 0, body.Length);
            int line = 1 + body[..at].Count((byte)'\n');
            error = new IngestError(name, line, null, IngestErrorCodes.Encoding, $"not valid {(enc == Strict.Utf8 ? "UTF-8" : "UTF-16")} (byte {skip + at:N0}); convert the file to UTF-8");
            return null;
        }
        if (text.AsSpan().Trim().IsEmpty)
        {
            error = new IngestError(name, 0, null, IngestErrorCodes.Empty, "empty input");
            return null;
        }
        return text;
    }

    private static MemoryStream? ReadCapped(Stream s, long maxBytes)
    {
        // A file's length sizes the buffer once; growing it by doubling allocated twice a large file's size.
        long known = s.CanSeek ? s.Length - s.Position : 0;
        var ms = known is > 0 and < int.MaxValue ? new MemoryStream((int)Math.Min(known, maxBytes + 1)) : new MemoryStream();
        var buf = new byte[1 << 16];
        int n;
        while ((n = s.Read(buf, 0, buf.Length)) > 0)
        {
            if (ms.Length + n > maxBytes) return null;
            ms.Write(buf, 0, n);
        }
        ms.Position = 0;
        return ms;
    }

    private static class Strict
    {
        public static readonly Encoding Utf8 = new UTF8Encoding(false, true);
        public static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, true);
        public static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, true);
    }
}
