using System.Net;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Options;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Envelope;

/// <summary>
/// The outcome of a successful call whose answer carries no data (e.g. an external identity update, a chat message):
/// the HTTP status, the <c>meta</c> messages (soft errors, warnings, infos) and the rate-limit state the server
/// reported. Soft errors are on <see cref="Meta"/> (<see cref="HasErrors"/>, <see cref="EnsureNoErrors"/>) unless
/// <see cref="AvinodeClientOptions.TreatSoftErrorsAsExceptions"/> has them thrown. Operations that return data
/// return <see cref="AvinodeResponse{T}"/>.
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

    /// <summary>Throws when the server reported soft errors.</summary>
    /// <exception cref="AvinodeSoftErrorException">The response carries soft errors.</exception>
    public void EnsureNoErrors()
    {
        if (HasErrors)
        {
            throw AvinodeSoftErrorException.Create(Meta, StatusCode, RateLimit, "The vendor reported errors");
        }
    }

    /// <summary>The status, the vendor's messages and the rate limit; collections print as their first elements.</summary>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder("AvinodeResponse { ");
        ModelText.Of(builder).Add(StatusCode).Add(Meta).Add(RateLimit);
        return builder.Append(" }").ToString();
    }
}
