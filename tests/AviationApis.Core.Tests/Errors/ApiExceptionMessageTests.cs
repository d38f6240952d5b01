using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Errors;

/// <summary>The exact message of each typed error: what a user reads in a log.</summary>
public sealed class ApiExceptionMessageTests
{
    private static AviationApiException For(HttpStatusCode status, ApiErrorContent? content = null, string? body = "body")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://x.test/a").SetOperation(new ApiOperation("Vendor.Op", Idempotency.NonIdempotent));
        using var response = new HttpResponseMessage(status) { RequestMessage = request };
        return ApiExceptionFactory.FromResponse(response, content, body);
    }

    public static TheoryData<HttpStatusCode, ApiErrorContent?, Type, string, string> Statuses() => new()
    {
        { HttpStatusCode.TooManyRequests, null, typeof(RateLimitExceededException), "The rate limit was exceeded", "" },
        { HttpStatusCode.Unauthorized, new ApiErrorContent(null, ["Rate limit exceeded"], []), typeof(RateLimitExceededException), "The rate limit was exceeded", " - Rate limit exceeded" },
        { HttpStatusCode.Unauthorized, null, typeof(AuthenticationFailedException), "The credentials were rejected", "" },
        { HttpStatusCode.Forbidden, null, typeof(AuthenticationFailedException), "The call is not authorized", "" },
        { HttpStatusCode.NotFound, null, typeof(ResourceNotFoundException), "The resource was not found", "" },
        { HttpStatusCode.BadRequest, null, typeof(ValidationFailedException), "The request was rejected as invalid", "" },
        { HttpStatusCode.Conflict, new ApiErrorContent(null, [], [new ApiFieldError("f", "bad")]), typeof(ValidationFailedException), "The request was rejected as invalid", " [f: bad]" },
        { HttpStatusCode.InternalServerError, new ApiErrorContent(null, [], [new ApiFieldError("f", "bad")]), typeof(ServiceFailureException), "The service failed", " [f: bad]" },
        { HttpStatusCode.InternalServerError, null, typeof(ServiceFailureException), "The service failed", "" },
        { HttpStatusCode.RequestTimeout, null, typeof(ServiceFailureException), "The server timed out waiting for the request", "" },
        { HttpStatusCode.Conflict, null, typeof(AviationApiException), "The call failed", "" },
        { HttpStatusCode.OK, null, typeof(AviationApiException), "The vendor reported an error", "" },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Each_status_has_its_own_message(HttpStatusCode status, ApiErrorContent? content, Type type, string text, string vendorText)
    {
        var error = For(status, content);

        Assert.Equal(type, error.GetType());
        var code = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"Vendor.Op: {text} (HTTP {code}){vendorText} [POST https://x.test/a → {code}]", error.Message);
        Assert.Null(error.ErrorCode);
    }

    [Fact]
    public void Every_entry_point_needs_its_arguments()
    {
        Assert.Equal("response", Assert.Throws<ArgumentNullException>(() => ApiExceptionFactory.FromResponse(null!, null, null)).ParamName);
        Assert.Equal("response", Assert.Throws<ArgumentNullException>(() => ApiExceptionFactory.InvalidResponse(null!, "r")).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => ApiExceptionFactory.InvalidResponse((HttpRequestMessage)null!, HttpStatusCode.OK, "r")).ParamName);
        Assert.Equal("operation", Assert.Throws<ArgumentNullException>(() => ApiExceptionFactory.ClientValidation(null!, [])).ParamName);
        Assert.Equal("errors", Assert.Throws<ArgumentNullException>(() => ApiExceptionFactory.ClientValidation(new ApiOperation("Op", Idempotency.Idempotent), null!)).ParamName);
    }

    [Fact]
    public void A_client_side_validation_says_the_request_was_not_sent()
    {
        var error = ApiExceptionFactory.ClientValidation(new ApiOperation("Vendor.Op", Idempotency.Idempotent), new ApiFieldError("origin", "required"));

        Assert.Equal("Vendor.Op: The request is invalid and was not sent [origin: required]", error.Message);
        Assert.Equal(0, error.Attempts);
    }

    [Fact]
    public void An_unreadable_response_keeps_the_parser_s_kind_and_redacted_message()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/a");
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request };

        var error = ApiExceptionFactory.InvalidResponse(response, "bad shape", "{}", new FormatException("value 'secret-abc' is bad"), new Redactor(["secret-abc"]));

        Assert.Equal("HTTP GET: The response could not be read (HTTP 200) - bad shape [GET https://x.test/a → 200]", error.Message);
        var inner = Assert.IsType<InvalidDataException>(error.InnerException);
        Assert.Equal("FormatException: value '[REDACTED]' is bad", inner.Message);
    }

    [Fact]
    public void Details_without_a_request_name_no_operation()
    {
        var details = ApiExceptionFactory.Details(null, null);

        Assert.Null(details.OperationName);
        Assert.Null(details.RequestMethod);
        Assert.Equal(0, details.Attempts);
    }

    [Fact]
    public void Details_of_a_request_without_an_operation_name_its_method()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "https://x.test/a");

        Assert.Equal("HTTP DELETE", ApiExceptionFactory.Details(request, null).OperationName);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("abc", "abc")]
    public void An_empty_body_has_no_excerpt(string? body, string? excerpt) =>
        Assert.Equal(excerpt, For(HttpStatusCode.Conflict, body: body).Details.ResponseExcerpt);

    [Fact]
    public void The_excerpt_keeps_512_characters()
    {
        var exact = new string('a', 512);

        Assert.Equal(exact, For(HttpStatusCode.Conflict, body: exact).Details.ResponseExcerpt);
        Assert.Equal(exact + "…", For(HttpStatusCode.Conflict, body: exact + "b").Details.ResponseExcerpt);
    }

    [Fact]
    public void A_vendor_error_code_is_redacted_and_kept()
    {
        var error = For(HttpStatusCode.Conflict, new ApiErrorContent("E42", [], []));

        Assert.Equal("E42", error.ErrorCode);
        Assert.Equal("Vendor.Op: The call failed (HTTP 409 E42) [POST https://x.test/a → 409]", error.Message);
    }
}
