using System.Text.Json.Serialization.Metadata;
using AviationApis.Cangooroo.Json;
using AviationApis.Cangooroo.Options;
using AviationApis.Core.Http;
using AviationApis.Core.Json;
using AviationApis.Core.Redaction;

namespace AviationApis.Cangooroo.Transport;

/// <summary>
/// Sends Cangooroo calls through Core's transport: a JSON POST carrying the connection's credentials; an HTTP 200 whose
/// <c>Error</c> envelope is set becomes the vendor's business refusal, through the same exception factory.
/// </summary>
internal sealed class CangoorooTransport(IHttpClientFactory factory, string httpClientName)
{
    private readonly ApiTransport _transport = new(factory, httpClientName, CangoorooErrorReader.Instance);

    /// <summary>The redactor of a connection: knows the configured password, masks card numbers and secret-named members.</summary>
    public static Redactor RedactorFor(CangoorooClientOptions options) => new([options.Password]);

    /// <summary>The credentials every request body carries.</summary>
    public static CredentialWire Credential(CangoorooClientOptions options) =>
        new() { Username = options.Username ?? string.Empty, Password = options.Password ?? string.Empty };

    public async Task<(HttpResponseMessage Response, TResponse Body)> SendAsync<TRequest, TResponse>(
        CangoorooClientOptions options,
        ApiOperation operation,
        string path,
        TRequest body,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType,
        CancellationToken cancellationToken,
        Redactor? redactor = null)
        where TResponse : CangoorooResponseWire
    {
        redactor ??= RedactorFor(options);
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiUri.Combine(options.BaseAddress!, path))
        {
            Content = JsonRequestContent.Create(body, requestType),
        };
        request.SetOperation(operation);
        var (response, dto) = await _transport.SendJsonAsync(request, responseType, redactor, cancellationToken).ConfigureAwait(false);
        if (dto.HasError)
        {
            // HTTP 200 with an Error envelope: the vendor's business refusal, through the same factory.
            using (response)
            {
                var error = dto.Error!.Value;
                throw ApiTransport.Fail(response, CangoorooErrorReader.Business(error), LenientJsonText.GetRawText(error), redactor);
            }
        }

        return (response, dto);
    }
}
