using System.Text.Json;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Infrastructure.WritingAClient;

/// <summary>docs/writing-a-client.md: Making a call.</summary>
public sealed class ExampleClient(IHttpClientFactory factory, ExampleClientOptions options, string name)
{
    private readonly ExampleClientOptions _options = options;
    private readonly Redactor _redactor = Redactor.Default.WithSecrets(options.ApiKey!);

    #region Snippet:WritingAClientCall
    private static readonly ApiOperation Book = new("Example.Book", Idempotency.NonIdempotent);

    // One per registration: the named client (Core's pipeline) and the vendor's error reader.
    private readonly ApiTransport _transport = new(factory, ExampleRegistration.HttpClientName(name), ExampleErrorReader.Instance);

    public async Task<ExampleBookingResult> BookAsync(ExampleBookRequest body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiUri.Combine(_options.BaseAddress!, "book"))
        {
            Content = JsonRequestContent.Create(body, ExampleJsonContext.Wire.ExampleBookRequest),
        };
        request.SetOperation(Book);
        var (response, result) = await _transport.SendJsonAsync(request, ExampleJsonContext.Wire.ExampleBookingResult, _redactor, cancellationToken);
        using (response)
        {
            if (result.Status == "REFUSED")
            {
                // A failure the vendor reports inside a 200: the same factory, so the same details.
                throw ApiTransport.Fail(response, new ApiErrorReading(new ApiErrorContent("REFUSED", [result.Reason ?? "refused"], [])), null, _redactor);
            }

            return result;
        }
    }
    #endregion
}

#region Snippet:WritingAClientErrorReader
/// <summary>What the Example vendor's error body (<c>{"code": "...", "message": "..."}</c>) says; never throws.</summary>
internal sealed class ExampleErrorReader : IApiErrorReader
{
    public static ExampleErrorReader Instance { get; } = new();

    public ApiErrorReading Read(HttpResponseMessage response, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            return new(new ApiErrorContent(code, message is null ? [] : [message], []));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return new(ApiErrorContent.Empty); // Core still keeps a redacted excerpt of the body
        }
    }
}
#endregion
