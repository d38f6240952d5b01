using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AviationApis.AspNetCore.Avinode;
using AviationApis.Avinode.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AviationApis.AspNetCore.Tests;

public sealed class AvinodeWebhookEndpointTests
{
    private const string Identifier = "tour-hook";
    private const string Secret = "whsec-avinode-0123456789";

    public static TheoryData<string> SeedSamples() => new()
    {
        "avinode-notification.SchedAeroContacts.json",
        "avinode-notification.SchedAeroQuotes.json",
        "avinode-notification.SchedAeroScheduledTrips.json",
        "avinode-notification.example.json",
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
    public async Task Seed_notifications_with_the_right_credentials_are_accepted_and_handled(string sample)
    {
        await using var host = await StartAsync();
        var body = ReceiverHost.Payload(sample);

        using var response = await host.Client.SendAsync(Post(body, Basic(Identifier, Secret)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
        var notification = Assert.IsType<AvinodeNotification>(Assert.Single(host.Recorded.Events));
        Assert.Equal(AvinodeNotificationParser.Parse(body).Id, notification.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dG91ci1ob29rOndyb25n")]
    [InlineData("Bearer whsec-avinode-0123456789")]
    [InlineData("Basic ###")]
    public async Task Wrong_missing_or_malformed_credentials_get_401_with_no_detail(string? authorization)
    {
        await using var host = await StartAsync();

        using var response = await host.Client.SendAsync(Post(ReceiverHost.Payload("avinode-notification.SchedAeroContacts.json"), authorization));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Recorded.Events);
    }

    [Fact]
    public async Task A_body_without_href_gets_400()
    {
        await using var host = await StartAsync();

        using var response = await host.Client.SendAsync(Post(Encoding.UTF8.GetBytes("{\"type\":\"SchedAeroContacts\",\"id\":\"contact-1\"}"), Basic(Identifier, Secret)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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

        await host.Recorded.WaitForAsync(1);
        await Task.Delay(300);
        Assert.Single(host.Recorded.Events);
    }

    [Fact]
    public async Task Missing_credentials_in_configuration_fail_at_startup_naming_the_keys()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => ReceiverHost.StartAsync(
            services => services.AddAvinodeWebhookHandler<ReceiverHost.RecordingAvinodeHandler>(o => o.ClientIdentifier = Identifier),
            app => app.MapAvinodeWebhooks()));

        Assert.Contains("Webhooks:Avinode:ClientSecret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_never_print_the_secret() =>
        Assert.DoesNotContain(Secret, new AvinodeWebhookEndpointOptions { ClientIdentifier = Identifier, ClientSecret = Secret }.ToString(), StringComparison.Ordinal);
}
