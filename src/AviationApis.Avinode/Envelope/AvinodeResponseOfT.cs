using System.Net;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Options;
using AviationApis.Core.RateLimits;

namespace AviationApis.Avinode.Envelope;

/// <summary>
/// The outcome of a successful call that returns data: the typed <see cref="Data"/> (always present), the <c>meta</c>
/// messages (soft errors, warnings, infos) and the rate-limit state. Soft errors (HTTP 2xx with <c>meta.errors</c>)
/// are never dropped: check <see cref="HasErrors"/>, call <see cref="EnsureNoErrors"/>, or set
/// <see cref="AvinodeClientOptions.TreatSoftErrorsAsExceptions"/> to have them thrown as
/// <see cref="AvinodeSoftErrorException"/>. An answer with soft errors and no data is never returned: it is thrown as
/// <see cref="AvinodeSoftErrorException"/> whatever the option says. Operations whose answer carries no data return
/// <see cref="AvinodeResponse"/> instead.
/// </summary>
/// <typeparam name="T">The data type.</typeparam>
public sealed class AvinodeResponse<T>
{
    /// <summary>Creates the result.</summary>
    /// <param name="data">The data; never <see langword="null"/>.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="meta">The response's meta (<see langword="null"/> is read as <see cref="AvinodeMeta.Empty"/>).</param>
    /// <param name="rateLimit">The rate-limit headers of the response, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>: a response without data is an <see cref="AvinodeResponse"/>.</exception>
    public AvinodeResponse(T data, HttpStatusCode statusCode, AvinodeMeta meta, RateLimitInfo? rateLimit)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
        StatusCode = statusCode;
        Meta = meta ?? AvinodeMeta.Empty;
        RateLimit = rateLimit;
    }

    /// <summary>
    /// The data; never <see langword="null"/>. An answer without it is an
    /// <see cref="AviationApis.Core.Errors.InvalidResponseException"/>, or an <see cref="AvinodeSoftErrorException"/>
    /// when the server reported soft errors. With soft errors (<see cref="HasErrors"/>) the data may hold only what the
    /// server accepted (even an empty object): check <see cref="HasErrors"/> or call <see cref="EnsureNoErrors"/> first.
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

    /// <summary>Returns <see cref="Data"/>, throwing when the server reported soft errors.</summary>
    /// <returns>The data.</returns>
    /// <exception cref="AvinodeSoftErrorException">The response carries soft errors.</exception>
    public T EnsureNoErrors() =>
        HasErrors ? throw AvinodeSoftErrorException.Create(Meta, StatusCode, RateLimit, "The vendor reported errors") : Data;

    /// <summary>The status, the data, the vendor's messages and the rate limit; collections print as their first elements.</summary>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder("AvinodeResponse { ");
        ModelText.Of(builder).Add(StatusCode).Add(Data).Add(Meta).Add(RateLimit);
        return builder.Append(" }").ToString();
    }
}
