using AviationApis.Core.Http;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Http;

public sealed class RequestStateArgumentTests
{
    [Fact]
    public void Every_request_extension_needs_a_request()
    {
        HttpRequestMessage request = null!;
        var operation = new ApiOperation("Op", Idempotency.Idempotent);

        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => request.SetOperation(operation)).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => request.GetOperation()).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => request.SetActAsAccount("acct")).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => request.GetActAsAccount()).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => request.GetAttemptCount()).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => request.GetRateLimit()).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => request.AddSecrets("s")).ParamName);
    }

    [Fact]
    public void An_operation_and_a_secret_list_are_required()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/");

        Assert.Equal("operation", Assert.Throws<ArgumentNullException>(() => request.SetOperation(null!)).ParamName);
        Assert.Equal("secrets", Assert.Throws<ArgumentNullException>(() => request.AddSecrets(null!)).ParamName);
    }

    [Fact]
    public void An_act_as_account_that_could_split_a_header_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/");

        var error = Assert.Throws<ArgumentException>(() => request.SetActAsAccount("acct\r\nX-Evil: 1"));

        Assert.Equal("actAsAccount", error.ParamName);
        Assert.Null(request.GetActAsAccount());
    }

    [Fact]
    public void Secrets_added_twice_are_all_kept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/");
        request.AddSecrets("first-secret").AddSecrets("second-secret");

        Assert.Equal("[REDACTED] [REDACTED]", Redactor.Default.ForRequest(request).Redact("first-secret second-secret"));
    }
}
