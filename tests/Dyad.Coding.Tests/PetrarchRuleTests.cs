using Dyad.Coding.Dictionaries;
using Dyad.Coding.Petrarch;
using Dyad.Pipeline;

namespace Dyad.Coding.Tests;

/// <summary>Coding rules met in PETRARCH-style dictionaries, on sentences and tiny dictionaries written for these tests.</summary>
public sealed class PetrarchRuleTests
{
    private static readonly Lazy<DictionarySet> s_dicts = new(() => PetrarchDictionaries.Load(Path.Combine(AppContext.BaseDirectory, "Specs", "petrarch-rules")));

    private static string[] Code(string text, CoderOptions? options = null)
    {
        var coder = new EventCoder(s_dicts.Value, options ?? CoderOptions.Petrarch);
        var doc = TextPipeline.Default.Process(text);
        var events = coder.Code(doc, new DocumentInfo("test") { Published = new DateOnly(2021, 3, 5) });
        return [.. events.Select(e => $"{e.Source.Code} {e.Target?.Code ?? "---"} {e.Cameo}").Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void AgentsTakeEachCountryOfACoordinatedOfPhrase()
    {
        Assert.Equal(["BRNGOV TDW 051", "KASGOV TDW 051", "VELGOV TDW 051"], Code("The envoys of Veloria, Kastor and Brenna praised Tidewatch."));
        Assert.Equal(["KASLEG BRN 051", "VELLEG BRN 051"], Code("Lawmakers in Veloria and Kastor praised Brenna."));
        Assert.Equal(["KASGOV BRN 051", "KASLEG BRN 051", "VELGOV BRN 051", "VELLEG BRN 051"], Code("Lawmakers and officials in Veloria and Kastor praised Brenna."));
    }

    [Fact]
    public void FormerOfficeHoldersAreElites()
    {
        Assert.Equal(["VELELI KAS 051"], Code("Former Veloria prosecutors praised Kastor."));
        Assert.Equal(["VELELI KAS 051"], Code("Former officials in Veloria praised Kastor."));
        Assert.Equal(["VELJUD KAS 051"], Code("Former Veloria prosecutors praised Kastor.", CoderOptions.Petrarch with { FormerIsElite = false }));
    }

    [Fact]
    public void CompoundSlotBeforeTheVerbCodesAmongTheMembers() =>
        Assert.Equal(["KAS VEL 191", "VEL KAS 191"], Code("Veloria and Kastor have postponed their meeting after a storm over Brenna."));

    [Fact]
    public void CompoundSlotAfterTheVerbIsTheTargetOfTheSubject() =>
        Assert.Equal(["VEL BRN 031", "VEL KAS 031"], Code("Veloria agrees with Kastor and Brenna that the dispute should end."));

    [Fact]
    public void PronounSubjectOfAComplementIsTheSubjectItCompletes()
    {
        Assert.Equal(["VEL KAS 1010"], Code("Veloria indicated it would act now with Kastor."));
        // Two countries are not "it", but they are "they".
        Assert.Empty(Code("Veloria and Brenna indicated it would act now with Kastor."));
        Assert.Equal(["BRN KAS 1010", "VEL KAS 1010"], Code("Veloria and Brenna indicated they would act now with Kastor."));
    }

    [Fact]
    public void ReportingVerbsAreCodedInPetrarchMode()
    {
        var noDyad = CoderOptions.Petrarch with { RequireTarget = false };
        Assert.Equal(["---GOV --- 023", "VEL KAS 051"], Code("Veloria praised Kastor, a senior official said.", noDyad));
        Assert.Equal(["VEL KAS 051"], Code("Veloria praised Kastor, a senior official said.", noDyad with { CodeReportingVerbs = false }));
    }

    [Fact]
    public void TheSpeakerOfALaterReportingClauseIsNotATarget() =>
        Assert.Empty(Code("Veloria is about to praise the plan, a Kastor official said."));

    [Fact]
    public void ANegationInThePatternIsNotANegatedEvent() =>
        Assert.Equal(["VEL KAS 906"], Code("Veloria won't try to clash over the border with Kastor."));

    [Fact]
    public void TheFirstNameOfAPhraseWinsInPetrarchMode()
    {
        Assert.Equal(["VELGOV BRN 051"], Code("Veloria's envoy Kastor praised Brenna."));
        Assert.Equal(["KASGOV BRN 051"], Code("Veloria's envoy Kastor praised Brenna.", CoderOptions.Petrarch with { FirstNameWins = false }));
    }

    [Fact]
    public void TheTargetIsTheFirstActorAfterTheVerbInPetrarchMode() =>
        Assert.Equal(["VELGOV KAS 032:033"], Code("The envoy of Veloria left for Kastor on Monday for talks with Brenna."));

    [Fact]
    public void ACaretSkipsANounPhraseBeforeTheSlot() =>
        Assert.Equal(["VEL KAS 045"], Code("Veloria has celebrated the feast in Brenna with the people of Kastor."));
}
