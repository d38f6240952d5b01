using AviationApis.AspNetCore.Deliveries;
using AviationApis.AspNetCore.Dispatch;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Endpoints;

/// <summary>
/// The shared request flow of every callback and webhook endpoint: raw body with a size cap (413), verification on the
/// raw bytes (401, no detail), parsing (400 with a short reason), de-duplication (a repeat is acknowledged, not handled),
/// then the work is queued and 200 is answered at once.
/// </summary>
internal static class WebhookEndpoint
{
    public static RequestDelegate Create<TEvent>(
        string endpointName,
        Func<IServiceProvider, ReadOnlyMemory<byte>, HttpRequest, bool> verify,
        Func<byte[], TEvent> parse,
        Func<TEvent, string> describe,
        Func<IServiceProvider, TEvent, CancellationToken, Task> handle)
        where TEvent : class
    {
        return async context =>
        {
            var services = context.RequestServices;
            var options = services.GetRequiredService<IOptions<AviationWebhookOptions>>().Value;
            var body = await RawBody.ReadAsync(context.Request, options.MaxBodyBytes, context.RequestAborted).ConfigureAwait(false);
            if (body is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (!verify(services, body, context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            TEvent parsed;
            try
            {
                parsed = parse(body);
            }
            catch (FormatException ex)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(ShortReason(ex.Message), context.RequestAborted).ConfigureAwait(false);
                return;
            }

            var store = services.GetRequiredService<IWebhookDeliveryStore>();
            if (await store.TryRecordAsync(DeliveryKey.For(endpointName, body), options.DeduplicationWindow, context.RequestAborted).ConfigureAwait(false))
            {
                var queue = services.GetRequiredService<WebhookWorkQueue>();
                await queue.EnqueueAsync(new WebhookWorkItem($"{endpointName} {describe(parsed)}", (scopeServices, token) => handle(scopeServices, parsed, token)), context.RequestAborted).ConfigureAwait(false);
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
        };
    }

    private static string ShortReason(string message)
    {
        var firstLine = message.Split('\n', 2)[0].Trim();
        return firstLine.Length <= 200 ? firstLine : firstLine[..200];
    }
}
