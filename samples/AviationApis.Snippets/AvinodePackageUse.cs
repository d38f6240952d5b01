using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;

namespace Snippets;

/// <summary>src/AviationApis.Avinode/README.md: Use.</summary>
public static class AvinodePackageUse
{
    public static async Task RunAsync(
        ISchedAeroClientFactory factory, string contactId, string tripId, string quoteId, byte[] body, string secret, string? authorizationHeader, CancellationToken ct)
    {
        #region Snippet:AvinodePackageUse
        var acme = factory.Get("AcmeJets");
        var person = await acme.GetPersonAsync(new ResourceId(contactId), SchedAeroFields.ContactExternalIdentities, ct);
        var trip = await acme.GetTripAsync(new ResourceId(tripId), SchedAeroFields.TripAvinodeOrigin, ct);
        var quote = (await acme.GetQuoteAsync(new ResourceId(quoteId), cancellationToken: ct)).Data;
        await using var pdf = await acme.DownloadPdfAsync(quote.Links!.GeneratePdf!, ct);
        await pdf.SaveToFileAsync("quote.pdf", ct);

        var notification = AvinodeNotificationParser.Parse(body);
        if (new WebhookBasicAuthenticator("acme-hook", secret).IsValid(authorizationHeader))
        {
            var contact = await acme.GetNotificationResourceAsync<ContactPerson>(notification, ct);
        }
        #endregion
        GC.KeepAlive(person);
        GC.KeepAlive(trip);
    }
}
