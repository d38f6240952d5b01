using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.Signing;
using AviationApis.Core.Tests.Infrastructure;
using AviationApis.Core.Tests.Pipeline;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Signing;

public sealed class AvinodeHeaderSignerTests
{
    private static readonly ApiOperation Read = new("Avinode.GetTrip", Idempotency.Idempotent);

    private static (PipelineHarness Harness, List<HttpRequestMessage> Seen, List<string> Stamps) Setup(string? defaultActAs = null)
    {
        PipelineHarness? harness = null;
        var signerTime = new Lazy<TimeProvider>(() => harness!.Time);
        var signer = new LateBoundSigner(() => new AvinodeHeaderSigner(
            new AvinodeSignerSettings { ApiToken = "app-token-ABCDEF", Product = "Smart Flight Finder v2.3", DefaultActAsAccount = defaultActAs },
            new StaticAccessTokenSource("bearer-XYZ-123456"),
            signerTime.Value));
        harness = new PipelineHarness(o => o.RetryBaseDelay = TimeSpan.FromSeconds(2), signer);
        var seen = new List<HttpRequestMessage>();
        var stamps = new List<string>();
        harness.Mock.When("*").Respond(req =>
        {
            seen.Add(req);
            stamps.Add(req.Headers.GetValues(AvinodeHeaders.SentTimestamp).Single());
            return new HttpResponseMessage(stamps.Count == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        });
        return (harness, seen, stamps);
    }

    [Fact]
    public async Task Every_required_header_is_sent_and_a_retry_gets_a_fresh_timestamp()
    {
        var (harness, seen, stamps) = Setup();
        using var _ = harness;

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "trips/schedaero-trip-1", Read));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stamps.Count);
        Assert.Equal("2026-01-19T08:10:06.135Z", stamps[0]);
        Assert.Equal("2026-01-19T08:10:08.135Z", stamps[1]);
        var request = seen[1];
        Assert.Equal("app-token-ABCDEF", request.Headers.GetValues("X-Avinode-ApiToken").Single());
        Assert.Equal("Bearer bearer-XYZ-123456", request.Headers.GetValues("Authorization").Single());
        Assert.Equal("v1", request.Headers.GetValues("X-Avinode-ApiVersion").Single());
        Assert.Equal("Smart Flight Finder v2.3", request.Headers.GetValues("X-Avinode-Product").Single());
        Assert.False(request.Headers.Contains("X-Avinode-ActAsAccount"));
    }

    [Fact]
    public async Task Act_as_account_is_sent_only_when_asked()
    {
        var (harness, seen, _) = Setup();
        using var __ = harness;

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read).SetActAsAccount("johnsmith64"));

        Assert.All(seen, r => Assert.Equal("johnsmith64", r.Headers.GetValues("X-Avinode-ActAsAccount").Single()));
    }

    [Fact]
    public async Task The_connection_default_act_as_account_is_used_when_the_call_names_none()
    {
        var (harness, seen, _) = Setup(defaultActAs: "ops-desk");
        using var __ = harness;

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        Assert.Equal("ops-desk", seen[^1].Headers.GetValues("X-Avinode-ActAsAccount").Single());
    }

    [Fact]
    public void Timestamp_format_is_utc_with_milliseconds()
    {
        var local = new DateTimeOffset(2016, 1, 19, 10, 10, 6, 135, TimeSpan.FromHours(2));

        Assert.Equal("2016-01-19T08:10:06.135Z", AvinodeHeaderSigner.FormatTimestamp(local));
    }

    [Fact]
    public void Settings_and_signer_never_print_credentials()
    {
        var settings = new AvinodeSignerSettings { ApiToken = "app-token-ABCDEF", Product = "P v1" };
        var signer = new AvinodeHeaderSigner(settings, new StaticAccessTokenSource("bearer-XYZ-123456"), TimeProvider.System);

        Assert.DoesNotContain("app-token-ABCDEF", settings.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("app-token-ABCDEF", signer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("bearer-XYZ", signer.ToString(), StringComparison.Ordinal);
        Assert.Contains("app-token-ABCDEF", signer.Secrets);
        Assert.Contains("bearer-XYZ-123456", signer.Secrets);
    }

    [Fact]
    public void Product_is_required()
    {
        var settings = new AvinodeSignerSettings { ApiToken = "t", Product = " " };

        Assert.Throws<ArgumentException>(() => new AvinodeHeaderSigner(settings, new StaticAccessTokenSource("b"), TimeProvider.System));
    }

    [Fact]
    public async Task A_bearer_token_that_arrives_later_is_set_without_resuming_on_the_callers_context()
    {
        var token = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var signer = new AvinodeHeaderSigner(new AvinodeSignerSettings { ApiToken = "app-token-ABCDEF", Product = "P v1" }, new LaterTokenSource(token.Task), TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://sandbox.avinode.com/api/trips/x");
        var context = new CountingContext();

        var signing = context.Start(() => signer.SignAsync(request, CancellationToken.None).AsTask());
        Assert.False(signing.IsCompleted);
        token.SetResult("bearer-later-123456");
        await signing.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("Bearer bearer-later-123456", request.Headers.GetValues("Authorization").Single());
        Assert.Equal(0, context.Posts);
    }

    /// <summary>Builds the real signer on first use, once the harness (and its clock) exists.</summary>
    private sealed class LateBoundSigner(Func<IRequestSigner> factory) : IRequestSigner
    {
        private readonly Lazy<IRequestSigner> _inner = new(factory);

        public IEnumerable<string?> Secrets => _inner.Value.Secrets;

        public ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken) => _inner.Value.SignAsync(request, cancellationToken);
    }

    /// <summary>A token source whose token arrives once <paramref name="token"/> completes.</summary>
    private sealed class LaterTokenSource(Task<string> token) : IAccessTokenSource
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => new(token);
    }
}
