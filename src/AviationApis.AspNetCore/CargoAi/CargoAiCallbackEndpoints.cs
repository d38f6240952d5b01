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
    /// <summary>
    /// Maps <c>POST {prefix}/flywindow</c> and <c>POST {prefix}/booking</c>. Each reads the raw body (413 above
    /// <see cref="AviationWebhookOptions.MaxBodyBytes"/>), verifies it with
    /// <see cref="CargoAiCallbackEndpointOptions.Verifier"/> (401 on failure, no detail), parses it with
    /// <see cref="CargoAiCallbackParser"/> (400 with a short reason), answers 200 and hands the callback to the
    /// registered <see cref="ICargoAiCallbackHandler"/> in the background, once per distinct delivery.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="prefix">The path prefix, e.g. <c>/webhooks/cargoai</c>.</param>
    /// <returns>The route group, for adding filters or metadata.</returns>
    public static RouteGroupBuilder MapCargoAiCallbacks(this IEndpointRouteBuilder endpoints, string prefix = "/webhooks/cargoai")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/flywindow", Endpoint("cargoai/flywindow", CargoAiCallbackKind.FlyWindow));
        group.MapPost("/booking", Endpoint("cargoai/booking", CargoAiCallbackKind.Booking));
        return group;
    }

    private static RequestDelegate Endpoint(string name, CargoAiCallbackKind kind) =>
        WebhookEndpoint.Create(
            name,
            static (services, body, request) =>
                services.GetRequiredService<IOptions<CargoAiCallbackEndpointOptions>>().Value.Verifier
                    .Verify(body.Span, header => request.Headers.TryGetValue(header, out var values) ? values.ToString() : null).IsValid,
            body => new CargoAiCallbackDelivery(kind, CargoAiCallbackParser.Parse(body)),
            static delivery => $"AWB {delivery.Callback.Awb ?? "-"} status {delivery.Callback.BookingStatus?.Value ?? "-"}",
            static (services, delivery, token) => services.GetRequiredService<ICargoAiCallbackHandler>().HandleAsync(delivery, token));
}
