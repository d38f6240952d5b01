using System.Net;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Avinode.Transport;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Polly;
using RichardSzalay.MockHttp;

namespace AviationApis.Avinode.Tests.Transport;

/// <summary>
/// The OAuth token request has its own pipeline (budget, retry, circuit breaker): token failures never count against
/// the breaker of the calls it signs; a rate-limit refusal keeps the cached token; Marketplace errors carry the
/// request id and rate limit like every other error. The token is fetched before a call enters its pipeline and a
/// token failure is marked as the token source's: a token endpoint that times out never counts against the breaker of
/// the calls it signs, the call's attempt timeout never covers a token fetch, and the caller gets the token pipeline's
/// own typed error, unchanged.
/// </summary>
public sealed class TokenPipelineTests
{
    private const string Token = "eyJhbGciOiJIUzI1NiJ9.access-token-0001.c2lnbmF0dXJl";
    private static readonly TimeSpan Attempt = TimeSpan.FromSeconds(5);
    private static readonly ResourceId TripId = new("atrip-1000000137");

    private static void UseOAuth(AvinodeClientOptions options)
    {
        options.AuthorizationToken = null;
        options.OAuth.ClientId = "acme-client";
        options.OAuth.ClientSecret = "s3cr3t-Client-Secret-9f8e7d";
    }

    private static bool IsToken(RecordedRequest r) => r.Uri.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal);

    private static HttpResponseMessage TokenResponse(int expiresIn = 3600) => AvinodeHarness.Json($$"""{"access_token": "{{Token}}", "expires_in": {{expiresIn}}}""");

    private static OAuthAccessTokenSource TokenSource(AvinodeHarness harness) =>
        harness.Services.GetRequiredService<AvinodeConnectionRegistry>().Get(Microsoft.Extensions.Options.Options.DefaultName).OAuthTokens!;

    private static HttpResponseMessage WithHeaders(HttpResponseMessage response, string remaining)
    {
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req-avinode-3");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Limit", "100");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", remaining);
        return response;
    }

    [Fact]
    public async Task A_failing_token_endpoint_opens_only_its_own_breaker_and_calls_with_a_working_token_go_through()
    {
        using var harness = new AvinodeHarness(o =>
        {
            UseOAuth(o);
            o.Pipeline.MaxRetryAttempts = 0;
            o.Pipeline.CircuitBreakerEnabled = true;
            o.Pipeline.CircuitBreakerMinimumThroughput = 2;
            o.Pipeline.CircuitBreakerFailureRatio = 0.5;
            o.Pipeline.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30);
            o.Pipeline.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(10);
        });
        var tokenWorks = false;
        harness.Handler = (r, _) => IsToken(r)
            ? tokenWorks ? TokenResponse() : AvinodeHarness.Json("""{"meta":{}}""", HttpStatusCode.ServiceUnavailable)
            : AvinodeHarness.Data(MarketplacePayloads.Trip);

        var failures = new List<AviationApiException>();
        for (var i = 0; i < 4; i++)
        {
            failures.Add(await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.RunMarketplace(c => c.GetTripAsync(new ResourceId("atrip-1")))));
        }

        // The token's own breaker opened and refused the token request. Had the token failures counted against the API
        // call's breaker, that breaker would have refused the API call itself (its operation, before signing).
        var refused = Assert.IsType<CircuitOpenException>(failures[^1]);
        Assert.Equal("Avinode.OAuthToken", refused.OperationName);
        Assert.All(failures, f => Assert.Equal("Avinode.OAuthToken", f.OperationName));
        Assert.All(harness.Requests, r => Assert.True(IsToken(r)));

        tokenWorks = true;
        harness.Time.Advance(TimeSpan.FromSeconds(11));
        var trip = await harness.RunMarketplace(c => c.GetTripAsync(new ResourceId("atrip-1")));

        Assert.NotNull(trip.Data);
        Assert.Equal("Bearer " + Token, harness.Requests.Last().Header("Authorization"));
    }

    [Fact]
    public async Task A_rate_limit_refusal_keeps_the_cached_token()
    {
        using var harness = new AvinodeHarness(o =>
        {
            UseOAuth(o);
            o.Pipeline.MaxRetryAttempts = 0;
        });
        var calls = 0;
        harness.Handler = (r, _) => IsToken(r) ? TokenResponse()
            : ++calls == 1 ? WithHeaders(AvinodeHarness.Errors(HttpStatusCode.Unauthorized, """[{"code":"ERR_LIMIT","title":"Too many calls"}]"""), "0")
            : AvinodeHarness.Data(MarketplacePayloads.Trip);

        await Assert.ThrowsAsync<RateLimitExceededException>(() => harness.RunMarketplace(c => c.GetTripAsync(new ResourceId("atrip-1"))));
        await harness.RunMarketplace(c => c.GetTripAsync(new ResourceId("atrip-1")));

        Assert.Single(harness.Requests, IsToken);
    }

    [Fact]
    public async Task An_empty_leg_of_another_shape_carries_request_id_and_rate_limit()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => WithHeaders(AvinodeHarness.Json("""{"data":[{"id":"l1","startAirport":"KTEB"}]}"""), "41");
        var search = new EmptyLegSearchRequest { Segments = [new TripSegment { StartAirport = new MarketplaceAirport { Icao = "KTEB" } }] };

        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => harness.RunMarketplace(c => c.SearchEmptyLegsAsync(search)));

        Assert.Equal("AvinodeMarketplace.SearchEmptyLegs", error.OperationName);
        Assert.Equal("req-avinode-3", error.Details.RequestId);
        Assert.Equal(41, error.Details.RateLimit?.Remaining);
        Assert.Equal(1, error.Details.Attempts);
    }

    [Fact]
    public async Task A_token_endpoint_that_times_out_never_opens_the_breaker_of_the_calls_it_signs()
    {
        // Both pipelines (API and token) have the same settings: a breaker that opens at a failure ratio of 0.8 once it
        // has seen 2 outcomes. The token pipeline has one success (the first token) before its 3 timeouts (0.75: it stays
        // closed); the API pipeline, had it counted those 3 timeouts, would have opened (1.0).
        using var harness = new AvinodeHarness(o =>
        {
            UseOAuth(o);
            o.Pipeline.MaxRetryAttempts = 0;
            o.Pipeline.AttemptTimeout = Attempt;
            o.Pipeline.CircuitBreakerEnabled = true;
            o.Pipeline.CircuitBreakerMinimumThroughput = 2;
            o.Pipeline.CircuitBreakerFailureRatio = 0.8;
            o.Pipeline.CircuitBreakerSamplingDuration = TimeSpan.FromMinutes(5);
            o.Pipeline.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(5);
        });
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Trip);
        var tokenEndpoint = new TokenEndpoint(harness.Mock) { Works = true, ExpiresIn = 60 };
        Assert.Equal(Token, await TokenSource(harness).GetTokenAsync(CancellationToken.None));

        // The token goes stale (60 s lifetime, refreshed 30 s before expiry) and its endpoint now hangs.
        tokenEndpoint.Works = false;
        harness.Time.Advance(TimeSpan.FromSeconds(31));
        var failures = new List<AviationTimeoutException>();
        for (var i = 0; i < 3; i++)
        {
            var call = harness.Marketplace.GetTripAsync(TripId);
            await tokenEndpoint.Held.NextAsync(call);
            harness.Time.Advance(Attempt);
            failures.Add(await Assert.ThrowsAsync<AviationTimeoutException>(() => call.WaitAsync(SteppingTimeProvider.RealTimeGuard)));
        }

        Assert.Empty(harness.Requests);
        Assert.All(failures, error =>
        {
            // The token's own typed timeout, naming the token's budget and request, as its pipeline threw it.
            Assert.Equal("Avinode.OAuthToken", error.OperationName);
            Assert.Equal(TimeoutBudget.Attempt, error.Budget);
            Assert.Equal(Attempt, error.Timeout);
            Assert.StartsWith("Avinode.OAuthToken: The attempt timeout of 5 s elapsed [POST ", error.Message, StringComparison.Ordinal);
            Assert.EndsWith("/oauth/token]", error.Message, StringComparison.Ordinal);
            Assert.True(error.FromTokenSource);

            // Wherever it surfaces (here before the call's pipeline, or in an attempt's signing stage when the token
            // goes stale mid-call), the call's pipeline neither counts nor retries it; unmarked, the same timeout would be.
            var outcome = Outcome.FromException<HttpResponseMessage>(error);
            Assert.False(AviationResilience.IsServiceFailure(outcome));
            Assert.Null(RetryClassifier.RetryReason(outcome, Idempotency.Idempotent));
            var unmarked = Outcome.FromException<HttpResponseMessage>(new AviationTimeoutException(error.Budget, error.Timeout, error.Details));
            Assert.True(AviationResilience.IsServiceFailure(unmarked));
            Assert.Equal("attempt timeout", RetryClassifier.RetryReason(unmarked, Idempotency.Idempotent));
        });

        // The token endpoint recovers: the very next call goes through (no break duration has passed, so an open API
        // breaker would have refused it with CircuitOpenException).
        tokenEndpoint.Works = true;
        var trip = await harness.Marketplace.GetTripAsync(TripId).WaitAsync(SteppingTimeProvider.RealTimeGuard);

        Assert.NotNull(trip.Data);
        Assert.Equal("Bearer " + Token, Assert.Single(harness.Requests).Header("Authorization"));
        Assert.Equal(5, tokenEndpoint.Requests);
    }

    [Fact]
    public async Task The_call_attempt_timeout_does_not_run_while_the_token_is_fetched()
    {
        // The token fetch takes 3 s (a 503 asking to retry after 3 s, then the token); the attempt timeout is 2 s. The
        // call is not retried (it creates a trip), so an attempt timeout covering the fetch would fail it.
        using var harness = new AvinodeHarness(o =>
        {
            UseOAuth(o);
            o.Pipeline.MaxRetryAttempts = 1;
            o.Pipeline.AttemptTimeout = TimeSpan.FromSeconds(2);
        });
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Trip);
        var tokenEndpoint = new TokenEndpoint(harness.Mock) { RetryAfterFirst = TimeSpan.FromSeconds(3), Works = true };

        var call = harness.Marketplace.CreateTripAsync(new CreateTripRequest
        {
            Sourcing = true,
            Criteria = new TripCriteria { RequiredLift = [new RequiredLift { AircraftCategory = "Heavy jet" }] },
            Segments = [new TripSegment { StartAirport = MarketplaceAirport.FromIcao("KMIA"), EndAirport = MarketplaceAirport.FromIcao("EGLL"), DateTime = new SegmentDateTime { Date = new LocalDate(2027, 3, 1) }, PaxCount = 2 }],
        });
        await tokenEndpoint.FirstAnswered.Task.WaitAsync(SteppingTimeProvider.RealTimeGuard);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(3));
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        var created = await call.WaitAsync(SteppingTimeProvider.RealTimeGuard);

        Assert.NotNull(created.Data);
        Assert.Equal(2, tokenEndpoint.Requests);
        Assert.Equal("Bearer " + Token, Assert.Single(harness.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task The_caller_cancellation_reaches_the_token_fetch()
    {
        using var harness = new AvinodeHarness(UseOAuth);
        harness.Handler = (_, _) => AvinodeHarness.Data(MarketplacePayloads.Trip);
        var tokenEndpoint = new TokenEndpoint(harness.Mock);
        using var cancellation = new CancellationTokenSource();

        // The token endpoint holds the request: only the caller's cancellation can end the call (its budgets are 1 h).
        var call = harness.Marketplace.GetTripAsync(TripId, cancellationToken: cancellation.Token);
        await tokenEndpoint.Held.NextAsync(call);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(SteppingTimeProvider.RealTimeGuard));
        Assert.Empty(harness.Requests);

        // The cancelled fetch released the refresh: the next call fetches a token and goes through.
        tokenEndpoint.Works = true;
        await harness.Marketplace.GetTripAsync(TripId).WaitAsync(SteppingTimeProvider.RealTimeGuard);
        Assert.Equal(2, tokenEndpoint.Requests);
        Assert.Single(harness.Requests);
    }

    /// <summary>The token endpoint: answers a token when it works, else holds each request until it is cancelled.</summary>
    private sealed class TokenEndpoint
    {
        private int _requests;
        private bool _works;

        public TokenEndpoint(MockHttpMessageHandler mock)
        {
            mock.When("*/oauth/token").Respond(new InlineHandler(async (_, token) =>
            {
                var number = Interlocked.Increment(ref _requests);
                if (number == 1 && RetryAfterFirst is { } wait)
                {
                    var busy = AvinodeHarness.Json("""{"meta":{}}""", HttpStatusCode.ServiceUnavailable);
                    busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
                    FirstAnswered.TrySetResult();
                    return busy;
                }

                if (Works)
                {
                    return TokenResponse(ExpiresIn);
                }

                Held.Add();
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            }));
        }

        public bool Works
        {
            get => Volatile.Read(ref _works);
            set => Volatile.Write(ref _works, value);
        }

        public int ExpiresIn { get; init; } = 3600;

        /// <summary>The first request is answered 503 with this <c>Retry-After</c>, when set.</summary>
        public TimeSpan? RetryAfterFirst { get; init; }

        public TaskCompletionSource FirstAnswered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Requests => Volatile.Read(ref _requests);

        /// <summary>The requests the endpoint holds (when it does not work).</summary>
        public HeldRequests Held { get; } = new();
    }
}
