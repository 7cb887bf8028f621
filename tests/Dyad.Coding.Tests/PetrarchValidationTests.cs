using Dyad.Coding.Petrarch;

namespace Dyad.Coding.Tests;

public sealed class PetrarchValidationTests
{
    private static readonly string Records = Path.Combine(PetrarchReaderTests.Dir, "Test.records.xml");

    [Fact]
    public void RecordsAreReadWithoutCommentedOnes()
    {
        var f = PetrarchRecords.Read(Records);
        Assert.Equal(["T-01", "T-02", "T-03", "T-04", "T-05"], f.Records.Select(r => r.Id));
        Assert.Equal("Test.verbs.txt", f.Environment["Verbfile"]);
        Assert.Equal(new DateOnly(2021, 3, 5), f.Records[0].Date);
        Assert.Equal("Veloria praised Kastor.", f.Records[0].Text);
        Assert.Equal([new EventTriple("VEL", "KAS", "031"), new EventTriple("KAS", "VEL", "032")], f.Records[1].Expected);
        Assert.True(f.Records[2].NoEvents);
        Assert.Equal("sentencediscard", f.Records[3].Error);
    }

    [Fact]
    public void BadXmlNamesTheLine()
    {
        var ex = Assert.Throws<PetrarchFormatException>(() => PetrarchRecords.Read(new StringReader("<Validation>\n<Sentences>\n<Sentence id=\"x\">\n</Sentences>"), "bad.xml"));
        Assert.Matches(@"^bad\.xml:\d+: ", ex.Message);
    }

    [Fact]
    public void MissingTextIsAnError()
    {
        var ex = Assert.Throws<PetrarchFormatException>(() => PetrarchRecords.Read(new StringReader("<Validation>\n<Sentence id=\"x\" date=\"20200101\" category=\"A\"></Sentence></Validation>"), "f.xml"));
        Assert.Contains("f.xml:2:", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T-01", true)]   // a verb block's own code
    [InlineData("T-02", true)]   // a paired code gives the reverse event
    [InlineData("T-03", true)]   // noevents
    [InlineData("T-04", true)]   // a discard phrase codes nothing
    [InlineData("T-05", false)]  // a wrong expectation fails
    public void RecordsPassOrFail(string id, bool passes)
    {
        var f = PetrarchRecords.Read(Records);
        var validator = new PetrarchValidator(PetrarchDictionaries.Load(f.DictionaryFiles(PetrarchReaderTests.Dir)!));
        var r = validator.Validate(f.Records.Single(x => x.Id == id));
        Assert.Equal(passes, r.Passed);
    }
}
