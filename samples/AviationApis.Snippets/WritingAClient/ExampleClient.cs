using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;

namespace Snippets.WritingAClient;

/// <summary>docs/writing-a-client.md: Making a call.</summary>
public sealed class ExampleClient(IHttpClientFactory factory, ExampleClientOptions options, string name)
{
    private readonly IHttpClientFactory _factory = factory;
    private readonly ExampleClientOptions _options = options;
    private readonly string _httpClientName = ExampleRegistration.HttpClientName(name);
    private readonly Redactor _redactor = Redactor.Default.WithSecrets(options.ApiKey!);

    #region Snippet:WritingAClientCall
    private static readonly ApiOperation Book = new("Example.Book", Idempotency.NonIdempotent);

    public async Task<ExampleBookingResult> BookAsync(ExampleBookRequest body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiUri.Combine(_options.BaseAddress!, "book"))
        {
            Content = JsonRequestContent.Create(body, ExampleJsonContext.Wire.ExampleBookRequest),
        };
        request.SetOperation(Book);
        var http = _factory.CreateClient(_httpClientName);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await ApiResponses.ReadErrorBodyAsync(response, cancellationToken);
            throw ApiExceptionFactory.FromResponse(response, ApiErrorContent.Empty, text, _redactor); // your vendor's error reader goes here
        }

        return await ApiResponses.ReadJsonAsync(response, ExampleJsonContext.Wire.ExampleBookingResult, _redactor, cancellationToken);
    }
    #endregion
}
