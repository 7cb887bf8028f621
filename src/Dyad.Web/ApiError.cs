namespace Dyad.Web;

/// <summary>The JSON body of every error answer: a readable message and, for a bad parameter, its name.</summary>
/// <param name="Error">What went wrong.</param>
/// <param name="Field">The request field at fault, or null.</param>
public sealed record ApiError(string Error, string? Field = null);
