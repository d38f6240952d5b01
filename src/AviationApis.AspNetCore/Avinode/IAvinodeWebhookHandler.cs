namespace AviationApis.AspNetCore.Avinode;

/// <summary>
/// Handles Avinode / SchedAero webhook notifications. Runs after the endpoint stored the delivery and answered 200, in
/// its own DI scope, once per delivery key; a throw is retried with back-off and, once the retries are spent, parks the
/// delivery dead for a replay. A crash after your side effect but before the processor recorded completion runs it
/// again (at least once): use <see cref="AvinodeWebhookDelivery.DeliveryKey"/> to make the side effect idempotent. Fetch
/// the full resource with <c>ISchedAeroClient.GetNotificationResourceAsync</c> on the client of
/// <see cref="AvinodeWebhookDelivery.ConnectionName"/>. Register it with <c>AddAvinodeWebhookHandler</c>.
/// </summary>
public interface IAvinodeWebhookHandler
{
    /// <summary>Handles one notification.</summary>
    /// <param name="delivery">The notification, the connection it arrived for and its delivery key.</param>
    /// <param name="cancellationToken">Signalled when the application stops: the delivery is then released and handled after the restart.</param>
    /// <returns>A task that completes when handled.</returns>
    Task HandleAsync(AvinodeWebhookDelivery delivery, CancellationToken cancellationToken = default);
}
