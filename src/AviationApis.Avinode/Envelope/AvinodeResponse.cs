using System.Net;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Envelope;

/// <summary>
/// The outcome of a successful call whose body carries no data (e.g. an external identity update): the HTTP status,
/// the <c>meta</c> messages (soft errors, warnings, infos) and the rate-limit state the server reported.
/// </summary>
public sealed class AvinodeResponse
{
    /// <summary>Creates the result.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="meta">The response's meta.</param>
    /// <param name="rateLimit">The rate-limit headers of the response, if any.</param>
    public AvinodeResponse(HttpStatusCode statusCode, AvinodeMeta meta, RateLimitInfo? rateLimit)
    {
        StatusCode = statusCode;
        Meta = meta ?? AvinodeMeta.Empty;
        RateLimit = rateLimit;
    }

    /// <summary>The HTTP status (2xx).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Errors, warnings and infos the server reported.</summary>
    public AvinodeMeta Meta { get; }

    /// <summary><see langword="true"/> when the server reported soft errors (<see cref="AvinodeMeta.Errors"/> on a 2xx).</summary>
    public bool HasErrors => Meta.Errors.Count > 0;

    /// <summary>The rate-limit state reported with this response, if any.</summary>
    public RateLimitInfo? RateLimit { get; }

    /// <summary>The status, the vendor's messages and the rate limit; collections print as their first elements.</summary>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder("AvinodeResponse { ");
        ModelText.Of(builder).Add(StatusCode).Add(Meta).Add(RateLimit);
        return builder.Append(" }").ToString();
    }
}
