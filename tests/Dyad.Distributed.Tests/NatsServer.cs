using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dyad.Distributed.Tests;

/// <summary>
/// A nats-server with JetStream for the tests: Debian's nats-server started in a temporary store folder on a free
/// port of 127.0.0.1, one per test, killed and deleted on dispose. Without the binary the test skips with the
/// reason, or fails under DYAD_REQUIRE_SERVICES=1.
/// </summary>
internal sealed class NatsServer : IDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private NatsServer(Process process, string dir, string url)
    {
        _process = process;
        _dir = dir;
        Url = url;
    }

    public string Url { get; }

    public static NatsServer Start()
    {
        string? exe = new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }.FirstOrDefault(File.Exists);
        if (exe is null)
        {
            const string Why = "no nats-server binary (apt-get install nats-server)";
            if (Environment.GetEnvironmentVariable("DYAD_REQUIRE_SERVICES") == "1") Assert.Fail("NATS required (DYAD_REQUIRE_SERVICES=1) but unavailable: " + Why);
            Assert.Skip("NATS unavailable: " + Why);
        }
        string dir = Directory.CreateTempSubdirectory("dyad-nats-").FullName;
        int port = FreePort();
        var psi = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "-js", "-sd", Path.Combine(dir, "js"), "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var c = new TcpClient();
                c.Connect(IPAddress.Loopback, port);
                return new NatsServer(p, dir, $"nats://127.0.0.1:{port}");
            }
            catch (SocketException) { Thread.Sleep(100); }
        }
        p.Kill();
        Assert.Fail($"nats-server did not listen on {port} within 20 s");
        return null!;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try { _process.Kill(); _process.WaitForExit(5000); } catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
