using AviationApis.Avinode.Webhooks;

namespace Snippets;

/// <summary>README.md, Avinode: A webhook (subscribing).</summary>
public static class AvinodeWebhookSettings
{
    public static async Task RunAsync(AviationApis.Avinode.SchedAero.ISchedAeroClient acme, string acmeWebhookSecret, CancellationToken ct)
    {
        #region Snippet:AvinodeWebhookSettings
        var created = await acme.Webhooks.CreateAsync(new WebhookSettingsRequest
        {
            TargetUri = new Uri("https://hooks.example.com/avinode/acme"),
            DisplayName = "Acme contact and quote changes",
            ClientIdentifier = "acme-hook",
            ClientSecret = acmeWebhookSecret,
            EventTypes = [WebhookEventType.SchedAeroContacts, WebhookEventType.SchedAeroOwnQuoteReplies, WebhookEventType.TripChatMine],
        }, ct);
        // Unsubscribe (the vendor has no delete): await acme.Webhooks.SetActiveAsync(created.Data.Id, active: false, ct);
        #endregion
        await acme.Webhooks.SetActiveAsync(created.Data.Id, active: false, ct);
    }
}
