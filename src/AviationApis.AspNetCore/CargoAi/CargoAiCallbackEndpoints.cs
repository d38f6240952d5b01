using AviationApis.AspNetCore.Endpoints;
using AviationApis.CargoAi.Callbacks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.CargoAi;

/// <summary>Maps the CargoAi FlyWINDOW and booking callback endpoints.</summary>
public static class CargoAiCallbackEndpoints
{
    internal const string FlyWindowEndpoint = "cargoai/flywindow";
    internal const string BookingEndpoint = "cargoai/booking";

    /// <summary>
    /// Maps <c>POST {prefix}/flywindow</c> and <c>POST {prefix}/booking</c>. Each checks the credentials in the headers
    /// with <see cref="CargoAiCallbackEndpointOptions.Verifier"/> before reading the body (401, no detail; for the HMAC
    /// scheme the signature header must be present, and is then checked over the body), reads the raw body (413 above
    /// <see cref="AviationWebhookOptions.MaxBodyBytes"/>), stores it in the inbox and only then answers 200 (503 when it
    /// cannot be stored). The registered <see cref="ICargoAiCallbackHandler"/> runs later, from the inbox.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="prefix">The path prefix, e.g. <c>/webhooks/cargoai</c>.</param>
    /// <returns>The route group, for adding filters or metadata.</returns>
    /// <exception cref="InvalidOperationException">No verification scheme is configured and unauthenticated callbacks are not allowed.</exception>
    public static RouteGroupBuilder MapCargoAiCallbacks(this IEndpointRouteBuilder endpoints, string prefix = "/webhooks/cargoai")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<CargoAiCallbackEndpointOptions>>().Value;
        if (options.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var group = endpoints.MapGroup(prefix);
        group.MapPost("/flywindow", Endpoint(FlyWindowEndpoint, options.Verifier));
        group.MapPost("/booking", Endpoint(BookingEndpoint, options.Verifier));
        return group;
    }

    private static RequestDelegate Endpoint(string name, CargoAiCallbackVerifier? verifier) =>
        WebhookEndpoint.Create(
            name,
            context => VerifyHeaders(context, verifier),
            (context, body) => verifier is not null && verifier.Verify(body, header => WebhookEndpoint.Header(context, header)).IsValid);

    private static HeaderVerdict VerifyHeaders(HttpContext context, CargoAiCallbackVerifier? verifier)
    {
        switch (verifier?.Scheme)
        {
            case null or CallbackAuthenticationScheme.None:
                return HeaderVerdict.Accepted();
            case CallbackAuthenticationScheme.Hmac:
                return string.IsNullOrWhiteSpace(WebhookEndpoint.Header(context, CargoAiCallbackVerifier.HmacHeaderName)) ? HeaderVerdict.Rejected : HeaderVerdict.NeedsBody;
            default:
                // Basic and Bearer carry the whole credential in a header: decided before a byte of the body is read.
                return verifier.Verify(ReadOnlySpan<byte>.Empty, header => WebhookEndpoint.Header(context, header)).IsValid ? HeaderVerdict.Accepted() : HeaderVerdict.Rejected;
        }
    }
}
