using System.Globalization;
using Dyad.Coding;
using Dyad.Coding.Dictionaries;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>Builds the coder from command options and reports dictionary problems on stderr.</summary>
internal static class CoderFactory
{
    public static EventCoder Create(string? dictionaries, bool quiet = false)
    {
        DictionarySet dicts;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            dicts = dictionaries is null ? DictionarySet.Default : DictionarySet.Load(dictionaries);
            // DYAD_TIMING=1 reports start-up costs (see docs/benchmarks.md).
            if (Environment.GetEnvironmentVariable("DYAD_TIMING") == "1")
                Console.Error.WriteLine($"timing: lexicon and dictionaries loaded in {clock.Elapsed.TotalMilliseconds:F0} ms wall; process CPU so far {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds:F0} ms, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms ({dicts.Patterns.Count} patterns, {dicts.Actors.NameCount} actor names)");
        }
        catch (DirectoryNotFoundException e)
        {
            throw new DyadInputException(e.Message);
        }
        if (!quiet)
            foreach (var d in dicts.Diagnostics.Take(50)) Console.Error.WriteLine($"warning: {d}");
        return new EventCoder(dicts);
    }

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new DyadInputException($"{option}: '{text}' is not a date (YYYY-MM-DD)");
    }

    public static void WriteWarnings(IAnsiConsole console, IEnumerable<string> lines)
    {
        foreach (var l in lines) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(l)}");
    }
}
