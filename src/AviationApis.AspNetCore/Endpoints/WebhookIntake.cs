using AviationApis.AspNetCore.Inbox;
using AviationApis.AspNetCore.Processing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Endpoints;

/// <summary>
/// The request flow every endpoint shares: credentials in the headers (401, the body is not read), the raw body with a
/// size cap (413), a signature over the body where the scheme has one (401), then one atomic insert into the inbox and
/// only then 200 (a repeat is acknowledged and not stored again). When the inbox cannot store, 503 so the vendor retries.
/// Nothing is stored for a 401, a 413 or a body the sender did not finish; parsing waits for the processor.
/// </summary>
internal sealed partial class WebhookIntake(
    IWebhookInbox inbox,
    InboxSignal signal,
    IOptions<AviationWebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookIntake> logger)
{
    private readonly AviationWebhookOptions _options = options.Value;

    public async Task ReceiveAsync(HttpContext context, string endpointName, Func<HttpContext, HeaderVerdict> verifyHeaders, Func<HttpContext, byte[], bool>? verifyBody, Func<HttpContext, byte[], string?>? refuseBody = null)
    {
        var verdict = verifyHeaders(context);
        if (verdict.Outcome == HeaderOutcome.Rejected)
        {
            Rejected(logger, endpointName);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var read = await RawBody.ReadAsync(context.Request, _options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (read.Body is not { } body)
        {
            if (read.Reason is not null)
            {
                SenderAborted(logger, endpointName, read.Reason);
            }

            context.Response.StatusCode = read.Status;
            return;
        }

        if (verdict.Outcome == HeaderOutcome.NeedsBody && (verifyBody is null || !verifyBody(context, body)))
        {
            Rejected(logger, endpointName);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (refuseBody?.Invoke(context, body) is { } refusal)
        {
            Refused(logger, endpointName, refusal);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        var delivery = new InboxDelivery(DeliveryKey.For(endpointName, verdict.Connection, body), endpointName, verdict.Connection, body, time.GetUtcNow());
        bool stored;
        try
        {
            // Not tied to the request: once the body is complete the insert runs to its end (it is one transaction), and a
            // sender that left meanwhile retries into a repeat that is acknowledged.
            using var timeout = new CancellationTokenSource(_options.StoreTimeout);
            stored = await inbox.TryAddAsync(delivery, timeout.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever the store's failure, the answer is 503: the vendor keeps the delivery and retries.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            StoreFailed(logger, endpointName, ex.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            return;
        }

        if (stored)
        {
            signal.Notify();
            Stored(logger, delivery.Key);
        }
        else
        {
            Repeat(logger, delivery.Key);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Webhook delivery {DeliveryKey} stored")]
    private static partial void Stored(ILogger logger, string deliveryKey);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Webhook delivery {DeliveryKey} is a repeat: acknowledged, not stored again")]
    private static partial void Repeat(ILogger logger, string deliveryKey);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Webhook delivery to {Endpoint} refused: wrong or missing credentials")]
    private static partial void Rejected(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Webhook delivery to {Endpoint} not stored: the sender aborted or was too slow ({Reason}); it will retry")]
    private static partial void SenderAborted(ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "Webhook delivery to {Endpoint} refused (403, not stored): {Reason}")]
    private static partial void Refused(ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 14, Level = LogLevel.Error, Message = "Webhook delivery to {Endpoint} answered 503: the inbox cannot store it ({ErrorType}); the vendor will retry")]
    private static partial void StoreFailed(ILogger logger, string endpoint, string errorType);
}
