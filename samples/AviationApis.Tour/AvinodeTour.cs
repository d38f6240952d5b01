using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Webhooks;

namespace AviationApis.Tour;

/// <summary>
/// Avinode / SchedAero: create an external system, set an external identity on contact <c>contact-123456789</c>, read
/// that contact with the <c>externalidentities</c> sparse field, read trip <c>schedaero-trip-123456789</c> with
/// <c>origin,avinodeid</c>, list its tripsheets, read quote <c>schedaero-quote-123456789</c> and save its PDF through the
/// <c>generate-pdf</c> link, create a webhook subscription, list subscriptions. API ids are not printed (Avinode's
/// checklist: ids are not shown to users).
/// </summary>
internal sealed class AvinodeTour(ISchedAeroClient schedAero, TimeProvider time, string target) : ITourPart
{
    private static readonly ResourceId Contact = new("contact-123456789");
    private static readonly ResourceId Trip = new("schedaero-trip-123456789");
    private static readonly ResourceId QuoteId = new("schedaero-quote-123456789");

    public async Task RunAsync(TourReporter reporter, CancellationToken cancellationToken)
    {
        reporter.Part("Avinode / SchedAero", target);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture);
        var systemName = $"AviationApis Tour {stamp}";

        var system = await reporter.StepAsync($"create external system \"{systemName}\"",
            () => schedAero.CreateExternalSystemAsync(systemName, cancellationToken), r => r.StatusCode is { } s ? $"HTTP {(int)s}, id from Location" : "created");
        var systemId = system.Data.Id;
        await reporter.StepAsync("set an external identity on the seed contact", () => schedAero.SetExternalIdentityAsync(Contact, systemId, new ExternalIdentityUpdate
        {
            Identifier = $"TOUR-{stamp}", Name = "Tour CRM customer", Uri = new Uri($"https://crm.example/customers/TOUR-{stamp}"),
        }, cancellationToken: cancellationToken), r => r.HasErrors ? "soft errors: " + string.Join("; ", r.Meta.Errors.Select(e => e.Title)) : "done");

        await reporter.StepAsync("read the contact with fields[contact]=externalidentities",
            () => schedAero.GetPersonAsync(Contact, SchedAeroFields.ContactExternalIdentities, cancellationToken),
            r => $"{r.Data.FirstName} {r.Data.LastName}, {r.Data.ExternalIdentities?.Count ?? 0} external identit(ies), ours present: {r.Data.ExternalIdentities?.Any(i => i.Identifier == $"TOUR-{stamp}") == true}");

        await reporter.StepAsync("read the seed trip with fields[trip]=origin,avinodeid",
            () => schedAero.GetTripAsync(Trip, SchedAeroFields.TripAvinodeOrigin, cancellationToken),
            r => $"trip {r.Data.TripNumber ?? "(no number)"}, origin {r.Data.Origin ?? "SchedAero"}");
        await reporter.StepAsync("list its tripsheets", () => schedAero.GetTripReportsAsync(Trip, cancellationToken),
            r => $"{r.Data.Count} tripsheet(s): {string.Join(", ", r.Data.Select(t => t.Report?.Name ?? "unnamed"))}");

        var quote = await reporter.StepAsync("read the seed quote", () => schedAero.GetQuoteAsync(QuoteId, cancellationToken: cancellationToken),
            r => r.Data.Links?.GeneratePdf is null ? "no PDF link" : "has a generate-pdf link");
        var file = Path.Combine(Path.GetTempPath(), $"aviationapis-tour-quote-{stamp}.pdf");
        await reporter.StepAsync("save its PDF through the generate-pdf link", async () =>
        {
            await using var pdf = await schedAero.DownloadPdfAsync(quote.Data.Links!.GeneratePdf!, cancellationToken);
            await pdf.SaveToFileAsync(file, cancellationToken);
            return (pdf.FileName, pdf.ContentType, Size: new FileInfo(file).Length);
        }, p => $"\"{p.FileName}\" ({p.ContentType}, {p.Size} bytes) saved to {file}");

        await reporter.StepAsync("create a webhook subscription", () => schedAero.Webhooks.CreateAsync(new WebhookSettingsRequest
        {
            TargetUri = new Uri("https://hooks.example.com/avinode/tour"),
            DisplayName = $"Tour {stamp}",
            ClientIdentifier = "tour-hook",
            ClientSecret = $"tour-secret-{Guid.NewGuid():N}",
            EventTypes = [WebhookEventType.SchedAeroContacts, WebhookEventType.SchedAeroQuotes, WebhookEventType.SchedAeroScheduledTrips],
        }, cancellationToken), r => $"\"{r.Data.DisplayName}\", active {r.Data.Active}, {r.Data.EventTypes.Count} event type(s)");
        await reporter.StepAsync("list subscriptions", () => schedAero.Webhooks.ListAsync(cancellationToken),
            r => $"{r.Data.Count} subscription(s): {string.Join(", ", r.Data.Select(w => w.DisplayName))}");
    }
}
