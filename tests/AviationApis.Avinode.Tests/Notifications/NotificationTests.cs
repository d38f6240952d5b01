using System.Text;
using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Avinode.Tests.Notifications;

public sealed class NotificationTests
{
    public static TheoryData<string> SeedSamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Payloads"), "avinode-notification.*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedSamples))]
    public void Every_seed_sample_parses(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", file));

        var notification = AvinodeNotificationParser.Parse(bytes);

        var type = file["avinode-notification.".Length..^".json".Length];
        Assert.False(notification.Id.IsEmpty);
        Assert.StartsWith("https://", notification.Href, StringComparison.Ordinal);
        if (type == "example")
        {
            Assert.Equal("schedaero-trip", notification.Type);
            Assert.Null(notification.EventType);
        }
        else
        {
            Assert.Equal(type, notification.Type);
            Assert.Equal(WebhookEventType.FromValue(type), notification.EventType);
            Assert.True(notification.EventType!.Value.IsSchedAero);
        }
    }

    [Fact]
    public async Task Unknown_members_are_kept_and_the_optional_trip_ids_read()
    {
        var json = """
            { "type": "SchedAeroContacts", "id": "contact-123456789", "href": "https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789",
              "platformTripId": null, "tripId": "A1B2C3", "changedFields": ["email"], }
            """;

        var notification = await AvinodeNotificationParser.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("A1B2C3", notification.TripId);
        Assert.Null(notification.PlatformTripId);
        Assert.Equal("email", notification.AdditionalProperties!["changedFields"][0].GetString());
        Assert.Equal(new ResourceId("contact-123456789"), notification.ToLink().Id);
    }

    [Theory]
    [InlineData("""{"id": "x", "type": "SchedAeroContacts"}""")]
    [InlineData("""{"id": "x", "href": """)]
    [InlineData("[]")]
    public void Bodies_that_are_not_notifications_are_format_errors(string json)
    {
        Assert.Throws<FormatException>(() => AvinodeNotificationParser.Parse(json));
        Assert.False(AvinodeNotificationParser.TryParse(Encoding.UTF8.GetBytes(json), out _));
    }

    [Fact]
    public void Basic_credentials_are_verified()
    {
        var authenticator = new WebhookBasicAuthenticator("myapplication", "secret");

        Assert.Equal(WebhookAuthenticationResult.Valid, authenticator.Verify("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("myapplication:secret"))));
        Assert.Equal(WebhookAuthenticationResult.Valid, authenticator.Verify("basic   " + Convert.ToBase64String(Encoding.UTF8.GetBytes("myapplication:secret"))));
        Assert.Equal(WebhookAuthenticationResult.Invalid, authenticator.Verify("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("myapplication:wrong"))));
        Assert.Equal(WebhookAuthenticationResult.Invalid, authenticator.Verify("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("other:secret"))));
        Assert.Equal(WebhookAuthenticationResult.Missing, authenticator.Verify(null));
        Assert.Equal(WebhookAuthenticationResult.Missing, authenticator.Verify(""));
        Assert.Equal(WebhookAuthenticationResult.Malformed, authenticator.Verify("Bearer abc"));
        Assert.Equal(WebhookAuthenticationResult.Malformed, authenticator.Verify("Basic not-base64!"));
        Assert.Equal(WebhookAuthenticationResult.Malformed, authenticator.Verify("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("nocolon"))));
        Assert.True(authenticator.IsValid("Basic bXlhcHBsaWNhdGlvbjpzZWNyZXQ="));
        Assert.DoesNotContain("secret", authenticator.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_resource_behind_a_notification_is_fetched_with_the_right_connection()
    {
        using var harness = new AvinodeHarness(services: (s, h) => s.AddAvinodeClient("acme", o =>
        {
            AvinodeHarness.Defaults(o);
            o.AuthorizationToken = "acme-connection-token";
        }).ConfigurePrimaryHttpMessageHandler(() => h.Mock));
        harness.Handler = (_, _) => AvinodeHarness.Data("""{"id": "contact-123456789", "type": "contact-person", "firstName": "Ada"}""");
        var notification = AvinodeNotificationParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", "avinode-notification.SchedAeroContacts.json")));
        var acme = harness.Services.GetRequiredService<ISchedAeroClientFactory>().Get("acme");

        var person = (await acme.GetNotificationResourceAsync<ContactPerson>(notification)).Data!;

        Assert.Equal("Ada", person.FirstName);
        var sent = Assert.Single(harness.Requests);
        Assert.Equal(notification.Href, sent.Uri.AbsoluteUri);
        Assert.Equal("Bearer acme-connection-token", sent.Header("Authorization"));
    }

    [Fact]
    public async Task A_notification_pointing_at_a_foreign_host_is_not_fetched()
    {
        using var harness = new AvinodeHarness();
        var forged = AvinodeNotificationParser.Parse("""{"type": "SchedAeroContacts", "id": "contact-1", "href": "https://attacker.example/api/contacts/people/contact-1"}""");

        var refused = await Assert.ThrowsAsync<OriginNotAllowedException>(() => harness.Client.GetNotificationResourceAsync<ContactPerson>(forged));
        Assert.Equal("https://attacker.example:443", refused.RefusedOrigin);
        Assert.Equal(0, refused.Attempts);

        Assert.Empty(harness.Requests);
    }
}
