using AviationApis.AspNetCore.Avinode;

namespace AviationApis.WebhookReceiver;

/// <summary>
/// Records each Avinode notification in the journal and logs one line: the connection (company), the event type and
/// the resource it points to. (The resource id is written to the server log, not shown to users, per Avinode's
/// checklist.)
/// </summary>
internal sealed partial class LoggingAvinodeHandler(HandledJournal journal, ILogger<LoggingAvinodeHandler> logger) : IAvinodeWebhookHandler
{
    public async Task HandleAsync(AvinodeWebhookDelivery delivery, CancellationToken cancellationToken = default)
    {
        var notification = delivery.Notification;
        var type = LogSafe.Clean(notification.Type ?? "(untyped)");
        var id = LogSafe.Clean(notification.Id.ToString());
        await journal.RecordAsync(delivery.DeliveryKey, $"avinode {delivery.ConnectionName} {type} {id}", cancellationToken);
        Accepted(logger, type, id, delivery.ConnectionName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Avinode notification accepted: {EventType} for resource {ResourceId} (connection {Connection})")]
    private static partial void Accepted(ILogger logger, string eventType, string resourceId, string connection);
}
