namespace Dyad.Coding.Evaluation;

/// <summary>
/// A tab-separated gold file for <c>dyad eval-events</c>, read with an error per bad line (file and line named) and
/// the good lines kept. Per sentence: <c>sentence, source, target, cameo[, note]</c>; per article:
/// <c>file, sentence_text, source, target, cameo[, note]</c>. The first line is a header; blank lines and lines
/// starting with '#' are skipped. A cameo of <c>-</c> marks a sentence (or article) that should yield no event.
/// </summary>
public static class GoldFile
{
    /// <summary>One gold line: the sentence or file it belongs to and its event (null for "no event").</summary>
    public sealed record Row(int Line, string Key, GoldEvent? Event);

    /// <summary>Reads <paramref name="path"/>; <paramref name="sentences"/> selects the per-sentence layout.</summary>
    public static (List<Row> Rows, List<string> Errors) Read(string path, bool sentences)
    {
        var rows = new List<Row>();
        var errors = new List<string>();
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{path}: cannot read the gold file: {e.Message}");
            return (rows, errors);
        }
        int first = sentences ? 0 : 1; // the per-article layout has the sentence text in its second field
        string layout = sentences ? "sentence, source, target, cameo" : "file, sentence_text, source, target, cameo";
        for (int i = 1; i < lines.Length; i++)
        {
            string l = lines[i];
            if (l.Trim().Length == 0 || l[0] == '#') continue;
            var f = l.Split('\t');
            int n = first + 4;
            if (f.Length < n)
            {
                errors.Add($"{path}:{i + 1}: expected {n} tab-separated fields ({layout}[, note]), found {f.Length}");
                continue;
            }
            string key = f[0].Trim(), source = f[first + 1].Trim(), target = f[first + 2].Trim(), cameo = f[first + 3].Trim();
            if (key.Length == 0) { errors.Add($"{path}:{i + 1}: field 1 ({(sentences ? "sentence" : "file")}) is empty"); continue; }
            if (cameo == "-") { rows.Add(new Row(i + 1, key, null)); continue; }
            if (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit))
            {
                errors.Add($"{path}:{i + 1}: field {first + 4} (cameo) '{cameo}' is not a CAMEO code (2 to 4 digits, or '-' for no event)");
                continue;
            }
            if (source.Length == 0) { errors.Add($"{path}:{i + 1}: field {first + 2} (source) is empty"); continue; }
            rows.Add(new Row(i + 1, key, new GoldEvent(key, source, target, cameo)));
        }
        return (rows, errors);
    }
}
