using System.Text;

namespace Dyad.Bench;

/// <summary>
/// Generates news-style English text for benchmarks: wire-service sentences built from templates with
/// varied actors (countries, agents, named officials), verbs (plain, passive, control, negated), clauses
/// (reported speech, relative and subordinate clauses, quotations) and numbers, money and dates.
/// Deterministic for a seed; sentences average about 25 tokens. Not thread-safe.
/// </summary>
public sealed class NewsGenerator(int seed = 20240601)
{
    private readonly Random _rng = new(seed);

    private static readonly string[] s_countries =
    [
        "Pakistan", "India", "China", "Afghanistan", "Iran", "Turkey", "Egypt", "Kenya", "Ethiopia", "Sudan", "Nigeria",
        "Ghana", "Togo", "Russia", "Ukraine", "Poland", "Germany", "France", "Brazil", "Venezuela", "Colombia", "Mexico",
        "Japan", "South Korea", "North Korea", "Vietnam", "the Philippines", "Indonesia", "Israel", "Lebanon", "Syria",
        "Iraq", "Saudi Arabia", "Qatar", "the United States", "Britain", "Somalia", "Mali", "Niger", "Bangladesh",
    ];

    private static readonly string[] s_adjectives =
    [
        "Pakistani", "Indian", "Chinese", "Afghan", "Iranian", "Turkish", "Egyptian", "Kenyan", "Ethiopian", "Sudanese",
        "Nigerian", "Ghanaian", "Russian", "Ukrainian", "Polish", "German", "French", "Brazilian", "Venezuelan",
        "Colombian", "Mexican", "Japanese", "South Korean", "Vietnamese", "Israeli", "Lebanese", "Syrian", "Iraqi",
        "Saudi", "Somali", "Malian", "U.S.", "British",
    ];

    private static readonly string[] s_capitals =
    [
        "ISLAMABAD", "NEW DELHI", "BEIJING", "KABUL", "TEHRAN", "ANKARA", "CAIRO", "NAIROBI", "ADDIS ABABA", "KHARTOUM",
        "ABUJA", "ACCRA", "MOSCOW", "KYIV", "WARSAW", "BERLIN", "PARIS", "BRASILIA", "CARACAS", "BOGOTA", "TOKYO", "SEOUL",
    ];

    private static readonly string[] s_cities =
    [
        "Islamabad", "Lahore", "Karachi", "Kabul", "Kandahar", "Mumbai", "Srinagar", "Beijing", "Tehran", "Istanbul",
        "Cairo", "Nairobi", "Mombasa", "Khartoum", "Lagos", "Moscow", "Kharkiv", "Geneva", "Doha", "Riyadh", "Baghdad",
        "Mogadishu", "Bamako", "Dhaka", "Manila", "Jakarta", "Caracas", "Bogota",
    ];

    private static readonly string[] s_agents =
    [
        "troops", "police", "protesters", "rebels", "militants", "officials", "security forces", "border guards",
        "lawmakers", "government officials", "students", "workers", "farmers", "diplomats", "soldiers", "opposition leaders",
        "aid workers", "gunmen", "insurgents", "judges",
    ];

    private static readonly string[] s_roles =
    [
        "foreign minister", "prime minister", "president", "interior minister", "defence minister", "army chief",
        "ambassador", "opposition leader", "finance minister", "trade minister", "national security adviser",
    ];

    private static readonly string[] s_titles = ["President", "Prime Minister", "Foreign Minister", "General", "Dr.", "Mr.", "Mrs.", "Sen.", "Gov."];

    private static readonly string[] s_firstNames =
    [
        "Ishaq", "Ahmed", "Maria", "John", "Fatima", "Wang", "Narendra", "Olena", "Abdel", "Kwame", "Jean-Pierre",
        "Luiz", "Yoon", "Sergei", "Amina", "Carlos", "Mohammed", "Ruth", "Hassan", "Priya",
    ];

    private static readonly string[] s_lastNames =
    [
        "Dar", "Khan", "Okafor", "Smith", "Haddad", "Yi", "Sharma", "Kovalenko", "Mensah", "Dubois", "Silva", "Park",
        "Lavrov", "Mohamed", "Lopez", "O'Neill", "Al-Sisi", "Mwangi", "Tanaka", "Rahman", "Abu-Bakr",
    ];

    private static readonly string[] s_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] s_months =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    // Transitive verb phrases in the past tense; "{O}" is the object actor.
    private static readonly string[] s_transitive =
    [
        "accused {O} of violating the ceasefire", "condemned {O} for the attack", "met {O}", "signed a trade agreement with {O}",
        "attacked {O}", "arrested {N} suspects linked to {O}", "criticized {O}", "urged {O} to release the prisoners",
        "expelled the ambassador of {O}", "threatened {O} with sanctions", "praised {O} for its efforts", "rejected a proposal by {O}",
        "held talks with {O}", "imposed new tariffs on {O}", "welcomed the delegation from {O}", "warned {O} against further provocations",
        "sent humanitarian aid to {O}", "blamed {O} for the violence", "called on {O} to end the blockade", "restored diplomatic ties with {O}",
    ];

    private static readonly string[] s_control =
    [
        "vowed to upgrade the economic corridor with {O}", "agreed to resume peace talks with {O}", "refused to recognize {O}",
        "promised to send {N} peacekeepers to {O}", "threatened to cut off gas supplies to {O}", "decided to recall its envoy from {O}",
        "pledged to rebuild schools destroyed in {O}", "plans to open a new embassy in {O}", "is about to restore diplomatic relations with {O}",
        "is expected to sign a defence pact with {O}", "offered to mediate between the rebels and {O}",
    ];

    private static readonly string[] s_baseVerbs = ["attack", "criticize", "meet", "expel", "threaten", "accuse", "support", "reject"];

    private static readonly string[] s_passive =
    [
        "was attacked by {O}", "were arrested by {O}", "was criticized by {O}", "were released by {O}", "was invited by {O}",
        "had been detained by {O}", "was condemned by {O}", "were expelled by {O}",
    ];

    private static readonly string[] s_negated =
    [
        "did not condemn {O}", "has not responded to the demands of {O}", "would not negotiate with {O}", "never accused {O} of espionage",
        "did n't rule out talks with {O}", "will not accept the terms offered by {O}",
    ];

    private static readonly string[] s_complements =
    [
        "after {N} people were killed in clashes near the border", "despite growing pressure from {O}",
        "as part of a {M} aid package", "in a move that angered {O}", "amid rising tensions over the disputed region",
        "following a two-day visit to {C}", "to ease a crisis that has lasted {N} months", "before the election on {D}",
        "which officials described as a turning point", "while {N} families remained displaced",
        "in response to a {P} rise in food prices",
    ];

    private static readonly string[] s_quotes =
    [
        "We will not accept any interference in our internal affairs", "The talks were frank and constructive",
        "Our patience is running out", "This is a historic day for both our peoples",
        "We are ready to sit down at the table", "Those responsible will be brought to justice",
    ];

    /// <summary>Number of sentences generated so far.</summary>
    public int SentencesGenerated { get; private set; }

    /// <summary>A document of <paramref name="sentences"/> sentences, sometimes with a dateline and paragraph breaks.</summary>
    public string Document(int sentences)
    {
        var sb = new StringBuilder(sentences * 180);
        if (_rng.Next(3) == 0)
            sb.Append(Pick(s_capitals)).Append(", ").Append(Date()).Append(" (Reuters) - ");
        for (int i = 0; i < sentences; i++)
        {
            if (i > 0) sb.Append(_rng.Next(4) == 0 ? "\n\n" : " ");
            sb.Append(Sentence());
        }
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>Documents totalling <paramref name="totalSentences"/> sentences, about <paramref name="perDocument"/> each.</summary>
    public List<string> Documents(int totalSentences, int perDocument)
    {
        var docs = new List<string>(totalSentences / perDocument + 1);
        for (int left = totalSentences; left > 0; left -= perDocument) docs.Add(Document(Math.Min(left, perDocument)));
        return docs;
    }

    /// <summary>One sentence with final punctuation.</summary>
    public string Sentence()
    {
        SentencesGenerated++;
        var sb = new StringBuilder(200);
        switch (_rng.Next(10))
        {
            case 0:
                // Quotation with a reporting clause.
                sb.Append('"').Append(Pick(s_quotes)).Append(",\" ").Append(Subject()).Append(" told reporters in ")
                  .Append(Pick(s_cities)).Append(" on ").Append(Pick(s_days)).Append(", adding that ").Append(Actor())
                  .Append(' ').Append(Fill(Pick(s_transitive))).Append('.');
                break;
            case 1:
                // According to ...
                sb.Append("According to ").Append(Subject()).Append(", ").Append(Actor()).Append(' ')
                  .Append(Fill(Pick(s_transitive))).Append(' ').Append(Adjunct()).Append('.');
                break;
            case 2:
                // Passive with a by-agent.
                sb.Append(Capitalize(PassiveSubject())).Append(' ').Append(Fill(Pick(s_passive))).Append(' ')
                  .Append(Adjunct()).Append(", ").Append(Source()).Append(" said.");
                break;
            case 3:
                // Reported speech: X said (that) ...
                sb.Append(Subject()).Append(" said on ").Append(Pick(s_days)).Append(" that ").Append(Actor()).Append(' ')
                  .Append(Fill(Pick(s_negated))).Append(' ').Append(Fill(Pick(s_complements))).Append('.');
                break;
            case 4:
                // Control verb with coordination.
                sb.Append(Subject()).Append(" and ").Append(Actor()).Append(' ').Append(Fill(Pick(s_control))).Append(' ')
                  .Append(Adjunct()).Append('.');
                break;
            case 5:
                // Subordinate clause first.
                sb.Append(Capitalize(Fill(Pick(s_complements)))).Append(", ").Append(Actor()).Append(' ')
                  .Append(Fill(Pick(s_transitive))).Append(" on ").Append(Pick(s_days)).Append('.');
                break;
            case 6:
                // Relative clause on the subject.
                sb.Append(Subject()).Append(", who ").Append(Fill(Pick(s_transitive))).Append(" last week, ")
                  .Append(Fill(Pick(s_control))).Append(" by ").Append(Date()).Append('.');
                break;
            case 7:
                // Money and numbers.
                sb.Append(Subject()).Append(" announced a ").Append(Money()).Append(" loan to ").Append(Country())
                  .Append(" on ").Append(Date()).Append(", ").Append(_rng.Next(2) == 0 ? "saying" : "adding").Append(" that ")
                  .Append(Number()).Append(" jobs would be created over ").Append(_rng.Next(2, 10)).Append(" years.");
                break;
            case 8:
                // Question in a quotation.
                sb.Append('"').Append("Why did ").Append(Actor()).Append(' ').Append(Pick(s_baseVerbs)).Append(' ').Append(Actor())
                  .Append("?\" asked ").Append(Subject()).Append(", whose party won ").Append(_rng.Next(3, 60)).Append(" percent of the vote.");
                break;
            default:
                sb.Append(Subject()).Append(' ').Append(Fill(Pick(s_transitive))).Append(' ').Append(Adjunct())
                  .Append(", ").Append(Source()).Append(" said.");
                break;
        }
        // A subject with an apposition ends in a comma; a following comma must not double it.
        return sb.Replace(",,", ",").ToString();
    }

    private string Subject() => _rng.Next(4) switch
    {
        0 => Pick(s_titles) + " " + Name(),
        1 => Name() + ", " + Country() + "'s " + Pick(s_roles) + ",",
        2 => Capitalize(Actor()),
        _ => Pick(s_adjectives) + " " + Pick(s_roles) + " " + Name(),
    };

    private string Actor() => _rng.Next(5) switch
    {
        0 => Country(),
        1 => Pick(s_adjectives) + " " + Pick(s_agents),
        2 => "the " + Pick(s_adjectives) + " " + Pick(s_roles),
        3 => Country() + "'s " + Pick(s_agents),
        _ => "the government of " + Country(),
    };

    private string PassiveSubject() => _rng.Next(3) switch
    {
        0 => "a convoy carrying " + Number() + " tonnes of food",
        1 => "the " + Pick(s_adjectives) + " embassy in " + Pick(s_cities),
        _ => Number() + " " + Pick(s_agents),
    };

    private string Source() => _rng.Next(3) switch
    {
        0 => "a spokesman for the " + Pick(s_adjectives) + " foreign ministry",
        1 => "officials in " + Pick(s_cities),
        _ => "the state news agency",
    };

    private string Adjunct() => _rng.Next(4) switch
    {
        0 => "on " + Pick(s_days),
        1 => "in " + Pick(s_cities) + " on " + Date(),
        2 => Fill(Pick(s_complements)),
        _ => "last " + Pick(s_days),
    };

    private string Fill(string template)
    {
        if (template.IndexOf('{', StringComparison.Ordinal) < 0) return template;
        var sb = new StringBuilder(template.Length + 32);
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 2 < template.Length && template[i + 2] == '}')
            {
                sb.Append(template[i + 1] switch
                {
                    'O' => Actor(),
                    'N' => Number(),
                    'M' => Money(),
                    'C' => Pick(s_cities),
                    'D' => Date(),
                    'P' => _rng.Next(2) == 0 ? _rng.Next(2, 40) + "%" : _rng.Next(2, 40) + "." + _rng.Next(10) + " percent",
                    _ => "?",
                });
                i += 2;
            }
            else sb.Append(template[i]);
        }
        return sb.ToString();
    }

    private string Country() => Pick(s_countries);

    private string Name() => Pick(s_firstNames) + " " + Pick(s_lastNames);

    private string Date() => Pick(s_months) + " " + _rng.Next(1, 29);

    private string Number() => _rng.Next(4) switch
    {
        0 => _rng.Next(2, 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => _rng.Next(10, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => _rng.Next(1, 100) + "," + _rng.Next(100, 1000),
        _ => _rng.Next(100, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private string Money() => _rng.Next(3) switch
    {
        0 => "$" + _rng.Next(1, 10) + "." + _rng.Next(1, 10) + " billion",
        1 => "$" + _rng.Next(10, 900) + " million",
        _ => _rng.Next(2, 90) + " million euro",
    };

    private string Pick(string[] items) => items[_rng.Next(items.Length)];

    private static string Capitalize(string s) => s.Length == 0 || char.IsUpper(s[0]) ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
