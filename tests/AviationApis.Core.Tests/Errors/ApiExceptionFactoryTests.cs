using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.Core.Tests.Errors;

public sealed class ApiExceptionFactoryTests
{
    private static AviationApiException For(HttpStatusCode status, ApiErrorContent? content = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://x.test/").SetOperation(new ApiOperation("Vendor.Op", Idempotency.NonIdempotent));
        using var response = new HttpResponseMessage(status) { RequestMessage = request };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return ApiExceptionFactory.FromResponse(response, content, "body");
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, typeof(RateLimitExceededException))]
    [InlineData(HttpStatusCode.Unauthorized, typeof(AuthenticationFailedException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(AuthenticationFailedException))]
    [InlineData(HttpStatusCode.NotFound, typeof(ResourceNotFoundException))]
    [InlineData(HttpStatusCode.BadRequest, typeof(ValidationFailedException))]
    [InlineData(HttpStatusCode.UnprocessableEntity, typeof(ValidationFailedException))]
    [InlineData(HttpStatusCode.InternalServerError, typeof(ServiceFailureException))]
    [InlineData(HttpStatusCode.NotImplemented, typeof(ServiceFailureException))]
    [InlineData(HttpStatusCode.BadGateway, typeof(ServiceFailureException))]
    [InlineData(HttpStatusCode.Conflict, typeof(AviationApiException))]
    public void Maps_each_status_to_its_type(HttpStatusCode status, Type expected)
    {
        var ex = For(status);

        Assert.Equal(expected, ex.GetType());
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("Vendor.Op", ex.OperationName);
    }

    [Fact]
    public void A_403_with_no_calls_remaining_is_a_rate_limit()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/");
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden) { RequestMessage = request };
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", "0");
        // The pipeline's rate-limit reader puts the parsed headers on the request's state.
        HttpRequestMessageExtensions.GetState(request).RateLimit = AviationApis.Core.RateLimits.RateLimitHeaders.Read(response, DateTimeOffset.UnixEpoch);

        Assert.IsType<RateLimitExceededException>(ApiExceptionFactory.FromResponse(response, null, null));
    }

    [Fact]
    public void A_conflict_with_field_errors_is_a_validation_failure_and_the_message_names_the_fields()
    {
        var ex = For(HttpStatusCode.Conflict, new ApiErrorContent("DUPLICATE", ["Already exists"], [new ApiFieldError("name", "must be unique")]));

        var validation = Assert.IsType<ValidationFailedException>(ex);
        Assert.Contains("name: must be unique", validation.Message, StringComparison.Ordinal);
        Assert.Contains("DUPLICATE", validation.Message, StringComparison.Ordinal);
        Assert.Equal("DUPLICATE", validation.ErrorCode);
    }

    [Fact]
    public void Vendor_messages_that_echo_secrets_are_redacted_in_the_exception()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://x.test/");
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden) { RequestMessage = request };
        var content = new ApiErrorContent(null, ["Invalid API key live-key-9f8e7d"], [new ApiFieldError("card", "4111111111111111 was declined")]);

        var ex = ApiExceptionFactory.FromResponse(response, content, null, new AviationApis.Core.Redaction.Redactor(["live-key-9f8e7d"]));

        Assert.DoesNotContain("live-key-9f8e7d", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4111111111111111", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("live-key-9f8e7d", string.Join(" ", ex.Messages), StringComparison.Ordinal);
        Assert.Contains("************1111 was declined", ex.FieldErrors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_side_validation_names_the_field_and_made_no_attempt()
    {
        var ex = ApiExceptionFactory.ClientValidation(new ApiOperation("CargoAi.CreateUser", Idempotency.NonIdempotent), new ApiFieldError("iataCode", "must be 7 digits"));

        Assert.Equal(0, ex.Attempts);
        Assert.Null(ex.StatusCode);
        Assert.Contains("iataCode", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parser_exception_keeps_its_position_but_not_the_secret_it_quoted()
    {
        const string secret = "tok-9f8e7d6c5b4a";
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = new HttpRequestMessage(HttpMethod.Get, "https://x.test/") };
        var parser = new System.Text.Json.JsonException($"Expected a date, got '{secret}'.", "$.departure", 1, 42, new FormatException($"bad '{secret}'"));

        var error = ApiExceptionFactory.InvalidResponse(response, "Invalid JSON at $.departure", null, parser, new AviationApis.Core.Redaction.Redactor([secret]));

        Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        var inner = Assert.IsType<System.Text.Json.JsonException>(error.InnerException);
        Assert.Equal("$.departure", inner.Path);
        Assert.Equal(42, inner.BytePositionInLine);
        Assert.Null(inner.InnerException);
    }

    [Fact]
    public void The_message_names_the_method_and_the_redacted_url()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "http://user:pw@127.0.0.1:5000/cargoai/solutions/search?key=secret-1&page=2")
            .SetOperation(new ApiOperation("CargoAi.Search", Idempotency.Idempotent));
        using var response = new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };

        var error = ApiExceptionFactory.FromResponse(response, null, null);

        Assert.Equal("POST", error.Details.RequestMethod);
        Assert.Equal("http://127.0.0.1:5000/cargoai/solutions/search?key=[REDACTED]&page=[REDACTED]", error.Details.RequestUrl);
        Assert.EndsWith("[POST http://127.0.0.1:5000/cargoai/solutions/search?key=[REDACTED]&page=[REDACTED] → 404]", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-1", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pw", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vendor_code_equal_to_the_status_is_not_repeated()
    {
        var error = For(HttpStatusCode.BadRequest, new ApiErrorContent("400", ["The booking is already cancelled"], []));

        Assert.Contains("(HTTP 400)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("400 400", error.Message, StringComparison.Ordinal);
    }
}
