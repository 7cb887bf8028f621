using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Dyad.Text;

namespace Dyad.Coding.Places;

/// <summary>
/// The places Dyad knows (data/gazetteer, built from GeoNames by tools/make_gazetteer.mjs) and a
/// compiled matcher that finds their names in a document's tokens: a map from a name's first token to
/// its multi-token continuations, longest first. Immutable and thread-safe once built.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> s_default = new(() =>
    {
        using var s = typeof(Gazetteer).Assembly.GetManifestResourceStream("Dyad.Gazetteer/places.tsv.gz")
            ?? throw new InvalidOperationException("Embedded data file Dyad.Gazetteer/places.tsv.gz is missing.");
        return Load(new GZipStream(s, CompressionMode.Decompress));
    });

    private readonly Place[] _places;
    private readonly Dictionary<string, Continuation[]> _byFirst;

    private readonly record struct Continuation(string[] Rest, int[] Places);

    private Gazetteer(Place[] places, Dictionary<string, Continuation[]> byFirst)
    {
        _places = places;
        _byFirst = byFirst;
    }

    /// <summary>The embedded gazetteer, loaded on first use.</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>Number of places.</summary>
    public int Count => _places.Length;

    /// <summary>A place by index.</summary>
    public Place this[int index] => _places[index];

    private Dictionary<string, Place>? _regions;

    /// <summary>
    /// The first-level region with a GeoNames admin1 code ("PK.02" is Balochistan), or null: the name of
    /// a city's region is <c>gazetteer.Region(city.Adm1)?.Name</c>. Built on first use.
    /// </summary>
    public Place? Region(string? adm1)
    {
        if (adm1 is null) return null;
        var map = _regions;
        if (map is null)
        {
            map = new Dictionary<string, Place>(4000, StringComparer.Ordinal);
            foreach (var p in _places)
                if (p.Type == PlaceType.Region && p.Adm1 is { } a && p.Id.StartsWith("adm1:", StringComparison.Ordinal)) map[a] = p;
            _regions = map;
        }
        return map.GetValueOrDefault(adm1);
    }

    /// <summary>Reads the tab-separated format documented in data/gazetteer/LICENSE.md.</summary>
    // Runs once over 27,000 lines at start-up: compile it optimized at once rather than tier 0 first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var places = new List<Place>(28000);
        var names = new Dictionary<string, List<int>>(40000, StringComparer.Ordinal);
        Span<Range> f = stackalloc Range[10];
        var lines = new LineReader(reader); // no string per line
        while (lines.TryRead(out var span))
        {
            if (span.Split(f, '\t') < 9) continue;
            int index = places.Count;
            var nameField = span[f[8]];
            int bar = nameField.IndexOf('|');
            var type = span[f[1]] switch { "country" => PlaceType.Country, "region" => PlaceType.Region, _ => PlaceType.City };
            places.Add(new Place(
                span[f[0]].ToString(), (bar < 0 ? nameField : nameField[..bar]).ToString(), type,
                span[f[2]].IsEmpty ? null : span[f[2]].ToString(), span[f[3]].IsEmpty ? null : span[f[3]].ToString(),
                double.Parse(span[f[4]], CultureInfo.InvariantCulture), double.Parse(span[f[5]], CultureInfo.InvariantCulture),
                long.Parse(span[f[6]], CultureInfo.InvariantCulture), span[f[7]] is "1"));
            foreach (var r in nameField.Split('|'))
            {
                string key = Key(nameField[r]);
                if (key.Length == 0) continue;
                if (!names.TryGetValue(key, out var list)) names[key] = list = new List<int>(1);
                if (!list.Contains(index)) list.Add(index);
            }
        }
        var byFirst = new Dictionary<string, List<Continuation>>(names.Count, StringComparer.Ordinal);
        foreach (var (key, list) in names)
        {
            var parts = key.Split(' ');
            if (!byFirst.TryGetValue(parts[0], out var conts)) byFirst[parts[0]] = conts = [];
            conts.Add(new Continuation(parts[1..], [.. list]));
        }
        // A plain dictionary: freezing 30,000 keys costs more at start-up than it saves per lookup here.
        var compiled = new Dictionary<string, Continuation[]>(byFirst.Count, StringComparer.Ordinal);
        foreach (var (first, conts) in byFirst)
        {
            var arr = conts.ToArray();
            if (arr.Length > 1) Array.Sort(arr, static (a, b) => b.Rest.Length.CompareTo(a.Rest.Length));
            compiled[first] = arr;
        }
        return new Gazetteer([.. places], compiled);
    }

    // A name as the document's token norms spell it: folded lower case, commas as tokens of their own.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Key(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        string folded = TextNormalizer.Fold(name);
        if (name.IndexOfAny(' ', ',') < 0) return folded;
        return string.Join(' ', folded.Replace(",", " ,").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Appends the place names in tokens [<paramref name="first"/>, <paramref name="end"/>): longest
    /// matches of capitalised proper-noun tokens, left to right, without overlaps; month and weekday
    /// names are never places.
    /// </summary>
    public void Match(Document doc, int first, int end, List<PlaceMention> into)
    {
        var tok = doc.Tokens;
        for (int i = first; i < end; i++)
        {
            ref var t = ref tok[i];
            if (!t.Has(TokenFlags.Capitalized) || !_byFirst.TryGetValue(t.Norm, out var conts)) continue;
            // "March" and "Friday" are dates before they are towns.
            if (Time.TemporalRecognizer.Month(t.Norm) > 0 || Time.TemporalRecognizer.Weekday(t.Norm) >= 0) continue;
            // "the restive Northwest region" (Cameroon), "the Bay region" (Somalia): a compass point or a common geographic
            // word alone names a region of whatever country the story is about, not the town or region of that name
            // somewhere else (Iceland's Northwest, Bay in the Philippines).
            if (IsGenericPlaceWord(t.Norm) && (i + 1 >= end || !tok[i + 1].Has(TokenFlags.Capitalized))) continue;
            foreach (var c in conts)
            {
                int n = c.Rest.Length;
                if (i + 1 + n > end) continue;
                bool ok = true;
                for (int k = 0; k < n && ok; k++) ok = tok[i + 1 + k].Norm == c.Rest[k];
                if (!ok || !IsProperName(tok, i, i + 1 + n)) continue;
                // "Scarborough Shoal", "Second Thomas Shoal": a natural feature named after a place is not that place.
                if (i + 1 + n < end && tok[i + 1 + n].Has(TokenFlags.Capitalized) && IsFeatureWord(tok[i + 1 + n].Norm)) break;
                // "UN Security Council": a short acronym names a place only when it is a country's ("UK", "DRC"), not
                // a town spelled like it ("Un", India).
                if (n == 0 && t.Has(TokenFlags.AllCaps) && t.Length <= 4 && !AnyCountry(c.Places)) break;
                // "outside the Litoral prison" (Guayaquil): a region's name between "the" and a building names the building,
                // not the region (Litoral, Equatorial Guinea); a town there still places it ("the Kabul airport").
                if (i > 0 && tok[i - 1].Norm == "the" && i + 1 + n < end && IsBuildingWord(tok[i + 1 + n].Norm) && OnlyRegions(c.Places)) break;
                into.Add(new PlaceMention(i, i + 1 + n, c.Places));
                i += n;
                break;
            }
        }
    }

    private bool OnlyRegions(int[] places)
    {
        foreach (int p in places) if (_places[p].Type != PlaceType.Region) return false;
        return true;
    }

    private static bool IsBuildingWord(string norm) => norm is "prison" or "penitentiary" or "jail" or "hospital" or "stadium" or "barracks"
        or "university" or "school" or "mosque" or "church" or "cathedral" or "market" or "hotel" or "refinery" or "port";

    // A loop, not Array.Exists with a lambda over this gazetteer: Match is on every sentence's path.
    private bool AnyCountry(int[] places)
    {
        foreach (int p in places) if (_places[p].Type == PlaceType.Country) return true;
        return false;
    }

    private static bool IsGenericPlaceWord(string norm) => norm is "north" or "south" or "east" or "west" or "northwest" or "northeast"
        or "southwest" or "southeast" or "central" or "centre" or "center" or "bay" or "coast" or "littoral" or "upper" or "lower" or "middle";

    private static bool IsFeatureWord(string norm) => norm is "shoal" or "reef" or "atoll" or "island" or "islands" or "strait" or "sea"
        or "bay" or "river" or "lake" or "canal" or "gulf" or "peninsula" or "mountains" or "valley" or "desert" or "dam";

    // Every word of the name is a proper noun (the tagger decides "March" the month or "Police" the noun
    // from context); joining words ("of", "and", ",") may be lower case.
    private static bool IsProperName(ReadOnlySpan<TokenData> tok, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (tok[k].Has(TokenFlags.Punctuation) || tok[k].Norm is "of" or "and" or "the" or "al" or "el" or "de") continue;
            if (tok[k].Tag is not (PosTag.NNP or PosTag.NNPS or PosTag.None) && !tok[k].Has(TokenFlags.AllCaps)) return false;
        }
        return true;
    }
}
