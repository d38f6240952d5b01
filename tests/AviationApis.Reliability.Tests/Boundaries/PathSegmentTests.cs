using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.TripMessages;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.Webhooks;

namespace AviationApis.Reliability.Tests.Boundaries;

/// <summary>
/// An id that is, or percent-decodes to, <c>.</c> or <c>..</c> would be removed as a dot segment and address the parent
/// resource (a PATCH meant for an identity would deactivate the contact). Every path-bound id refuses them with an
/// argument error, and the server sees nothing.
/// </summary>
public sealed class PathSegmentTests(TwoOriginsFixture origins) : IClassFixture<TwoOriginsFixture>
{
    private static readonly string[] DotIds = [".", "..", "%2e%2e", "%2E.", ".%2e", "%2e"];

    /// <summary>Every operation that puts an id into a path.</summary>
    public static TheoryData<string> Operations() =>
    [
        "SchedAero.GetPerson", "SchedAero.GetCompany", "SchedAero.GetTrip", "SchedAero.GetQuote", "SchedAero.GetFlightLeg",
        "SchedAero.GetTripReports", "SchedAero.SetExternalIdentity.contact", "SchedAero.DeactivateExternalIdentity.contact",
        "SchedAero.DeactivateExternalIdentity.system", "Webhooks.Get", "Webhooks.Update", "Marketplace.GetTrip",
        "Marketplace.CancelTrip", "Marketplace.GetRfq", "Marketplace.GetQuote", "Marketplace.GetTripMessage",
        "Marketplace.SendChat", "Marketplace.Decline", "CargoAi.Cancel",
    ];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task A_dot_segment_id_is_an_argument_error_and_nothing_is_sent(string operation)
    {
        origins.Reset();
        origins.Home.Handler = c => BoundaryHost.Answer(c, 200, """{"meta":{},"data":{"id":"x"}}""");
        await using var host = new BoundaryHost(origins.Home.Root);
        foreach (var id in DotIds)
        {
            var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Call(host, operation, id));
            Assert.False(string.IsNullOrEmpty(error.ParamName));
        }

        Assert.Empty(origins.Home.Seen);
        Assert.Equal(0, origins.Foreign.Connections);
    }

    [Fact]
    public async Task Ids_with_slashes_and_dots_inside_stay_in_their_segment()
    {
        origins.Reset();
        origins.Home.Handler = c => BoundaryHost.Answer(c, 200, """{"meta":{},"data":{"id":"x"}}""");
        await using var host = new BoundaryHost(origins.Home.Root);

        await host.SchedAero.GetPersonAsync(new ResourceId("../a/..b"));
        await host.SchedAero.GetPersonAsync(new ResourceId("..."));

        Assert.Equal(
            ["/schedaero/api/contacts/people/..%2Fa%2F..b", "/schedaero/api/contacts/people/..."],
            origins.Home.Seen.Select(s => s.PathAndQuery));
    }

    private static Task Call(BoundaryHost host, string operation, string id)
    {
        var rid = new ResourceId(id);
        var ok = new ResourceId("ok-1");
        return operation switch
        {
            "SchedAero.GetPerson" => host.SchedAero.GetPersonAsync(rid),
            "SchedAero.GetCompany" => host.SchedAero.GetCompanyAsync(rid),
            "SchedAero.GetTrip" => host.SchedAero.GetTripAsync(rid),
            "SchedAero.GetQuote" => host.SchedAero.GetQuoteAsync(rid),
            "SchedAero.GetFlightLeg" => host.SchedAero.GetFlightLegAsync(rid),
            "SchedAero.GetTripReports" => host.SchedAero.GetTripReportsAsync(rid),
            "SchedAero.SetExternalIdentity.contact" => host.SchedAero.SetExternalIdentityAsync(rid, ok, new AviationApis.Avinode.SchedAero.Contacts.ExternalIdentityUpdate { Identifier = "A-1", Name = "CRM", Uri = new Uri("https://crm.example/a-1") }),
            "SchedAero.DeactivateExternalIdentity.contact" => host.SchedAero.DeactivateExternalIdentityAsync(rid, ok),
            "SchedAero.DeactivateExternalIdentity.system" => host.SchedAero.DeactivateExternalIdentityAsync(ok, rid),
            "Webhooks.Get" => host.SchedAero.Webhooks.GetAsync(rid),
            "Webhooks.Update" => host.SchedAero.Webhooks.UpdateAsync(rid, new AviationApis.Avinode.Webhooks.WebhookSettingsRequest
            {
                TargetUri = new Uri("https://receiver.example/hooks"), DisplayName = "B", EventTypes = [AviationApis.Avinode.Webhooks.WebhookEventType.SchedAeroContacts],
            }),
            "Marketplace.GetTrip" => host.Marketplace.GetTripAsync(rid),
            "Marketplace.CancelTrip" => host.Marketplace.CancelTripAsync(rid, new TripCancellation { Reason = TripCancellationReason.Other }),
            "Marketplace.GetRfq" => host.Marketplace.GetRfqAsync(rid),
            "Marketplace.GetQuote" => host.Marketplace.GetQuoteAsync(rid),
            "Marketplace.GetTripMessage" => host.Marketplace.GetTripMessageAsync(rid),
            "Marketplace.SendChat" => host.Marketplace.SendChatAsync(rid, new ChatMessage { Message = "hello" }),
            "Marketplace.Decline" => host.Marketplace.DeclineAsync(rid, new TripDecline { Reason = DeclineReason.AircraftNotAvailable, Message = "no" }),
            "CargoAi.Cancel" => host.CargoAi.Bookings.CancelAsync(id),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }
}
