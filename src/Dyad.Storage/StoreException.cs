namespace Dyad.Storage;

/// <summary>A store that cannot be opened or used (bad --db, newer schema, unreachable server); the message is one readable line.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
