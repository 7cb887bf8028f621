using System.ComponentModel;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Coding.Records;
using Dyad.Pipeline;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad code PATHS... | -</c>: codes text files (or stdin) to JSON Lines event records.</summary>
public sealed class CodeCommand : Command<CodeCommand.Settings>
{
    /// <summary>Options of <c>dyad code</c>.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>Files or folders to code; "-" reads standard input.</summary>
        [CommandArgument(0, "<PATHS>")]
        [Description("Text files or folders (recursive); '-' reads standard input.")]
        public string[] Paths { get; init; } = [];

        /// <summary>Publication date for inputs that carry none.</summary>
        [CommandOption("--date <DATE>")]
        [Description("Publication date (YYYY-MM-DD) for inputs without one.")]
        public string? Date { get; init; }

        /// <summary>Output file instead of stdout.</summary>
        [CommandOption("-o|--out <FILE>")]
        public string? Out { get; init; }

        /// <summary>Extra or replacement dictionaries.</summary>
        [CommandOption("--dictionaries <DIR>")]
        [Description("Folder of dictionary files that add to or replace Dyad's (same relative names replace).")]
        public string? Dictionaries { get; init; }

        /// <summary>Also write negated events (with negated=true).</summary>
        [CommandOption("--negated")]
        public bool Negated { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var date = CoderFactory.ParseDate(settings.Date, "--date");
        var coder = CoderFactory.Create(settings.Dictionaries);
        if (settings.Negated) coder = new EventCoder(coder.Dictionaries, coder.Options with { EmitNegated = true });
        using var output = settings.Out is null ? Console.OpenStandardOutput() : File.Create(settings.Out);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        int docs = 0, events = 0, failed = 0;
        foreach (var (id, read) in Inputs(settings.Paths))
        {
            string text;
            try { text = read(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DyadInputException)
            {
                Console.Error.WriteLine($"error: {id}: {e.Message}");
                failed++;
                continue;
            }
            var (info, body) = TextInput.Parse(text, id, date);
            var doc = TextPipeline.Default.Process(body, info.DocId);
            foreach (var rec in coder.Code(doc, info))
            {
                JsonSerializer.Serialize(writer, rec, RecordJsonContext.Default.EventRecord);
                writer.Flush();
                output.WriteByte((byte)'\n');
                writer.Reset();
                events++;
            }
            docs++;
        }
        Console.Error.WriteLine($"coded {docs} document(s), {events} event(s), {failed} failed");
        return docs == 0 && failed > 0 ? 2 : 0;
    }

    internal static IEnumerable<(string Id, Func<string> Read)> Inputs(string[] paths)
    {
        foreach (var p in paths)
        {
            if (p is "-" or DyadApp.StdinMarker) { yield return ("stdin", () => InputText.Read("-")); continue; }
            if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return (f, () => InputText.ReadFile(f));
                continue;
            }
            string path = p;
            yield return (path, () => InputText.ReadFile(path));
        }
    }
}
