using System.Net;
using AviationApis.Sandbox.Emulation;
using AviationApis.Sandbox.Tests.Infrastructure;
using AviationApis.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AviationApis.Sandbox.Tests.Faults;

public sealed class FaultInjectionTests
{
    private const string SeedSearch = """{"Credential":{"Username":"u","Password":"p"},"Criteria":{"DepartureDate":"2030-01-20","ReturnDate":"2030-01-26","IataOriginAirport":"GRU","IataDestinationAirport":"GIG","NumberOfAdults":1,"SearchType":"RoundTrip"}}""";

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task FailNext_answers_the_status_count_times_then_the_emulator_answers(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        harness.Sandbox.Faults.FailNext(SandboxApi.CargoAi, "CreateUser", 2, HttpStatusCode.ServiceUnavailable);
        const string user = """{"firstName":"Jane","lastName":"Doe","email":"jane@forwarder.example","companyName":"Forwarder","countryCode":"FR"}""";

        for (var i = 0; i < 2; i++)
        {
            var (failed, failedBody) = await harness.CargoAiAsync(HttpMethod.Post, "users", user);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
            Assert.Equal("1", failed.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("Internal server error", (string?)failedBody!["message"]);
        }

        // Failed calls never reached the emulator: the user does not exist yet, so creating it succeeds.
        var (created, _) = await harness.CargoAiAsync(HttpMethod.Post, "users", user);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
    }

    [Fact]
    public async Task FailNext_targets_one_operation_and_speaks_each_api_error_shape()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        harness.Sandbox.Faults.FailNext(SandboxApi.Cangooroo, "Booking", 1, HttpStatusCode.BadGateway);
        harness.Sandbox.Faults.FailNext(SandboxApi.Avinode, null, 1, HttpStatusCode.InternalServerError);

        var (search, searchBody) = await harness.CangoorooAsync("Search", SeedSearch);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Null(searchBody!["Error"]);
        var (booking, bookingBody) = await harness.CangoorooAsync("Booking", SeedSearch);
        Assert.Equal(HttpStatusCode.BadGateway, booking.StatusCode);
        Assert.Equal("SandboxFault", (string?)bookingBody!["Error"]!["Code"]);

        var (avinode, avinodeBody) = await harness.SchedAeroAsync(HttpMethod.Get, "quotes/schedaero-quote-123456789");
        Assert.Equal(HttpStatusCode.InternalServerError, avinode.StatusCode);
        Assert.Equal("ERR_INTERNAL_CRITICAL", (string?)avinodeBody!["meta"]!["errors"]![0]!["code"]);
        Assert.True(avinode.Headers.Contains("X-Rate-Limit-Remaining"));
        Assert.Equal(HttpStatusCode.OK, (await harness.SchedAeroAsync(HttpMethod.Get, "quotes/schedaero-quote-123456789")).Response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Modes.Both), MemberType = typeof(Modes))]
    public async Task DropConnection_fails_the_call_with_HttpRequestException(bool kestrel)
    {
        await using var harness = await SandboxHarness.CreateAsync(kestrel);
        harness.Sandbox.Faults.DropConnection(SandboxApi.Cangooroo, "Search");
        await Assert.ThrowsAsync<HttpRequestException>(() => harness.CangoorooAsync("Search", SeedSearch));
        var (response, _) = await harness.CangoorooAsync("Search", SeedSearch);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AddLatency_delays_on_the_sandbox_clock()
    {
        var clock = new SteppingTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await SandboxHarness.CreateAsync(false, new AviationSandboxOptions { TimeProvider = clock });
        harness.Sandbox.Faults.AddLatency(SandboxApi.Cangooroo, "*", TimeSpan.FromSeconds(10), count: 1);
        var pending = harness.CangoorooAsync("Search", SeedSearch);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        var (response, _) = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (second, _) = await harness.CangoorooAsync("Search", SeedSearch);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Cancellation_interrupts_injected_latency()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sandbox = new AviationSandbox(new AviationSandboxOptions { TimeProvider = clock });
        sandbox.Faults.AddLatency(SandboxApi.Avinode, null, TimeSpan.FromMinutes(1));
        using var client = new HttpClient(sandbox.CreateAvinodeHandler()) { BaseAddress = new Uri("https://sandbox-schedaero.avinode.com/api/") };
        using var cts = new CancellationTokenSource();
        using var request = SandboxHarness.AvinodeRequest(HttpMethod.Get, "quotes/schedaero-quote-123456789", clock);
        var pending = client.SendAsync(request, cts.Token);
        Assert.False(pending.IsCompleted);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Handler_honours_an_already_cancelled_token()
    {
        var sandbox = new AviationSandbox();
        using var client = new HttpClient(sandbox.CreateCargoAiHandler()) { BaseAddress = new Uri("https://api.cargoai.co/solutions/") };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("users?email=a%40b.co", new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Clear_removes_every_rule_and_counts_are_validated()
    {
        await using var harness = await SandboxHarness.CreateAsync(false);
        harness.Sandbox.Faults.FailNext(SandboxApi.CargoAi, null, 5, HttpStatusCode.InternalServerError);
        harness.Sandbox.Faults.Clear();
        Assert.Equal(HttpStatusCode.BadRequest, (await harness.CargoAiAsync(HttpMethod.Get, "users?email=a%40b.co")).Response.StatusCode);
        Assert.Throws<ArgumentOutOfRangeException>(() => harness.Sandbox.Faults.FailNext(SandboxApi.CargoAi, null, 0, HttpStatusCode.InternalServerError));
        Assert.Throws<ArgumentOutOfRangeException>(() => harness.Sandbox.Faults.AddLatency(SandboxApi.CargoAi, null, TimeSpan.FromSeconds(-1)));
    }
}
