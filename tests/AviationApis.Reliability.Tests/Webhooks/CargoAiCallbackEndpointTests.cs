using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AviationApis.CargoAi.Callbacks;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Targets;
using AviationApis.Testing;
using Xunit.Abstractions;

namespace AviationApis.Reliability.Tests.Webhooks;

/// <summary>
/// The CargoAi callback endpoints of AviationApis.AspNetCore over Kestrel: bad credentials are 401 with nothing
/// leaked, oversized bodies 413, a repeated delivery runs the handler once, and the 200 does not wait for the handler.
/// </summary>
[Collection(WebhookCollection.Name)]
public sealed class CargoAiCallbackEndpointTests(WebhookHostFixture host, ITestOutputHelper output)
{
    private static int _awbs;

    public static TheoryData<string> BadCredentials() => ["missing", "wrong-key", "malformed", "empty", "other-body", "bearer-secret", "secret-itself"];

    [Fact]
    public async Task A_signed_delivery_is_accepted_and_handled()
    {
        var (awb, body) = NewDelivery();

        using var response = await PostAsync(body, Sign(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Probe.WaitCompletedAsync(awb);
        Assert.Equal(1, host.Probe.Completed(awb));
    }

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task Wrong_missing_or_malformed_credentials_are_401_without_detail(string kind)
    {
        var (awb, body) = NewDelivery();
        var (_, other) = NewDelivery();
        string? signature = kind switch
        {
            "missing" => null,
            "wrong-key" => CargoAiCallbackVerifier.ComputeHmacSignature("not-the-secret", body),
            "malformed" => "%%% not base64 %%%",
            "empty" => string.Empty,
            "other-body" => Sign(other),
            "bearer-secret" => "Bearer " + TestSecrets.CargoAiWebhookSecret,
            _ => TestSecrets.CargoAiWebhookSecret,
        };

        using var response = await PostAsync(body, signature);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, text);
        Assert.False(response.Headers.WwwAuthenticate.Count > 0 && response.Headers.WwwAuthenticate.ToString().Contains("error", StringComparison.OrdinalIgnoreCase));
        await host.WaitUntilIdleAsync();
        Assert.Equal(0, host.Probe.Started(awb));
        Assert.Empty(SecretScanner.Scan(host.Logs.AllText()));
    }

    [Fact]
    public async Task An_oversized_body_is_413_and_never_handled()
    {
        var (awb, small) = NewDelivery();
        var padding = new string(' ', (int)WebhookHostFixture.MaxBodyBytes);
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(small).Replace("{", "{" + padding, StringComparison.Ordinal)[..^0]);

        using var response = await PostAsync(body, Sign(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await host.WaitUntilIdleAsync();
        Assert.Equal(0, host.Probe.Started(awb));
    }

    [Fact]
    public async Task The_same_delivery_ten_times_runs_the_handler_once()
    {
        var (awb, body) = NewDelivery();
        var signature = Sign(body);

        var sequential = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await PostAsync(body, signature);
            sequential.Add(response.StatusCode);
        }

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var response = await PostAsync(body, signature);
            return response.StatusCode;
        }));

        Assert.All(sequential.Concat(concurrent), s => Assert.Equal(HttpStatusCode.OK, s));
        await host.Probe.WaitCompletedAsync(awb);
        await host.WaitUntilIdleAsync();
        Assert.Equal(1, host.Probe.Started(awb));
        Assert.Equal(1, host.Probe.Completed(awb));
    }

    [Fact]
    public async Task The_200_is_sent_while_the_handler_is_still_running()
    {
        // Warm-up: the first request on a connection pays for JIT and connect.
        var (warm, warmBody) = NewDelivery();
        (await PostAsync(warmBody, Sign(warmBody))).Dispose();
        await host.Probe.WaitCompletedAsync(warm);

        var fastest = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var (awb, body) = NewDelivery();
            host.Probe.HoldOn(awb);
            var watch = Stopwatch.StartNew();
            using (var response = await PostAsync(body, Sign(body)))
            {
                watch.Stop();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            // The handler is held: had the endpoint run it inline, the 200 could not have arrived.
            Assert.Equal(0, host.Probe.Completed(awb));
            host.Probe.Release(awb);
            await host.Probe.WaitCompletedAsync(awb);
            Assert.Equal(1, host.Probe.Completed(awb));
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        output.WriteLine($"fastest 200 with a held handler: {fastest.TotalMilliseconds:0.0} ms");
        Assert.True(fastest < TimeSpan.FromMilliseconds(100), $"the 200 took {fastest.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task A_signed_but_malformed_body_is_stored_and_parked_dead_with_the_parse_error_and_no_secret()
    {
        var body = Encoding.UTF8.GetBytes("{\"awb\": \"000-1\", \"flight\": [" + Interlocked.Increment(ref _awbs));
        using var response = await PostAsync(body, Sign(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.WaitUntilIdleAsync();
        var dead = Assert.Single(await host.Admin.ListDeadAsync(1000), d => d.Body.Span.SequenceEqual(body));
        Assert.StartsWith("The body does not parse", dead.LastError, StringComparison.Ordinal);
        Assert.InRange(dead.LastError!.Length, 1, 500);
        Assert.Empty(SecretScanner.Scan([dead.LastError]));
    }

    private static string Sign(byte[] body) => CargoAiCallbackVerifier.ComputeHmacSignature(TestSecrets.CargoAiWebhookSecret, body);

    private static (string Awb, byte[] Body) NewDelivery()
    {
        var awb = $"000-{90000000 + Interlocked.Increment(ref _awbs)}";
        var json = Payloads.Read("cargoai-flywindow-callback.seed-example.json").Replace("000-00092142", awb, StringComparison.Ordinal);
        return (awb, Encoding.UTF8.GetBytes(json));
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "hooks/cargoai/flywindow"))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(CargoAiCallbackVerifier.HmacHeaderName, signature);
        }

        return await host.Http.SendAsync(request);
    }
}
