using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.Tests.Inbox;
using AviationApis.AspNetCore.Tests.Infrastructure;
using AviationApis.Avinode.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Tests.Avinode;

public sealed class AvinodeWebhookEndpointTests
{
    private const string Identifier = "tour-hook";
    private const string Secret = "whsec-avinode-0123456789";

    public static TheoryData<string> SeedSamples() => new()
    {
        "avinode-notification.SchedAeroContacts.json",
        "avinode-notification.SchedAeroQuotes.json",
        "avinode-notification.SchedAeroScheduledTrips.json",
    };

    private static Task<ReceiverHost> StartAsync() => ReceiverHost.StartAsync(
        services => services.AddAvinodeWebhookHandler<ReceiverHost.RecordingAvinodeHandler>(o => { o.ClientIdentifier = Identifier; o.ClientSecret = Secret; }),
        app => app.MapAvinodeWebhooks());

    private static HttpRequestMessage Post(byte[] body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/avinode") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    private static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    [Theory]
    [MemberData(nameof(SeedSamples))]
    public async Task Seed_notifications_with_the_right_credentials_are_accepted_and_handled_as_the_default_connection(string sample)
    {
        await using var host = await StartAsync();
        var body = ReceiverHost.Payload(sample);

        using var response = await host.Client.SendAsync(Post(body, Basic(Identifier, Secret)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
        var delivery = Assert.IsType<AvinodeWebhookDelivery>(Assert.Single(host.Recorded.Events));
        Assert.Equal(AvinodeNotificationParser.Parse(body).Id, delivery.Notification.Id);
        Assert.Equal(AvinodeWebhookEndpointOptions.DefaultConnectionName, delivery.ConnectionName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dG91ci1ob29rOndyb25n")]
    [InlineData("Bearer whsec-avinode-0123456789")]
    [InlineData("Basic ###")]
    public async Task Wrong_missing_or_malformed_credentials_get_401_with_no_detail_and_nothing_is_stored(string? authorization)
    {
        await using var host = await StartAsync();

        using var response = await host.Client.SendAsync(Post(ReceiverHost.Payload("avinode-notification.SchedAeroContacts.json"), authorization));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(new(0, 0, null), await host.Admin.GetStatisticsAsync());
    }

    [Fact]
    public async Task Wrong_credentials_get_401_before_the_body_is_read()
    {
        await using var host = await StartAsync();
        var body = new EndlessContent();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/avinode") { Content = body };
        request.Headers.TryAddWithoutValidation("Authorization", Basic(Identifier, "not-the-secret"));

        // The body never ends: had the endpoint read it before checking the header, no answer could come.
        using var response = await host.Client.SendAsync(request).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        body.Stop();
    }

    [Fact]
    public async Task A_verified_body_without_href_is_stored_and_parked_dead()
    {
        await using var host = await StartAsync();

        using var response = await host.Client.SendAsync(Post(Encoding.UTF8.GetBytes("{\"type\":\"SchedAeroContacts\",\"id\":\"contact-1\"}"), Basic(Identifier, Secret)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await host.WaitUntilIdleAsync()).Dead);
        var dead = Assert.Single(await host.Admin.ListDeadAsync());
        Assert.StartsWith("The body does not parse", dead.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, dead.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_delivery_ten_times_runs_the_handler_once()
    {
        await using var host = await StartAsync();
        var body = ReceiverHost.Payload("avinode-notification.SchedAeroQuotes.json");

        for (var i = 0; i < 10; i++)
        {
            using var response = await host.Client.SendAsync(Post(body, Basic(Identifier, Secret)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, (await host.WaitUntilIdleAsync()).Pending);
        Assert.Single(host.Recorded.Events);
    }

    [Theory]
    [MemberData(nameof(InboxKind.Durable), MemberType = typeof(InboxKind))]
    public async Task Two_connections_each_reach_the_handler_with_their_name_and_never_verify_each_other(string kind)
    {
        await using var host = await ReceiverHost.StartAsync(
            services => services.AddAvinodeWebhookHandler<ReceiverHost.RecordingAvinodeHandler>(o =>
            {
                o.Connections["acme-jets"] = new AvinodeWebhookConnection { ClientIdentifier = "acme-hook", ClientSecret = "acme-secret-1111" };
                o.Connections["blue-sky"] = new AvinodeWebhookConnection { ClientIdentifier = "blue-hook", ClientSecret = "blue-secret-2222" };
            }),
            app => app.MapAvinodeWebhooks(),
            inboxKind: kind);
        var body = ReceiverHost.Payload("avinode-notification.SchedAeroQuotes.json");

        using var acme = await host.Client.SendAsync(Post(body, Basic("acme-hook", "acme-secret-1111")));
        using var blue = await host.Client.SendAsync(Post(body, Basic("blue-hook", "blue-secret-2222")));
        using var crossed = await host.Client.SendAsync(Post(body, Basic("acme-hook", "blue-secret-2222")));
        using var crossedBack = await host.Client.SendAsync(Post(body, Basic("blue-hook", "acme-secret-1111")));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (acme.StatusCode, blue.StatusCode));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (crossed.StatusCode, crossedBack.StatusCode));
        await host.WaitUntilIdleAsync();
        var names = host.Recorded.Events.Cast<AvinodeWebhookDelivery>().Select(d => d.ConnectionName).Order().ToArray();
        Assert.Equal(["acme-jets", "blue-sky"], names);
    }

    [Fact]
    public async Task Missing_credentials_in_configuration_fail_at_startup_naming_the_keys()
    {
        var ex = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => ReceiverHost.StartAsync(
            services => services.AddAvinodeWebhookHandler<ReceiverHost.RecordingAvinodeHandler>(o => o.ClientIdentifier = Identifier),
            app => app.MapAvinodeWebhooks()));

        Assert.Contains("Webhooks:Avinode:ClientSecret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_never_print_the_secret()
    {
        var options = new AvinodeWebhookEndpointOptions { ClientIdentifier = Identifier, ClientSecret = Secret };
        options.Connections["other"] = new AvinodeWebhookConnection { ClientIdentifier = "x", ClientSecret = Secret + "-other" };
        Assert.DoesNotContain(Secret, options.ToString(), StringComparison.Ordinal);
    }
}
