using AviationApis.Avinode.Notifications;

namespace AviationApis.AspNetCore.Avinode;

/// <summary>A verified, stored and parsed Avinode notification handed to an <see cref="IAvinodeWebhookHandler"/>.</summary>
/// <param name="ConnectionName">The connection (company) whose credentials it carried; <see cref="AvinodeWebhookEndpointOptions.DefaultConnectionName"/> for the single-connection settings.</param>
/// <param name="Notification">The notification (<c>type</c>, <c>id</c>, <c>href</c>, …).</param>
/// <param name="DeliveryKey">The delivery's unique key in the inbox: record it with your side effect to make a re-run harmless.</param>
public sealed record AvinodeWebhookDelivery(string ConnectionName, AvinodeNotification Notification, string DeliveryKey);
