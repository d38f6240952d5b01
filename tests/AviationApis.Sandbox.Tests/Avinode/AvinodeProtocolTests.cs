using System.Globalization;
using System.Net;
using AviationApis.Sandbox.Tests.Infrastructure;
using AviationApis.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AviationApis.Sandbox.Tests.Avinode;

public sealed class AvinodeProtocolTests
{
    private const string Contact = "contacts/people/contact-123456789";

    [Theory]
    [InlineData("X-Avinode-SentTimestamp")]
    [InlineData("X-Avinode-ApiToken")]
    [InlineData("Authorization")]
    [InlineData("X-Avinode-ApiVersion")]
    [InlineData("X-Avinode-Product")]
    public async Task Missing_header_is_400_ERR_INPUT_MISSING(string header)
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, Contact, TimeProvider.System);
        request.Headers.Remove(header);
        var response = await harness.SchedAero.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await SandboxHarness.ReadJsonAsync(response))!["meta"]!["errors"]![0]!;
        Assert.Equal("ERR_INPUT_MISSING", (string?)error["code"]);
        Assert.Equal($"The header '{header}' is required", (string?)error["title"]);
        Assert.True(response.Headers.Contains("X-Rate-Limit-Limit"));
    }

    [Fact]
    public async Task Authorization_without_Bearer_is_400()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, Contact, TimeProvider.System);
        request.Headers.Authorization = null;
        request.Headers.TryAddWithoutValidation("Authorization", "connection-token");
        var response = await harness.SchedAero.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ERR_INPUT_GENERIC_INVALID", (string?)(await SandboxHarness.ReadJsonAsync(response))!["meta"]!["errors"]![0]!["code"]);
    }

    [Theory]
    [InlineData(-6, HttpStatusCode.BadRequest)]
    [InlineData(6, HttpStatusCode.BadRequest)]
    [InlineData(-4, HttpStatusCode.OK)]
    [InlineData(4, HttpStatusCode.OK)]
    public async Task Timestamp_more_than_5_minutes_off_the_server_clock_is_400(int minutes, HttpStatusCode expected)
    {
        var server = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.Zero));
        await using var harness = await SandboxHarness.CreateAsync(false, new AviationSandboxOptions { TimeProvider = server });
        var client = new FakeTimeProvider(server.GetUtcNow().AddMinutes(minutes));
        using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, Contact, client);
        var response = await harness.SchedAero.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Unparsable_timestamp_is_400_and_the_seed_format_is_accepted()
    {
        var server = new FakeTimeProvider(new DateTimeOffset(2010, 1, 1, 0, 2, 0, TimeSpan.Zero));
        await using var harness = await SandboxHarness.CreateAsync(false, new AviationSandboxOptions { TimeProvider = server });
        using var bad = SandboxHarness.AvinodeRequest(HttpMethod.Get, Contact, server);
        bad.Headers.Remove("X-Avinode-SentTimestamp");
        bad.Headers.Add("X-Avinode-SentTimestamp", "yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, (await harness.SchedAero.SendAsync(bad)).StatusCode);

        // The seed's PDF request sends "2010-01-01T00:00Z".
        using var seed = SandboxHarness.AvinodeRequest(HttpMethod.Get, "streams/quotes/schedaero-quote-123456789", server);
        seed.Headers.Remove("X-Avinode-SentTimestamp");
        seed.Headers.Add("X-Avinode-SentTimestamp", "2010-01-01T00:00Z");
        Assert.Equal(HttpStatusCode.OK, (await harness.SchedAero.SendAsync(seed)).StatusCode);
    }

    [Theory]
    [InlineData("wrong", "connection-token")]
    [InlineData("app-token", "wrong")]
    public async Task Wrong_token_is_401(string apiToken, string bearer)
    {
        await using var harness = await SandboxHarness.CreateAsync(false, new AviationSandboxOptions { AvinodeApiToken = "app-token", AvinodeAuthorizationToken = "connection-token" });
        using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, Contact, TimeProvider.System, apiToken: apiToken, bearer: bearer);
        var response = await harness.SchedAero.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("NOT_AUTHORIZED", (string?)(await SandboxHarness.ReadJsonAsync(response))!["meta"]!["errors"]![0]!["code"]);

        using var right = SandboxHarness.AvinodeRequest(HttpMethod.Get, Contact, TimeProvider.System);
        Assert.Equal(HttpStatusCode.OK, (await harness.SchedAero.SendAsync(right)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task Calls_are_counted_per_connection_per_hour_with_403_at_the_limit(bool kestrel)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 59, 0, TimeSpan.Zero));
        await using var harness = await SandboxHarness.CreateAsync(kestrel, new AviationSandboxOptions { TimeProvider = clock, AvinodeRateLimitPerHour = 3 });

        async Task<HttpResponseMessage> Call(string bearer = "connection-token")
        {
            using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, Contact, clock, bearer: bearer);
            return await harness.SchedAero.SendAsync(request);
        }

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            var ok = await Call();
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("3", Header(ok, "X-Rate-Limit-Limit"));
            Assert.Equal(remaining.ToString(CultureInfo.InvariantCulture), Header(ok, "X-Rate-Limit-Remaining"));
            Assert.Equal("60", Header(ok, "X-Rate-Limit-Reset"));
        }

        var limited = await Call();
        Assert.Equal(HttpStatusCode.Forbidden, limited.StatusCode);
        Assert.Equal("0", Header(limited, "X-Rate-Limit-Remaining"));

        var other = await Call("another-connection");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("2", Header(other, "X-Rate-Limit-Remaining"));

        clock.Advance(TimeSpan.FromMinutes(1));
        var nextHour = await Call();
        Assert.Equal(HttpStatusCode.OK, nextHour.StatusCode);
        Assert.Equal("2", Header(nextHour, "X-Rate-Limit-Remaining"));
        Assert.Equal("3600", Header(nextHour, "X-Rate-Limit-Reset"));
    }

    [Fact]
    public async Task Responses_echo_the_api_version_and_unknown_routes_are_404_in_the_envelope()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        var (response, body) = await harness.SchedAeroAsync(HttpMethod.Get, "nothing/here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("v1", Header(response, "X-Avinode-ApiVersion"));
        Assert.Equal("NOT_FOUND", (string?)body!["meta"]!["errors"]![0]!["code"]);
        var (unknown, _) = await harness.SchedAeroAsync(HttpMethod.Get, "contacts/people/contact-1");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [Fact]
    public async Task An_empty_product_header_is_400_ERR_INPUT_MISSING()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, Contact, TimeProvider.System);
        request.Headers.Remove("X-Avinode-Product");
        request.Headers.TryAddWithoutValidation("X-Avinode-Product", " ");
        var response = await harness.SchedAero.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The header 'X-Avinode-Product' is required", (string?)(await SandboxHarness.ReadJsonAsync(response))!["meta"]!["errors"]![0]!["title"]);
    }
}
