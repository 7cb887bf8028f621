namespace Dyad.Coding;

/// <summary>Switches of the coding rules. The defaults are Dyad's; <see cref="Petrarch"/> mimics PETRARCH's conventions.</summary>
public sealed record CoderOptions
{
    /// <summary>Only events with both a source and a target are coded (PETRARCH's require_dyad).</summary>
    public bool RequireTarget { get; init; } = true;

    /// <summary>
    /// Under <see cref="RequireTarget"/>, force posture (15) that faces nobody named ("staged naval drills", "raised
    /// its readiness") is still coded, with no target, as GDELT and event coders record it. PETRARCH drops it.
    /// </summary>
    public bool UntargetedForcePosture { get; init; } = true;

    /// <summary>Agents with no country ("police") code as "---" + role instead of no actor.</summary>
    public bool AgentWithoutCountry { get; init; }

    /// <summary>Agents with no country ("police", "protesters") in a story datelined in a country take that country.</summary>
    public bool DatelineCountry { get; init; } = true;

    /// <summary>Agents with no country take the country of a place in their own phrase ("police in Yangon") or of the sentence's locative places.</summary>
    public bool PlaceCountry { get; init; } = true;

    /// <summary>Agents with no country acted on by a country's actor ("Belarusian police detained journalists") belong to that country.</summary>
    public bool DomesticTargets { get; init; } = true;

    /// <summary>Agent words count only as nouns ("a firm date" names no business); PETRARCH matches them in any part of speech.</summary>
    public bool AgentsAreNouns { get; init; } = true;

    /// <summary>Pronouns and "both sides" resolve to earlier actors.</summary>
    public bool Coreference { get; init; } = true;

    /// <summary>"vowed/plans/agreed to X" and future "will X" take CAMEO intent codes (03x, 13x).</summary>
    public bool IntentRules { get; init; } = true;

    /// <summary>Clauses with "may", "might", "could", "would" or "should" are hypothetical and not coded.</summary>
    public bool SkipHypothetical { get; init; } = true;

    /// <summary>Negated events are emitted with <c>negated: true</c> (otherwise dropped).</summary>
    public bool EmitNegated { get; init; }

    /// <summary>With no '+' in the pattern and no object, the target is the first actor anywhere after the verb (TABARI/PETRARCH).</summary>
    public bool TargetAfterVerb { get; init; }

    /// <summary>Headlines are coded as well as sentences.</summary>
    public bool CodeHeadlines { get; init; }

    /// <summary>Agents called "former" ("former security officials") take CAMEO's elite role ELI instead of their own.</summary>
    public bool FormerIsElite { get; init; } = true;

    /// <summary>Reporting verbs ("said", "believes") are coded with their own patterns even when they have reported content (PETRARCH codes every verb).</summary>
    public bool CodeReportingVerbs { get; init; }

    /// <summary>In a phrase with several names the first wins (PETRARCH); otherwise the one closest to the head, a person before a country.</summary>
    public bool FirstNameWins { get; init; }

    /// <summary>
    /// Joint acts are mutual: "X met Y", "X held talks with Y" (040, 044, 046) are also coded Y → X, a host's foreign
    /// guest made a visit ("X received Y" (043) is also Y → X 042), and "X and Y held talks / signed a pact / held joint
    /// drills / exchanged fire" is coded both ways. Off by default: a joint act is one event with the first named (or
    /// the host) as source, as PETRARCH and GDELT code it. A commitment of both sides ("both sides vowed to ...") goes
    /// both ways either way.
    /// </summary>
    public bool MutualConsultations { get; init; } = false;

    /// <summary>
    /// A country named as the source of a political act ("Pakistan urged India", roots 01-13, 16, 17, 20) is coded as
    /// its government (PAKGOV); protest, force posture and fighting (14, 15, 18, 19) stay the country's, except that a
    /// state firing weapons ("Russia fired missiles at ...") acts by its forces (RUSMIL), and positions under fire are the
    /// forces'. PETRARCH keeps the bare country.
    /// </summary>
    public bool StatesActThroughGovernments { get; init; } = true;

    /// <summary>
    /// A country named as the target of a political act ("demanded that Australia honour its pledge", "rejected a Russian
    /// proposal": roots 01-06, 08, 10-13, 16) is addressed through its government (AUSGOV, RUSGOV). Gestures of sympathy
    /// (017, 018), aid and its pledges (07, 033), people and property handed back (084), aid and missions let in (086),
    /// investigations, coercion, protest, force and violence reach the country itself, and so do a country named as a
    /// place ("in Ukraine") and its people ("Afghans", "the people of Peru"). PETRARCH keeps the bare country.
    /// </summary>
    public bool StatesAddressedThroughGovernments { get; init; } = true;

    /// <summary>
    /// Events the text dates wholly more than this many days before the publication date ("signed a peace deal in
    /// 2018", "fought a war from 1998 to 2000") are the story's background, not news, and are not coded. Null codes
    /// them at their own dates, as an archive of old articles needs.
    /// </summary>
    public int? BackgroundDays { get; init; } = 90;

    /// <summary>PETRARCH-compatible settings for validating against PETRARCH records.</summary>
    public static CoderOptions Petrarch { get; } = new()
    {
        AgentWithoutCountry = true, TargetAfterVerb = true, IntentRules = false, SkipHypothetical = false, Coreference = false, CodeHeadlines = true,
        DatelineCountry = false, PlaceCountry = false, DomesticTargets = false, AgentsAreNouns = false, CodeReportingVerbs = true, FirstNameWins = true,
        MutualConsultations = false, BackgroundDays = null, StatesActThroughGovernments = false, StatesAddressedThroughGovernments = false, UntargetedForcePosture = false,
    };
}
