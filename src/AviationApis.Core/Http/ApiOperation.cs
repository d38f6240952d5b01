namespace AviationApis.Core.Http;

/// <summary>
/// Names a client operation and says whether it may be retried. Clients keep one static instance per method and attach
/// it to every request with <see cref="HttpRequestMessageExtensions.SetOperation"/>.
/// </summary>
/// <param name="Name">The operation name used in logs, metrics, traces and exceptions, e.g. <c>CargoAi.Book</c>.</param>
/// <param name="Idempotency">How the retry stage classifies the request.</param>
/// <param name="StreamResponse">
/// <see langword="true"/> when the response body is handed to the caller as a stream (PDF downloads): the pipeline then
/// neither buffers the body nor retries once headers have arrived. Otherwise the body is read inside the attempt, so a
/// connection dropped mid-body counts as a failed attempt.
/// </param>
public sealed record ApiOperation(string Name, Idempotency Idempotency, bool StreamResponse = false)
{
    /// <summary>The operation used when a request carries none: idempotent, named after the HTTP method.</summary>
    internal static ApiOperation Unnamed(HttpMethod method) =>
        new($"HTTP {method.Method}", method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options ? Idempotency.Idempotent : Idempotency.NonIdempotent);
}
