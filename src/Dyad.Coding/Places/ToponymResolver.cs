namespace Dyad.Coding.Places;

/// <summary>
/// Chooses one place for each ambiguous mention from its context: a qualifier that follows it ("Paris,
/// Texas" is the Paris whose first-level region is Texas), the countries of the article's actors and of
/// its other places, the place type (countries before regions before cities of the same name) and
/// population ("Paris" alone is France's capital). Stateless and thread-safe.
/// </summary>
public static class ToponymResolver
{
    /// <summary>The chosen place index for each mention, in order.</summary>
    public static int[] Resolve(Gazetteer gazetteer, Dyad.Text.Document doc, ReadOnlySpan<PlaceMention> mentions, ISet<string> contextCountries)
    {
        var chosen = new int[mentions.Length];
        // Countries named by unambiguous mentions add to the context.
        var context = new HashSet<string>(contextCountries, StringComparer.Ordinal);
        foreach (var m in mentions)
            if (m.Candidates.Length == 1 && gazetteer[m.Candidates[0]].Country is { } c) context.Add(c);

        for (int k = 0; k < mentions.Length; k++)
        {
            var m = mentions[k];
            if (m.Candidates.Length == 1) { chosen[k] = m.Candidates[0]; continue; }
            // "Paris, Texas", "Hyderabad, Pakistan": keep the candidates inside the qualifying place.
            int[] candidates = m.Candidates;
            if (k + 1 < mentions.Length && mentions[k + 1].FirstToken == m.EndToken + 1
                && m.EndToken < doc.TokenCount && doc.Tokens[m.EndToken].Norm == ",")
            {
                var qualifier = mentions[k + 1].Candidates;
                var narrowed = candidates.Where(c => qualifier.Any(q => Within(gazetteer[c], gazetteer[q]))).ToArray();
                if (narrowed.Length > 0) candidates = narrowed;
            }
            int best = candidates[0];
            double bestScore = double.MinValue;
            foreach (int c in candidates)
            {
                var p = gazetteer[c];
                double score = Math.Log10(p.Population + 10)
                    + (p.Country is not null && context.Contains(p.Country) ? 3 : 0)
                    + p.Type switch { PlaceType.Country => 4, PlaceType.Region => 2, _ => 0 }
                    + (p.IsCapital ? 1 : 0);
                if (score > bestScore) { bestScore = score; best = c; }
            }
            chosen[k] = best;
        }
        return chosen;
    }

    // A place lies in a qualifier: its region (same adm1) or its country.
    private static bool Within(Place place, Place qualifier) => qualifier.Type switch
    {
        PlaceType.Country => place.Country == qualifier.Country,
        PlaceType.Region => qualifier.Adm1 is not null && place.Adm1 == qualifier.Adm1,
        _ => false,
    };
}
