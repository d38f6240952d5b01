using System.Net;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.EmptyLegs;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Avinode.Tests.Transport;

/// <summary>
/// The OAuth token request has its own pipeline (budget, retry, circuit breaker): token failures never count against
/// the breaker of the calls it signs; a rate-limit refusal keeps the cached token; Marketplace errors carry the
/// request id and rate limit like every other error.
/// </summary>
public sealed class TokenPipelineTests
{
    private const string Token = "eyJhbGciOiJIUzI1NiJ9.access-token-0001.c2lnbmF0dXJl";

    private static void UseOAuth(AvinodeClientOptions options)
    {
        options.AuthorizationToken = null;
        options.OAuth.ClientId = "acme-client";
        options.OAuth.ClientSecret = "s3cr3t-Client-Secret-9f8e7d";
    }

    private static bool IsToken(RecordedRequest r) => r.Uri.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal);

    private static HttpResponseMessage TokenResponse() => AvinodeHarness.Json($$"""{"access_token": "{{Token}}", "expires_in": 3600}""");

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
}
