using System.Text.Json.Serialization;

namespace Dyad.Storage;

/// <summary>Source-generated JSON for the store's JSON columns.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
