using System.Net;
using AviationApis.Avinode.Errors;
using AviationApis.Avinode.Resources;
using AviationApis.Avinode.Tests.Infrastructure;
using AviationApis.Core.Errors;

namespace AviationApis.Avinode.Tests.Transport;

public sealed class StatusMappingTests
{
    private const string TwoErrors = """
        [ { "title": "The header 'X-Avinode-SentTimestamp' is required", "code": "ERR_INPUT_MISSING" },
          { "title": "Invalid start airport", "code": "START_AIRPORT_INVALID", "path": "activities[1].startAirport" } ]
        """;

    [Theory]
    [InlineData(400, typeof(ValidationFailedException))]
    [InlineData(401, typeof(AuthenticationFailedException))]
    [InlineData(403, typeof(AuthenticationFailedException))]
    [InlineData(404, typeof(ResourceNotFoundException))]
    [InlineData(422, typeof(ValidationFailedException))]
    [InlineData(500, typeof(ServiceFailureException))]
    [InlineData(501, typeof(OperationDisabledException))]
    [InlineData(503, typeof(ServiceFailureException))]
    [InlineData(504, typeof(ServiceFailureException))]
    public async Task Each_status_maps_to_its_exception_with_every_error(int status, Type expected)
    {
        using var harness = new AvinodeHarness(o => o.Pipeline.MaxRetryAttempts = 0);
        harness.Handler = (_, _) => AvinodeHarness.Errors((HttpStatusCode)status, TwoErrors);

        var error = await Assert.ThrowsAnyAsync<AviationApiException>(() => harness.Client.GetTripAsync(new ResourceId("schedaero-trip-123456789")));

        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("ERR_INPUT_MISSING", error.ErrorCode);
        Assert.Equal("SchedAero.GetTrip", error.OperationName);
        Assert.Equal(2, error.Messages.Count);
        Assert.Contains("ERR_INPUT_MISSING: The header 'X-Avinode-SentTimestamp' is required", error.Messages);
        var field = Assert.Single(error.FieldErrors);
        Assert.Equal(("activities[1].startAirport", "START_AIRPORT_INVALID"), (field.Field, field.Code));
    }

    [Fact]
    public async Task A_403_with_remaining_calls_is_an_authorization_failure_and_not_retried()
    {
        using var harness = new AvinodeHarness();
        harness.Handler = (_, _) =>
        {
            var response = AvinodeHarness.Errors(HttpStatusCode.Forbidden, """[{"code": "NOT_AUTHORIZED", "title": "No permission"}]""");
            response.Headers.Add("X-Rate-Limit-Remaining", "17");
            return response;
        };

        var error = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Run(c => c.GetQuoteAsync(new ResourceId("q-1"))));

        Assert.Equal("NOT_AUTHORIZED", error.ErrorCode);
        Assert.Single(harness.Requests);
    }

    [Fact]
    public async Task A_non_json_error_body_keeps_its_text()
    {
        using var harness = new AvinodeHarness(o => o.Pipeline.MaxRetryAttempts = 0);
        harness.Handler = (_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("upstream down") };

        var error = await Assert.ThrowsAsync<ServiceFailureException>(() => harness.Client.GetQuoteAsync(new ResourceId("q-1")));

        Assert.Contains("upstream down", error.Messages);
    }

    [Fact]
    public async Task Idempotent_reads_are_retried_on_503_and_504()
    {
        using var harness = new AvinodeHarness();
        var calls = 0;
        harness.Handler = (_, _) => ++calls switch
        {
            1 => AvinodeHarness.Json("{}", HttpStatusCode.ServiceUnavailable),
            2 => AvinodeHarness.Json("{}", HttpStatusCode.GatewayTimeout),
            _ => AvinodeHarness.Data("""{"id": "q-1", "type": "schedaero-quote"}"""),
        };

        var result = await harness.Run(c => c.GetQuoteAsync(new ResourceId("q-1")));

        Assert.Equal(new ResourceId("q-1"), result.Data!.Id);
        Assert.Equal(3, harness.Requests.Count);
    }

    [Fact]
    public async Task Client_side_validation_rejects_an_empty_id_without_sending()
    {
        using var harness = new AvinodeHarness();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => harness.Client.GetTripAsync(default));

        Assert.Equal(0, error.Attempts);
        Assert.Empty(harness.Requests);
    }
}
