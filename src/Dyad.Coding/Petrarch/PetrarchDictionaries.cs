using Dyad.Coding.Cameo;
using Dyad.Coding.Dictionaries;

namespace Dyad.Coding.Petrarch;

/// <summary>The four files of a PETRARCH-1 dictionary set.</summary>
public sealed record PetrarchFiles(string Actors, string Agents, string Verbs, string Discards)
{
    /// <summary>
    /// Finds the files in a folder: each of <c>*actors*</c>, <c>*agents*</c>, <c>*verbs*</c> and
    /// <c>*discards*</c> (case-insensitive, <c>.txt</c>) must match exactly one file.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">A kind of file is missing or ambiguous.</exception>
    public static PetrarchFiles Find(string directory)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"{directory}: dictionary folder not found");
        var files = Directory.GetFiles(directory, "*.txt");
        string One(string kind)
        {
            var found = files.Where(f => Path.GetFileName(f).Contains(kind, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
            return found.Count switch
            {
                1 => found[0],
                0 => throw new FileNotFoundException($"{directory}: no *{kind}* dictionary file"),
                _ => throw new FileNotFoundException($"{directory}: several *{kind}* files ({string.Join(", ", found.Select(Path.GetFileName))}); name them explicitly"),
            };
        }
        return new PetrarchFiles(One("actors"), One("agents"), One("verbs"), One("discards"));
    }
}

/// <summary>Builds a <see cref="DictionarySet"/> from PETRARCH-1 dictionaries. Thread-safe (no shared state).</summary>
public static class PetrarchDictionaries
{
    /// <summary>Loads the PETRARCH dictionaries found in a folder (see <see cref="PetrarchFiles.Find"/>).</summary>
    public static DictionarySet Load(string directory) => Load(PetrarchFiles.Find(directory));

    /// <summary>
    /// Loads the four files into a set with <see cref="GapPolicy.Any"/> patterns. Story-level discards are
    /// added to the sentence-level ones: Dyad has no story-level discard yet, and a PETRARCH record is one sentence.
    /// </summary>
    public static DictionarySet Load(PetrarchFiles files)
    {
        var diagnostics = new List<DictionaryDiagnostic>();
        var actors = new ActorDictionaryBuilder();
        var patterns = new PatternDictionaryBuilder(GapPolicy.Any);
        var discards = new List<string[]>();
        var storyDiscards = new List<string[]>();
        foreach (var path in new[] { files.Actors, files.Agents, files.Verbs, files.Discards })
            if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such dictionary file", path);
        using (var r = new StreamReader(files.Actors)) PetrarchDictionaryReader.ReadActors(r, files.Actors, actors, diagnostics);
        using (var r = new StreamReader(files.Agents)) PetrarchDictionaryReader.ReadAgents(r, files.Agents, actors, diagnostics);
        using (var r = new StreamReader(files.Verbs)) PetrarchDictionaryReader.ReadVerbs(r, files.Verbs, patterns, diagnostics);
        using (var r = new StreamReader(files.Discards)) PetrarchDictionaryReader.ReadDiscards(r, files.Discards, discards, storyDiscards, diagnostics);
        discards.AddRange(storyDiscards);
        return new DictionarySet(actors.Build(), patterns.Build(diagnostics), discards, CameoCodebook.Default, diagnostics, "petrarch: " + Path.GetDirectoryName(Path.GetFullPath(files.Actors)));
    }
}
