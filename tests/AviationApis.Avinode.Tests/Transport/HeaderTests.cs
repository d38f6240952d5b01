using System.Globalization;
using System.Net;
using AviationApis.Avinode.Options;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Signing;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Avinode.Tests.Transport;

public sealed class HeaderTests
{
    private const string Person = """{"id": "contact-123456789", "href": "https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789", "type": "contact-person", "firstName": "Ada"}""";

    [Fact]
    public async Task Every_required_header_is_on_the_wire()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) => AvinodeHarness.Data(Person);

        await harness.Client.GetPersonAsync(new ResourceId("contact-123456789"));

        var sent = Assert.Single(harness.Requests);
        Assert.Equal(HttpMethod.Get, sent.Method);
        Assert.Equal("https://sandbox-schedaero.avinode.com/api/contacts/people/contact-123456789", sent.Uri.AbsoluteUri);
        Assert.Equal(AvinodeHarness.ApiToken, sent.Header(AvinodeHeaders.ApiToken));
        Assert.Equal("Bearer " + AvinodeHarness.AuthorizationToken, sent.Header("Authorization"));
        Assert.Equal("2026-01-19T08:10:06.135Z", sent.Header(AvinodeHeaders.SentTimestamp));
        Assert.Equal("v1", sent.Header(AvinodeHeaders.ApiVersion));
        Assert.Equal(AvinodeHarness.Product, sent.Header(AvinodeHeaders.Product));
        Assert.Null(sent.Header(AvinodeHeaders.ActAsAccount));
        Assert.Contains("application/json", sent.Header("Accept"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_act_as_account_and_api_version_are_sent_when_configured()
    {
        using var harness = new AvinodeHarness(o =>
        {
            o.DefaultActAsAccount = "johnsmith64";
            o.ApiVersion = "v1.0";
        });
        harness.Handler = (_, _) => AvinodeHarness.Data(Person);

        await harness.Client.GetPersonAsync(new ResourceId("contact-123456789"));

        var sent = Assert.Single(harness.Requests);
        Assert.Equal("johnsmith64", sent.Header(AvinodeHeaders.ActAsAccount));
        Assert.Equal("v1.0", sent.Header(AvinodeHeaders.ApiVersion));
    }

    [Fact]
    public async Task A_retried_request_carries_a_new_timestamp()
    {
        using var harness = new AvinodeHarness();
        var calls = 0;
        harness.Handler = (_, _) => ++calls == 1 ? AvinodeHarness.Json("""{"meta":{}}""", HttpStatusCode.ServiceUnavailable) : AvinodeHarness.Data(Person);

        var result = await harness.Run(c => c.GetPersonAsync(new ResourceId("contact-123456789")));

        Assert.Equal("Ada", result.Data!.FirstName);
        var attempts = harness.Requests.ToArray();
        Assert.Equal(2, attempts.Length);
        var first = DateTimeOffset.Parse(attempts[0].Header(AvinodeHeaders.SentTimestamp)!, CultureInfo.InvariantCulture);
        var second = DateTimeOffset.Parse(attempts[1].Header(AvinodeHeaders.SentTimestamp)!, CultureInfo.InvariantCulture);
        Assert.True(second > first, $"retry timestamp {second:O} is not after {first:O}");
        Assert.Equal(TimeSpan.FromSeconds(1), second - first);
        Assert.All(attempts, a => Assert.Equal("Bearer " + AvinodeHarness.AuthorizationToken, a.Header("Authorization")));
    }

    [Fact]
    public async Task Tokens_never_reach_logs_or_exception_messages()
    {
        using var harness = new AvinodeHarness(o => o.Pipeline.MaxRetryAttempts = 0);
        harness.Handler = (_, _) => AvinodeHarness.Errors(HttpStatusCode.Unauthorized, $$"""[{"code": "ERR_INPUT_GENERIC_INVALID", "title": "Invalid value for header: Authorization Bearer {{AvinodeHarness.AuthorizationToken}}"}]""");

        var error = await Assert.ThrowsAsync<AviationApis.Core.Errors.AuthenticationFailedException>(() => harness.Client.GetPersonAsync(new ResourceId("contact-1")));

        var texts = harness.Logs.AllText().Append(error.ToString()).Append(error.Details.ResponseExcerpt ?? string.Empty)
            .Append(harness.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<AvinodeClientOptions>>().Get(Microsoft.Extensions.Options.Options.DefaultName).ToString());
        Assert.Empty(AviationApis.Testing.SecretScan.Find(texts, [AvinodeHarness.ApiToken, AvinodeHarness.AuthorizationToken]));
        Assert.NotEmpty(harness.Logs.GetSnapshot());
    }
}
