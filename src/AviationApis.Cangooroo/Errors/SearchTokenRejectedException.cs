using AviationApis.Core.Errors;

namespace AviationApis.Cangooroo.Errors;

/// <summary>
/// The client refused to use a search token, without calling the server: it expired (30 minutes after the search) or
/// a booking was already sent with it. Search again to get a new token.
/// </summary>
public sealed class SearchTokenRejectedException : AviationApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">Why the token was refused.</param>
    /// <param name="expiresAt">When the token expires (or expired).</param>
    /// <param name="details">What is known (operation name, no attempts).</param>
    public SearchTokenRejectedException(SearchTokenProblem problem, DateTimeOffset expiresAt, ApiErrorDetails details)
        : base(problem == SearchTokenProblem.Expired
            ? $"The search token expired at {expiresAt:O}; search again"
            : "A booking was already sent with this search token (one booking per token); search again", details)
    {
        Problem = problem;
        ExpiresAt = expiresAt;
    }

    /// <summary>Why the token was refused.</summary>
    public SearchTokenProblem Problem { get; }

    /// <summary>When the token expires (or expired).</summary>
    public DateTimeOffset ExpiresAt { get; }
}
