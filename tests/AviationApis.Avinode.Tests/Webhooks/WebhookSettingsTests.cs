using System.Net;
using System.Text.Json;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Core.Signing;
using AviationApis.Testing;

namespace AviationApis.Avinode.Tests.Webhooks;

public sealed class WebhookSettingsTests
{
    private const string Secret = "s3cr3t-webhook-Pa55";

    private static string SettingsJson(string id, bool active) => $$"""
        { "id": "{{id}}", "href": "https://sandbox.avinode.com/api/webhooks/settings/{{id}}", "type": "webhooks-settings", "version": 3,
          "targetURI": "https://myapplication.com/notifications", "displayName": "Schedaero contact changes", "active": {{(active ? "true" : "false")}},
          "clientIdentifier": "myapplication", "clientAuthenticationType": "BASIC", "clientSecret": "{{Secret}}",
          "eventTypes": [ "SchedAeroContacts", "TripChatMine", "SomethingNew" ] }
        """;

    private static WebhookSettingsRequest Request() => new()
    {
        TargetUri = new Uri("https://myapplication.com/notifications"),
        DisplayName = "Schedaero contact changes",
        ClientIdentifier = "myapplication",
        ClientSecret = Secret,
        EventTypes = [WebhookEventType.SchedAeroContacts],
    };

    [Fact]
    public async Task Settings_round_trip_on_the_webhook_host()
    {
        using var harness = new AvinodeHarness(o => o.DefaultActAsAccount = "johnsmith64");
        var active = true;
        harness.Handler = (r, _) => (r.Method.Method, r.Uri.AbsolutePath) switch
        {
            ("POST", "/api/webhooks/settings") => Created(),
            ("GET", "/api/webhooks/settings") => AvinodeHarness.Json($$$"""{"data": [{{{SettingsJson("whs-1583", active)}}}], "meta": {}}"""),
            ("GET", "/api/webhooks/settings/whs-1583") => AvinodeHarness.Data(SettingsJson("whs-1583", active)),
            ("PUT", "/api/webhooks/settings/whs-1583") => Updated(r, ref active),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
        var webhooks = harness.Client.Webhooks;

        var created = (await webhooks.CreateAsync(Request())).Data!;
        var listed = (await webhooks.ListAsync()).Data!;
        var deactivated = (await webhooks.SetActiveAsync(created.Id, active: false)).Data!;

        Assert.Equal(new ResourceId("whs-1583"), created.Id);
        Assert.Equal(3, created.Version);
        Assert.Equal(WebhookAuthenticationType.Basic, created.ClientAuthenticationType);
        Assert.Equal([WebhookEventType.SchedAeroContacts, WebhookEventType.TripChatMine, WebhookEventType.FromValue("SomethingNew")], created.EventTypes);
        Assert.False(created.EventTypes[2].IsKnown);
        Assert.Single(listed);
        Assert.False(deactivated.Active);

        var requests = harness.Requests.ToArray();
        Assert.All(requests, r => Assert.StartsWith("https://sandbox.avinode.com/api/webhooks/settings", r.Uri.AbsoluteUri, StringComparison.Ordinal));
        Assert.All(requests, r => Assert.Null(r.Header(AvinodeHeaders.ActAsAccount)));
        Assert.All(requests, r => Assert.Equal(AvinodeHarness.ApiToken, r.Header(AvinodeHeaders.ApiToken)));
        using var posted = JsonDocument.Parse(requests[0].Body!);
        Assert.Equal("https://myapplication.com/notifications", posted.RootElement.GetProperty("targetURI").GetString());
        Assert.Equal("BASIC", posted.RootElement.GetProperty("clientAuthenticationType").GetString());
        Assert.Equal(Secret, posted.RootElement.GetProperty("clientSecret").GetString());
        Assert.True(posted.RootElement.GetProperty("active").GetBoolean());
        Assert.Equal("SchedAeroContacts", posted.RootElement.GetProperty("eventTypes")[0].GetString());
        using var put = JsonDocument.Parse(requests.Single(r => r.Method == HttpMethod.Put).Body!);
        Assert.False(put.RootElement.GetProperty("active").GetBoolean());
        Assert.False(put.RootElement.TryGetProperty("clientSecret", out _));
        Assert.Equal(3, put.RootElement.GetProperty("version").GetInt32());

        // The secret is write-only: not kept from an echo, not printed, not logged.
        Assert.False(created.AdditionalProperties?.ContainsKey("clientSecret") ?? false);
        Assert.DoesNotContain(Secret, created.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, Request().ToString(), StringComparison.Ordinal);
        Assert.Empty(SecretScan.Find(harness.Logs.AllText(), [Secret]));

        static HttpResponseMessage Created()
        {
            var response = AvinodeHarness.Json("""{"meta":{}}""", HttpStatusCode.Created);
            response.Headers.Location = new Uri("https://sandbox.avinode.com/api/webhooks/settings/whs-1583");
            return response;
        }

        static HttpResponseMessage Updated(RecordedRequest request, ref bool active)
        {
            using var body = JsonDocument.Parse(request.Body!);
            active = body.RootElement.GetProperty("active").GetBoolean();
            return AvinodeHarness.Data(SettingsJson("whs-1583", active));
        }
    }

    [Fact]
    public async Task A_create_answered_with_data_needs_no_extra_read_and_is_not_retried()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data(SettingsJson("whs-9", true));

        var created = await harness.Client.Webhooks.CreateAsync(Request());

        Assert.Equal(new ResourceId("whs-9"), created.Data!.Id);
        Assert.Single(harness.Requests);

        harness.Handler = (_, _) => AvinodeHarness.Json("{}", HttpStatusCode.BadGateway);
        await Assert.ThrowsAsync<ServiceFailureException>(() => harness.Run(c => c.Webhooks.CreateAsync(Request())));
        Assert.Equal(2, harness.Requests.Count);
    }

    [Theory]
    [InlineData("http://myapplication.com/notifications", "targetURI")]
    [InlineData("https://myapplication.com/n", "eventTypes")]
    [InlineData("https://myapplication.com/n", "clientSecret")]
    public async Task Invalid_settings_are_rejected_before_sending(string target, string field)
    {
        using var harness = new AvinodeHarness();
        var request = Request() with { TargetUri = new Uri(target) };
        request = field switch
        {
            "eventTypes" => request with { EventTypes = [] },
            "clientSecret" => request with { ClientSecret = null },
            _ => request,
        };

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.Client.Webhooks.CreateAsync(request));

        Assert.Equal(field, Assert.Single(error.FieldErrors).Field);
        Assert.Empty(harness.Requests);
    }

    [Fact]
    public void Every_documented_event_type_is_declared()
    {
        string[] documented =
        [
            "SchedAeroContacts", "SchedAeroPassengers", "SchedAeroLogistics", "SchedAeroCrewAssignments", "SchedAeroFlightLegs",
            "SchedAeroOwnQuoteReplies", "SchedAeroQuotedTrips", "SchedAeroQuotes", "SchedAeroScheduledTrips",
            "ClientLeads", "EmptyLegs", "TripRequest", "TripRequestSellerResponse", "TripRequestMine", "TripRequestSellerResponseMine",
            "TripChatFromBuyer", "TripChatFromSeller", "TripChatMine",
        ];

        Assert.Equal(documented, WebhookEventType.All.Select(e => e.Value));
        Assert.All(documented, d => Assert.True(WebhookEventType.FromValue(d).IsKnown));
        Assert.True(WebhookEventType.SchedAeroQuotes.IsSchedAero);
        Assert.False(WebhookEventType.TripRequest.IsSchedAero);
    }
}
