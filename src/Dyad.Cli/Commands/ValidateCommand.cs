using System.ComponentModel;
using Dyad.Coding;
using Dyad.Coding.Dictionaries;
using Dyad.Coding.Petrarch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad validate RECORDS.xml</c>: codes PETRARCH validation records from raw text with PETRARCH
/// dictionaries and compares the (source, target, code) triples with the expected ones.
/// </summary>
public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    /// <summary>Options of <c>dyad validate</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>A PETRARCH XML records file.</summary>
        [CommandArgument(0, "<RECORDS>")]
        [Description("PETRARCH validation records (XML).")]
        public string Records { get; init; } = "";

        /// <summary>Folder of PETRARCH dictionaries.</summary>
        [CommandOption("--petrarch-dictionaries <DIR>")]
        [Description("Folder of PETRARCH dictionaries (default: the files named in the records' <Environment>, beside the records file).")]
        public string? Dictionaries { get; init; }

        /// <summary>Use the records' Penn Treebank parses (not supported yet).</summary>
        [CommandOption("--use-parse")]
        [Description("Use the records' <Parse> trees instead of Dyad's analysis (not supported yet).")]
        public bool UseParse { get; init; }

        /// <summary>Explain how the records with these ids were coded.</summary>
        [CommandOption("--explain <ID>")]
        [Description("Show the coder's trace (actors, patterns tried, events) for the record with this id; repeatable.")]
        public string[] Explain { get; init; } = [];

        /// <summary>Also list records that pass.</summary>
        [CommandOption("--passes")]
        [Description("Also list the records that pass.")]
        public bool Passes { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        if (!File.Exists(settings.Records)) throw new DyadInputException($"{settings.Records}: no such file");
        PetrarchRecordFile file;
        DictionarySet dicts;
        try
        {
            file = PetrarchRecords.Read(settings.Records);
            dicts = PetrarchDictionaries.Load(ResolveFiles(settings, file));
        }
        catch (Exception e) when (e is PetrarchFormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DyadInputException(e.Message);
        }
        if (settings.UseParse) console.MarkupLine("[yellow]note:[/] --use-parse is not supported yet; records are coded from their raw text.");
        CoderFactory.WriteWarnings(console, dicts.Diagnostics.Take(50).Select(d => d.ToString()));

        var validator = new PetrarchValidator(dicts);
        int passed = 0, failed = 0;
        foreach (var record in file.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trace = settings.Explain.Contains(record.Id, StringComparer.Ordinal) ? new ExplainTrace() : null;
            var r = validator.Validate(record, trace);
            if (trace is not null)
            {
                console.WriteLine($"explain {record.Id}: {record.Text}");
                foreach (var step in trace.Steps) console.WriteLine($"  {step.Kind,-7} {step.Text}{(step.Detail is null ? "" : "  -- " + step.Detail)}");
            }
            if (r.Passed)
            {
                passed++;
                if (settings.Passes) console.WriteLine($"pass {record.Id}");
                continue;
            }
            failed++;
            console.WriteLine($"FAIL {record.Id} [{record.Category}] {record.Date:yyyy-MM-dd}");
            console.WriteLine($"  text:     {record.Text}");
            console.WriteLine($"  expected: {Describe(record, r.Expected)}");
            console.WriteLine($"  got:      {(r.Got.Count == 0 ? "(nothing)" : string.Join("; ", r.Got))}");
        }
        console.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static string Describe(PetrarchRecord record, IReadOnlyList<EventTriple> expected)
    {
        if (record.Error is not null) return $"(nothing: {record.Error})";
        if (record.NoEvents || expected.Count == 0) return "(nothing)";
        return string.Join("; ", expected);
    }

    // --petrarch-dictionaries DIR: the Environment's names in DIR when they exist, else the *actors*,
    // *agents*, *verbs*, *discards* files of DIR. Without it: the Environment's names beside the records.
    private static PetrarchFiles ResolveFiles(Settings settings, PetrarchRecordFile file)
    {
        string dir = settings.Dictionaries ?? Path.GetDirectoryName(Path.GetFullPath(settings.Records))!;
        var named = file.DictionaryFiles(dir);
        if (named is not null && File.Exists(named.Actors) && File.Exists(named.Agents) && File.Exists(named.Verbs) && File.Exists(named.Discards)) return named;
        return PetrarchFiles.Find(dir);
    }
}
