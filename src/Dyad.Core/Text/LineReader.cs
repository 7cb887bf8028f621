namespace Dyad.Text;

/// <summary>
/// The lines of a reader, split as <see cref="TextReader.ReadLine"/> splits them, as spans of one reused buffer:
/// loading a long data file line by line allocates nothing per line.
/// </summary>
public sealed class LineReader(TextReader reader)
{
    private char[] _buffer = new char[1 << 16];
    private int _start, _end;
    private bool _eof;

    /// <summary>The next line without its line break, or false at the end. The span is valid until the next call.</summary>
    public bool TryRead(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            int brk = pending.IndexOfAny('\r', '\n');
            // A '\r' at the end of the buffer may be the first half of "\r\n": read on before deciding.
            if (brk >= 0 && (pending[brk] == '\n' || brk + 1 < pending.Length || _eof))
            {
                line = pending[..brk];
                _start += brk + (pending[brk] == '\r' && brk + 1 < pending.Length && pending[brk + 1] == '\n' ? 2 : 1);
                return true;
            }
            if (_eof)
            {
                line = pending;
                _start = _end;
                return pending.Length > 0;
            }
            pending.CopyTo(_buffer);
            _end = pending.Length;
            _start = 0;
            if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            int n = reader.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0) _eof = true; else _end += n;
        }
    }
}
