using System.Net;
using System.Text.Json.Serialization.Metadata;
using AviationApis.CargoAi.Booking;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;

namespace AviationApis.CargoAi.Http;

/// <summary>Sends every CargoAi request through the named pipeline client and maps failures to typed exceptions.</summary>
internal sealed class CargoAiTransport(IHttpClientFactory httpClientFactory, string httpClientName, Func<CargoAiClientOptions> options, Redactor redactor, TimeProvider time)
{
    private const int ExcerptLength = 512;

    public TimeProvider Time { get; } = time;

    public CargoAiClientOptions Options => options();

    public Redactor Redactor { get; } = redactor;

    public async Task<(T Value, HttpStatusCode Status)> SendAsync<T>(
        ApiOperation operation,
        HttpMethod method,
        string path,
        IEnumerable<KeyValuePair<string, string?>>? query,
        HttpContent? content,
        JsonTypeInfo<T> resultType,
        CancellationToken cancellationToken,
        KeyValuePair<string, string>? header = null)
    {
        using var request = new HttpRequestMessage(method, ApiUri.Combine(Options.BaseAddress!, path, query)) { Content = content };
        // Stored as sent: no header-value parsing per request.
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        if (header is { } h)
        {
            request.Headers.TryAddWithoutValidation(h.Key, h.Value);
        }

        request.SetOperation(operation);
        var http = httpClientFactory.CreateClient(httpClientName);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var text = await ApiResponses.ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
            var body = CargoAiErrorReader.Read(text, Redactor);
            if (body.Booking is { } failure)
            {
                throw BookingFailure(ApiExceptionFactory.Details(request, response, body.Content, Excerpt(text)), failure);
            }

            throw ApiExceptionFactory.FromResponse(response, body.Content, text, Redactor);
        }

        var value = await ApiResponses.ReadJsonAsync(response, resultType, Redactor, cancellationToken).ConfigureAwait(false);
        return (value, response.StatusCode);
    }

    public static CargoAiBookingException BookingFailure(ApiErrorDetails details, CargoAiBookingFailure failure)
    {
        var message = failure.BookingStatus == BookingStatus.BookingRejected ? "The airline rejected the booking" : "The booking failed";
        return new CargoAiBookingException(message, details, failure);
    }

    private string? Excerpt(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        var redacted = Redactor.Redact(body);
        return redacted.Length <= ExcerptLength ? redacted : redacted[..ExcerptLength] + "…";
    }
}
