using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AviationApis.AspNetCore.Avinode;
using AviationApis.AspNetCore.Tests.Infrastructure;
using AviationApis.Core.Options;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Tests.Avinode;

/// <summary>Avinode's checklist: development and test builds cannot consume live notifications.</summary>
public sealed class LiveNotificationTests
{
    private const string Identifier = "live-hook";
    private const string Secret = "whsec-live-0123456789";

    private static string Notification(string host) =>
        $$"""{"id": "contact-123456789", "href": "https://{{host}}/api/contacts/people/contact-123456789", "type": "SchedAeroContacts"}""";

    private static Task<ReceiverHost> StartAsync(HostFacts? process = null, bool allowLive = false) => ReceiverHost.StartAsync(
        services =>
        {
            if (process is not null)
            {
                services.AddSingleton(process);
            }

            services.AddAvinodeWebhookHandler<ReceiverHost.RecordingAvinodeHandler>(o =>
            {
                o.ClientIdentifier = Identifier;
                o.ClientSecret = Secret;
                o.AllowLiveNotifications = allowLive;
            });
        },
        app => app.MapAvinodeWebhooks());

    private static Task<HttpResponseMessage> PostAsync(ReceiverHost host, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/avinode") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Identifier}:{Secret}")));
        return host.Client.SendAsync(request);
    }

    [Theory]
    [InlineData("schedaero.avinode.com")]
    [InlineData("services.avinode.com")]
    [InlineData("SERVICES.avinode.com.")]
    public async Task A_live_notification_in_a_test_host_is_refused_and_not_stored(string liveHost)
    {
        await using var host = await StartAsync();

        using var response = await PostAsync(host, Notification(liveHost));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(new(0, 0, null), await host.Admin.GetStatisticsAsync());
        Assert.Empty(host.Recorded.Events);
    }

    [Theory]
    [InlineData("Staging", false)]
    [InlineData("Production", true)]
    public async Task A_live_notification_outside_a_test_host_follows_the_environment_rule(string environment, bool debug)
    {
        await using var host = await StartAsync(new HostFacts { EnvironmentName = environment, IsDebugBuild = debug, IsTestHost = false });

        using var response = await PostAsync(host, Notification("services.avinode.com"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Recorded.Events);
    }

    [Fact]
    public async Task A_live_notification_in_a_production_release_host_is_accepted()
    {
        await using var host = await StartAsync(new HostFacts { EnvironmentName = "Production", IsDebugBuild = false, IsTestHost = false });

        using var response = await PostAsync(host, Notification("services.avinode.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
    }

    [Fact]
    public async Task Sandbox_notifications_are_accepted_in_a_test_host()
    {
        await using var host = await StartAsync();

        using var response = await PostAsync(host, Notification("sandbox-schedaero.avinode.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
    }

    [Fact]
    public async Task The_opt_in_accepts_live_notifications()
    {
        await using var host = await StartAsync(allowLive: true);

        using var response = await PostAsync(host, Notification("services.avinode.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
    }

    [Fact]
    public async Task The_vendor_s_example_notification_is_live_refused_in_tests_and_accepted_in_production()
    {
        var example = Encoding.UTF8.GetString(ReceiverHost.Payload("avinode-notification.example.json"));
        await using (var test = await StartAsync())
        {
            using var refused = await PostAsync(test, example);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        await using var production = await StartAsync(new HostFacts { EnvironmentName = "Production", IsDebugBuild = false, IsTestHost = false });
        using var accepted = await PostAsync(production, example);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await production.Recorded.WaitForAsync(1);
    }
}
