using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Avinode.Tests.SchedAero;

/// <summary>The client against the repository's in-process Avinode emulator: every seed example, end to end, on the wire shapes we commit to.</summary>
public sealed class SandboxRoundTripTests : IDisposable
{
    private readonly ServiceProvider _services;

    public SandboxRoundTripTests()
    {
        var sandbox = new AviationSandbox(new AviationSandboxOptions
        {
            AvinodeApiToken = AvinodeHarness.ApiToken,
            AvinodeAuthorizationToken = AvinodeHarness.AuthorizationToken,
        });
        var services = new ServiceCollection();
        services.AddAvinodeClient(o =>
        {
            AvinodeHarness.Defaults(o);
            o.BaseAddress = new Uri("http://127.0.0.1:5000/sandbox/schedaero/api/");
            o.WebhookBaseAddress = new Uri("http://127.0.0.1:5000/sandbox/avinode/api/");
        }).UseAvinodeSandbox(sandbox);
        _services = services.BuildServiceProvider();
    }

    private ISchedAeroClient Client => _services.GetRequiredService<ISchedAeroClient>();

    [Fact]
    public async Task The_seed_examples_work_end_to_end()
    {
        var client = Client;

        var trip = (await client.GetTripAsync(new ResourceId("schedaero-trip-123456789"), SchedAeroFields.TripAvinodeOrigin)).Data!;
        Assert.True(trip.IsFromAvinode);
        Assert.Equal(new ResourceId("arfq-123456789"), trip.AvinodeRfqId);

        var reports = (await client.GetTripReportsAsync(trip.Id)).Data!;
        Assert.NotEmpty(reports);
        await using (var tripsheet = await client.DownloadPdfAsync(reports[0].Links!.GeneratePdf!))
        {
            Assert.Equal("application/pdf", tripsheet.ContentType);
            using var copy = new MemoryStream();
            await tripsheet.Content.CopyToAsync(copy);
            Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(copy.GetBuffer(), 0, 4), StringComparison.Ordinal);
        }

        var quote = (await client.GetQuoteAsync(new ResourceId("schedaero-quote-123456789"))).Data!;
        await using (var pdf = await client.DownloadPdfAsync(quote.Links!.GeneratePdf!))
        {
            Assert.False(string.IsNullOrEmpty(pdf.FileName));
        }

        var leg = (await client.GetFlightLegAsync(new ResourceId("schedaero-flightleg-123456789"))).Data!;
        Assert.NotNull(leg.Links?.Trip);
        var legTrip = (await client.GetAsync<Trip>(leg.Links!.Trip!)).Data!;
        Assert.Equal(trip.Id, legTrip.Id);
        Assert.NotEmpty((await client.GetFlightLegReportsAsync(leg.Id)).Data!);

        var system = (await client.CreateExternalSystemAsync("Round Trip CRM")).Data!;
        var duplicate = await Assert.ThrowsAsync<ValidationFailedException>(() => client.CreateExternalSystemAsync("Round Trip CRM"));
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);

        var contact = new ResourceId("contact-123456789");
        await client.SetExternalIdentityAsync(contact, system.Id, new ExternalIdentityUpdate { Identifier = "RT-1", Name = "Round trip", Uri = new Uri("https://crm.example.com/rt-1") });
        var identity = Assert.Single((await client.GetExternalIdentitiesAsync(contact)).Data!, i => i.Identifier == "RT-1");
        Assert.True(identity.IsActive);
        await client.DeactivateExternalIdentityAsync(contact, system.Id);
        Assert.DoesNotContain((await client.GetExternalIdentitiesAsync(contact)).Data!, i => i.Identifier == "RT-1" && i.IsActive == true);

        var person = (await client.GetPersonAsync(contact)).Data!;
        Assert.Equal(contact, person.Id);
    }

    [Fact]
    public async Task Webhook_settings_round_trip_against_the_emulator()
    {
        var webhooks = Client.Webhooks;

        var created = (await webhooks.CreateAsync(new WebhookSettingsRequest
        {
            TargetUri = new Uri("https://myapplication.com/notifications"),
            DisplayName = "Schedaero contact changes",
            ClientIdentifier = "myapplication",
            ClientSecret = "secret-Value-123",
            EventTypes = [WebhookEventType.SchedAeroContacts],
        })).Data!;
        Assert.False(created.Id.IsEmpty);
        Assert.True(created.Active);

        Assert.Contains((await webhooks.ListAsync()).Data!, w => w.Id == created.Id);
        await webhooks.SetActiveAsync(created.Id, active: false);
        Assert.False((await webhooks.GetAsync(created.Id)).Data!.Active);
    }

    public void Dispose() => _services.Dispose();
}
