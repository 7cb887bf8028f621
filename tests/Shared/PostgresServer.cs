using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Dyad.Tests.Shared;

/// <summary>
/// A PostgreSQL server for the tests: DYAD_TEST_POSTGRES when set, else a throw-away cluster started from Debian's
/// postgresql package (initdb and pg_ctl, as the postgres user when running as root) in a temporary folder on a
/// free port of 127.0.0.1, stopped when the test process exits. When neither is possible the tests skip with the
/// reason, or fail under DYAD_REQUIRE_SERVICES=1.
/// </summary>
internal static class PostgresServer
{
    // Databases of different test projects never collide on a shared server.
    private static readonly string Prefix = (System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name ?? "test").Replace("Dyad.", "").Replace(".Tests", "").ToLowerInvariant();

    private static readonly Lazy<(string? Url, string? Problem)> s_server = new(Start);
    private static int s_databases;

    /// <summary>A URL of a new empty database on the server; skips or fails the test when there is no server.</summary>
    public static string NewDatabase()
    {
        var (url, problem) = s_server.Value;
        if (url is null)
        {
            if (Environment.GetEnvironmentVariable("DYAD_REQUIRE_SERVICES") == "1") Assert.Fail("PostgreSQL required (DYAD_REQUIRE_SERVICES=1) but unavailable: " + problem);
            Assert.Skip("PostgreSQL unavailable: " + problem);
        }
        string name = $"dyad_{Prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref s_databases)}";
        using (var conn = new NpgsqlConnection(Dyad.Storage.Postgres.PostgresUrl.Parse(url).ConnectionString))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}", conn);
            cmd.ExecuteNonQuery();
        }
        var b = new UriBuilder(url) { Path = "/" + name };
        return b.Uri.ToString();
    }

    private static (string?, string?) Start()
    {
        if (Environment.GetEnvironmentVariable("DYAD_TEST_POSTGRES") is { Length: > 0 } given)
            return Reachable(given, out var why) ? (given, null) : (null, $"DYAD_TEST_POSTGRES={Dyad.Storage.Postgres.PostgresUrl.Redact(given)} is unreachable: {why}");
        string? bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
        if (bin is null) return (null, "no server given in DYAD_TEST_POSTGRES and no initdb under /usr/lib/postgresql (apt-get install postgresql)");
        bool root = Environment.UserName == "root";
        string dir = Directory.CreateTempSubdirectory("dyad-pg-").FullName;
        int port = FreePort();
        try
        {
            if (root && !Run("chown", ["-R", "postgres:postgres", dir], out var chownErr)) return (null, "chown failed: " + chownErr);
            string data = Path.Combine(dir, "data");
            if (!RunAs(root, Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "dyad", "--no-sync", "-E", "UTF8"], out var initErr))
                return (null, "initdb failed: " + initErr);
            if (!RunAs(root, Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(dir, "log"), "-w", "-t", "60", "-o",
                    $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start"], out var startErr))
                return (null, "pg_ctl start failed: " + startErr);
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                RunAs(root, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "stop"], out _);
                try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            };
            string url = $"postgres://dyad@127.0.0.1:{port}/postgres";
            return Reachable(url, out var why) ? (url, null) : (null, "started cluster unreachable: " + why);
        }
        catch (Exception e) when (e is IOException or System.ComponentModel.Win32Exception)
        {
            return (null, e.Message);
        }
    }

    private static bool Reachable(string url, out string? why)
    {
        try
        {
            using var conn = new NpgsqlConnection(Dyad.Storage.Postgres.PostgresUrl.Parse(url).ConnectionString + ";Timeout=5");
            conn.Open();
            why = null;
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or Dyad.Storage.StoreException or TimeoutException)
        {
            why = e.Message;
            return false;
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static bool RunAs(bool root, string exe, string[] args, out string error) =>
        root ? Run("runuser", ["-u", "postgres", "--", exe, .. args], out error) : Run(exe, args, out error);

    private static bool Run(string exe, string[] args, out string error)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        return p.ExitCode == 0;
    }
}
