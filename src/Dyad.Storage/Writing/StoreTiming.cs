using System.Diagnostics;

namespace Dyad.Storage;

/// <summary>
/// DYAD_STORE_TIMING=1: wall and process CPU milliseconds of each step of a batch write, on stderr (process CPU
/// includes DuckDB's worker threads, which a thread clock would miss). Off by default; a no-op then.
/// </summary>
internal sealed class StoreTiming
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("DYAD_STORE_TIMING") == "1";
    private readonly List<string> _parts = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan _wall;
    private long _alloc = GC.GetTotalAllocatedBytes();

    public static StoreTiming? Start() => Enabled ? new StoreTiming() : null;

    public void Mark(string step)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = _clock.Elapsed;
        long alloc = GC.GetTotalAllocatedBytes();
        _parts.Add($"{step} {(wall - _wall).TotalMilliseconds:F0}/{(cpu - _cpu).TotalMilliseconds:F0}/{(alloc - _alloc) >> 20}MB");
        _alloc = alloc;
        _cpu = cpu;
        _wall = wall;
    }

    public void Report(string what) => Console.Error.WriteLine($"store timing ({what}, wall/CPU ms): {string.Join(", ", _parts)}");
}
