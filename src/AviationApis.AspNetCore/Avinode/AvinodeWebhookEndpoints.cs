using AviationApis.AspNetCore.Endpoints;
using AviationApis.Avinode.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Avinode;

/// <summary>Maps the Avinode / SchedAero webhook endpoint.</summary>
public static class AvinodeWebhookEndpoints
{
    /// <summary>
    /// Maps <c>POST {pattern}</c>: reads the raw body (413 above <see cref="AviationWebhookOptions.MaxBodyBytes"/>),
    /// checks <c>Authorization: Basic</c> against <see cref="AvinodeWebhookEndpointOptions"/> in constant time (401 on
    /// failure, no detail), parses it with <see cref="AvinodeNotificationParser"/> (400 with a short reason), answers
    /// 200 and hands the notification to the registered <see cref="IAvinodeWebhookHandler"/> in the background, once per
    /// distinct delivery.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route, e.g. <c>/webhooks/avinode</c>.</param>
    /// <returns>The endpoint, for adding filters or metadata.</returns>
    public static IEndpointConventionBuilder MapAvinodeWebhooks(this IEndpointRouteBuilder endpoints, string pattern = "/webhooks/avinode")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, WebhookEndpoint.Create(
            "avinode",
            static (services, _, request) => services.GetRequiredService<WebhookBasicAuthenticator>().IsValid(request.Headers.Authorization.ToString()),
            static body => AvinodeNotificationParser.Parse(body),
            static notification => $"{notification.Type ?? "notification"} {notification.Id}",
            static (services, notification, token) => services.GetRequiredService<IAvinodeWebhookHandler>().HandleAsync(notification, token)));
    }
}
