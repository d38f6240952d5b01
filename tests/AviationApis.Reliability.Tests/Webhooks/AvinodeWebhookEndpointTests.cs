using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Testing;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// The Avinode webhook endpoint of AviationApis.AspNetCore over Kestrel (Basic credentials: the client identifier and
/// secret configured on the webhook): bad credentials are 401 with nothing leaked, oversized bodies 413, a repeated
/// delivery runs the handler once, and the 200 (sent once the delivery is stored) does not wait for the handler.
/// </summary>
[Collection(WebhookCollection.Name)]
public sealed class AvinodeWebhookEndpointTests(WebhookHostFixture host, ITestOutputHelper output)
{
    private static int _ids;

    public static TheoryData<string> BadCredentials() =>
        ["missing", "wrong-secret", "wrong-identifier", "not-base64", "no-colon", "bearer-secret", "secret-in-clear", "empty-basic"];

    [Fact]
    public async Task A_delivery_with_the_right_credentials_is_accepted_and_handled()
    {
        var (id, body) = NewNotification();

        using var response = await PostAsync(body, Basic(WebhookHostFixture.AvinodeClientIdentifier, TestSecrets.AvinodeWebhookSecret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Probe.WaitCompletedAsync(id);
        Assert.Equal(1, host.Probe.Completed(id));
    }

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task Wrong_missing_or_malformed_credentials_are_401_without_detail(string kind)
    {
        var (id, body) = NewNotification();
        string? authorization = kind switch
        {
            "missing" => null,
            "wrong-secret" => Basic(WebhookHostFixture.AvinodeClientIdentifier, "not-the-secret"),
            "wrong-identifier" => Basic("someone-else", TestSecrets.AvinodeWebhookSecret),
            "not-base64" => "Basic %%%not-base64%%%",
            "no-colon" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(TestSecrets.AvinodeWebhookSecret)),
            "bearer-secret" => "Bearer " + TestSecrets.AvinodeWebhookSecret,
            "secret-in-clear" => $"Basic {WebhookHostFixture.AvinodeClientIdentifier}:{TestSecrets.AvinodeWebhookSecret}",
            _ => "Basic ",
        };

        using var response = await PostAsync(body, authorization);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, text);
        await host.WaitUntilIdleAsync();
        Assert.Equal(0, host.Probe.Started(id));
        Assert.Empty(SecretScanner.Scan(host.Logs.AllText()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_oversized_body_is_413_and_never_handled(bool chunked)
    {
        var (id, small) = NewNotification();
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(small).Replace("{", "{\"padding\":\"" + new string('x', (int)WebhookHostFixture.MaxBodyBytes) + "\",", StringComparison.Ordinal));

        using var response = await PostAsync(body, Basic(WebhookHostFixture.AvinodeClientIdentifier, TestSecrets.AvinodeWebhookSecret), chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await host.WaitUntilIdleAsync();
        Assert.Equal(0, host.Probe.Started(id));
    }

    [Fact]
    public async Task The_same_delivery_ten_times_runs_the_handler_once()
    {
        var (id, body) = NewNotification();
        var authorization = Basic(WebhookHostFixture.AvinodeClientIdentifier, TestSecrets.AvinodeWebhookSecret);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await PostAsync(body, authorization);
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        await host.Probe.WaitCompletedAsync(id);
        await host.WaitUntilIdleAsync();
        Assert.Equal(1, host.Probe.Started(id));
    }

    [Fact]
    public async Task The_200_is_sent_while_the_handler_is_still_running()
    {
        var authorization = Basic(WebhookHostFixture.AvinodeClientIdentifier, TestSecrets.AvinodeWebhookSecret);
        var (warm, warmBody) = NewNotification();
        (await PostAsync(warmBody, authorization)).Dispose();
        await host.Probe.WaitCompletedAsync(warm);

        var fastest = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var (id, body) = NewNotification();
            host.Probe.HoldOn(id);
            var watch = Stopwatch.StartNew();
            using (var response = await PostAsync(body, authorization))
            {
                watch.Stop();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            Assert.Equal(0, host.Probe.Completed(id));
            host.Probe.Release(id);
            await host.Probe.WaitCompletedAsync(id);
            Assert.Equal(1, host.Probe.Completed(id));
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        output.WriteLine($"fastest 200 with a held handler: {fastest.TotalMilliseconds:0.0} ms");
        Assert.True(fastest < TimeSpan.FromMilliseconds(100), $"the 200 took {fastest.TotalMilliseconds:0} ms");
    }

    private static string Basic(string identifier, string secret) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(identifier + ":" + secret));

    private static (string Id, byte[] Body) NewNotification()
    {
        var id = $"schedaero-trip-{500000000 + Interlocked.Increment(ref _ids)}";
        var json = $$"""{"id":"{{id}}","href":"https://sandbox-schedaero.avinode.com/api/trips/{{id}}","type":"schedaero-trip"}""";
        return (id, Encoding.UTF8.GetBytes(json));
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? authorization, bool chunked = false)
    {
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "hooks/avinode")) { Content = content };
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await host.Http.SendAsync(request);
    }
}
