using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.Quotes;
using AviationApis.Avinode.Notifications;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.SchedAero.Contacts;
using AviationApis.Avinode.Webhooks;
using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Targets;

namespace AviationApis.Reliability.Tests.Boundaries;

/// <summary>
/// Server-given hrefs and <c>Location</c> headers that name another origin (another port, another host name, user
/// information, a scheme change) or climb out of the configured base path are refused before anything is sent: the
/// other origin accepts zero connections and the configured one sees no request outside its base path.
/// </summary>
public sealed class OriginPinningTests(TwoOriginsFixture origins) : IClassFixture<TwoOriginsFixture>
{
    /// <summary>Hrefs a hostile or broken server could return, by name.</summary>
    public static TheoryData<string> AbsoluteHrefs() => ["foreign-port", "foreign-host-name", "home-userinfo", "home-other-scheme", "home-outside-base", "home-escaped-dot-dot"];

    /// <summary>Relative hrefs that climb out of the base path.</summary>
    public static TheoryData<string> RelativeHrefs() => ["../../../other/x", "../../other/api/contacts/people/p1", "%2e%2e/%2e%2e/other/x"];

    [Theory]
    [MemberData(nameof(AbsoluteHrefs))]
    public async Task SchedAero_GetAsync_refuses_a_foreign_href(string kind) =>
        await AssertRefusedAsync(Href(kind, "schedaero/api/contacts/people/p1"), (host, href) => host.SchedAero.GetAsync<ContactPerson>(new ResourceLink { Href = href }));

    [Theory]
    [MemberData(nameof(AbsoluteHrefs))]
    public async Task SchedAero_DownloadPdfAsync_refuses_a_foreign_href(string kind) =>
        await AssertRefusedAsync(Href(kind, "schedaero/api/trips/t1/pdf"), (host, href) => host.SchedAero.DownloadPdfAsync(new ResourceLink { Href = href }));

    [Theory]
    [MemberData(nameof(AbsoluteHrefs))]
    public async Task Marketplace_GetAsync_refuses_a_foreign_href(string kind) =>
        await AssertRefusedAsync(Href(kind, "avinode/api/quotes/q1"), (host, href) => host.Marketplace.GetAsync<MarketplaceQuote>(new ResourceLink { Href = href }));

    [Theory]
    [MemberData(nameof(AbsoluteHrefs))]
    public async Task SchedAero_notification_links_are_refused_when_foreign(string kind) =>
        await AssertRefusedAsync(Href(kind, "schedaero/api/contacts/people/p1"), (host, href) =>
            host.SchedAero.GetNotificationResourceAsync<ContactPerson>(AvinodeNotificationParser.Parse($$"""{"type":"SchedAeroContacts","id":"p1","href":"{{href}}"}""")));

    [Theory]
    [MemberData(nameof(AbsoluteHrefs))]
    public async Task Marketplace_notification_links_are_refused_when_foreign(string kind) =>
        await AssertRefusedAsync(Href(kind, "avinode/api/rfqs/r1"), (host, href) =>
            host.Marketplace.GetNotificationResourceAsync(AvinodeNotificationParser.Parse($$"""{"type":"rfqs","id":"r1","href":"{{href}}"}"""), WebhookEventType.TripRequest));

    [Theory]
    [MemberData(nameof(RelativeHrefs))]
    public async Task A_relative_href_cannot_climb_out_of_the_base_path(string href)
    {
        await AssertRefusedAsync(href, (host, h) => host.SchedAero.GetAsync<ContactPerson>(new ResourceLink { Href = h }));
        await AssertRefusedAsync(href, (host, h) => host.Marketplace.GetAsync<MarketplaceQuote>(new ResourceLink { Href = h }));
        await AssertRefusedAsync(href, (host, h) => host.SchedAero.DownloadPdfAsync(new ResourceLink { Href = h }));
    }

    [Fact]
    public async Task An_https_client_refuses_an_http_href_on_the_same_host_and_port()
    {
        origins.Reset();
        // The client is configured for https on the foreign port; the href downgrades to http on that very port.
        await using var host = new BoundaryHost(new Uri($"https://127.0.0.1:{origins.Foreign.Port}/"));
        var href = $"http://127.0.0.1:{origins.Foreign.Port}/schedaero/api/contacts/people/p1";

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => host.SchedAero.GetAsync<ContactPerson>(new ResourceLink { Href = href }));

        Assert.Equal($"http://127.0.0.1:{origins.Foreign.Port}", error.RefusedOrigin);
        Assert.Equal(0, origins.Foreign.Connections);
    }

    [Fact]
    public async Task A_Location_on_another_origin_after_a_Marketplace_create_is_not_followed()
    {
        origins.Reset();
        origins.Home.Handler = c => BoundaryHost.Answer(c, 201, """{"meta":{}}""", ("Location", new Uri(origins.Foreign.Root, "avinode/api/trips/atrip-1").AbsoluteUri));
        await using var host = new BoundaryHost(origins.Home.Root);

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => host.Marketplace.CreateTripAsync(AvinodeMarketplaceTarget.NewTrip()));

        BoundaryHost.AssertNothingLeaked(error);
        Assert.Equal("POST", Assert.Single(origins.Home.Seen).Method);
        Assert.Equal(0, origins.Foreign.Connections);
    }

    [Theory]
    [InlineData("foreign")]
    [InlineData("userinfo")]
    public async Task A_Location_elsewhere_after_a_webhook_create_is_not_followed(string kind)
    {
        origins.Reset();
        var location = kind == "foreign"
            ? new Uri(origins.Foreign.Root, "avinode/api/webhooks/settings/w1").AbsoluteUri
            : $"http://user:secret-pw@127.0.0.1:{origins.Home.Port}/avinode/api/webhooks/settings/w1";
        origins.Home.Handler = c => BoundaryHost.Answer(c, 201, """{"meta":{}}""", ("Location", location));
        await using var host = new BoundaryHost(origins.Home.Root);
        var settings = new WebhookSettingsRequest
        {
            TargetUri = new Uri("https://receiver.example/hooks"),
            DisplayName = "Boundaries",
            EventTypes = [WebhookEventType.SchedAeroContacts],
        };

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => host.SchedAero.Webhooks.CreateAsync(settings));

        BoundaryHost.AssertNothingLeaked(error);
        Assert.DoesNotContain("secret-pw", error.ToString(), StringComparison.Ordinal);
        Assert.Single(origins.Home.Seen);
        Assert.Equal(0, origins.Foreign.Connections);
    }

    private string Href(string kind, string path) => kind switch
    {
        "foreign-port" => new Uri(origins.Foreign.Root, path).AbsoluteUri,
        "foreign-host-name" => $"http://localhost:{origins.Foreign.Port}/{path}",
        "home-userinfo" => $"http://user:secret-pw@127.0.0.1:{origins.Home.Port}/{path}",
        "home-other-scheme" => $"https://127.0.0.1:{origins.Home.Port}/{path}",
        "home-outside-base" => new Uri(origins.Home.Root, "other/" + path).AbsoluteUri,
        "home-escaped-dot-dot" => $"{origins.Home.Root}{path.Split('/')[0]}/api/%2e%2e/%2E%2E/other/x",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private async Task AssertRefusedAsync(string href, Func<BoundaryHost, string, Task> call)
    {
        origins.Reset();
        origins.Home.Handler = c => BoundaryHost.Answer(c, 200, """{"meta":{},"data":{"id":"x"}}""");
        await using var host = new BoundaryHost(origins.Home.Root);

        var error = await Assert.ThrowsAsync<OriginNotAllowedException>(() => call(host, href));

        BoundaryHost.AssertNothingLeaked(error);
        Assert.DoesNotContain("secret-pw", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, error.Attempts);
        Assert.Empty(origins.Home.Seen);
        Assert.Equal(0, origins.Foreign.Connections);
    }
}
