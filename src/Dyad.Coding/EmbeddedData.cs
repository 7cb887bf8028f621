using System.Reflection;

namespace Dyad.Coding;

/// <summary>Access to the data files embedded in Dyad.Coding (dictionaries and CAMEO tables).</summary>
public static class EmbeddedData
{
    private static readonly Assembly s_assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Opens an embedded file by its logical name ("Dyad.Cameo/eventcodes.tsv").</summary>
    public static StreamReader Open(string name)
    {
        var s = s_assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded data file {name} is missing.");
        return new StreamReader(s);
    }

    /// <summary>The embedded dictionary files, as (relative path, logical name), in name order.</summary>
    public static IEnumerable<(string Path, string Name)> Dictionaries() =>
        s_assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Dyad.Dictionaries/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["Dyad.Dictionaries/".Length..], n));
}
