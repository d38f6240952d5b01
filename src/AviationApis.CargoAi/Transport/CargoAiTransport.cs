using System.Net;
using System.Text.Json.Serialization.Metadata;
using AviationApis.CargoAi.Booking;
using AviationApis.CargoAi.Errors;
using AviationApis.CargoAi.Options;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;

namespace AviationApis.CargoAi.Transport;

/// <summary>
/// CargoAi's requests (paths under the base address, <c>Accept: application/json</c>) sent through Core's one
/// <see cref="ApiTransport"/> with <see cref="CargoAiErrorReader"/>; a failure the vendor reports inside a success
/// answer goes through the same exception factory (<see cref="ApiTransport.Fail"/>).
/// </summary>
internal sealed class CargoAiTransport(IHttpClientFactory httpClientFactory, string httpClientName, Func<CargoAiClientOptions> options, Redactor redactor, TimeProvider time)
{
    private readonly ApiTransport _transport = new(httpClientFactory, httpClientName, CargoAiErrorReader.Instance);

    public TimeProvider Time { get; } = time;

    public CargoAiClientOptions Options => options();

    public Redactor Redactor { get; } = redactor;

    /// <summary>
    /// Sends one request and reads its JSON answer. <c>check</c> is the vendor's rule for a success answer that reports
    /// a failure (a failed booking, an error body): what it says, or <see langword="null"/> when the answer is a result.
    /// </summary>
    public Task<(T Value, HttpStatusCode Status)> SendAsync<T>(
        ApiOperation operation,
        HttpMethod method,
        string path,
        IEnumerable<KeyValuePair<string, string?>>? query,
        HttpContent? content,
        JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken,
        KeyValuePair<string, string>? header = null,
        Func<T, HttpStatusCode, ApiErrorReading?>? check = null)
    {
        var request = new HttpRequestMessage(method, ApiUri.Combine(Options.BaseAddress!, path, query)) { Content = content };
        // Stored as sent: no header-value parsing per request.
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (header is { } h)
        {
            request.Headers.TryAddWithoutValidation(h.Key, h.Value);
        }

        request.SetOperation(operation);
        return _transport.SendValueAsync(request, resultType, Redactor, check, cancellationToken); // disposes the request
    }

    /// <summary>The booking exception, the vendor's members redacted like the details.</summary>
    public static CargoAiBookingException BookingFailure(ApiErrorDetails details, CargoAiBookingFailure failure, Redactor redactor)
    {
        var message = failure.BookingStatus == BookingStatus.BookingRejected ? "The airline rejected the booking" : "The booking failed";
        return new CargoAiBookingException(message, details, failure with
        {
            Error = Clean(failure.Error),
            Description = Clean(failure.Description),
            RejectedReason = Clean(failure.RejectedReason),
        });

        string? Clean(string? value) => value is null ? null : redactor.Redact(value);
    }
}
