using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Dyad.Web;

/// <summary>
/// Decides who may call what: reads are open to loopback clients (and to everyone with <see cref="WebOptions.OpenReads"/>),
/// writes need the configured key in X-Api-Key or "Authorization: Bearer". Keys are compared in constant time
/// (SHA-256 of both, then <see cref="CryptographicOperations.FixedTimeEquals"/>). Thread-safe.
/// </summary>
public sealed class ApiKeyCheck(WebOptions options)
{
    private readonly byte[]? _keyHash = options.ApiKey is { Length: > 0 } k ? SHA256.HashData(Encoding.UTF8.GetBytes(k)) : null;
    private readonly bool _openReads = options.OpenReads;

    /// <summary>True when writing is configured (a key is set).</summary>
    public bool WritesEnabled => _keyHash is not null;

    /// <summary>True when the request carries the configured key.</summary>
    public bool HasKey(HttpRequest request)
    {
        if (_keyHash is null) return false;
        string? given = request.Headers["X-Api-Key"].FirstOrDefault();
        if (given is null && request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal))
            given = auth["Bearer ".Length..].Trim();
        if (given is null) return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _keyHash);
    }

    /// <summary>An error answer for the request, or null when it may go on.</summary>
    public (int Status, ApiError Error)? Check(HttpContext context)
    {
        var req = context.Request;
        bool write = !HttpMethods.IsGet(req.Method) && !HttpMethods.IsHead(req.Method) && !HttpMethods.IsOptions(req.Method);
        if (write)
        {
            if (_keyHash is null) return (StatusCodes.Status403Forbidden, new ApiError("writing is disabled: start dyad serve with --api-key or DYAD_API_KEY"));
            if (!HasKey(req)) return (StatusCodes.Status401Unauthorized, new ApiError("this endpoint needs the API key in the X-Api-Key header"));
            return null;
        }
        var ip = context.Connection.RemoteIpAddress;
        if (_openReads || ip is null || IPAddress.IsLoopback(ip) || HasKey(req)) return null;
        return (StatusCodes.Status401Unauthorized, new ApiError("reads from other machines need the API key (or dyad serve --open-reads)"));
    }
}
