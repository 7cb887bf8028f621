namespace Dyad.Storage;

/// <summary>What <c>dyad watch</c> remembers of a feed: its validators for conditional requests and when it was last polled (ISO 8601 UTC).</summary>
public sealed record FeedState(string Url, string? ETag, string? LastModified, string PolledAt, int ItemsSeen);
