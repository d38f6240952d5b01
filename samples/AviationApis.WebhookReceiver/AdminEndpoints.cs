using System.Security.Cryptography;
using System.Text;
using AviationApis.AspNetCore.Processing;

namespace AviationApis.WebhookReceiver;

/// <summary>
/// The operator's endpoints over the inbox, mapped only when <c>Receiver:AdminToken</c> is set and guarded by
/// <c>Authorization: Bearer {token}</c>: <c>GET /admin/webhooks</c> (counts), <c>GET /admin/webhooks/dead</c>,
/// <c>POST /admin/webhooks/dead/replay?key={deliveryKey}</c> (one; keys contain <c>/</c>, hence the query) and
/// <c>POST /admin/webhooks/dead/replay</c> (all).
/// </summary>
internal static class AdminEndpoints
{
    public static void MapWebhookAdmin(this WebApplication app, string token)
    {
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        var admin = app.MapGroup("/admin/webhooks").AddEndpointFilter(async (context, next) =>
        {
            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : string.Empty;
            return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected)
                ? await next(context)
                : Results.Unauthorized();
        });

        admin.MapGet("/", async (WebhookInboxAdmin inbox, CancellationToken ct) =>
        {
            var statistics = await inbox.GetStatisticsAsync(ct);
            return Results.Ok(new InboxCounts(statistics.Pending, statistics.Dead, statistics.OldestPendingReceivedAt));
        });
        admin.MapGet("/dead", async (WebhookInboxAdmin inbox, CancellationToken ct) =>
            Results.Ok((await inbox.ListDeadAsync(100, ct)).Select(d => new DeadDelivery(d.Key, d.Endpoint, d.Connection, d.ReceivedAt, d.Attempts, d.LastError)).ToArray()));
        admin.MapPost("/dead/replay", async (string? key, WebhookInboxAdmin inbox, CancellationToken ct) =>
            string.IsNullOrEmpty(key)
                ? Results.Ok(new Replayed(await inbox.ReplayAllAsync(ct)))
                : await inbox.ReplayAsync(key, ct) ? Results.NoContent() : Results.NotFound());
    }
}
