using System.Net;
using System.Text;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Marketplace.Trips;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.SchedAero.Trips;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Avinode.Transport;
using AviationApis.Core.Errors;
using AviationApis.Core.Signing;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Avinode.Tests.Transport;

public sealed class OAuthTokenTests
{
    private const string ClientId = "acme-client";
    private const string ClientSecret = "s3cr3t-Client-Secret-9f8e7d";
    private const string PrefixedBase = "http://127.0.0.1:5057/some/prefix/api/";

    private static void UseOAuth(AvinodeClientOptions options, int? lifetimeMinutes = null)
    {
        options.AuthorizationToken = null;
        options.OAuth.ClientId = ClientId;
        options.OAuth.ClientSecret = ClientSecret;
        options.OAuth.TokenLifetimeMinutes = lifetimeMinutes;
    }

    private static string TokenNumber(int n) => $"eyJhbGciOiJIUzI1NiJ9.access-token-{n:D4}.c2lnbmF0dXJl";

    private static HttpResponseMessage TokenResponse(string token, int? expiresIn) =>
        AvinodeHarness.Json(expiresIn is { } seconds
            ? $$"""{"access_token": "{{token}}", "token_type": "Bearer", "expires_in": {{seconds}}}"""
            : $$"""{"access_token": "{{token}}", "token_type": "Bearer"}""");

    private static bool IsToken(RecordedRequest r) => r.Uri.AbsolutePath.EndsWith("/oauth/token", StringComparison.Ordinal);

    [Fact]
    public async Task The_token_request_is_form_encoded_without_a_bearer_and_one_token_serves_many_calls()
    {
        using var harness = new AvinodeHarness(o =>
        {
            UseOAuth(o, lifetimeMinutes: 60);
            o.MarketplaceBaseAddress = new Uri(PrefixedBase);
            o.DefaultActAsAccount = "johnsmith64";
        });
        var issued = 0;
        harness.Handler = (r, _) => IsToken(r) ? TokenResponse(TokenNumber(++issued), 3600)
            : r.Uri.AbsolutePath.Contains("webhooks", StringComparison.Ordinal) ? AvinodeHarness.Json("""{"meta": {}, "data": []}""")
            : AvinodeHarness.Data(MarketplacePayloads.Trip);

        for (var i = 0; i < 5; i++)
        {
            await harness.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137"));
        }

        await harness.Client.Webhooks.ListAsync();

        var sent = harness.Requests.ToArray();
        Assert.Equal(7, sent.Length);
        var token = sent[0];
        Assert.True(IsToken(token));
        Assert.Equal(HttpMethod.Post, token.Method);
        Assert.Equal(PrefixedBase + "oauth/token", token.Uri.AbsoluteUri);
        Assert.StartsWith("application/x-www-form-urlencoded", token.ContentType, StringComparison.Ordinal);
        Assert.Equal(
            $"grant_type=client_credentials&client_id={ClientId}&client_secret={ClientSecret}&expiresInMinutes=60",
            token.Body);
        Assert.Null(token.Header("Authorization"));
        Assert.Null(token.Header(AvinodeHeaders.ActAsAccount));
        Assert.Equal(AvinodeHarness.ApiToken, token.Header(AvinodeHeaders.ApiToken));
        Assert.Contains("application/json", token.Header("Accept"), StringComparison.Ordinal);
        Assert.Single(sent, IsToken);
        Assert.All(sent.Skip(1), r => Assert.Equal("Bearer " + TokenNumber(1), r.Header("Authorization")));
        Assert.All(sent.Skip(1), r => Assert.Equal(AvinodeHarness.ApiToken, r.Header(AvinodeHeaders.ApiToken)));
    }

    [Fact]
    public async Task A_new_token_is_fetched_once_the_refresh_margin_before_expiry_is_reached()
    {
        using var harness = new AvinodeHarness(o =>
        {
            UseOAuth(o);
            o.OAuth.RefreshBeforeExpiry = TimeSpan.FromMinutes(1);
        });
        var issued = 0;
        harness.Handler = (r, _) => IsToken(r) ? TokenResponse(TokenNumber(++issued), 600) : AvinodeHarness.Data(MarketplacePayloads.Trip);
        var tripId = new ResourceId("atrip-1000000137");

        await harness.Marketplace.GetTripAsync(tripId);
        harness.Time.Advance(TimeSpan.FromSeconds(539));
        await harness.Marketplace.GetTripAsync(tripId);
        Assert.Equal(1, issued);

        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await harness.Marketplace.GetTripAsync(tripId);

        Assert.Equal(2, issued);
        var last = harness.Requests.Last();
        Assert.Equal("Bearer " + TokenNumber(2), last.Header("Authorization"));
        Assert.DoesNotContain("expiresInMinutes", harness.Requests.First(IsToken).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_expires_in_the_requested_lifetime_is_assumed()
    {
        using var harness = new AvinodeHarness(o => UseOAuth(o, lifetimeMinutes: 5));
        var issued = 0;
        harness.Handler = (r, _) => IsToken(r) ? TokenResponse(TokenNumber(++issued), null) : AvinodeHarness.Data(MarketplacePayloads.Trip);
        var tripId = new ResourceId("atrip-1000000137");

        await harness.Marketplace.GetTripAsync(tripId);
        harness.Time.Advance(TimeSpan.FromMinutes(3.9));
        await harness.Marketplace.GetTripAsync(tripId);
        Assert.Equal(1, issued);
        harness.Time.Advance(TimeSpan.FromMinutes(0.2));
        await harness.Marketplace.GetTripAsync(tripId);

        Assert.Equal(2, issued);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_refresh()
    {
        using var harness = new AvinodeHarness(o => UseOAuth(o));
        using var release = new ManualResetEventSlim();
        var issued = 0;
        harness.Handler = (r, _) =>
        {
            if (!IsToken(r))
            {
                return AvinodeHarness.Data(MarketplacePayloads.Trip);
            }

            var number = Interlocked.Increment(ref issued);
            Assert.True(release.Wait(SteppingTimeProvider.RealTimeGuard), "the test never released the token endpoint");
            return TokenResponse(TokenNumber(number), 1800);
        };
        var client = harness.Marketplace;
        var tokens = harness.Services.GetRequiredService<AvinodeConnectionRegistry>().Get(Microsoft.Extensions.Options.Options.DefaultName).OAuthTokens!;
        const int Callers = 20;
        var tripId = new ResourceId("atrip-1000000137");

        var calls = Enumerable.Range(0, Callers).Select(_ => Task.Run(() => client.GetTripAsync(tripId))).ToArray();

        // The token endpoint holds the first refresh until every caller either reached it or waits in the token source
        // for the refresh in flight, so all of them meet that refresh: a token source without single flight would send
        // one token request per caller here (20 arrivals), and one that does not look again after its wait would send
        // a request per waiter once released.
        var deadline = DateTime.UtcNow + SteppingTimeProvider.RealTimeGuard;
        while (Volatile.Read(ref issued) + tokens.RefreshWaiters < Callers)
        {
            Assert.True(DateTime.UtcNow < deadline, $"not every caller met the refresh ({Volatile.Read(ref issued)} at the endpoint, {tokens.RefreshWaiters} waiting)");
            await Task.Delay(10);
        }

        release.Set();
        await Task.WhenAll(calls).WaitAsync(SteppingTimeProvider.RealTimeGuard);

        Assert.Equal(1, issued);
        Assert.Equal(21, harness.Requests.Count);
        Assert.All(harness.Requests.Where(r => !IsToken(r)), r => Assert.Equal("Bearer " + TokenNumber(1), r.Header("Authorization")));
    }

    [Fact]
    public async Task A_rejected_token_is_dropped_so_the_next_call_gets_a_new_one()
    {
        using var harness = new AvinodeHarness(o => UseOAuth(o));
        var issued = 0;
        var apiCalls = 0;
        harness.Handler = (r, _) =>
        {
            if (IsToken(r))
            {
                return TokenResponse(TokenNumber(++issued), 1800);
            }

            return ++apiCalls == 1
                ? AvinodeHarness.Errors(HttpStatusCode.Unauthorized, """[{"code": "NOT_AUTHORIZED", "title": "Token revoked"}]""")
                : AvinodeHarness.Data(MarketplacePayloads.Trip);
        };

        await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137")));
        await harness.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137"));

        Assert.Equal(2, issued);
        Assert.Equal("Bearer " + TokenNumber(2), harness.Requests.Last().Header("Authorization"));
    }

    [Fact]
    public async Task A_refused_token_request_fails_typed_and_no_secret_or_token_reaches_logs_or_messages()
    {
        using var harness = new AvinodeHarness(o =>
        {
            UseOAuth(o);
            o.OAuth.RefreshBeforeExpiry = TimeSpan.FromSeconds(30);
        });
        var issued = 0;
        var refuse = true;
        harness.Handler = (r, _) =>
        {
            if (IsToken(r))
            {
                return refuse
                    ? AvinodeHarness.Json($$"""{"error": "invalid_client", "error_description": "client_secret {{ClientSecret}} rejected for {{ClientId}}"}""", HttpStatusCode.Unauthorized)
                    : TokenResponse(TokenNumber(++issued), 60);
            }

            return r.Uri.AbsolutePath.EndsWith("/bad", StringComparison.Ordinal)
                ? AvinodeHarness.Errors(HttpStatusCode.BadRequest, $$"""[{"code": "ERR_INPUT_GENERIC_INVALID", "title": "Invalid value for header: Authorization {{TokenNumber(1)}}"}]""")
                : AvinodeHarness.Data(MarketplacePayloads.Trip);
        };
        var messages = new List<string>();

        var refused = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137")));
        messages.Add(refused.ToString());
        refuse = false;
        await harness.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137"));
        var bad = await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.Marketplace.GetAsync<MarketplaceTrip>(new ResourceLink { Href = MarketplacePayloads.Base + "trips/bad" }));
        messages.Add(bad.ToString());
        harness.Time.Advance(TimeSpan.FromSeconds(31));
        await harness.Marketplace.GetTripAsync(new ResourceId("atrip-1000000137"));
        Assert.Equal(2, issued);
        var options = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<AvinodeClientOptions>>(harness.Services).Get(Microsoft.Extensions.Options.Options.DefaultName);
        messages.Add(options.ToString());
        messages.Add(options.OAuth.ToString());

        Assert.Contains(harness.Logs.GetSnapshot(), e => e.Level == Microsoft.Extensions.Logging.LogLevel.Trace);
        var leaks = SecretScan.Find(harness.Logs.AllText().Concat(messages), [ClientSecret, TokenNumber(1), TokenNumber(2), AvinodeHarness.ApiToken]);
        Assert.Empty(leaks);
        Assert.Contains(ClientId, options.ToString(), StringComparison.Ordinal);
    }
}
