using System.Collections.Frozen;

namespace Dyad.Web;

/// <summary>The dashboard's files (wwwroot, embedded in the assembly), loaded once. Thread-safe after construction.</summary>
internal static class DashboardAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, (byte[] Body, string Type)> s_files = Load();

    private static FrozenDictionary<string, (byte[] Body, string Type)> Load()
    {
        var asm = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (string name in asm.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            string file = name[Prefix.Length..];
            string type = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[file] = (ms.ToArray(), type);
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static bool TryGet(string file, out byte[] body, out string type)
    {
        if (s_files.TryGetValue(file, out var f)) { (body, type) = f; return true; }
        body = [];
        type = "";
        return false;
    }
}
