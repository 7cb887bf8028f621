namespace Dyad.Coding.Places;

/// <summary>
/// Chooses one place for each ambiguous mention from its context: a qualifier that follows it ("Paris,
/// Texas" is the Paris whose first-level region is Texas, "Springfield, Illinois" the one in Illinois,
/// and the qualifier itself is then the region that holds it), a following kind word ("Punjab province"
/// is a region, not a town), the regions named in the same sentence ("Hyderabad ... in Sindh province"),
/// the countries of the article's actors and of its other places, the place type (countries before
/// regions before cities of the same name) and population ("Paris" alone is France's capital). A region
/// gives way to a city of the same name inside it or to its country's capital ("Baghdad", "Córdoba",
/// "Washington" are cities unless the text says "province" or "state"). Stateless and thread-safe.
/// </summary>
public static class ToponymResolver
{
    // Dyad's hand-written areas carry no population; they were written because the news names them, so
    // they weigh as a populous division does ("Kurdistan" is Iraq's region before Iran's province).
    private const double HandWrittenAreaWeight = 7;

    /// <summary>The chosen place index for each mention, in order.</summary>
    public static int[] Resolve(Gazetteer gazetteer, Dyad.Text.Document doc, ReadOnlySpan<PlaceMention> mentions, ISet<string> contextCountries)
    {
        var features = new MentionContext[mentions.Length];
        for (int k = 0; k < mentions.Length; k++) features[k] = ContextOf(doc, mentions, k, doc.FirstSentenceIndex);
        return Resolve(gazetteer, features, contextCountries);
    }

    /// <summary>
    /// What the resolver reads of a mention's text: its candidates, its sentence (numbered from
    /// <paramref name="firstSentence"/>), whether the next mention qualifies it after a comma ("Paris, Texas") and
    /// whether a region word follows it ("Punjab province"). Mentions are those of one document, in order.
    /// </summary>
    public static MentionContext ContextOf(Dyad.Text.Document doc, ReadOnlySpan<PlaceMention> mentions, int k, int firstSentence)
    {
        var m = mentions[k];
        bool qualified = k + 1 < mentions.Length && mentions[k + 1].FirstToken == m.EndToken + 1
            && m.EndToken < doc.TokenCount && doc.Tokens[m.EndToken].Norm == ",";
        bool kindWord = m.EndToken < doc.TokenCount && IsRegionWord(doc.Tokens[m.EndToken].Norm);
        return new MentionContext(m.Candidates, firstSentence + SentenceOf(doc, m.FirstToken), qualified, kindWord);
    }

    /// <summary>The chosen place index for each mention from what <see cref="ContextOf"/> read of its text: the whole
    /// of a long text is resolved at once after its windows are analysed.</summary>
    public static int[] Resolve(Gazetteer gazetteer, ReadOnlySpan<MentionContext> mentions, ISet<string> contextCountries)
    {
        var chosen = new int[mentions.Length];
        // Countries and regions named by unambiguous mentions add to the context.
        var context = new HashSet<string>(contextCountries, StringComparer.Ordinal);
        HashSet<string>? regions = null;
        foreach (var m in mentions)
        {
            if (m.Candidates.Length != 1) continue;
            var p = gazetteer[m.Candidates[0]];
            if (p.Country is { } c) context.Add(c);
            if (p.Type == PlaceType.Region && p.Adm1 is { } a) (regions ??= new(StringComparer.Ordinal)).Add(a);
        }
        int[]? forced = null; // a qualifier's candidates that hold the place it qualifies

        for (int k = 0; k < mentions.Length; k++)
        {
            var m = mentions[k];
            int[] candidates = forced?[k] is >= 0 ? [forced[k]] : m.Candidates;
            if (candidates.Length == 1) { chosen[k] = candidates[0]; continue; }
            // "Paris, Texas", "Hyderabad, Pakistan": keep the candidates inside the qualifying place.
            int[]? qualifier = null;
            if (m.QualifiedByNext)
            {
                qualifier = mentions[k + 1].Candidates;
                var narrowed = candidates.Where(c => qualifier.Any(q => Within(gazetteer[c], gazetteer[q]))).ToArray();
                if (narrowed.Length > 0) candidates = narrowed; else qualifier = null;
            }
            // "Punjab province", "the Kherson region", "Borno state": the region.
            bool kindWord = m.KindWord;
            if (kindWord && candidates.Any(c => gazetteer[c].Type == PlaceType.Region))
                candidates = [.. candidates.Where(c => gazetteer[c].Type == PlaceType.Region)];
            // A region competes with towns of its name by population alone: the state of Victoria before
            // the town in British Columbia, the city of Córdoba before Colombia's Córdoba department.
            bool hasCity = candidates.Any(c => gazetteer[c].Type == PlaceType.City);
            // Regions named in this sentence hold their cities: "clashes in Hyderabad, the second city of Sindh".
            HashSet<string>? near = null;
            if (hasCity)
            {
                // Mentions are in token order: the sentence's others are its neighbours (linear in long documents).
                int lo = k, hi = k;
                while (lo > 0 && mentions[lo - 1].Sentence == m.Sentence) lo--;
                while (hi + 1 < mentions.Length && mentions[hi + 1].Sentence == m.Sentence) hi++;
                for (int j = lo; j <= hi; j++)
                {
                    if (j == k) continue;
                    foreach (int q in mentions[j].Candidates)
                        if (gazetteer[q] is { Type: PlaceType.Region, Adm1: { } qa }) (near ??= new(StringComparer.Ordinal)).Add(qa);
                }
            }
            int best = candidates[0];
            double bestScore = double.MinValue;
            foreach (int c in candidates)
            {
                var p = gazetteer[c];
                if (!kindWord && p.Type == PlaceType.Region && YieldsToCity(gazetteer, p, candidates)) continue;
                double population = p.Type == PlaceType.Region && p.Population == 0 ? HandWrittenAreaWeight : Math.Log10(p.Population + 10);
                double score = population
                    + (p.Country is not null && context.Contains(p.Country) ? 3 : 0)
                    + (p.Type == PlaceType.City && p.Adm1 is { } a ? (near?.Contains(a) == true ? 3 : regions?.Contains(a) == true ? 1.5 : 0) : 0)
                    + p.Type switch { PlaceType.Country => 4, PlaceType.Region => hasCity ? 0 : 2, _ => 0 }
                    + (p.IsCapital ? 1 : 0);
                if (score > bestScore) { bestScore = score; best = c; }
            }
            chosen[k] = best;
            // "Atlanta, Georgia": the qualifier is the region that holds Atlanta, not the country.
            if (qualifier is not null && mentions[k + 1].Candidates.Length > 1)
            {
                var holder = qualifier.Where(q => Within(gazetteer[best], gazetteer[q]))
                    .OrderBy(q => gazetteer[q].Type == PlaceType.Region ? 0 : 1).FirstOrDefault(-1);
                if (holder >= 0)
                {
                    if (forced is null) { forced = new int[mentions.Length]; Array.Fill(forced, -1); }
                    forced[k + 1] = holder;
                }
            }
        }
        return chosen;
    }

    // A region named like a city inside it ("Baghdad", "Kandahar", "Lagos") or like its country's capital
    // ("Washington") is that city when the text does not say "province" or "state".
    private static bool YieldsToCity(Gazetteer gazetteer, Place region, int[] candidates)
    {
        foreach (int c in candidates)
        {
            var p = gazetteer[c];
            if (p.Type == PlaceType.City && p.Country == region.Country && (p.IsCapital || (p.Adm1 is not null && p.Adm1 == region.Adm1)))
                return true;
        }
        return false;
    }

    /// <summary>Words that name a kind of first-level region after its name ("Sindh province").</summary>
    public static bool IsRegionWord(string norm) => norm is "province" or "region" or "state" or "governorate" or "oblast"
        or "prefecture" or "county" or "department" or "territory" or "krai" or "emirate";

    private static int SentenceOf(Dyad.Text.Document doc, int token)
    {
        int lo = 0, hi = doc.SentenceCount - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (doc.SentenceRef(mid).FirstToken <= token) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    // A place lies in a qualifier: its region (same adm1) or its country.
    private static bool Within(Place place, Place qualifier) => qualifier.Type switch
    {
        PlaceType.Country => place.Country == qualifier.Country,
        PlaceType.Region => qualifier.Adm1 is not null && place.Adm1 == qualifier.Adm1 && place != qualifier,
        _ => false,
    };
}

/// <summary>A place mention as <see cref="ToponymResolver"/> reads it: candidates, sentence, a qualifier after a comma, a region word after it.</summary>
public readonly record struct MentionContext(int[] Candidates, int Sentence, bool QualifiedByNext, bool KindWord);
