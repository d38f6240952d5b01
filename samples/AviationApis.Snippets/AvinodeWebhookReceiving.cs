using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Snippets;

/// <summary>README.md, Avinode: A webhook (receiving without ASP.NET Core's endpoints).</summary>
public static class AvinodeWebhookReceiving
{
    public static async Task<IResult> RunAsync(
        ISchedAeroClient acme, string acmeWebhookSecret, string? authorizationHeaderValue, byte[] rawBody, CancellationToken ct)
    {
        #region Snippet:AvinodeWebhookReceiving
        var authenticator = new WebhookBasicAuthenticator("acme-hook", acmeWebhookSecret);   // constant-time check
        if (authenticator.Verify(authorizationHeaderValue) != WebhookAuthenticationResult.Valid) return Results.Unauthorized();

        var notification = AvinodeNotificationParser.Parse(rawBody);       // unknown members kept; FormatException if not a notification
        if (notification.EventType == WebhookEventType.SchedAeroContacts)
        {
            // Fetched through the notification's href with the right company's connection; foreign hosts are refused.
            var contact = await acme.GetNotificationResourceAsync<ContactPerson>(notification, ct);
        }
        #endregion
        return Results.Ok();
    }
}
