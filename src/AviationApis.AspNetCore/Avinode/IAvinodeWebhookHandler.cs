using AviationApis.Avinode.Notifications;

namespace AviationApis.AspNetCore.Avinode;

/// <summary>
/// Handles accepted Avinode / SchedAero webhook notifications. Runs after the endpoint has answered 200 (Avinode retries
/// unanswered deliveries for up to 48 hours), in its own DI scope, once per distinct delivery. Fetch the full resource
/// with <c>ISchedAeroClient.GetNotificationResourceAsync</c>. Register it with <c>AddAvinodeWebhookHandler</c>.
/// </summary>
public interface IAvinodeWebhookHandler
{
    /// <summary>Handles one notification.</summary>
    /// <param name="notification">The notification (<c>type</c>, <c>id</c>, <c>href</c>, …).</param>
    /// <param name="cancellationToken">Signalled when the application stops.</param>
    /// <returns>A task that completes when handled.</returns>
    Task HandleAsync(AvinodeNotification notification, CancellationToken cancellationToken = default);
}
