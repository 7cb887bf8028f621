using System.Diagnostics;
using Dyad.Coding.Places;
using Dyad.Coding.Records;
using Dyad.Coding.Setting;
using Dyad.Numbers;
using Dyad.Pipeline;

namespace Dyad.Coding.Tests.Setting;

public sealed class EventSettingTests
{
    // Dating is tested on old events too: background events are kept (CoderOptions.BackgroundDays).
    private static readonly EventCoder s_coder = new(Dyad.Coding.Dictionaries.DictionarySet.Default, new CoderOptions { BackgroundDays = null });
    // A host's guest also made a visit (042) when meetings are coded both ways.
    private static readonly EventCoder s_mutual = new(Dyad.Coding.Dictionaries.DictionarySet.Default, new CoderOptions { BackgroundDays = null, MutualConsultations = true });

    private static List<EventRecord> Code(string text, string? published = "2026-01-06", bool mutual = false)
    {
        var doc = TextPipeline.Default.Process(text);
        var info = new DocumentInfo("test") { Published = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture) };
        return (mutual ? s_mutual : s_coder).Code(doc, info);
    }

    [Theory]
    [InlineData("The Kenyan opposition, formed by lawmakers ousted in the 2021 coup, called on Uganda to free the prisoners.")]
    [InlineData("Somali rebels overran villages that Kenyan forces captured in 2022.")]
    [InlineData("Kenya's president and Uganda's president discussed the war in Sudan, where the army has fought rebels since 2023.")]
    // "the first ... since": the date is where the comparison starts.
    [InlineData("Kenyan and Ugandan ministers held talks in Nairobi, their first meeting since the border war in May 2024.")]
    // A determined month and year names the noun's event, even after a time preposition.
    [InlineData("Kenya condemned Uganda over the killing of protesters by Ugandan police after the October 2025 elections.")]
    public void ADateThatModifiesANounDoesNotDateTheEvent(string text)
    {
        var events = Code(text, "2025-12-03");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(("2025-12-03", "published"), (e.EventDate, e.DateBasis)));
    }

    [Fact]
    public void ClauseDateRangeAndHostPlace()
    {
        var events = Code("Beijing hosted Pakistan's foreign minister from January 3 to 5, 2026, for talks.", mutual: true);
        var e = Assert.Single(events, x => x.Cameo == "043");
        // The guest's visit (042) shares the host's dates and place.
        var visit = Assert.Single(events, x => x.Cameo == "042");
        Assert.Equal((e.EventDate, e.EventDateEnd, e.Location!.Name), (visit.EventDate, visit.EventDateEnd, visit.Location!.Name));
        Assert.Equal(("2026-01-03", "2026-01-05", "day", "text"), (e.EventDate, e.EventDateEnd, e.DatePrecision, e.DateBasis));
        Assert.Equal(("Beijing", "CHN", "city", "clause"), (e.Location!.Name, e.Location.Country, e.Location.Type, e.Location.Basis));
        Assert.Equal("CHNGOV", e.Source.Code);
    }

    [Fact]
    public void UndatedEventsContinueARecentEpisode()
    {
        var events = Code("Nairobi hosted Uganda's foreign minister from January 3 to 5, 2026. Both sides vowed to reopen the border. "
            + "In 1995, Uganda accused Kenya of harbouring rebels. Kenya denied the charge. Uganda later thanked Kenya.");
        var vow = events.Where(e => e.SentenceIndex == 1).ToList();
        Assert.NotEmpty(vow);
        Assert.All(vow, e => Assert.Equal(("2026-01-03", "2026-01-05", "context"), (e.EventDate, e.EventDateEnd, e.DateBasis)));
        // A date long before publication is background: it does not carry over to later sentences.
        var old = Assert.Single(events, e => e.SentenceIndex == 2);
        Assert.Equal(("1995", "text"), (old.EventDate, old.DateBasis));
        Assert.All(events.Where(e => e.SentenceIndex == 4), e => Assert.NotEqual("1995", e.EventDate));
    }

    [Fact]
    public void YearModifyingANounDoesNotDateTheEvent()
    {
        // "the 1990 uprising" dates the uprising; the demand is today's, and Ruto is coded as president.
        var e = Assert.Single(Code("Kenyan protesters marched on the anniversary of the 1990 Saba Saba uprising, demanding that President William Ruto resign.", "2025-07-08"));
        Assert.Equal(("2025-07-08", "published", "KENGOV"), (e.EventDate, e.DateBasis, e.Target?.Code));
        var own = Assert.Single(Code("In 2019, Uganda accused Kenya of breaching the 2015 border deal.", "2025-07-08"));
        Assert.Equal(("2019", "text"), (own.EventDate, own.DateBasis));
    }

    [Fact]
    public void MonthGoverningTheClause()
    {
        var e = Assert.Single(Code("In March 2025, Kenya arrested Abdi Farah Warsame."));
        Assert.Equal(("2025-03", "month", "text"), (e.EventDate, e.DatePrecision, e.DateBasis));
        Assert.Equal(1, e.Arrested);
        Assert.Null(e.Location);
    }

    [Fact]
    public void NoDateInTheTextFallsBackToPublication()
    {
        var e = Assert.Single(Code("Pakistan condemned India."));
        Assert.Equal(("2026-01-06", "published"), (e.EventDate, e.DateBasis));
    }

    [Fact]
    public void DatelineGivesDateAndPlace()
    {
        var e = Assert.Single(Code("ISLAMABAD, Jan 5 (Reuters) - Pakistan condemned India.", "2026-01-06"));
        Assert.Equal(("2026-01-05", "dateline"), (e.EventDate, e.DateBasis));
        Assert.Equal(("ISLAMABAD", "Reuters"), (e.Doc!.Dateline, e.Doc.Source));
        Assert.Equal(("Islamabad", "PAK", "dateline"), (e.Location!.Name, e.Location.Country, e.Location.Basis));
    }

    [Theory]
    [InlineData("2026-01-06", "2026-01-05")]
    [InlineData("2025-03-18", "2025-03-17")]
    public void RelativeDateDependsOnPublication(string published, string expected)
    {
        var e = Assert.Single(Code("Pakistan condemned India yesterday.", published));
        Assert.Equal((expected, "text"), (e.EventDate, e.DateBasis));
    }

    [Fact]
    public void TrailerSuppliesPublicationDate()
    {
        var events = Code("Pakistan condemned India on Saturday.\nPublished in Dawn, January 6th, 2026", null);
        var e = Assert.Single(events);
        Assert.Equal("2026-01-03", e.EventDate);
        Assert.Equal(("2026-01-06", "trailer", "Dawn"), (e.Doc!.Published, e.Doc.PublishedBasis, e.Doc.Source));
    }

    [Fact]
    public void ExplicitDateWinsOverTrailer()
    {
        var doc = TextPipeline.Default.Process("Pakistan condemned India.\nPublished in Dawn, January 6th, 2026");
        var info = EventSetting.Complete(doc, new DocumentInfo("t") { Published = new DateOnly(2026, 2, 1), PublishedBasis = "option" });
        Assert.Equal((new DateOnly(2026, 2, 1), "option"), (info.Published, info.PublishedBasis));
        Assert.Equal(new DateOnly(2026, 1, 6), info.Article!.Published!.Value.Value);
    }

    [Fact]
    public void CasualtiesAttachToTheEventThatCausedThem()
    {
        var e = Assert.Single(Code("Taliban militants attacked Pakistani troops in Quetta, killing five soldiers and wounding 12."));
        Assert.Equal((5, 12), (e.Fatalities, e.Injured));
        Assert.Equal(("Quetta", "PAK", "clause"), (e.Location!.Name, e.Location.Country, e.Location.Basis));
    }

    [Theory]
    [InlineData("Paris", "FRA")]
    [InlineData("Paris, Texas", "USA")]
    [InlineData("Hyderabad, Pakistan", "PAK")]
    [InlineData("Hyderabad", "IND")]
    public void AmbiguousPlaces(string place, string country)
    {
        var e = Assert.Single(Code($"Kenya condemned Uganda in {place}."));
        Assert.Equal(country, e.Location!.Country);
    }

    [Fact]
    public void ActorCountriesSteerAmbiguousPlaces()
    {
        // Hyderabad alone is India's larger city, but in a story about Pakistani actors it is Sindh's.
        var e = Assert.Single(Code("Pakistani police arrested Mohammad Sharifullah in Hyderabad. Pakistan condemned the attack in Karachi."));
        Assert.Equal("PAK", e.Location!.Country);
    }

    [Fact]
    public void GazetteerLoadsQuickly()
    {
        var sw = Stopwatch.StartNew();
        var g = Gazetteer.Default;
        sw.Stop();
        Assert.True(g.Count > 20000, $"{g.Count} places");
        Assert.True(sw.ElapsedMilliseconds < 2000, $"{sw.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("The US released USD 397 million.", "money 397000000 USD")]
    [InlineData("China pledged $62bn to the corridor.", "money 62000000000 USD")]
    [InlineData("Pakistan allocated Rs 5 billion.", "money 5000000000 PKR")]
    [InlineData("The bank lent €1.2 trillion.", "money 1200000000000 EUR")]
    [InlineData("The plants added 7,000 MW to the grid.", "quantity 7000 mw")]
    [InlineData("India deployed 2,000 troops.", "quantity 2000 troop")]
    [InlineData("The blast killed five Chinese nationals.", "quantity 5 national")]
    public void Amounts(string sentence, string expected)
    {
        var doc = TextPipeline.Default.Process(sentence);
        var found = new List<Amount>();
        AmountRecognizer.Find(doc.Tokens, 0, doc.TokenCount, found, sentence.Contains("Pakistan") ? "PKR" : "INR");
        var a = Assert.Single(found);
        Assert.Equal(expected, $"{(a.Kind == AmountKind.Money ? "money" : "quantity")} {a.Value:0} {a.Unit}");
    }

    [Theory]
    [InlineData("A 2023 ambush killed five Kenyan soldiers.", "Killed 5")]
    [InlineData("At least 12 people were killed and 30 wounded.", "Killed 12, Injured 30")]
    [InlineData("Police arrested two suspects.", "Arrested 2")]
    [InlineData("The floods displaced 10,000 people.", "Displaced 10000")]
    [InlineData("The death toll rose to 40.", "Killed 40")]
    public void Casualties(string sentence, string expected)
    {
        var doc = TextPipeline.Default.Process(sentence);
        var found = new List<Casualty>();
        CasualtyReader.Find(doc.Tokens, 0, doc.TokenCount, found);
        Assert.Equal(expected, string.Join(", ", found.Select(c => $"{c.Kind} {c.Count}")));
    }
}
