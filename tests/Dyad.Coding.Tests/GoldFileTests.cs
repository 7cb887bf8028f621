using Dyad.Coding.Evaluation;

namespace Dyad.Coding.Tests;

public sealed class GoldFileTests
{
    [Fact]
    public void BadLinesAreNamedAndTheRestIsRead()
    {
        string path = Path.Combine(Path.GetTempPath(), $"dyad-gold-{Guid.NewGuid():N}.tsv");
        File.WriteAllLines(path,
        [
            "sentence\tsource\ttarget\tcameo\tnote",
            "Ghana condemned Togo.\tGHA\tTGO\t111\tcondemn",
            "Ghana did not condemn Togo.\t-\t-\t-\tnegated: no event",
            "Ghana praised Togo.\tGHA\tTGO",
            "Ghana thanked Togo.\tGHA\tTGO\t\tcameo missing",
            "",
            "# a comment",
        ]);
        try
        {
            var (rows, errors) = GoldFile.Read(path, sentences: true);
            Assert.Equal(2, rows.Count);
            Assert.Equal("111", rows[0].Event!.Cameo);
            Assert.Null(rows[1].Event);
            Assert.Equal(2, errors.Count);
            Assert.Contains($"{path}:4: expected 4 tab-separated fields", errors[0]);
            Assert.Contains($"{path}:5: field 4 (cameo) '' is not a CAMEO code", errors[1]);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void AMissingFileIsAnError()
    {
        var (rows, errors) = GoldFile.Read("/nonexistent/gold.tsv", sentences: false);
        Assert.Empty(rows);
        Assert.StartsWith("/nonexistent/gold.tsv: cannot read the gold file", Assert.Single(errors));
    }
}
