using System.Text;

namespace Dyad.Cli.Commands;

/// <summary>Reads command text from an argument, a file, or standard input ("-").</summary>
internal static class InputText
{
    /// <summary>Largest input read from stdin or a file for analysis commands.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static string Read(string? arg)
    {
        if (arg is null or "-" or DyadApp.StdinMarker)
        {
            using var stdin = Console.OpenStandardInput();
            return Decode(stdin, "standard input");
        }
        return arg;
    }

    public static string ReadFile(string path)
    {
        if (!File.Exists(path)) throw new DyadInputException($"{path}: no such file");
        var info = new FileInfo(path);
        if (info.Length > MaxBytes) throw new DyadInputException($"{path}: {info.Length} bytes is over the {MaxBytes}-byte limit");
        using var f = File.OpenRead(path);
        return Decode(f, path);
    }

    // Invalid UTF-8 becomes U+FFFD rather than an exception; NUL and other control characters are
    // treated as spaces by the tokenizer.
    private static string Decode(Stream s, string name)
    {
        using var ms = new MemoryStream();
        var buf = new byte[81920];
        int n;
        while ((n = s.Read(buf, 0, buf.Length)) > 0)
        {
            if (ms.Length + n > MaxBytes) throw new DyadInputException($"{name}: input is over the {MaxBytes}-byte limit");
            ms.Write(buf, 0, n);
        }
        return new UTF8Encoding(false, false).GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }
}
