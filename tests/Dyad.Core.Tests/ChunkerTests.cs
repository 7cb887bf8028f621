using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Core.Tests;

public sealed class ChunkerTests
{
    // Base NPs (NPs with no NP inside) as "[a b c]" strings, in order of their first token.
    private static string BaseNounPhrases(string sentence)
    {
        var doc = TextPipeline.Default.Process(sentence);
        var phrases = doc.Phrases;
        var spans = new List<(int First, int End)>();
        for (int p = 0; p < phrases.Length; p++)
        {
            if (phrases[p].Kind != PhraseKind.NP) continue;
            bool hasNpChild = false;
            for (int c = 0; c < phrases.Length; c++)
                if (phrases[c].Parent == p && phrases[c].Kind == PhraseKind.NP) hasNpChild = true;
            if (!hasNpChild) spans.Add((phrases[p].FirstToken, phrases[p].EndToken));
        }
        spans.Sort();
        return string.Join(' ', spans.Select(s => "[" + string.Join(' ', Enumerable.Range(s.First, s.End - s.First).Select(k => doc.Token(k).Text)) + "]"));
    }

    [Theory]
    [InlineData("China and Pakistan signed a deal.", "[China] [Pakistan] [a deal]")]
    [InlineData("Food reached thousands of displaced civilians.", "[Food] [thousands] [displaced civilians]")]
    [InlineData("Envoys from Chad, Niger and Mali met.", "[Envoys] [Chad] [Niger] [Mali]")]
    [InlineData("The Arnor Freedom Movement (AFM) rebels met.", "[The Arnor Freedom Movement ( AFM ) rebels]")]
    public void CoordinationGivesOneBaseNounPhrasePerConjunct(string sentence, string expected) => Assert.Equal(expected, BaseNounPhrases(sentence));

    // The subject of the clause whose verb is the given word, as written, with its clause kind.
    private static string SubjectOf(string sentence, string verb)
    {
        var doc = TextPipeline.Default.Process(sentence);
        for (int c = 0; c < doc.ClauseCount; c++)
        {
            ref var cl = ref doc.ClauseRef(c);
            if (doc.Token(doc.PhraseRef(cl.Verb).Head).Text != verb) continue;
            if (cl.Subject < 0) return cl.Kind + ": -";
            ref var s = ref doc.PhraseRef(cl.Subject);
            return cl.Kind + ": " + string.Join(' ', Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).Select(k => doc.Token(k).Text));
        }
        return "no clause";
    }

    [Theory]
    [InlineData("Officials said that India and China attacked Nepal.", "attacked", "Complement: India and China")]
    [InlineData("Kenya believes Uganda and Rwanda can cope with the drought.", "cope", "Complement: Uganda and Rwanda")]
    [InlineData("Neither Kenya nor Uganda signed the deal.", "signed", "Main: Kenya nor Uganda")]
    [InlineData("Kenya met Uganda and Rwanda signed the deal.", "signed", "Main: Rwanda")]
    [InlineData("Kenya and Uganda welcome a resumption of talks.", "welcome", "Main: Kenya and Uganda")]
    // A headline ending in a verb is no verb of saying before the next sentence's list.
    [InlineData("Border row deepens\n\nGhana, Togo and Benin recalled their envoys.", "recalled", "Main: Ghana , Togo and Benin")]
    [InlineData("The International Atomic Energy Agency (IAEA) criticized Iran.", "criticized", "Main: The International Atomic Energy Agency")]
    [InlineData("Pakistan and the European Union (EU) signed a trade deal.", "signed", "Main: Pakistan and the European Union")]
    [InlineData("On Saturday, Ghanaian and Togolese troops staged a drill.", "staged", "Main: Ghanaian and Togolese troops")]
    [InlineData("Ama Mensah, the sister of leader Kofi Mensah, warned Accra.", "warned", "Main: Ama Mensah , the sister of leader Kofi Mensah")]
    [InlineData("The Kenyan envoy for Sudan, Ama Mensah, met the rebels.", "met", "Main: The Kenyan envoy for Sudan , Ama Mensah")]
    [InlineData("The envoy of Ghana to Togo, Kofi Mensah, praised Benin.", "praised", "Main: The envoy of Ghana to Togo , Kofi Mensah")]
    // An apposition inside a PP ("in Mali, the neighbour of Niger,") leaves the subject the noun the PP modifies.
    [InlineData("Troops in Mali, the neighbour of Niger, attacked a base.", "attacked", "Main: Troops")]
    [InlineData("Ama Mensah said the raid showed that Togo preferred war and called on Benin to mediate.", "called", "Main: Ama Mensah")]
    [InlineData("Ama Mensah said Togo attacked the border post and killed two guards.", "killed", "Complement: Togo")]
    [InlineData("Ama Mensah accused the Togolese envoy of backing the rebels and called on him to resign.", "called", "Main: Ama Mensah")]
    [InlineData("The council, formed by lawmakers ousted in the coup, condemned the raid.", "condemned", "Main: The council")]
    [InlineData("Ghana said its troops were not involved in the fighting and blamed Togolese militias for the raid.", "blamed", "Main: Ghana")]
    [InlineData("Fighters loyal to the former governor seized the town.", "seized", "Main: Fighters")]
    [InlineData("A car bomb blamed on separatists killed at least six soldiers in Quetta.", "killed", "Main: A car bomb")]
    [InlineData("A car bomb blamed on separatists killed at least six soldiers in Quetta.", "blamed", "Participial: A car bomb")]
    [InlineData("Demonstrators marched on the legislature, and police fired tear gas.", "fired", "Main: police")]
    [InlineData("Kenya, which brokered the deal that restored ties between Ghana and Togo, praised both countries.", "praised", "Main: Kenya")]
    // An apposition carrying its own relative clause, and a short parenthesis before the comma.
    [InlineData("The Rohan Front, an armed group that controls much of the hills, accused Gondor of shelling villages.", "accused", "Main: The Rohan Front")]
    [InlineData("The Rohan Liberation Front (RLF), an armed group that controls much of the hills, accused Gondor of shelling villages.", "accused", "Main: The Rohan Liberation Front")]
    [InlineData("The Rohan Liberation Front (RLF), which controls the hills, accused Gondor of shelling villages.", "accused", "Main: The Rohan Liberation Front")]
    // A name whose apposition carries a "who" clause: name and apposition together are the subject of both verbs.
    [InlineData("Ama Mensah, the Rohan cleric who leads the council in Minas, accused Gondor of shelling villages.", "accused", "Main: Ama Mensah , the Rohan cleric")]
    [InlineData("Ama Mensah, the Rohan cleric who leads the council in Minas, accused Gondor of shelling villages.", "leads", "Relative: Ama Mensah , the Rohan cleric")]
    [InlineData("Rebel leader Kofi Mensah, in a video posted on social media, accused Accra of lying.", "accused", "Main: Rebel leader Kofi Mensah")]
    [InlineData("Gondor rebels linked to the Arnor Front killed twelve villagers.", "killed", "Main: Gondor rebels")]
    [InlineData("In the Gondorian city of Minas, Arnor officials and the Rohan Front held talks.", "held", "Main: Arnor officials and the Rohan Front")]
    [InlineData("The Gondor Liberation Front (GLF) fighters shelled Minas on Friday.", "shelled", "Main: The Gondor Liberation Front ( GLF ) fighters")]
    [InlineData("Arnor's trade ministry said it \"firmly opposed\" the tariffs and urged Gondor to drop them.", "opposed", "Complement: it")]
    [InlineData("Arnor warned that Gondor would \"act with full force\" if Rohan moved, and accused Rohan of lying.", "act", "Complement: Gondor")]
    // "that" with no subject of its own is a relative pronoun on the noun before it, not a complementizer.
    [InlineData("The Arnor Front claimed responsibility for a bombing that killed four guards.", "killed", "Relative: a bombing")]
    // A pronoun subject right after a noun, its verb with no object, starts a relative with no pronoun of its own; not
    // after a verb of telling.
    [InlineData("Arnor asked Gondor to lift the tariffs it imposed on Rohan last year.", "imposed", "Relative: it")]
    [InlineData("Arnor told reporters it withdrew from the talks.", "withdrew", "Complement: it")]
    [InlineData("Arnor closed the border this week it said on Monday.", "said", "Main: it")]
    // A speech act after a relative clause is the main clause's speaker's.
    [InlineData("Gondor denied a role in a raid that damaged Rohan's dams, calling the charge absurd.", "calling", "Participial: Gondor")]
    // A participle's object may be a list: "carrying rice, water and tents docked" is the ships' docking.
    [InlineData("Two Gondorian ships carrying rice, water and tents docked in Minas.", "docked", "Main: Two Gondorian ships")]
    [InlineData("Arnor warned that Gondor would \"act with full force\" if Rohan moved, and accused Rohan of lying.", "accused", "Main: Arnor")]
    [InlineData("Arnor warned that Gondor would \"not stand idle\" if Rohan moved.", "stand", "Complement: Gondor")]
    [InlineData("Arnor has designated the Rohan Front a terrorist group and this week imposed sanctions on its leaders.", "imposed", "Main: Arnor")]
    [InlineData("Arnor demanded the release of two Gondorian citizens detained in Rohan.", "detained", "Participial: two Gondorian citizens")]
    [InlineData("Dozens of Gondorian prisoners held in Arnor jails began a hunger strike.", "began", "Main: Dozens")]
    [InlineData("Dozens of Gondorian prisoners held in Arnor jails began a hunger strike.", "held", "Participial: Dozens")]
    [InlineData("Hackers working for Arnor intelligence launched a cyberattack on Gondor.", "launched", "Main: Hackers")]
    // A bare -ing participle with its object, or with its own infinitive, modifies the noun before it.
    [InlineData("Protesters demanding the release of Kofi Mensah stormed the Gondorian parliament.", "stormed", "Main: Protesters")]
    [InlineData("Protesters demanding the release of Kofi Mensah stormed the Gondorian parliament.", "demanding", "Participial: Protesters")]
    [InlineData("Rioters calling for the Gondorian president to go torched the offices of the ruling party.", "torched", "Main: Rioters")]
    // The noun before "by"/"against"/"across" is the subject; after a verb, such a noun is that verb's object.
    [InlineData("All rallies by the Arnor opposition were banned in Minas.", "banned", "Main: All rallies")]
    [InlineData("Police across Gondor were placed on high alert.", "placed", "Main: Police")]
    [InlineData("Gondorian farmers drove tractors into Minas to protest against the tariffs.", "protest", "Infinitive: Gondorian farmers")]
    [InlineData("A Gondorian aid convoy carrying food and medicine crossed into Arnor on Thursday.", "crossed", "Main: A Gondorian aid convoy")]
    // The verb after a subject relative (no comma) takes its antecedent, not the relative's object.
    [InlineData("Residents who reached the Gondorian border town of Minas said Arnorian soldiers had burned homes.", "said", "Main: Residents")]
    [InlineData("Residents who reached the Gondorian border town of Minas said Arnorian soldiers had burned homes.", "burned", "Complement: Arnorian soldiers")]
    // An apposition whose noun carries a prepositional phrase leaves the name before it the subject; a list does not.
    [InlineData("Kofi Mensah, the senior Arnorian adviser for Rohan, arrived in Minas on Tuesday.", "arrived", "Main: Kofi Mensah")]
    // With an auxiliary the -ing form is the verb: "are demanding" is no modifier.
    [InlineData("Protesters are demanding the release of Kofi Mensah.", "demanding", "Main: Protesters")]
    // A purpose infinitive after a thing-object verb takes the subject; a control verb's object stays the infinitive's subject.
    [InlineData("Gondorian farmers drove their tractors into Minas to protest against the tariffs.", "protest", "Infinitive: Gondorian farmers")]
    [InlineData("Arnor urged Gondor to protest against the tariffs.", "protest", "Infinitive: Gondor")]
    // A participle after a noun in a prepositional phrase is a reduced relative, also after a reporting verb.
    [InlineData("The Arnor Front claimed responsibility for the raid in a statement posted on social media.", "posted", "Participial: a statement")]
    // Whoever makes contact has the purpose.
    [InlineData("The Arnor president telephoned Kofi Mensah on Monday to express support.", "express", "Infinitive: The Arnor president")]
    [InlineData("The Gondorian ministry summoned the Arnorian envoy to protest against the arrests.", "protest", "Infinitive: The Gondorian ministry")]
    [InlineData("Gondorian riot police fired tear gas to disperse the crowd.", "disperse", "Infinitive: Gondorian riot police")]
    [InlineData("Kyrgyzstan insisted that Kazakhstan honour the accord.", "honour", "Complement: Kazakhstan")]
    [InlineData("Arnor's ambassador to the United Nations urged Gondor to resume talks.", "urged", "Main: Arnor 's ambassador")]
    // ", and" with a subject whose prepositional phrase comes before its verb coordinates clauses, not noun phrases.
    [InlineData("Rohan has not approved the deal, and lawmakers from the Arnor party accused Gondor of lying.", "accused", "Main: lawmakers")]
    // After "told" and the person told, a new subject starts what was said.
    [InlineData("The Rohan Front told mediators it would leave the talks.", "leave", "Complement: it")]
    // Across an interrupting participle, the subject is the noun its prepositional phrase modifies.
    [InlineData("The Arnor envoy for Rohan, speaking in Minas, urged Gondor to resume talks.", "urged", "Main: The Arnor envoy")]
    [InlineData("The Arnor envoy for Rohan, speaking in Minas, urged Gondor to resume talks.", "speaking", "Participial: The Arnor envoy")]
    [InlineData("Arnorian Minister of State Kofi Mensah, who is mediating the talks, urged both sides to respect the truce.", "mediating", "Relative: Arnorian Minister")]
    public void CoordinatedSubjectsOfComplements(string sentence, string verb, string expected) => Assert.Equal(expected, SubjectOf(sentence, verb));

    [Theory]
    // A finite verb after "and" joins the finite clause, not the reporting participle between ("saying ..., and accused").
    [InlineData("Gondor rejected the criticism, saying the elves had the right to live there, and accused Rohan of lying.", "accused", "Main: Gondor")]
    [InlineData("Gondor rejected the criticism, saying it was false, and accused Rohan of lying.", "accused", "Main: Gondor")]
    public void AFiniteVerbAfterAReportingParticipleJoinsTheMainClause(string sentence, string verb, string expected) => Assert.Equal(expected, SubjectOf(sentence, verb));

    [Theory]
    // After a comma, a participle's doer is the clause's whose object an -ing form before it describes.
    [InlineData("Farmers blocked the road linking Minas to the coast, demanding lower fuel prices.", "demanding", "Participial: Farmers")]
    // An apposition, then a time phrase, between the subject and its verb.
    [InlineData("Rohan's parliament, the Great Council, on Tuesday condemned Gondor.", "condemned", "Main: Rohan 's parliament , the Great Council")]
    // The one who has a plan carries it out: "had no plans to free" is not the plans' doing.
    [InlineData("Rohan said it had no plans to free the prisoners.", "free", "Infinitive: it")]
    // A reported clause may open with a reduced relative: its noun is the subject of the verb said.
    [InlineData("A spokesman said troops backed by allied militias had driven the rebels out of Edoras.", "driven", "Complement: troops")]
    [InlineData("A spokesman said troops backed by allied militias had driven the rebels out of Edoras.", "backed", "Participial: troops")]
    public void SubjectsAcrossReducedRelativesAndTimePhrases(string sentence, string verb, string expected) => Assert.Equal(expected, SubjectOf(sentence, verb));

    [Fact]
    public void AThatClauseAfterAReducedRelativeBelongsToTheReportingVerb()
    {
        var doc = TextPipeline.Default.Process("Ama Mensah warned in a statement carried by state media that Ghana would respond.");
        int warned = -1, respond = -1;
        for (int c = 0; c < doc.ClauseCount; c++)
        {
            string lemma = doc.Token(doc.PhraseRef(doc.ClauseRef(c).Verb).Head).Lemma;
            if (lemma == "warn") warned = c;
            if (lemma == "respond") respond = c;
        }
        Assert.True(warned >= 0 && respond >= 0);
        Assert.Equal(warned, doc.ClauseRef(respond).Parent);
    }

    [Theory]
    [InlineData("Pakistan's army arrested two suspects.", "[Pakistan 's] [two suspects]")]
    [InlineData("The minister's aides left.", "[The minister 's]")]
    [InlineData("China's economic and military aid reached Pakistan.", "[China 's] [Pakistan]")]
    public void PossessorIsItsOwnBaseNounPhrase(string sentence, string expected) => Assert.Equal(expected, BaseNounPhrases(sentence));

    [Fact]
    public void AppositionKeepsBothNounPhrases() =>
        Assert.Equal("[Ishaq Dar] [Pakistan 's] [the envoy]", BaseNounPhrases("Ishaq Dar, Pakistan's foreign minister, met the envoy."));

    [Fact]
    public void AppositionIsGroupedUnderOneNounPhrase()
    {
        var doc = TextPipeline.Default.Process("Ishaq Dar, a senior minister, met the envoy.");
        bool found = false;
        foreach (ref readonly var p in doc.Phrases)
            if (p.Kind == PhraseKind.NP && (p.Flags & PhraseFlags.Apposition) != 0 && doc.Token(p.FirstToken).Text == "Ishaq") found = true;
        Assert.True(found);
    }

    [Theory]
    [InlineData("Troops fired almost 50 shells at the town.", "[Troops] [almost 50 shells] [the town]")]
    [InlineData("Gunmen killed at least 30 soldiers near the town.", "[Gunmen] [at least 30 soldiers] [the town]")]
    [InlineData("Kenya deported more than 1,400 Somalis.", "[Kenya] [more than 1,400 Somalis]")]
    [InlineData("Ghana sent as many as 200 doctors.", "[Ghana] [as many as 200 doctors]")]
    [InlineData("The minister told reporters Rohan had closed the border.", "[The minister] [reporters] [Rohan] [the border]")]
    [InlineData("Kenya will host Uganda next week.", "[Kenya] [Uganda] [next week]")]
    [InlineData("They boycotted the parade supporting Gondor.", "[They] [the parade] [Gondor]")]
    public void NounPhraseBoundaries(string sentence, string expected) => Assert.Equal(expected, BaseNounPhrases(sentence));

    [Theory]
    [InlineData("The army attacked the camp in the valley.", "in", PhraseKind.VP)]
    [InlineData("The leader of the group was arrested.", "of", PhraseKind.NP)]
    public void PrepositionAttachment(string sentence, string preposition, PhraseKind site)
    {
        var doc = TextPipeline.Default.Process(sentence);
        var phrases = doc.Phrases;
        for (int p = 0; p < phrases.Length; p++)
        {
            if (phrases[p].Kind != PhraseKind.PP || doc.Token(phrases[p].Head).Text != preposition) continue;
            Assert.True(phrases[p].Attach >= 0);
            Assert.Equal(site, phrases[phrases[p].Attach].Kind);
            return;
        }
        Assert.Fail("no PP for " + preposition);
    }
}
