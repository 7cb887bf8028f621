namespace Dyad.Storage;

/// <summary>
/// Bulk row writer over one table (DuckDB appender, PostgreSQL binary COPY). Values are written in the table's
/// column order, one row at a time. Not thread-safe.
/// </summary>
internal interface IRowSink : IDisposable
{
    void StartRow();
    /// <summary>Writes NULL into the next column, whatever its type.</summary>
    void Null();
    void Str(string? value);
    void Int(int? value);
    void Long(long value);
    void Dbl(double? value);
    void Bool(bool value);
    void Date(DateOnly? value);
    void Bytes(byte[]? value);
    void EndRow();
    /// <summary>Flushes the rows into the current transaction.</summary>
    void Complete();
}
