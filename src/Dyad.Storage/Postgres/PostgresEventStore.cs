using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Dyad.Storage.Postgres;

/// <summary>
/// The PostgreSQL store. Batches are written with binary COPY inside one transaction; schema migrations run under
/// an advisory lock so concurrent workers migrate once. Not thread-safe: one connection per store.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private const long MigrationLockKey = 0x44796164; // "Dyad"
    private readonly NpgsqlConnection _connection;
    private readonly string _location;

    private PostgresEventStore(NpgsqlConnection connection, string location)
    {
        _connection = connection;
        _location = location;
    }

    /// <summary>Connects to the server named by a postgres:// URL and migrates the schema.</summary>
    /// <exception cref="StoreException">The server is unreachable or refuses the login.</exception>
    public static PostgresEventStore Open(string url)
    {
        var csb = PostgresUrl.Parse(url);
        csb.Timeout = csb.Timeout == 15 ? 5 : csb.Timeout;
        string location = PostgresUrl.Redact(url);
        var conn = new NpgsqlConnection(csb.ConnectionString);
        try
        {
            conn.Open();
            var store = new PostgresEventStore(conn, location);
            using (var cmd = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", conn)) cmd.ExecuteNonQuery();
            try { store.Migrate(); }
            finally
            {
                using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", conn);
                unlock.ExecuteNonQuery();
            }
            return store;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            conn.Dispose();
            throw new StoreException($"{location}: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public override StoreKind Kind => StoreKind.Postgres;
    /// <inheritdoc/>
    public override string Location => _location;
    /// <inheritdoc/>
    public override DbConnection Connection => _connection;

    internal override IRowSink OpenSink(string table, string[] columns, DbTransaction tx) =>
        new CopySink(_connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)"));

    private sealed class CopySink(NpgsqlBinaryImporter importer) : IRowSink
    {
        private readonly NpgsqlBinaryImporter _importer = importer;

        public void StartRow() => _importer.StartRow();
        public void Null() => _importer.WriteNull();
        public void Str(string? value) { if (value is null) _importer.WriteNull(); else _importer.Write(value, NpgsqlDbType.Varchar); }
        public void Int(int? value) { if (value is null) _importer.WriteNull(); else _importer.Write(value.Value, NpgsqlDbType.Integer); }
        public void Long(long value) => _importer.Write(value, NpgsqlDbType.Bigint);
        public void Dbl(double? value) { if (value is null) _importer.WriteNull(); else _importer.Write(value.Value, NpgsqlDbType.Double); }
        public void Bool(bool value) => _importer.Write(value, NpgsqlDbType.Boolean);
        public void Date(DateOnly? value) { if (value is null) _importer.WriteNull(); else _importer.Write(value.Value, NpgsqlDbType.Date); }
        public void Bytes(byte[]? value) { if (value is null) _importer.WriteNull(); else _importer.Write(value, NpgsqlDbType.Bytea); }
        public void EndRow() { }
        public void Complete() => _importer.Complete();
        public void Dispose() => _importer.Dispose();
    }
}
