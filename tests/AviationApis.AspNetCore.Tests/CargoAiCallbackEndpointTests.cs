using System.Net;
using System.Net.Http.Headers;
using AviationApis.AspNetCore.CargoAi;
using AviationApis.CargoAi.Callbacks;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.AspNetCore.Tests;

public sealed class CargoAiCallbackEndpointTests
{
    private const string ApiKey = "cargo-callback-key-123";
    private static readonly byte[] SeedExample = ReceiverHost.Payload("cargoai-flywindow-callback.seed-example.json");

    private static Task<ReceiverHost> StartAsync(CargoAiCallbackVerifier? verifier = null, long? maxBody = null, TimeSpan? handlerDelay = null) =>
        ReceiverHost.StartAsync(services =>
        {
            services.AddCargoAiCallbackHandler<ReceiverHost.RecordingCargoAiHandler>(o => o.Verifier = verifier ?? CargoAiCallbackVerifier.None());
            if (maxBody is { } max)
            {
                services.AddAviationWebhooks(o => o.MaxBodyBytes = max);
            }
        }, handlerDelay: handlerDelay);

    private static HttpRequestMessage Post(string path, byte[] body, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(CargoAiCallbackVerifier.HmacHeaderName, signature);
        }

        return request;
    }

    [Fact]
    public async Task The_seed_example_is_accepted_byte_for_byte_unsigned_by_default_and_handled()
    {
        Assert.Equal((byte)',', SeedExample.Reverse().SkipWhile(b => b is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'}').First());
        await using var host = await StartAsync();

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Recorded.WaitForAsync(1);
        var delivery = Assert.IsType<CargoAiCallbackDelivery>(Assert.Single(host.Recorded.Events));
        Assert.Equal(CargoAiCallbackKind.FlyWindow, delivery.Kind);
        Assert.False(string.IsNullOrEmpty(delivery.Callback.Awb));
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
    public async Task Missing_wrong_or_malformed_signatures_get_401_with_no_detail(string? signature)
    {
        await using var host = await StartAsync(CargoAiCallbackVerifier.Hmac(ApiKey));

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample, signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
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

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        await using var host = await StartAsync(maxBody: 1024);

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Recorded.Events);
    }

    [Theory]
    [InlineData("{\"awb\": ")]
    [InlineData("<xml/>")]
    [InlineData("{\"bookingCreatedDate\": \"yesterday\"}")]
    public async Task A_malformed_body_gets_400_with_a_short_reason(string body)
    {
        await using var host = await StartAsync();

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", System.Text.Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = await response.Content.ReadAsStringAsync();
        Assert.InRange(reason.Length, 1, 200);
        Assert.Empty(host.Recorded.Events);
    }

    [Fact]
    public async Task A_repeated_delivery_is_acknowledged_and_handled_once()
    {
        await using var host = await StartAsync();

        for (var i = 0; i < 10; i++)
        {
            using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await host.Recorded.WaitForAsync(1);
        await Task.Delay(300); // room for a wrongly queued repeat to show up
        Assert.Single(host.Recorded.Events);
    }

    [Fact]
    public async Task The_answer_does_not_wait_for_a_slow_handler()
    {
        await using var host = await StartAsync(handlerDelay: TimeSpan.FromSeconds(30));

        using var response = await host.Client.SendAsync(Post("/webhooks/cargoai/flywindow", SeedExample));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Recorded.Events); // still sleeping in the background: the 200 came first
    }
}
