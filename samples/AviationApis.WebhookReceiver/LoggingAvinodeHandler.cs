using AviationApis.AspNetCore.Avinode;
using AviationApis.Avinode.Notifications;

namespace AviationApis.WebhookReceiver;

/// <summary>
/// Logs one line per accepted Avinode notification: the event type and the resource it points to. (The resource id is
/// written to the server log, not shown to users, per Avinode's checklist.)
/// </summary>
internal sealed partial class LoggingAvinodeHandler(ILogger<LoggingAvinodeHandler> logger) : IAvinodeWebhookHandler
{
    public Task HandleAsync(AvinodeNotification notification, CancellationToken cancellationToken = default)
    {
        Accepted(logger, notification.Type ?? "(untyped)", notification.Id.ToString());
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Avinode notification accepted: {EventType} for resource {ResourceId}")]
    private static partial void Accepted(ILogger logger, string eventType, string resourceId);
}
