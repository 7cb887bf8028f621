using System.Globalization;

namespace Dyad.Coding.Dictionaries;

/// <summary>
/// Reads Dyad's dictionary format (docs/dictionaries.md): actor files with sections and
/// <c>NAMES => CODES</c> lines, and pattern files with <c>PATTERN => CODE</c> lines and synsets.
/// Malformed lines become diagnostics; the rest loads.
/// </summary>
public static class DyadDictionaryReader
{
    /// <summary>Reads an actor file into the builder.</summary>
    public static void ReadActors(TextReader reader, string file, ActorDictionaryBuilder into, List<DictionaryDiagnostic> diagnostics)
    {
        var kind = ActorKind.Country;
        foreach (var (lineNo, line) in ContentLines(reader, file, diagnostics))
        {
            if (line[0] == '[' && line[^1] == ']')
            {
                var k = ParseSection(line[1..^1].Trim());
                if (k is null) diagnostics.Add(new(file, lineNo, $"unknown section '{line}' (expected country, capital, person, organisation, group, agent or place)"));
                else kind = k.Value;
                continue;
            }
            int arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow < 0 || line.IndexOf("=>", arrow + 2, StringComparison.Ordinal) >= 0)
            {
                diagnostics.Add(new(file, lineNo, "expected exactly one '=>' between names and codes"));
                continue;
            }
            var names = line[..arrow].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0) { diagnostics.Add(new(file, lineNo, "no name before '=>'")); continue; }
            var codes = new List<DatedCode>();
            string? error = null;
            bool rolePrefix = false;
            foreach (var part in line[(arrow + 2)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var c = ParseDatedCode(part, out error);
                if (c is null) break;
                codes.Add(c);
            }
            if (error is not null) { diagnostics.Add(new(file, lineNo, error)); continue; }
            if (codes.Count == 0) { diagnostics.Add(new(file, lineNo, "no code after '=>'")); continue; }
            var entryKind = kind;
            if (codes.All(c => c.Code == "---")) entryKind = ActorKind.NotActor;
            else if (kind == ActorKind.Agent)
            {
                if (codes.Any(c => !c.Code.StartsWith('~') && !c.Code.EndsWith('~'))) { diagnostics.Add(new(file, lineNo, "an agent code starts with '~' (\"~MIL\")")); continue; }
                rolePrefix = codes[0].Code.EndsWith('~');
                codes = [.. codes.Select(c => c with { Code = c.Code.Trim('~') })];
            }
            else if (codes.Any(c => c.Code.Contains('~'))) { diagnostics.Add(new(file, lineNo, "'~' codes belong in the [agent] section")); continue; }
            var entry = new ActorEntry(names[0], entryKind, codes, new SourceLine(file, lineNo), rolePrefix);
            foreach (var n in names)
            {
                var msg = into.Add(n, entry, caseSensitiveAcronyms: true);
                if (msg is not null) diagnostics.Add(new(file, lineNo, msg));
            }
        }
    }

    private static ActorKind? ParseSection(string s) => s.ToLowerInvariant() switch
    {
        "country" or "countries" => ActorKind.Country,
        "capital" or "capitals" => ActorKind.Capital,
        "person" or "people" => ActorKind.Person,
        "organisation" or "organization" or "organisations" or "organizations" => ActorKind.Organisation,
        "group" or "groups" => ActorKind.Group,
        "agent" or "agents" => ActorKind.Agent,
        "place" or "places" or "not-actor" => ActorKind.NotActor,
        _ => null,
    };

    // The numbered non-empty lines of a file, comments removed; over-long lines are reported and skipped.
    private static IEnumerable<(int LineNo, string Line)> ContentLines(TextReader reader, string file, List<DictionaryDiagnostic> diagnostics)
    {
        int lineNo = 0;
        string? raw;
        while ((raw = reader.ReadLine()) != null)
        {
            lineNo++;
            if (raw.Length > DictionaryLimits.MaxLineLength) { diagnostics.Add(new(file, lineNo, $"line longer than {DictionaryLimits.MaxLineLength} characters")); continue; }
            string line = StripComment(raw).Trim();
            if (line.Length > 0) yield return (lineNo, line);
        }
    }

    internal static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    private static DatedCode? ParseDatedCode(string part, out string? error)
    {
        error = null;
        var bits = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string code = bits[0];
        if (!IsCode(code)) { error = $"'{code}' is not an actor code (letters, digits, '~' or '---')"; return null; }
        if (bits.Length == 1) return new DatedCode(code, null, null);
        if (bits.Length > 2) { error = $"'{part}': expected CODE FROM..TO"; return null; }
        string range = bits[1];
        int dots = range.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0) { error = $"'{range}': a date range is FROM..TO (either side may be empty)"; return null; }
        DateOnly? from = null, to = null;
        if (dots > 0)
        {
            if (!DateOnly.TryParseExact(range[..dots], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)) { error = $"'{range[..dots]}' is not a date (YYYY-MM-DD)"; return null; }
            from = f;
        }
        if (dots + 2 < range.Length)
        {
            if (!DateOnly.TryParseExact(range[(dots + 2)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) { error = $"'{range[(dots + 2)..]}' is not a date (YYYY-MM-DD)"; return null; }
            to = t;
        }
        if (from is not null && to is not null && from > to) { error = $"'{range}': the range ends before it starts"; return null; }
        return new DatedCode(code, from, to);
    }

    private static bool IsCode(string s)
    {
        if (s == "---") return true;
        if (s.Length == 0 || s.Length > 30) return false;
        foreach (char c in s) if (!(char.IsAsciiLetterOrDigit(c) || c == '~')) return false;
        return true;
    }

    /// <summary>Reads a pattern file: synset definitions and patterns.</summary>
    public static void ReadPatterns(TextReader reader, string file, PatternDictionaryBuilder into, List<DictionaryDiagnostic> diagnostics)
    {
        foreach (var (lineNo, line) in ContentLines(reader, file, diagnostics))
        {
            if (line[0] == '&')
            {
                int eq = line.IndexOf('=');
                if (eq < 0 || line.Contains("=>", StringComparison.Ordinal)) { diagnostics.Add(new(file, lineNo, "a synset is '&name = word | word'")); continue; }
                string name = line[1..eq].Trim().ToLowerInvariant();
                var members = line[(eq + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (name.Length == 0 || members.Length == 0) { diagnostics.Add(new(file, lineNo, "a synset needs a name and members")); continue; }
                into.DefineSynset(name, members, new SourceLine(file, lineNo));
                continue;
            }
            int arrow = line.IndexOf("=>", StringComparison.Ordinal);
            if (arrow < 0 || line.IndexOf("=>", arrow + 2, StringComparison.Ordinal) >= 0) { diagnostics.Add(new(file, lineNo, "expected exactly one '=>' between pattern and code")); continue; }
            string code = line[(arrow + 2)..].Trim();
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)) { diagnostics.Add(new(file, lineNo, $"'{code}' is not a CAMEO code (2 to 4 digits)")); continue; }
            string pattern = line[..arrow].Trim();
            bool noun = false;
            if (pattern.StartsWith("n:", StringComparison.Ordinal)) { noun = true; pattern = pattern[2..].Trim(); }
            into.AddDyadPattern(pattern, noun, code, new SourceLine(file, lineNo), diagnostics);
        }
    }
}
