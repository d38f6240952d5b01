using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.Core.Pipeline;

/// <summary>
/// Per attempt, before signing: pins every request, and every redirect hop, to the client's allowed base addresses
/// (<see cref="OriginPolicy"/>), so credentials never reach another origin. A URI outside them is refused before
/// anything is sent (<see cref="OriginNotAllowedException"/>, never retried). Redirects are followed here and not by
/// the primary handler (its automatic redirects are off): a redirect within the allowed base addresses is sent again
/// through the signing stage, so it is freshly signed; any other is refused. A primary handler replaced by the user that
/// follows redirects itself is caught after the fact: an answer from a foreign origin is refused, never returned.
/// </summary>
internal sealed class OriginCheckHandler : DelegatingHandler
{
    /// <summary>Redirect hops followed within one attempt before the last redirect answer is returned as it is.</summary>
    internal const int MaxRedirects = 5;

    private readonly OriginPolicy _policy;

    public OriginCheckHandler(OriginPolicy policy) => _policy = policy;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_policy.Allows(request.RequestUri))
        {
            throw Refused(request, null, "was refused before anything was sent");
        }

        return SendFollowingRedirectsAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendFollowingRedirectsAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            var sent = request.RequestUri;
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(request.RequestUri, sent) && !_policy.Allows(request.RequestUri))
            {
                // The primary handler followed a redirect by itself (a user-supplied handler with automatic redirects on).
                response.Dispose();
                throw Refused(request, response, "answered after a redirect the primary handler followed; the answer was discarded (turn off AllowAutoRedirect)");
            }

            if (hop >= MaxRedirects || !IsRedirect(response.StatusCode) || response.Headers.Location is not { } location)
            {
                return response;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            if (!_policy.Allows(target))
            {
                response.Dispose();
                throw Refused(target, request, response, "is where the server redirected; the redirect was not followed");
            }

            response.Dispose();
            if (response.StatusCode == HttpStatusCode.SeeOther ? request.Method != HttpMethod.Head
                : response.StatusCode is HttpStatusCode.Moved or HttpStatusCode.Found && request.Method == HttpMethod.Post)
            {
                // As browsers and SocketsHttpHandler do: 303 (and 301/302 after a POST) continue as a GET without a body.
                request.Method = HttpMethod.Get;
                request.Content = null;
            }

            request.RequestUri = target;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.Moved or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private OriginNotAllowedException Refused(HttpRequestMessage request, HttpResponseMessage? response, string what) =>
        Refused(request.RequestUri, request, response, what);

    private OriginNotAllowedException Refused(Uri? target, HttpRequestMessage request, HttpResponseMessage? response, string what)
    {
        var origin = OriginPolicy.OriginOf(target);
        var details = ApiExceptionFactory.Details(request, response);
        if (response is null)
        {
            // This attempt never left the process.
            details = details with { Attempts = Math.Max(0, details.Attempts - 1) };
        }

        var allowed = string.Join(", ", _policy.BaseAddresses.Select(b => OriginPolicy.OriginOf(b)));
        var reason = target is { UserInfo.Length: > 0 } ? " (it carries user information)" : string.Empty;
        return new OriginNotAllowedException(
            $"{origin}{reason} {what}: this client sends only to {allowed}, under the configured base path",
            origin,
            details);
    }
}
