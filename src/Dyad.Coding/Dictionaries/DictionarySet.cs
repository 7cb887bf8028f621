using Dyad.Coding.Cameo;

namespace Dyad.Coding.Dictionaries;

/// <summary>
/// Everything the coder knows: actors (with agents), verb and noun patterns, discard phrases and the
/// CAMEO codebook, plus the diagnostics from loading them. Immutable; one instance serves all threads.
/// </summary>
public sealed class DictionarySet(ActorDictionary actors, PatternDictionary patterns, IReadOnlyList<string[]> discards, CameoCodebook codebook, IReadOnlyList<DictionaryDiagnostic> diagnostics, string origin)
{
    /// <summary>Actor names.</summary>
    public ActorDictionary Actors { get; } = actors;

    /// <summary>Verb and noun patterns.</summary>
    public PatternDictionary Patterns { get; } = patterns;

    /// <summary>Folded word sequences whose presence discards a sentence (PETRARCH discards).</summary>
    public IReadOnlyList<string[]> Discards { get; } = discards;

    /// <summary>CAMEO codes, scales and the intent table.</summary>
    public CameoCodebook Codebook { get; } = codebook;

    /// <summary>Problems found while loading (file:line: message).</summary>
    public IReadOnlyList<DictionaryDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>Where the dictionaries came from (for explanations).</summary>
    public string Origin { get; } = origin;

    private static readonly Lazy<DictionarySet> s_default = new(() => Load(null));

    /// <summary>Dyad's own dictionaries embedded in the assembly.</summary>
    public static DictionarySet Default => s_default.Value;

    /// <summary>
    /// Loads Dyad's embedded dictionaries, then the files of <paramref name="userDirectory"/> (if given):
    /// a user file with the same relative path as an embedded one replaces it; other files add to them.
    /// Files under an <c>actors/</c> folder are actor dictionaries; under <c>verbs/</c>, patterns.
    /// </summary>
    public static DictionarySet Load(string? userDirectory)
    {
        var files = new SortedDictionary<string, Func<TextReader>>(StringComparer.Ordinal);
        foreach (var (path, name) in EmbeddedData.Dictionaries()) files[path] = () => EmbeddedData.Open(name);
        if (userDirectory is not null)
        {
            if (!Directory.Exists(userDirectory)) throw new DirectoryNotFoundException($"{userDirectory}: dictionary folder not found");
            foreach (var f in Directory.EnumerateFiles(userDirectory, "*.txt", SearchOption.AllDirectories))
            {
                string rel = Path.GetRelativePath(userDirectory, f).Replace('\\', '/');
                string path = f;
                files[rel] = () => new StreamReader(path);
            }
        }
        // The lexicon (needed to compile patterns) loads on another core while the files are read.
        var lexicon = Task.Run(() => Dyad.Tag.Lexicon.Default);
        var diagnostics = new List<DictionaryDiagnostic>();
        var actors = new ActorDictionaryBuilder();
        var patterns = new PatternDictionaryBuilder(GapPolicy.Modifiers);
        // Synsets first so patterns in any file can use them.
        foreach (var (path, open) in files.Where(f => IsPatternFile(f.Key)).OrderBy(f => f.Key.Contains("synset", StringComparison.Ordinal) ? 0 : 1))
        {
            using var r = open();
            DyadDictionaryReader.ReadPatterns(r, "data/dictionaries/" + path, patterns, diagnostics);
        }
        foreach (var (path, open) in files.Where(f => !IsPatternFile(f.Key)))
        {
            using var r = open();
            DyadDictionaryReader.ReadActors(r, "data/dictionaries/" + path, actors, diagnostics);
        }
        lexicon.Wait();
        var built = patterns.Build(diagnostics);
        return new DictionarySet(actors.Build(), built, [], CameoCodebook.Default, diagnostics, userDirectory is null ? "embedded" : "embedded + " + userDirectory);
    }

    private static bool IsPatternFile(string path) => path.StartsWith("verbs/", StringComparison.Ordinal) || path.StartsWith("patterns/", StringComparison.Ordinal);
}
