using System.Data.Common;
using System.Text;
using DuckDB.NET.Data;

namespace Dyad.Storage.DuckDb;

/// <summary>
/// The DuckDB store: one file, created and migrated on first use. Batches are written with DuckDB appenders inside
/// one transaction, so a killed process leaves the last committed batch and nothing after it. DuckDB allows one
/// writing process per file. Not thread-safe.
/// </summary>
public sealed class DuckDbEventStore : SqlEventStore
{
    private readonly DuckDBConnection _connection;
    private readonly string _path;

    private DuckDbEventStore(string path, DuckDBConnection connection)
    {
        _path = path;
        _connection = connection;
    }

    /// <summary>Opens (creating and migrating) the store at <paramref name="path"/>.</summary>
    /// <param name="path">The DuckDB file.</param>
    /// <param name="readOnly">Open for reading only (no migration).</param>
    /// <param name="singleThreaded">
    /// After migrating, DuckDB runs all its work on the calling thread (<c>threads = 1</c>, for the whole database
    /// in this process). For a process whose only use of the store is one writer (<c>dyad code --db</c>): DuckDB
    /// has nothing to run in parallel while writing batches, and with a worker thread the calling thread spins
    /// waiting for it (a quarter of the write's CPU), which takes a core from coding. Not for a store that also
    /// serves queries (<c>dyad serve</c>), which do run in parallel.
    /// </param>
    /// <exception cref="StoreException">The file cannot be opened (locked by another process, not a DuckDB file, ...).</exception>
    public static DuckDbEventStore Open(string path, bool readOnly = false, bool singleThreaded = false)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir)) throw new StoreException($"{path}: folder {dir} does not exist");
        var conn = new DuckDBConnection($"Data Source={path}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : "")}");
        try
        {
            conn.Open();
        }
        catch (DuckDBException e)
        {
            conn.Dispose();
            throw new StoreException($"{path}: cannot open the DuckDB store: {FirstLine(e.Message)}", e);
        }
        var store = new DuckDbEventStore(path, conn);
        try
        {
            if (!readOnly) store.Migrate();
            else store.CheckVersion();
            if (singleThreaded) store.Execute("SET threads = 1");
        }
        catch (DuckDBException e)
        {
            store.Dispose();
            throw new StoreException($"{path}: {FirstLine(e.Message)}", e);
        }
        return store;
    }

    private void CheckVersion()
    {
        try { Scalar("SELECT max(version) FROM schema_version"); }
        catch (DuckDBException e) { throw new StoreException($"{_path}: not a Dyad store (no schema_version table)", e); }
    }

    /// <inheritdoc/>
    public override StoreKind Kind => StoreKind.DuckDb;
    /// <inheritdoc/>
    public override string Location => _path;
    /// <inheritdoc/>
    public override DbConnection Connection => _connection;

    // Staging tables are temporary (catalog "temp").
    internal override IRowSink OpenSink(string table, string[] columns, DbTransaction tx) =>
        new AppenderSink(table.StartsWith("stage_", StringComparison.Ordinal) ? _connection.CreateAppender("temp", "main", table) : _connection.CreateAppender(table));

    private static string FirstLine(string s)
    {
        int nl = s.IndexOf('\n');
        return nl < 0 ? s : s[..nl];
    }

    private sealed class AppenderSink(DuckDBAppender appender) : IRowSink
    {
        private readonly DuckDBAppender _appender = appender;
        private IDuckDBAppenderRow? _row;
        private byte[] _utf8 = new byte[256];

        public void StartRow() => _row = _appender.CreateRow();
        public void Null() => _row = _row!.AppendNullValue();

        // Strings go in as UTF-8 bytes encoded into one reused buffer: the string overload marshals each value
        // through a fresh delegate and native string, which cost more than the append itself.
        public void Str(string? value)
        {
            if (value is null)
            {
                _row = _row!.AppendNullValue();
                return;
            }
            int max = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (max > _utf8.Length) _utf8 = new byte[Math.Max(max, _utf8.Length * 2)];
            int n = Encoding.UTF8.GetBytes(value, _utf8);
            _row = _row!.AppendValue(_utf8.AsSpan(0, n));
        }
        public void Int(int? value) => _row = _row!.AppendValue(value);
        public void Long(long value) => _row = _row!.AppendValue(value);
        public void Dbl(double? value) => _row = _row!.AppendValue(value);
        public void Bool(bool value) => _row = _row!.AppendValue(value);
        public void Date(DateOnly? value) => _row = _row!.AppendValue(value);
        public void Bytes(byte[]? value) => _row = value is null ? _row!.AppendNullValue() : _row!.AppendValue(value);
        public void EndRow() => _row!.EndRow();
        public void Complete() => _appender.Close();
        public void Dispose() => _appender.Dispose();
    }
}
