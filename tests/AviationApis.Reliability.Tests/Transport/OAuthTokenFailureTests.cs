using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Boundaries;
using AviationApis.Reliability.Tests.Matrix;
using AviationApis.Reliability.Tests.Secrets;
using AviationApis.Reliability.Tests.Targets;
using AviationApis.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Transport;

/// <summary>
/// The Avinode OAuth token over real sockets: the token endpoint (Kestrel on 127.0.0.1) and the API (another Kestrel,
/// another port) are separate origins. A token endpoint that hangs fails the call with the token's own typed timeout,
/// without a request to the API and without counting against the API client's circuit breaker; and the call's
/// attempt timeout does not run while the token is fetched. The pipelines run on a fake clock the test moves only
/// after the server has seen the request it holds: no sleeps, every wait bounded.
/// </summary>
public sealed class OAuthTokenFailureTests
{
    private static readonly ResourceId TripId = new("atrip-1000000137");

    [Fact]
    public async Task A_hanging_token_endpoint_fails_calls_with_its_own_timeout_and_never_opens_the_API_breaker()
    {
        var attempt = TimeSpan.FromSeconds(5);
        await using var wire = await Wire.StartAsync(o =>
        {
            o.MaxRetryAttempts = 0;
            o.AttemptTimeout = attempt;
            o.CircuitBreakerEnabled = true;
            o.CircuitBreakerMinimumThroughput = 2;
            o.CircuitBreakerFailureRatio = 0.8;
            o.CircuitBreakerSamplingDuration = TimeSpan.FromMinutes(5);
            o.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(5);
        });

        // One real API failure first (a 500 with a good token): the API breaker has seen one failure, the token breaker
        // one success. Three token timeouts then leave the token breaker closed (3 of 4, ratio 0.8), and would have
        // opened the API breaker (4 of 4) had they counted against it.
        wire.Api.Handler = context => Json(context, 500, """{"meta": {}}""");
        await Assert.ThrowsAsync<ServiceFailureException>(() => wire.Marketplace.GetTripAsync(TripId).WaitAsync(SteppingTimeProvider.RealTimeGuard));
        wire.Api.Handler = context => Json(context, 200, $$"""{"meta": {}, "data": {{AvinodeMarketplaceTarget.Trip}}}""");

        // The token goes stale (60 s lifetime, refreshed 30 s before expiry); its endpoint now holds every request.
        wire.TokenWorks = false;
        wire.Time.Advance(TimeSpan.FromSeconds(31));
        for (var i = 0; i < 3; i++)
        {
            var call = wire.Marketplace.GetTripAsync(TripId);
            await wire.Held.NextAsync(call);
            wire.Time.Advance(attempt);
            var error = await Assert.ThrowsAsync<AviationTimeoutException>(() => call.WaitAsync(SteppingTimeProvider.RealTimeGuard));

            Assert.Equal("Avinode.OAuthToken", error.OperationName);
            Assert.Equal(TimeoutBudget.Attempt, error.Budget);
            Assert.Equal(attempt, error.Timeout);
            Assert.StartsWith("Avinode.OAuthToken: The attempt timeout of 5 s elapsed [POST ", error.Message, StringComparison.Ordinal);
            Assert.True(error.FromTokenSource);
        }

        Assert.Single(wire.Api.Seen);
        Assert.Equal(4, wire.Token.Seen.Count);

        // The token endpoint recovers and the very next call goes through: no break duration has passed, so an API
        // breaker opened by the token's timeouts would have refused it.
        wire.TokenWorks = true;
        var trip = await wire.Marketplace.GetTripAsync(TripId).WaitAsync(SteppingTimeProvider.RealTimeGuard);

        Assert.NotNull(trip.Data);
        Assert.Equal(2, wire.Api.Seen.Count);
        Assert.Equal("Bearer " + TestSecrets.AvinodeOAuthAccessToken, wire.Api.Seen[^1].Header("Authorization"));
    }

    [Fact]
    public async Task The_call_attempt_timeout_does_not_run_while_the_token_is_fetched()
    {
        // The token fetch takes 3 s (a 503 asking to retry after 3 s, then the token), the attempt timeout is 2 s, and
        // the call creates a trip (it is not retried): an attempt timeout covering the fetch would fail it.
        await using var wire = await Wire.StartAsync(o =>
        {
            o.MaxRetryAttempts = 1;
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
        });
        wire.Api.Handler = context => Json(context, 201, $$"""{"meta": {}, "data": {{AvinodeMarketplaceTarget.Trip}}}""");
        wire.BusyFirst = TimeSpan.FromSeconds(3);

        var call = wire.Marketplace.CreateTripAsync(AvinodeMarketplaceTarget.NewTrip());
        await wire.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3)).WaitAsync(SteppingTimeProvider.RealTimeGuard);
        wire.Time.Advance(TimeSpan.FromSeconds(3));
        var created = await call.WaitAsync(SteppingTimeProvider.RealTimeGuard);

        Assert.NotNull(created.Data);
        Assert.Equal(2, wire.Token.Seen.Count);
        Assert.Equal("POST", Assert.Single(wire.Api.Seen).Method);
    }

    private static async Task Json(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }

    /// <summary>An Avinode Marketplace connection on OAuth whose token endpoint and API are two Kestrel servers, on a fake clock.</summary>
    private sealed class Wire : IAsyncDisposable
    {
        private ServiceProvider _services = null!;
        private int _tokenRequests;
        private bool _tokenWorks = true;

        private Wire(OriginServer token, OriginServer api)
        {
            Token = token;
            Api = api;
        }

        public OriginServer Token { get; }

        public OriginServer Api { get; }

        public SteppingTimeProvider Time { get; } = new();

        /// <summary>The token requests the endpoint holds (when it does not work).</summary>
        public HeldRequests Held { get; } = new();

        public IAvinodeMarketplaceClient Marketplace => _services.GetRequiredService<IAvinodeMarketplaceClient>();

        /// <summary>When the token endpoint does not work it holds each request until the client gives up on it.</summary>
        public bool TokenWorks
        {
            get => Volatile.Read(ref _tokenWorks);
            set => Volatile.Write(ref _tokenWorks, value);
        }

        /// <summary>The first token request is answered 503 with this <c>Retry-After</c>, when set.</summary>
        public TimeSpan? BusyFirst { get; set; }

        public static async Task<Wire> StartAsync(Action<Core.Pipeline.AviationPipelineOptions> pipeline)
        {
            var wire = new Wire(await OriginServer.StartAsync(), await OriginServer.StartAsync());
            wire.Token.Handler = wire.AnswerTokenAsync;
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(wire.Time);
            var budget = new MatrixBudget { AttemptTimeout = Timeout.InfiniteTimeSpan, TotalTimeout = TimeSpan.FromHours(1) };
            new AvinodeMarketplaceTarget().Register(services, new Uri(wire.Api.Root, "api/"), budget);
            services.Configure<AvinodeClientOptions>(o =>
            {
                o.OAuth.TokenAddress = new Uri(wire.Token.Root, "oauth/token");
                pipeline(o.Pipeline);
            });
            wire._services = services.BuildServiceProvider();
            return wire;
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            await Token.DisposeAsync();
            await Api.DisposeAsync();
        }

        private async Task AnswerTokenAsync(HttpContext context)
        {
            if (Interlocked.Increment(ref _tokenRequests) == 1 && BusyFirst is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Json(context, 503, """{"meta": {}}""");
                return;
            }

            if (TokenWorks)
            {
                await Json(context, 200, $$"""{"access_token": "{{TestSecrets.AvinodeOAuthAccessToken}}", "token_type": "Bearer", "expires_in": 60}""");
                return;
            }

            Held.Add();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up on the request (its attempt timeout): the connection is gone.
            }
        }
    }
}
