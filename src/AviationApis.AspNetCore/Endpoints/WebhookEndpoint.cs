using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Endpoints;

/// <summary>Builds the request delegate of one callback or webhook endpoint over the shared <see cref="WebhookIntake"/>.</summary>
internal static class WebhookEndpoint
{
    /// <param name="endpointName">The name stored with each delivery (it selects the handler).</param>
    /// <param name="verifyHeaders">Checks the credentials in the headers, before the body is read.</param>
    /// <param name="verifyBody">Checks a signature over the body, when the headers said <see cref="HeaderOutcome.NeedsBody"/>.</param>
    /// <param name="refuseBody">After verification: why a verified body must not be accepted here (403, nothing stored), or <see langword="null"/>.</param>
    public static RequestDelegate Create(
        string endpointName,
        Func<HttpContext, HeaderVerdict> verifyHeaders,
        Func<HttpContext, byte[], bool>? verifyBody = null,
        Func<HttpContext, byte[], string?>? refuseBody = null) =>
        context => context.RequestServices.GetRequiredService<WebhookIntake>().ReceiveAsync(context, endpointName, verifyHeaders, verifyBody, refuseBody);

    /// <summary>A header's value, or <see langword="null"/> when absent (the verifiers' header lookup).</summary>
    public static string? Header(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
