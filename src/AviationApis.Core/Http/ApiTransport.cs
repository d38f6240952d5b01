using System.Text.Json.Serialization.Metadata;
using AviationApis.Core.Errors;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Http;

/// <summary>
/// The one vendor transport every client sends through (Octokit's <c>Connection.RunRequest</c>, Azure's
/// <c>HttpPipeline</c>): it sends through the registration's named <see cref="HttpClient"/> (and so through the Core
/// pipeline), classifies the answer, hands a failure's body to the vendor's <see cref="IApiErrorReader"/>, and builds
/// the typed exception through <see cref="ApiExceptionFactory"/> — one redaction, one excerpt, and request id,
/// attempts, rate limit and operation always filled. Failures a vendor reports inside a success answer (soft errors)
/// go through <see cref="Fail"/>, the same factory.
/// </summary>
/// <param name="httpClientFactory">The factory of the named clients.</param>
/// <param name="httpClientName">The registration's named client (its pipeline).</param>
/// <param name="errorReader">The vendor's error reader.</param>
internal sealed class ApiTransport(IHttpClientFactory httpClientFactory, string httpClientName, IApiErrorReader errorReader)
{
    /// <summary>The named client the transport sends through.</summary>
    public string HttpClientName { get; } = httpClientName;

    /// <summary>Sends; returns a success response (the caller owns it) or throws the typed exception.</summary>
    /// <param name="request">The request, its operation set.</param>
    /// <param name="redactor">The client's redactor (the call's own secrets are added from the request).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The success response, its body not yet read.</returns>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Redactor redactor, CancellationToken cancellationToken) =>
        SendAsync<object?>(request, redactor, null, null, cancellationToken);

    /// <summary>Sends, lets the vendor look at every answer first (e.g. its rate-limit state), then checks it.</summary>
    /// <typeparam name="TState">What the observer needs.</typeparam>
    /// <param name="request">The request, its operation set.</param>
    /// <param name="redactor">The client's redactor.</param>
    /// <param name="observe">Sees every response before it is checked (success or not).</param>
    /// <param name="state">Passed to <paramref name="observe"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The success response, its body not yet read.</returns>
    public async Task<HttpResponseMessage> SendAsync<TState>(HttpRequestMessage request, Redactor redactor, Action<HttpResponseMessage, TState>? observe, TState state, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        observe?.Invoke(response, state);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await ApiResponses.ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
            throw ApiExceptionFactory.Create(response, errorReader.Read(response, body), body, redactor);
        }
    }

    /// <summary>Sends and deserializes a success body with a source-generated type.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="request">The request, its operation set.</param>
    /// <param name="typeInfo">The source-generated metadata.</param>
    /// <param name="redactor">The client's redactor.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response (the caller owns it; its body is read) and the value.</returns>
    public async Task<(HttpResponseMessage Response, T Value)> SendJsonAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, Redactor redactor, CancellationToken cancellationToken)
    {
        var response = await SendAsync(request, redactor, cancellationToken).ConfigureAwait(false);
        try
        {
            return (response, await ApiResponses.ReadJsonAsync(response, typeInfo, redactor, cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>The typed exception for a failure the vendor reported inside a success answer (a soft error).</summary>
    /// <param name="response">The success response.</param>
    /// <param name="reading">What the vendor's envelope says, and its exception type.</param>
    /// <param name="text">The text to excerpt (e.g. the raw error member), if any.</param>
    /// <param name="redactor">The client's redactor.</param>
    /// <returns>The exception to throw.</returns>
    public static AviationApiException Fail(HttpResponseMessage response, ApiErrorReading reading, string? text, Redactor redactor) =>
        ApiExceptionFactory.Create(response, reading, text, redactor);
}
