namespace Dyad.Ingest;

/// <summary>One input to read: a display name (the path as given, or "stdin") and a way to open its bytes.</summary>
public sealed record InputFile(string Name, Func<Stream> Open)
{
    /// <summary>The name standing for standard input.</summary>
    public const string StdinName = "stdin";

    /// <summary>A file on disk.</summary>
    public static InputFile FromPath(string path) => new(path, () => File.OpenRead(path));

    /// <summary>Standard input (can be read once).</summary>
    public static InputFile Stdin() => new(StdinName, Console.OpenStandardInput);

    /// <summary>An in-memory input (tests, fetched pages).</summary>
    public static InputFile FromBytes(string name, byte[] bytes) => new(name, () => new MemoryStream(bytes, writable: false));
}
