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
        try
        {
            dicts = dictionaries is null ? DictionarySet.Default : DictionarySet.Load(dictionaries);
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
