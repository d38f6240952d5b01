using AviationApis.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Avinode;

/// <summary>Maps the Avinode / SchedAero webhook endpoint.</summary>
public static class AvinodeWebhookEndpoints
{
    internal const string EndpointName = "avinode";

    /// <summary>
    /// Maps <c>POST {pattern}</c>: checks <c>Authorization: Basic</c> against every configured connection before reading
    /// the body (401 when none matches, no detail), reads the raw body (413 above
    /// <see cref="AviationWebhookOptions.MaxBodyBytes"/>), stores it in the inbox with the matching connection's name and
    /// only then answers 200 (503 when it cannot be stored). A notification about live Avinode data reaching a development
    /// or test build is answered 403 and not stored (<see cref="AvinodeWebhookEndpointOptions.AllowLiveNotifications"/>).
    /// The registered <see cref="IAvinodeWebhookHandler"/> runs
    /// later, from the inbox.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, e.g. <c>/webhooks/avinode</c>.</param>
    /// <returns>The endpoint, for adding filters or metadata.</returns>
    public static IEndpointConventionBuilder MapAvinodeWebhooks(this IEndpointRouteBuilder endpoints, string pattern = "/webhooks/avinode")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var connections = endpoints.ServiceProvider.GetRequiredService<AvinodeConnections>();
        var gate = endpoints.ServiceProvider.GetRequiredService<LiveNotificationGate>();
        return endpoints.MapPost(pattern, WebhookEndpoint.Create(
            EndpointName,
            context => connections.Match(context.Request.Headers.Authorization.ToString()) is { } name ? HeaderVerdict.Accepted(name) : HeaderVerdict.Rejected,
            refuseBody: (_, body) => gate.Refusal(body)));
    }
}
