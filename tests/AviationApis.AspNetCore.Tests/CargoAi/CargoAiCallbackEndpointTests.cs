using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.AspNetCore.Tests.Infrastructure;
using AviationApis.CargoAi.Callbacks;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Tests.CargoAi;

public sealed class CargoAiCallbackEndpointTests
{
    private const string ApiKey = "cargo-callback-key-123";
    private static readonly byte[] SeedExample = ReceiverHost.Payload("cargoai-flywindow-callback.seed-example.json");

    private static Task<ReceiverHost> StartAsync(CargoAiCallbackVerifier? verifier = null, long? maxBody = null, bool holdHandler = false, bool allowUnauthenticated = false) =>
        ReceiverHost.StartAsync(services =>
        {
            services.AddCargoAiCallbackHandler<ReceiverHost.RecordingCargoAiHandler>(o =>
            {
                o.Verifier = verifier;
                o.AllowUnauthenticatedCallbacks = allowUnauthenticated;
            });
            if (maxBody is { } max)
            {
                services.AddAviationWebhooks(o => o.MaxBodyBytes = max);
            }
        }, holdHandler: holdHandler);

    private static HttpRequestMessage Post(string path, byte[] body, string? signature = null) => Post(path, new ByteArrayContent(body), signature);

    private static HttpRequestMessage Post(string path, HttpContent content, string? signature = null, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(CargoAiCallbackVerifier.HmacHeaderName, signature);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    [Fact]
    public async Task Starting_without_a_verification_scheme_fails_naming_the_setting_and_the_opt_in()
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync());

        Assert.Contains("CargoAiCallbackEndpointOptions.Verifier", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AllowUnauthenticatedCallbacks", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(CargoAiCallbackVerifier.None()));
    }

    [Fact]
    public async Task With_the_explicit_opt_in_the_seed_example_is_accepted_unsigned_byte_for_byte_and_handled()
    {
        Assert.Equal((byte)',', SeedExample.Reverse().SkipWhile(b => b is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'}').First());
        await using var host = await StartAsync(allowUnauthenticated: true);

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
        var delivery = Assert.IsType<CargoAiCallbackDelivery>(Assert.Single(host.Recorded.Events));
        Assert.Equal(CargoAiCallbackKind.FlyWindow, delivery.Kind);
        Assert.False(string.IsNullOrEmpty(delivery.Callback.Awb));
        Assert.StartsWith("cargoai/flywindow:", delivery.DeliveryKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_hmac_signature_is_accepted_on_the_booking_endpoint()
    {
        await using var host = await StartAsync(CargoAiCallbackVerifier.Hmac(ApiKey));

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/booking", SeedExample, CargoAiCallbackVerifier.ComputeHmacSignature(ApiKey, SeedExample)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
        Assert.Equal(CargoAiCallbackKind.Booking, Assert.IsType<CargoAiCallbackDelivery>(Assert.Single(host.Recorded.Events)).Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bm90LXRoZS1zaWduYXR1cmU=")]
    [InlineData("%%%not base64")]
    public async Task Missing_wrong_or_malformed_signatures_get_401_with_no_detail_and_nothing_is_stored(string? signature)
    {
        await using var host = await StartAsync(CargoAiCallbackVerifier.Hmac(ApiKey));

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample, signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(new(0, 0, null), await host.Admin.GetStatisticsAsync());
        Assert.Empty(host.Recorded.Events);
    }

    [Fact]
    public async Task A_signature_computed_over_a_different_body_is_rejected()
    {
        await using var host = await StartAsync(CargoAiCallbackVerifier.Hmac(ApiKey));
        var other = SeedExample.Append((byte)' ').ToArray();

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", other, CargoAiCallbackVerifier.ComputeHmacSignature(ApiKey, SeedExample)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Bearer")]
    public async Task Wrong_basic_or_bearer_credentials_get_401_before_the_body_is_read(string scheme)
    {
        var verifier = scheme == "Basic" ? CargoAiCallbackVerifier.Basic("forwarder", "s3cret-pass") : CargoAiCallbackVerifier.Bearer("tok-0123456789");
        await using var host = await StartAsync(verifier);
        var body = new EndlessContent();

        // The body never ends: had the endpoint read it before checking the header, no answer could come.
        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", body, authorization: scheme + " d3Jvbmc6d3Jvbmc=")).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(new(0, 0, null), await host.Admin.GetStatisticsAsync());
        body.Stop();
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Bearer")]
    public async Task Right_basic_or_bearer_credentials_are_accepted(string scheme)
    {
        var verifier = scheme == "Basic" ? CargoAiCallbackVerifier.Basic("forwarder", "s3cret-pass") : CargoAiCallbackVerifier.Bearer("tok-0123456789");
        var authorization = scheme == "Basic" ? "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("forwarder:s3cret-pass")) : "Bearer tok-0123456789";
        await using var host = await StartAsync(verifier);

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", new ByteArrayContent(SeedExample), authorization: authorization));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
        Assert.Single(host.Recorded.Events);
    }

    [Fact]
    public async Task An_oversized_body_gets_413_and_nothing_is_stored()
    {
        await using var host = await StartAsync(allowUnauthenticated: true, maxBody: 1024);

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(new(0, 0, null), await host.Admin.GetStatisticsAsync());
    }

    [Theory]
    [InlineData("{\"awb\": ")]
    [InlineData("<xml/>")]
    [InlineData("{\"bookingCreatedDate\": \"yesterday\"}")]
    public async Task A_verified_body_that_does_not_parse_is_stored_and_parked_dead_with_the_parse_error(string body)
    {
        await using var host = await StartAsync(allowUnauthenticated: true);

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await host.WaitUntilIdleAsync()).Dead);
        var dead = Assert.Single(await host.Admin.ListDeadAsync());
        Assert.StartsWith("The body does not parse", dead.LastError, StringComparison.Ordinal);
        Assert.Equal(body, Encoding.UTF8.GetString(dead.Body.Span));
        Assert.Equal(1, dead.Attempts);
        Assert.Empty(host.Recorded.Events);
    }

    [Fact]
    public async Task A_repeated_delivery_is_acknowledged_and_handled_once()
    {
        await using var host = await StartAsync(allowUnauthenticated: true);

        for (var i = 0; i < 10; i++)
        {
            using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Once nothing is pending, no handler run is still to come: the count is final.
        Assert.Equal(0, (await host.WaitUntilIdleAsync()).Pending);
        Assert.Single(host.Recorded.Events);
    }

    [Fact]
    public async Task The_answer_does_not_wait_for_a_slow_handler()
    {
        await using var host = await StartAsync(allowUnauthenticated: true, holdHandler: true);

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Recorded.Events); // held in the background until the host stops: the 200 came first
    }

    [Fact]
    public void Options_never_print_the_secret() =>
        Assert.DoesNotContain(ApiKey, new CargoAiCallbackEndpointOptions { Verifier = CargoAiCallbackVerifier.Hmac(ApiKey) }.ToString(), StringComparison.Ordinal);
}
