using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Coding.Dictionaries;
using Dyad.Tag;
using Dyad.Text;

namespace Dyad.Coding.Petrarch;

/// <summary>
/// Reads the PETRARCH-1 (TABARI-style) dictionary formats, unmodified, into Dyad's builders: actors,
/// agents, verbs (synsets, verb blocks and patterns) and discards (docs/petrarch.md). Every malformed
/// line becomes a <see cref="DictionaryDiagnostic"/> and is skipped; the rest loads. Stateless and thread-safe.
/// </summary>
public static partial class PetrarchDictionaryReader
{
    /// <summary>The code PETRARCH uses for "no actor" or "no event".</summary>
    public const string NullCode = "---";

    // Two-digit years below this are 20xx, others 19xx (TABARI's convention for YYMMDD dates).
    private const int TwoDigitYearPivot = 30;

    [GeneratedRegex(@"^(?<code>[^\s<>\[\]]+)\s*(?:(?<op>[<>])\s*(?<d>\d{6}|\d{8})|(?<d1>\d{6}|\d{8})\s*-\s*(?<d2>\d{6}|\d{8}))?$")]
    private static partial Regex CodeBlockRegex();

    [GeneratedRegex(@"^---\s*(?<verb>[^\[]+?)\s*\[(?<code>[^\]]*)\]")]
    private static partial Regex VerbHeaderRegex();

    // ---------------------------------------------------------------- actors

    /// <summary>
    /// Reads a PETRARCH actor dictionary: <c>NAME [CODE]</c> lines, <c>+SYNONYM</c> lines, code blocks on
    /// following lines, date restrictions and <c>[---]</c> null codes. Names whose last word has no trailing
    /// underscore also match words that start with it (TABARI stems).
    /// </summary>
    public static void ReadActors(TextReader reader, string file, ActorDictionaryBuilder into, List<DictionaryDiagnostic> diagnostics)
    {
        var names = new List<(string Name, int Line)>();
        var codes = new List<DatedCode>();
        int entryLine = 0;

        void Flush()
        {
            if (names.Count == 0) return;
            if (codes.Count == 0)
                diagnostics.Add(new(file, entryLine, $"actor '{names[0].Name}' has no code"));
            else
            {
                var kind = codes.All(c => c.Code == NullCode) ? ActorKind.NotActor : ActorKind.Country;
                var entry = new ActorEntry(Display(names[0].Name), kind, [.. codes], new SourceLine(file, entryLine));
                foreach (var (n, line) in names) AddActorName(into, n, entry, file, line, diagnostics, stems: true);
            }
            names.Clear();
            codes.Clear();
        }

        foreach (var (line, lineNo) in Lines(reader, file, diagnostics))
        {
            if (line[0] == '[')
            {
                if (names.Count == 0) { diagnostics.Add(new(file, lineNo, "code block with no actor before it")); continue; }
                ParseCodeBlocks(line, file, lineNo, codes, diagnostics);
                continue;
            }
            string namePart = line;
            int bracket = line.IndexOf('[');
            if (bracket >= 0) namePart = line[..bracket];
            namePart = namePart.Trim();
            if (line[0] == '+')
            {
                if (names.Count == 0) { diagnostics.Add(new(file, lineNo, "synonym '+' with no actor before it")); continue; }
                namePart = namePart[1..].Trim();
                if (namePart.Length == 0) { diagnostics.Add(new(file, lineNo, "empty synonym")); continue; }
                names.Add((namePart, lineNo));
            }
            else
            {
                Flush();
                if (namePart.Length == 0) { diagnostics.Add(new(file, lineNo, "code with no actor name")); continue; }
                names.Add((namePart, lineNo));
                entryLine = lineNo;
            }
            if (bracket >= 0) ParseCodeBlocks(line[bracket..], file, lineNo, codes, diagnostics);
        }
        Flush();
    }

    // "[HOB] [GON <950601]": every bracketed block of a line.
    private static void ParseCodeBlocks(string text, string file, int lineNo, List<DatedCode> into, List<DictionaryDiagnostic> diagnostics)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            if (text[i] != '[') { diagnostics.Add(new(file, lineNo, $"unexpected text '{text[i..].Trim()}' after the codes")); return; }
            int close = text.IndexOf(']', i);
            if (close < 0) { diagnostics.Add(new(file, lineNo, "'[' without ']'")); return; }
            var c = ParseDatedCode(text[(i + 1)..close].Trim(), out string? error);
            if (c is null) diagnostics.Add(new(file, lineNo, error!));
            else into.Add(c);
            i = close + 1;
        }
    }

    /// <summary>Parses "CODE", "CODE &lt;YYMMDD", "CODE &gt;YYYYMMDD" or "CODE FROM - TO" (inclusive range).
    /// "&lt;D" means strictly before D and "&gt;D" strictly after it.</summary>
    internal static DatedCode? ParseDatedCode(string block, out string? error)
    {
        error = null;
        var m = CodeBlockRegex().Match(block);
        if (!m.Success) { error = $"'[{block}]' is not a code block (CODE, CODE <YYMMDD, CODE >YYMMDD or CODE FROM - TO)"; return null; }
        string code = m.Groups["code"].Value.ToUpperInvariant();
        if (m.Groups["op"].Success)
        {
            if (!TryDate(m.Groups["d"].Value, out var d)) { error = $"'{m.Groups["d"].Value}' is not a date"; return null; }
            return m.Groups["op"].Value == "<" ? new DatedCode(code, null, d.AddDays(-1)) : new DatedCode(code, d.AddDays(1), null);
        }
        if (m.Groups["d1"].Success)
        {
            if (!TryDate(m.Groups["d1"].Value, out var from)) { error = $"'{m.Groups["d1"].Value}' is not a date"; return null; }
            if (!TryDate(m.Groups["d2"].Value, out var to)) { error = $"'{m.Groups["d2"].Value}' is not a date"; return null; }
            if (to < from) { error = $"'[{block}]': the range ends before it starts"; return null; }
            return new DatedCode(code, from, to);
        }
        return new DatedCode(code, null, null);
    }

    /// <summary>Parses a PETRARCH date: YYYYMMDD or YYMMDD (years below 30 are 20xx).</summary>
    public static bool TryDate(string s, out DateOnly date)
    {
        if (s.Length == 6)
        {
            int yy = int.Parse(s.AsSpan(0, 2), CultureInfo.InvariantCulture);
            s = (yy < TwoDigitYearPivot ? "20" : "19") + s;
        }
        return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static void AddActorName(ActorDictionaryBuilder into, string raw, ActorEntry entry, string file, int line, List<DictionaryDiagnostic> diagnostics, bool stems)
    {
        bool exact = raw.EndsWith('_');
        string name = raw.Replace('_', ' ').Trim();
        if (name.Length == 0) { diagnostics.Add(new(file, line, $"'{raw}' has no words")); return; }
        // PETRARCH dictionaries are written in capitals: nothing is an acronym here.
        var msg = into.Add(name, entry, caseSensitiveAcronyms: false);
        if (msg is not null) { diagnostics.Add(new(file, line, msg)); return; }
        if (stems && !exact && char.IsLetter(name[^1])) into.Add(name, entry, caseSensitiveAcronyms: false, stemLast: true);
    }

    private static string Display(string name) => name.Replace('_', ' ').Trim();

    // ---------------------------------------------------------------- agents

    /// <summary>
    /// Reads a PETRARCH agent dictionary: <c>NAME {PLURALS} [~CODE]</c> (or <c>[CODE~]</c>, role before the
    /// country), <c>{}</c> for no plural, a default English plural otherwise, and <c>!MACRO! = A, B</c> substitutions.
    /// </summary>
    public static void ReadAgents(TextReader reader, string file, ActorDictionaryBuilder into, List<DictionaryDiagnostic> diagnostics)
    {
        var macros = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, lineNo) in Lines(reader, file, diagnostics))
        {
            if (line[0] == '!' && line.Contains('=', StringComparison.Ordinal))
            {
                int eq = line.IndexOf('=');
                string key = line[..eq].Trim();
                var values = line[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (key.Length < 3 || key[^1] != '!' || values.Length == 0) { diagnostics.Add(new(file, lineNo, "a substitution is '!NAME! = WORD, WORD'")); continue; }
                macros[key] = values;
                continue;
            }
            int open = line.IndexOf('['), close = line.LastIndexOf(']');
            if (open < 0 || close < open) { diagnostics.Add(new(file, lineNo, "expected 'NAME [~CODE]'")); continue; }
            string code = line[(open + 1)..close].Trim();
            bool rolePrefix = code.EndsWith('~');
            if (!(code.StartsWith('~') || rolePrefix) || code.Trim('~').Length == 0 || !code.Trim('~').All(char.IsAsciiLetterOrDigit))
            {
                diagnostics.Add(new(file, lineNo, $"'[{code}]' is not an agent code ('[~ROLE]' or '[ROLE~]')"));
                continue;
            }
            string head = line[..open].Trim();
            string[]? plurals = null;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int braceEnd = head.IndexOf('}', brace);
                if (braceEnd < 0) { diagnostics.Add(new(file, lineNo, "'{' without '}'")); continue; }
                plurals = head[(brace + 1)..braceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                head = head[..brace].Trim();
            }
            if (head.Length == 0) { diagnostics.Add(new(file, lineNo, "agent with no name")); continue; }
            var entry = new ActorEntry(Display(head), ActorKind.Agent, [new DatedCode(code.Trim('~').ToUpperInvariant(), null, null)], new SourceLine(file, lineNo), rolePrefix);
            var forms = ExpandMacros(head, macros, out string? missing);
            if (missing is not null) { diagnostics.Add(new(file, lineNo, $"substitution '{missing}' is not defined")); continue; }
            bool substituted = forms.Count > 1 || forms[0] != head;
            foreach (var f in forms)
            {
                AddActorName(into, f, entry, file, lineNo, diagnostics, stems: false);
                // Substitutions list their own plurals (MAN, MEN); explicit {...} replaces the default.
                if (plurals is null && !substituted) AddActorName(into, Plural(f), entry, file, lineNo, diagnostics, stems: false);
            }
            if (plurals is not null)
                foreach (var p in plurals) AddActorName(into, p, entry, file, lineNo, diagnostics, stems: false);
        }
    }

    private static List<string> ExpandMacros(string name, Dictionary<string, string[]> macros, out string? missing)
    {
        missing = null;
        var result = new List<string> { name };
        for (int guard = 0; guard < 8; guard++)
        {
            int a = result[0].IndexOf('!');
            if (a < 0) break;
            int b = result[0].IndexOf('!', a + 1);
            if (b < 0) break;
            string key = result[0][a..(b + 1)];
            if (!macros.TryGetValue(key, out var values)) { missing = key; return result; }
            result = [.. result.SelectMany(r => values.Select(v => r.Replace(key, v, StringComparison.Ordinal)))];
        }
        return result;
    }

    /// <summary>The default plural of an agent name's last word: -IES after a consonant + Y, -ES after S, X, Z, CH, SH, else -S.</summary>
    public static string Plural(string name)
    {
        string trimmed = name.TrimEnd('_');
        if (trimmed.Length == 0) return name;
        char last = char.ToUpperInvariant(trimmed[^1]);
        string upper = trimmed.ToUpperInvariant();
        if (last == 'Y' && trimmed.Length > 1 && !"AEIOU".Contains(char.ToUpperInvariant(trimmed[^2]), StringComparison.Ordinal)) return trimmed[..^1] + "IES";
        if (last is 'S' or 'X' or 'Z' || upper.EndsWith("CH", StringComparison.Ordinal) || upper.EndsWith("SH", StringComparison.Ordinal)) return trimmed + "ES";
        return trimmed + "S";
    }

    // ---------------------------------------------------------------- discards

    /// <summary>Reads a discard file: sentence-level phrases, and story-level ones marked with '+'.</summary>
    public static void ReadDiscards(TextReader reader, string file, List<string[]> sentenceLevel, List<string[]> storyLevel, List<DictionaryDiagnostic> diagnostics)
    {
        foreach (var (line, lineNo) in Lines(reader, file, diagnostics))
        {
            bool story = line[0] == '+';
            string phrase = (story ? line[1..] : line).Replace('_', ' ').Trim();
            var words = NameTokens.Split(phrase, false).Words;
            if (words.Length == 0) { diagnostics.Add(new(file, lineNo, "empty discard phrase")); continue; }
            (story ? storyLevel : sentenceLevel).Add(words);
        }
    }

    // ---------------------------------------------------------------- verbs

    private sealed record VerbForm(string[] Words, int VerbIndex, string[] Forms, string? Code, int Line);

    private sealed class VerbBlock(string name, string code, int line)
    {
        public string Name { get; } = name;
        public string Code { get; } = code;
        public int Line { get; } = line;
        public List<VerbForm> Verbs { get; } = [];
        public List<(string Text, string Code, int Line)> Patterns { get; } = [];
    }

    /// <summary>
    /// Reads a PETRARCH-1 verb dictionary: synsets (<c>&amp;NAME</c> with <c>+MEMBER</c> lines), verb blocks
    /// (<c>--- VERB [CODE] ---</c>, verb lines with <c>{forms}</c>, and <c>- words * words [CODE]</c> patterns)
    /// and compiles every pattern to a <see cref="VerbPattern"/> anchored on the verb's lemma.
    /// </summary>
    public static void ReadVerbs(TextReader reader, string file, PatternDictionaryBuilder into, List<DictionaryDiagnostic> diagnostics, Lexicon? lexicon = null)
    {
        lexicon ??= Lexicon.Default;
        var blocks = new List<VerbBlock>();
        string? synset = null;
        VerbBlock? block = null;
        bool inPatterns = false;
        foreach (var (line, lineNo) in Lines(reader, file, diagnostics))
        {
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                var m = VerbHeaderRegex().Match(line);
                if (!m.Success || m.Groups["verb"].Value.Trim().Length == 0) { diagnostics.Add(new(file, lineNo, "a verb block header is '--- VERB [CODE] ---'")); block = null; synset = null; continue; }
                block = new VerbBlock(m.Groups["verb"].Value.Trim(), MapCode(m.Groups["code"].Value), lineNo);
                blocks.Add(block);
                synset = null;
                inPatterns = false;
                continue;
            }
            if (line[0] == '&')
            {
                synset = SynsetName(line);
                if (synset.Length == 0) diagnostics.Add(new(file, lineNo, "synset with no name"));
                block = null;
                continue;
            }
            if (synset is not null && synset.Length > 0)
            {
                if (line[0] != '+') { diagnostics.Add(new(file, lineNo, $"expected '+MEMBER' in synset '&{synset}'")); continue; }
                string member = line[1..].Trim();
                if (member.StartsWith('&')) member = "&" + SynsetName(member);
                if (member.Length == 0) { diagnostics.Add(new(file, lineNo, "empty synset member")); continue; }
                into.DefineSynset(synset, [member], new SourceLine(file, lineNo));
                continue;
            }
            if (block is null) { diagnostics.Add(new(file, lineNo, "line outside a verb block or synset")); continue; }
            if (line[0] == '-')
            {
                inPatterns = true;
                int open = line.LastIndexOf('['), close = line.LastIndexOf(']');
                if (open < 0 || close < open) { diagnostics.Add(new(file, lineNo, "a pattern is '- words * words [CODE]'")); continue; }
                string text = line[1..open].Trim();
                if (!text.Contains('*', StringComparison.Ordinal)) { diagnostics.Add(new(file, lineNo, "a pattern needs '*' for the verb")); continue; }
                block.Patterns.Add((text, MapCode(line[(open + 1)..close]), lineNo));
                continue;
            }
            if (inPatterns) { diagnostics.Add(new(file, lineNo, "verb line after the patterns of a block")); continue; }
            var v = ParseVerbLine(line, lineNo, file, diagnostics);
            if (v is not null) block.Verbs.Add(v);
        }

        // A block whose verb is an inflected form with no form list ("LEFT") applies to that form only,
        // and the block of the lemma ("LEAVE") no longer applies to it.
        foreach (var b in blocks)
            if (b.Verbs.Count == 0) b.Verbs.Add(new VerbForm(SplitWords(b.Name), 0, [], null, b.Line));
        var claimed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var b in blocks)
            foreach (var v in b.Verbs)
            {
                if (v.Forms.Length > 0 || v.Words.Length > 1) continue;
                string folded = TextNormalizer.Fold(v.Words[v.VerbIndex]);
                foreach (var anchor in AnchorLemmas(v, lexicon))
                    if (anchor != folded) (claimed.TryGetValue(anchor, out var set) ? set : claimed[anchor] = []).Add(folded);
            }

        // Synsets may be defined after the blocks that use them, so patterns compile at the end.
        foreach (var b in blocks)
        {
            // Every verb line takes every pattern of its block: a huge block would multiply into millions of patterns.
            long compiled = (long)b.Verbs.Count * (b.Patterns.Count + 1);
            if (compiled > DictionaryLimits.MaxBlockPatterns)
            {
                diagnostics.Add(new(file, b.Line, $"verb block '{b.Name}' would compile to {compiled:N0} patterns ({b.Verbs.Count} verb lines x {b.Patterns.Count + 1}), more than {DictionaryLimits.MaxBlockPatterns:N0}; block skipped"));
                continue;
            }
            foreach (var v in b.Verbs)
            {
                var anchors = AnchorLemmas(v, lexicon);
                string bareCode = v.Code ?? b.Code;
                string folded = TextNormalizer.Fold(v.Words[v.VerbIndex]);
                foreach (string anchor in anchors)
                {
                    bool formSpecific = v.Forms.Length == 0 && v.Words.Length == 1 && anchor != folded;
                    string[]? only = formSpecific ? [folded] : null;
                    string[]? except = !formSpecific && claimed.TryGetValue(anchor, out var c) ? [.. c] : null;
                    if (bareCode != NullCode)
                        AddCompiled(into, anchor, v, "*", bareCode, new SourceLine(file, v.Line), diagnostics, only, except);
                    foreach (var (text, code, line) in b.Patterns)
                        AddCompiled(into, anchor, v, text, code, new SourceLine(file, line), diagnostics, only, except);
                }
            }
        }
    }

    private static string SynsetName(string line) => line.TrimStart('&').Trim().TrimEnd('_').ToLowerInvariant();

    /// <summary>
    /// Codes are kept as written: "---" is the null code (a pattern that blocks coding), and a paired code
    /// "032:033" stays whole — its first part codes source to target, its second the reverse event
    /// (see <see cref="PetrarchValidator.Triples"/>).
    /// </summary>
    internal static string MapCode(string raw) => raw.Trim();

    private static string[] SplitWords(string s) => s.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);

    // "BREAK { BROKE BROKEN }", "+BREAK_DOWN {+BREAKS_DOWN ...}", "WIRE_+TAP", "DOWNPLAY [014]".
    private static VerbForm? ParseVerbLine(string line, int lineNo, string file, List<DictionaryDiagnostic> diagnostics)
    {
        string? code = null;
        int open = line.IndexOf('[');
        if (open >= 0)
        {
            int close = line.IndexOf(']', open);
            if (close < 0) { diagnostics.Add(new(file, lineNo, "'[' without ']'")); return null; }
            code = MapCode(line[(open + 1)..close]);
            line = line[..open];
        }
        string[] forms = [];
        int brace = line.IndexOf('{');
        if (brace >= 0)
        {
            int braceEnd = line.IndexOf('}', brace);
            if (braceEnd < 0) { diagnostics.Add(new(file, lineNo, "'{' without '}'")); return null; }
            forms = line[(brace + 1)..braceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            line = line[..brace];
        }
        var (words, verb) = VerbWords(line.Trim());
        if (words.Length == 0) { diagnostics.Add(new(file, lineNo, "verb line with no verb")); return null; }
        return new VerbForm(words, verb, forms, code, lineNo);
    }

    // The words of a (multi-word) verb and which is the verb: the one marked '+', else the first.
    private static (string[] Words, int Verb) VerbWords(string s)
    {
        var parts = SplitWords(s);
        int verb = 0;
        for (int i = 0; i < parts.Length; i++)
            if (parts[i].StartsWith('+')) { verb = i; parts[i] = parts[i][1..]; }
        parts = [.. parts.Where(p => p.Length > 0)];
        return (parts, Math.Min(verb, Math.Max(0, parts.Length - 1)));
    }

    // Every verb lemma Dyad's lexicon gives the verb word or its listed forms: the coder looks patterns
    // up by the lemma of the clause's verb, so each must be an anchor.
    private static List<string> AnchorLemmas(VerbForm v, Lexicon lexicon)
    {
        var result = new List<string>();
        void AddLemmas(string word)
        {
            string folded = TextNormalizer.Fold(word);
            foreach (var l in VerbLemmas(folded, lexicon)) if (!result.Contains(l)) result.Add(l);
        }
        AddLemmas(v.Words[v.VerbIndex]);
        foreach (var f in v.Forms)
        {
            var (w, i) = VerbWords(f);
            if (w.Length > 0) AddLemmas(w[i]);
        }
        return result;
    }

    internal static List<string> VerbLemmas(string folded, Lexicon lexicon)
    {
        var lemmas = new List<string>();
        var e = lexicon.Find(folded);
        if (e is not null)
            foreach (var r in e.Readings)
                if (r.Tag.IsVerb() && !lemmas.Contains(r.Lemma)) lemmas.Add(r.Lemma);
        if (lemmas.Count > 0) return lemmas;
        // TABARI stems ("EXCHANG", "DEFIE"): the lemma of the first inflected form the lexicon knows.
        foreach (string suffix in (string[])["s", "es", "d", "ed", "ing", "e"])
        {
            var f = lexicon.Find(folded + suffix);
            if (f is null) continue;
            foreach (var r in f.Readings)
                if (r.Tag.IsVerb() && !lemmas.Contains(r.Lemma)) lemmas.Add(r.Lemma);
            if (lemmas.Count > 0) return lemmas;
        }
        lemmas.Add(folded);
        return lemmas;
    }

    private static void AddCompiled(PatternDictionaryBuilder into, string anchor, VerbForm verb, string text, string code, SourceLine source,
        List<DictionaryDiagnostic> diagnostics, string[]? onlyForms = null, string[]? exceptForms = null)
    {
        var p = CompilePattern(into, anchor, verb, text, code, source, out string? error);
        if (p is null) { diagnostics.Add(new(source.File, source.Line, error!)); return; }
        p.OnlyForms = onlyForms;
        p.ExceptForms = exceptForms;
        into.Add(p);
    }

    private enum Join { Space, Underscore }

    /// <summary>
    /// Compiles a PETRARCH pattern ("SAID * TO_ +") around a verb. '*' is the verb (with the other words
    /// of a multi-word verb adjacent to it), '$' the source, '+' the target, '%' a compound actor, '^' a
    /// skipped phrase, '&amp;NAME' a synset; '_' joins neighbours without a gap, a space allows one.
    /// </summary>
    private static VerbPattern? CompilePattern(PatternDictionaryBuilder into, string anchor, VerbForm verb, string text, string code, SourceLine source, out string? error)
    {
        error = null;
        // Tokenise into items and the joins between them.
        var raw = new List<string>();
        var joins = new List<Join>(); // joins[k] is the join between raw[k] and raw[k + 1]
        foreach (var chunk in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = chunk.Split('_');
            bool first = true;
            foreach (var piece in pieces)
            {
                if (piece.Length == 0) continue; // a trailing '_' marks an exact word in TABARI; words are exact here
                if (raw.Count > 0) joins.Add(first ? Join.Space : Join.Underscore);
                raw.Add(piece);
                first = false;
            }
        }
        int star = raw.IndexOf("*");
        if (star < 0) { error = "a pattern needs '*' for the verb"; return null; }
        if (raw.Count(r => r == "*") > 1) { error = "a pattern has one '*'"; return null; }

        var before = new List<PatternItem>();
        var after = new List<PatternItem>();
        // The other words of a multi-word verb sit next to it ("WIRE_+TAP", "+CORDON_OFF").
        for (int k = 0; k < verb.VerbIndex; k++) before.Add(WordItem([SplitName(verb.Words[k])], adjacent: true));
        // Items before the verb, walking from the verb outwards so each knows its join towards the verb.
        var pre = new List<PatternItem>();
        bool skipNext = false;
        for (int k = star - 1; k >= 0; k--)
        {
            bool adjacent = joins[k] == Join.Underscore && !skipNext;
            skipNext = false;
            var item = Item(into, raw[k], adjacent, out error, out bool skip);
            if (error is not null) return null;
            if (skip || item is { Kind: not PatternItemKind.Word }) { skipNext = true; if (item is null) continue; }
            pre.Insert(0, item!);
        }
        before.InsertRange(0, pre);
        for (int k = verb.VerbIndex + 1; k < verb.Words.Length; k++) after.Add(WordItem([SplitName(verb.Words[k])], adjacent: true));
        bool gapForced = false;
        int skipped = 0;
        for (int k = star + 1; k < raw.Count; k++)
        {
            bool adjacent = joins[k - 1] == Join.Underscore && !gapForced;
            var item = Item(into, raw[k], adjacent, out error, out bool skip);
            if (error is not null) return null;
            gapForced = skip;
            if (skip) skipped++;
            if (item is null) continue;
            // "CELEBRATE IFTAR AT ^ ^ +": the slot comes after that many noun phrases.
            after.Add(skipped > 0 && item.Kind != PatternItemKind.Word ? item with { SkipPhrases = skipped } : item);
            skipped = 0;
        }
        if (before.Concat(after).Count(i => i.Kind == PatternItemKind.Source) > 1 || before.Concat(after).Count(i => i.Kind == PatternItemKind.Target) > 1)
        {
            error = "a pattern has at most one '$' and one '+'";
            return null;
        }
        if (before.Count + after.Count > DictionaryLimits.MaxPatternItems) { error = $"pattern has more than {DictionaryLimits.MaxPatternItems} items"; return null; }
        return new VerbPattern(anchor, [], false, [.. before], [.. after], code, source, text.Replace("*", string.Join('_', verb.Words), StringComparison.Ordinal));
    }

    private static PatternItem? Item(PatternDictionaryBuilder into, string piece, bool adjacent, out string? error, out bool skip)
    {
        error = null;
        skip = false;
        switch (piece)
        {
            case "$": return PatternItem.Slot(PatternItemKind.Source, adjacent);
            case "+": return PatternItem.Slot(PatternItemKind.Target, adjacent);
            case "%": return PatternItem.Slot(PatternItemKind.Compound, adjacent);
            case "^": skip = true; return null;
        }
        if (piece.StartsWith('&'))
        {
            if (!into.TryExpandSynset(SynsetName(piece), out var members, out error)) return null;
            if (members!.Length == 0) { error = $"synset '{piece}' has no members"; return null; }
            return WordItem(members, adjacent);
        }
        var words = SplitName(piece);
        if (words.Length == 0) { error = $"'{piece}' has no word"; return null; }
        return WordItem([words], adjacent);
    }

    private static string[] SplitName(string word) => NameTokens.Split(word, false).Words;

    // PETRARCH pattern words match the word as written (no lemma): "RESOLUTION" is not "resolutions".
    private static PatternItem WordItem(string[][] alternatives, bool adjacent) => new(PatternItemKind.Word, alternatives, adjacent, true, false);

    // ---------------------------------------------------------------- lines

    // Non-empty lines without '#' comments and <!-- --> blocks (a line starting "<!" opens one, as in
    // the PETRARCH files' "<! -- ... -->"), trimmed, with their 1-based numbers.
    private static IEnumerable<(string Line, int Number)> Lines(TextReader reader, string file, List<DictionaryDiagnostic> diagnostics)
    {
        int lineNo = 0;
        bool inComment = false;
        string? raw;
        while ((raw = reader.ReadLine()) != null)
        {
            lineNo++;
            if (raw.Length > DictionaryLimits.MaxLineLength) { diagnostics.Add(new(file, lineNo, $"line longer than {DictionaryLimits.MaxLineLength} characters")); continue; }
            string line = raw;
            if (inComment)
            {
                int end = line.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0) continue;
                inComment = false;
                line = line[(end + 3)..];
            }
            string t = line.TrimStart();
            if (t.StartsWith("<!", StringComparison.Ordinal))
            {
                int end = t.IndexOf("-->", 2, StringComparison.Ordinal);
                if (end < 0) { inComment = true; continue; }
                line = t[(end + 3)..];
            }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            yield return (line, lineNo);
        }
    }
}
