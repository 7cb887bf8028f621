using System.Text.Json.Serialization;
using Dyad.Coding.Records;

namespace Dyad.Storage;

/// <summary>Source-generated JSON for the store's JSON columns.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(LocationRecord))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
