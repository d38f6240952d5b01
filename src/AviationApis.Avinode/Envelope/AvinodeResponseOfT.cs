using System.Net;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Options;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Envelope;

/// <summary>
/// The outcome of a successful call: the typed <see cref="Data"/>, the <c>meta</c> messages (soft errors, warnings,
/// infos) and the rate-limit state. Soft errors (HTTP 2xx with <c>meta.errors</c>) are never dropped: check
/// <see cref="HasErrors"/>, call <see cref="EnsureNoErrors"/>, or set
/// <see cref="AvinodeClientOptions.TreatSoftErrorsAsExceptions"/> to have them thrown as
/// <see cref="AvinodeSoftErrorException"/>.
/// </summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class AvinodeResponse<T>
{
    /// <summary>Creates the result.</summary>
    /// <param name="data">The data; <see langword="null"/> only with soft errors (<see cref="HasErrors"/>).</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="meta">The response's meta.</param>
    /// <param name="rateLimit">The rate-limit headers of the response, if any.</param>
    public AvinodeResponse(T? data, HttpStatusCode statusCode, AvinodeMeta meta, RateLimitInfo? rateLimit)
    {
        // The SDK guarantees data on every answer without soft errors (a missing one is an InvalidResponseException).
        Data = data!;
        StatusCode = statusCode;
        Meta = meta ?? AvinodeMeta.Empty;
        RateLimit = rateLimit;
    }

    /// <summary>
    /// The data: always present when <see cref="HasErrors"/> is <see langword="false"/> (an answer without it is an
    /// <see cref="AviationApis.Core.Errors.InvalidResponseException"/>). With soft errors the vendor may send none
    /// (then it is <see langword="null"/>) or only what was accepted: check <see cref="HasErrors"/> or call
    /// <see cref="EnsureNoErrors"/> first.
    /// </summary>
    public T Data { get; }

    /// <summary>The HTTP status (2xx).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Errors, warnings and infos the server reported.</summary>
    public AvinodeMeta Meta { get; }

    /// <summary><see langword="true"/> when the server reported soft errors.</summary>
    public bool HasErrors => Meta.Errors.Count > 0;

    /// <summary>The rate-limit state reported with this response, if any.</summary>
    public RateLimitInfo? RateLimit { get; }

    /// <summary>Returns <see cref="Data"/>, throwing when the server reported soft errors or sent no data.</summary>
    /// <returns>The data.</returns>
    /// <exception cref="AvinodeSoftErrorException">The response carries soft errors or no data.</exception>
    public T EnsureNoErrors()
    {
        if (!HasErrors && Data is not null)
        {
            return Data;
        }

        throw AvinodeSoftErrorException.Create(Meta, StatusCode, RateLimit, HasErrors ? "The vendor reported errors" : "The response carried no data");
    }

    /// <summary>The status, the data, the vendor's messages and the rate limit; collections print as their first elements.</summary>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder("AvinodeResponse { ");
        ModelText.Of(builder).Add(StatusCode).Add(Data).Add(Meta).Add(RateLimit);
        return builder.Append(" }").ToString();
    }
}
