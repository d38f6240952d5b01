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
        SendAsync(request, redactor, null, cancellationToken);

    /// <summary>Sends, lets the vendor look at every answer first (e.g. its rate-limit state), then checks it.</summary>
    /// <param name="request">The request, its operation set.</param>
    /// <param name="redactor">The client's redactor.</param>
    /// <param name="observer">Sees every response before it is checked (success or not), if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The success response, its body not yet read.</returns>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Redactor redactor, IResponseObserver? observer, CancellationToken cancellationToken)
    {
        var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        observer?.Observe(response);
        if (!response.IsSuccessStatusCode)
        {
            await ThrowAsync(response, redactor, cancellationToken).ConfigureAwait(false);
        }

        return response;
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
        // The send is written out here (not through SendAsync): one async layer per call, as before the transport.
        var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            await ThrowAsync(response, redactor, cancellationToken).ConfigureAwait(false);
        }

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

    /// <summary>
    /// Sends a request it takes ownership of, deserializes the success body, applies the vendor's rule for a success
    /// answer that reports a failure, and disposes request and response.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="request">The request, its operation set; disposed when the call ends.</param>
    /// <param name="typeInfo">The source-generated metadata.</param>
    /// <param name="redactor">The client's redactor.</param>
    /// <param name="check">What a success answer that is a failure says, or <see langword="null"/> for a result.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The value and the answer's status.</returns>
    public async Task<(T Value, System.Net.HttpStatusCode Status)> SendValueAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, Redactor redactor, Func<T, System.Net.HttpStatusCode, ApiErrorReading?>? check, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                await ThrowAsync(response, redactor, cancellationToken).ConfigureAwait(false);
            }

            var value = await ApiResponses.ReadJsonAsync(response, typeInfo, redactor, cancellationToken).ConfigureAwait(false);
            if (check?.Invoke(value, response.StatusCode) is { } failure)
            {
                throw Fail(response, failure, null, redactor);
            }

            return (value, response.StatusCode);
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

    // A failed answer: its body (64 KiB) → the vendor's reader → the one factory. Disposes the response and throws.
    private async Task ThrowAsync(HttpResponseMessage response, Redactor redactor, CancellationToken cancellationToken)
    {
        using (response)
        {
            var body = await ApiResponses.ReadErrorBodyAsync(response, cancellationToken).ConfigureAwait(false);
            throw ApiExceptionFactory.Create(response, errorReader.Read(response, body), body, redactor);
        }
    }
}
