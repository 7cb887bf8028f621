using Microsoft.Extensions.FileSystemGlobbing;

namespace Dyad.Ingest;

/// <summary>
/// Turns command-line paths into inputs: files as given, folders recursively (files with a known extension, in
/// ordinal path order, hidden files skipped), glob patterns ("news/**/*.html", "*.jsonl.gz"), and "-" for
/// standard input. A path that matches nothing is reported as an error. Stateless.
/// </summary>
public static class InputExpander
{
    private static readonly HashSet<string> s_extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml", ".jsonl", ".ndjson", ".json", ".csv", ".tsv",
    };

    /// <summary>True when a file name (after any .gz) has an extension the readers know.</summary>
    public static bool IsKnownExtension(string path)
    {
        string p = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return s_extensions.Contains(Path.GetExtension(p));
    }

    /// <summary>Expands the paths; <paramref name="stdinMarkers"/> are the arguments that mean standard input.</summary>
    public static IEnumerable<(InputFile? File, IngestError? Error)> Expand(IEnumerable<string> paths, params string[] stdinMarkers)
    {
        foreach (var p in paths)
        {
            if (p == "-" || stdinMarkers.Contains(p)) { yield return (InputFile.Stdin(), null); continue; }
            if (Directory.Exists(p))
            {
                foreach (var f in EnumerateFolder(p)) yield return (InputFile.FromPath(f), null);
                continue;
            }
            if (File.Exists(p)) { yield return (InputFile.FromPath(p), null); continue; }
            if (p.AsSpan().IndexOfAny("*?[") >= 0)
            {
                var found = Glob(p);
                if (found.Count == 0) yield return (null, new IngestError(p, 0, null, IngestErrorCodes.Unreadable, "no file matches the pattern"));
                foreach (var f in found) yield return (InputFile.FromPath(f), null);
                continue;
            }
            yield return (null, new IngestError(p, 0, null, IngestErrorCodes.Unreadable, "no such file or folder"));
        }
    }

    private static IEnumerable<string> EnumerateFolder(string dir)
    {
        var opts = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(dir, "*", opts)
            .Where(f => IsKnownExtension(f) && !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
    }

    private static List<string> Glob(string pattern)
    {
        // The root is the longest leading run of segments without wildcards; the rest is the pattern.
        string normalized = pattern.Replace('\\', '/');
        var parts = normalized.Split('/');
        int firstWild = Array.FindIndex(parts, s => s.AsSpan().IndexOfAny("*?[") >= 0);
        string root = firstWild == 0 ? "." : string.Join('/', parts[..firstWild]);
        if (root.Length == 0) root = "/";
        string rest = string.Join('/', parts[firstWild..]);
        if (!Directory.Exists(root)) return [];
        var m = new Matcher(StringComparison.Ordinal);
        m.AddInclude(rest);
        return [.. m.GetResultsInFullPath(root)
            .Select(f => firstWild == 0 ? Path.GetRelativePath(".", f) : Path.Combine(root, Path.GetRelativePath(root, f)))
            .Order(StringComparer.Ordinal)];
    }
}
