using System.Runtime.CompilerServices;
using System.Text;
using Dyad.Format;
using Dyad.Pipeline;

namespace Dyad.Core.Tests;

/// <summary>
/// Compares the bracketing of each sentence in Specs/ptb-golden.txt with the one on record. With
/// DYAD_UPDATE_GOLDEN=1 the comparisons are skipped and the spec file in the source tree is rewritten
/// from the current pipeline instead (comments and case texts are kept).
/// </summary>
public sealed class GoldenPtbTests
{
    private const string UpdateVariable = "DYAD_UPDATE_GOLDEN";
    private const string CasePrefix = "> ";

    private static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    private static string SpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "ptb-golden.txt");

    private static string SourceSpecPath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Specs", "ptb-golden.txt");

    /// <summary>One case: the line of its text in the spec file, the text, and the expected bracketings.</summary>
    private sealed record GoldenCase(int Line, string Text, List<string> Expected);

    private static List<GoldenCase> Parse(string[] lines)
    {
        var cases = new List<GoldenCase>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(CasePrefix, StringComparison.Ordinal))
                cases.Add(new GoldenCase(i + 1, lines[i][CasePrefix.Length..], []));
            else if (lines[i].StartsWith('(') && cases.Count > 0)
                cases[^1].Expected.Add(lines[i]);
        }
        return cases;
    }

    private static string[] ReadSpec() => File.ReadAllLines(SpecPath, Encoding.UTF8);

    private static List<string> Bracket(string text)
    {
        var doc = TextPipeline.Default.Process(text);
        return [.. Enumerable.Range(0, doc.SentenceCount).Select(s => AnalysisWriter.SentencePtb(doc, s))];
    }

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        foreach (var c in Parse(ReadSpec())) data.Add(c.Line, c.Text);
        return data;
    }

    [Fact]
    public void SpecHasEnoughCases() => Assert.True(Parse(ReadSpec()).Count >= 36);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BracketingMatchesGolden(int line, string text)
    {
        Assert.SkipWhen(Updating, $"{UpdateVariable}=1: the spec file is being regenerated");
        var golden = Parse(ReadSpec()).Single(c => c.Line == line);
        Assert.True(golden.Expected.Count > 0, $"ptb-golden.txt:{line} has no bracketing; regenerate with {UpdateVariable}=1");
        Assert.Equal(string.Join('\n', golden.Expected), string.Join('\n', Bracket(text)));
    }

    [Fact]
    public void RegenerateWhenAsked()
    {
        Assert.SkipUnless(Updating, $"set {UpdateVariable}=1 to rewrite Specs/ptb-golden.txt in the source tree");
        string path = SourceSpecPath();
        Assert.True(File.Exists(path), $"source spec file not found at {path}");
        var sb = new StringBuilder();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            if (line.StartsWith('(')) continue; // old bracketings are replaced below their case
            sb.Append(line).Append('\n');
            if (line.StartsWith(CasePrefix, StringComparison.Ordinal))
                foreach (var b in Bracket(line[CasePrefix.Length..])) sb.Append(b).Append('\n');
        }
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
