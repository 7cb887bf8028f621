using Npgsql;

namespace Dyad.Storage.Postgres;

/// <summary>Turns a <c>postgres://user:password@host:port/database?sslmode=...</c> URL into an Npgsql connection string. Stateless.</summary>
public static class PostgresUrl
{
    /// <summary>True for postgres:// and postgresql:// URLs.</summary>
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the URL.</summary>
    /// <exception cref="StoreException">Not a valid URL.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new StoreException($"--db: '{Redact(url)}' is not a postgres://user:password@host:port/database URL");
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } d ? d : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            try { b[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : ""; }
            catch (ArgumentException e) { throw new StoreException($"--db: unknown connection option '{kv[0]}'", e); }
        }
        return b;
    }

    /// <summary>The URL with any password replaced by ***.</summary>
    public static string Redact(string url)
    {
        int at = url.IndexOf('@');
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0) return url;
        int colon = url.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? url[..(colon + 1)] + "***" + url[at..] : url;
    }
}
