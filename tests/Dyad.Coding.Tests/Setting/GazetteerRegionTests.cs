using Dyad.Coding.Places;
using Dyad.Pipeline;

namespace Dyad.Coding.Tests.Setting;

public sealed class GazetteerRegionTests
{
    private static readonly Gazetteer s_gaz = Gazetteer.Default;

    // The places a sentence names, each resolved in the sentence's context (plus the given countries).
    private static List<(string Text, Place Place)> Places(string text, params string[] countries)
    {
        var doc = TextPipeline.Default.Process(text);
        var mentions = new List<PlaceMention>();
        s_gaz.Match(doc, 0, doc.TokenCount, mentions);
        var chosen = ToponymResolver.Resolve(s_gaz, doc, mentions.ToArray(), new HashSet<string>(countries));
        return [.. mentions.Select((m, k) => (text[doc.Tokens[m.FirstToken].Start..doc.Tokens[m.EndToken - 1].End], s_gaz[chosen[k]]))];
    }

    private static Place Place(string text, string name, params string[] countries) => Places(text, countries).Single(p => p.Text == name).Place;

    private static Place[] Candidates(string name)
    {
        var doc = TextPipeline.Default.Process($"Officials met in {name} on Monday.");
        var mentions = new List<PlaceMention>();
        s_gaz.Match(doc, 0, doc.TokenCount, mentions);
        return [.. mentions.Single().Candidates.Select(c => s_gaz[c])];
    }

    [Fact]
    public void FirstLevelRegionsHaveTheirFields()
    {
        var p = Place("Security forces raided a hideout in Balochistan.", "Balochistan");
        Assert.Equal(("adm1:PK.02", "Balochistan", PlaceType.Region, "PAK", "PK.02"), (p.Id, p.Name, p.Type, p.Country, p.Adm1));
        Assert.InRange(p.Lat, 24, 32);
        Assert.InRange(p.Lon, 60, 71);
        Assert.True(p.Population > 0);

        // A region the hand-written list did not have, and its name without the kind of division.
        var z = Place("Heavy rain flooded villages in Zabul.", "Zabul");
        Assert.Equal(("AFG", "AF.28", PlaceType.Region), (z.Country, z.Adm1, z.Type));
        Assert.Equal("AF.27", Place("Gunmen attacked a checkpoint in Maidan Wardak.", "Maidan Wardak").Adm1);
        Assert.Equal("NG.27", Place("Troops moved into Borno State overnight.", "Borno State").Adm1);
    }

    // GeoNames names several Philippine cities "X City"; news names them without it (tools/gazetteer/aliases.tsv).
    [Fact]
    public void PhilippineCitiesGoByTheirShortNames()
    {
        var makati = Place("Police raided an office tower in Makati on Tuesday.", "Makati");
        Assert.Equal(("PHL", PlaceType.City, "Makati City"), (makati.Country, makati.Type, makati.Name));
        Assert.Equal("PHL", Place("Troops patrolled the streets of Marawi.", "Marawi").Country);
    }

    // GeoNames gives Kosovo the user-assigned code XK, which ISO lists lack: its places are Kosovo's (XKX), not dropped.
    [Fact]
    public void KosovoHasItsPlaces()
    {
        Assert.Equal(("XKX", PlaceType.City), (Place("Police detained protesters in Pristina.", "Pristina").Country, Place("Police detained protesters in Pristina.", "Pristina").Type));
        Assert.Equal("XKX", Place("Serbs rallied in the northern town of Mitrovica.", "Mitrovica").Country);
        Assert.Equal(PlaceType.Country, Place("Troops were deployed in Kosovo.", "Kosovo").Type);
    }

    // A compass point or a geographic word alone names a region of the story's country, not Iceland's Northwest or Bay in
    // the Philippines; in a longer name it still counts.
    [Fact]
    public void GenericWordsAloneAreNoPlaces()
    {
        Assert.Empty(Places("Separatists attacked a convoy in the restive Northwest region."));
        Assert.Empty(Places("Al-Shabaab fighters seized a town in the Bay region."));
        Assert.Equal("PRK", Place("Troops massed near North Korea.", "North Korea").Country);
    }

    [Fact]
    public void CitiesKnowTheirRegion()
    {
        var quetta = Place("A bomb exploded in Quetta.", "Quetta");
        Assert.Equal("Balochistan", s_gaz.Region(quetta.Adm1)?.Name);
        Assert.Equal("Texas", s_gaz.Region(Place("Storms hit Houston.", "Houston").Adm1)?.Name);
        // Renumbered divisions (Vietnam merged its provinces in 2025) still hold their cities.
        Assert.NotNull(s_gaz.Region(Place("Floods struck Hue.", "Hue").Adm1));
    }

    [Theory]
    [InlineData("Xinjiang", "CN.13")]
    [InlineData("Balochistan", "PK.02")]
    [InlineData("Gaza Strip", "PS.GZ")]
    [InlineData("West Bank", "PS.WE")]
    [InlineData("Tigray", "ET.53")]
    [InlineData("Oromia", "ET.51")]
    [InlineData("Crimea", "UA.11")]
    [InlineData("Texas", "US.TX")]
    public void HandWrittenRegionsMergeWithTheirDivision(string name, string adm1)
    {
        var region = Assert.Single(Candidates(name), p => p.Type == PlaceType.Region);
        Assert.Equal((adm1, "adm1:" + adm1), (region.Adm1, region.Id));
        // "Donetsk region" and GeoNames' "Donetsk" oblast are one place.
        Assert.Same(Candidates("Donetsk Region").Single(), Candidates("Donetsk Oblast").Single());
    }

    [Theory]
    [InlineData("Donbas")]
    [InlineData("Darfur")]
    [InlineData("Kashmir")]
    [InlineData("Waziristan")]
    public void NewsAreasThatAreNotDivisionsStay(string name) =>
        Assert.Contains(Candidates(name), p => p.Type == PlaceType.Region && p.Id.StartsWith("dyad:", StringComparison.Ordinal));

    [Theory]
    [InlineData("A factory closed in Springfield, Illinois, last year.", "Springfield", "USA", "US.IL")]
    [InlineData("A factory closed in Springfield, Massachusetts, last year.", "Springfield", "USA", "US.MA")]
    [InlineData("Police detained two men in Hyderabad, Sindh, on Friday.", "Hyderabad", "PAK", "PK.05")]
    [InlineData("Police detained two men in Hyderabad, Telangana, on Friday.", "Hyderabad", "IND", "IN.40")]
    [InlineData("A blast struck a market in Quetta, Balochistan.", "Quetta", "PAK", "PK.02")]
    [InlineData("Crowds marched in Victoria, British Columbia.", "Victoria", "CAN", "CA.02")]
    [InlineData("Students rallied in Córdoba, Spain.", "Córdoba", "ESP", "ES.51")]
    public void CityQualifiedByItsRegion(string sentence, string name, string country, string adm1)
    {
        var p = Place(sentence, name);
        Assert.Equal((PlaceType.City, country, adm1), (p.Type, p.Country, p.Adm1));
    }

    [Fact]
    public void TheQualifierIsTheRegionThatHoldsTheCity()
    {
        var georgia = Place("Voters queued in Atlanta, Georgia, before dawn.", "Georgia");
        Assert.Equal((PlaceType.Region, "US.GA"), (georgia.Type, georgia.Adm1));
        var punjab = Place("Farmers protested in Amritsar, Punjab, on Tuesday.", "Punjab");
        Assert.Equal("IN.23", punjab.Adm1);
    }

    [Fact]
    public void RegionsInTheSentenceHoldItsCities()
    {
        Assert.Equal("PAK", Place("Rangers patrolled Hyderabad after the riots spread across Sindh province.", "Hyderabad").Country);
        Assert.Equal("IND", Place("Rangers patrolled Hyderabad after the riots spread across Telangana.", "Hyderabad").Country);
    }

    [Theory]
    [InlineData("Talks resumed in Georgia.", "Georgia", PlaceType.Country, "GEO")]
    [InlineData("Talks resumed in Victoria.", "Victoria", PlaceType.Region, "AUS")]
    [InlineData("Talks resumed in Córdoba.", "Córdoba", PlaceType.City, "ARG")]
    [InlineData("Talks resumed in Baghdad.", "Baghdad", PlaceType.City, "IRQ")]
    [InlineData("Fighting spread across Baghdad province.", "Baghdad", PlaceType.Region, "IRQ")]
    [InlineData("Talks resumed in Washington.", "Washington", PlaceType.City, "USA")]
    [InlineData("Wildfires burned in Washington state.", "Washington", PlaceType.Region, "USA")]
    [InlineData("Clashes erupted in Idlib.", "Idlib", PlaceType.City, "SYR")]
    [InlineData("Clashes erupted across Idlib province.", "Idlib", PlaceType.Region, "SYR")]
    [InlineData("Peshmerga forces deployed in Kurdistan.", "Kurdistan", PlaceType.Region, "IRQ")]
    [InlineData("Crowds gathered in New York.", "New York", PlaceType.City, "USA")]
    [InlineData("Aid trucks reached Gaza.", "Gaza", PlaceType.City, "PSE")]
    [InlineData("Aid trucks reached the Gaza Strip.", "Gaza Strip", PlaceType.Region, "PSE")]
    [InlineData("Bandits raided a school in Nigeria's Kebbi state.", "Kebbi", PlaceType.Region, "NGA")]
    public void AmbiguousNames(string sentence, string name, PlaceType type, string country)
    {
        var p = Place(sentence, name);
        Assert.Equal((type, country), (p.Type, p.Country));
    }

    [Fact]
    public void DivisionsNamedByCommonWordsNeedTheirKind()
    {
        // Ghana's "Central" and Nigeria's "Delta" are not every capitalised "Central" and "Delta".
        Assert.DoesNotContain(Places("Envoys toured Central Asia and the Niger Delta."), p => p.Place.Type == PlaceType.Region && p.Text is "Central" or "Delta");
        Assert.Equal("GH.04", Place("Floods hit Ghana's Central Region.", "Central Region").Adm1);
        Assert.Equal("NG.36", Place("Militants blew up a pipeline in Delta State.", "Delta State").Adm1);
        Assert.Equal("ZA.03", Place("Mines closed in the Free State.", "Free State").Adm1);
    }

    [Theory]
    [InlineData("PAK", "PK.04")]
    [InlineData("IND", "IN.23")]
    public void PunjabBelongsToTheActorsCountry(string actorCountry, string adm1)
    {
        var p = Place("Floods swept through Punjab.", "Punjab", actorCountry);
        Assert.Equal((PlaceType.Region, adm1), (p.Type, p.Adm1));
    }

    // GeoNames divides these territories into no first-level regions: city-states and small islands.
    private static readonly HashSet<string> s_undivided =
        ["VAT", "SGP", "GIB", "ABW", "CUW", "SXM", "MAF", "BLM", "VGB", "TCA", "FLK", "SGS", "NFK", "PCN", "CXR", "CCK", "NIU", "ATA"];

    [Fact]
    public void EveryCountryHasARegion()
    {
        var withRegion = new HashSet<string>();
        var countries = new List<string>();
        for (int i = 0; i < s_gaz.Count; i++)
        {
            var p = s_gaz[i];
            if (p.Type == PlaceType.Country) countries.Add(p.Country!);
            else if (p.Type == PlaceType.Region && p.Country is { } c) withRegion.Add(c);
        }
        Assert.True(countries.Count > 230, $"{countries.Count} countries");
        var missing = countries.Where(c => !withRegion.Contains(c) && !s_undivided.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "no region: " + string.Join(' ', missing));
        int regions = Enumerable.Range(0, s_gaz.Count).Count(i => s_gaz[i].Id.StartsWith("adm1:", StringComparison.Ordinal));
        Assert.InRange(regions, 3500, 4200);
    }

    [Fact]
    public void EventsInARegionCarryItsFields()
    {
        var coder = new EventCoder(Dyad.Coding.Dictionaries.DictionarySet.Default);
        var doc = TextPipeline.Default.Process("Taliban militants attacked Pakistani troops in Quetta, Balochistan.");
        var e = Assert.Single(coder.Code(doc, new DocumentInfo("test") { Published = new DateOnly(2026, 1, 6) }));
        Assert.Equal(("Quetta", "PAK", "PK.02", "city"), (e.Location!.Name, e.Location.Country, e.Location.Adm1, e.Location.Type));
    }

    // A natural feature named after a town is not the town; a short acronym is a place only when it is a country's.
    [Fact]
    public void FeaturesAndAcronymsAreNotTownsOfTheirName()
    {
        Assert.DoesNotContain(Places("Chinese ships blocked a Philippine boat near Scarborough Shoal."), p => p.Text == "Scarborough");
        Assert.DoesNotContain(Places("The UN Security Council met in New York."), p => p.Text == "UN");
        Assert.Equal(PlaceType.Country, Place("UK troops arrived in Estonia.", "UK").Type);
        Assert.Contains(Places("Protesters marched in Scarborough on Saturday."), p => p.Text == "Scarborough");
    }
}
