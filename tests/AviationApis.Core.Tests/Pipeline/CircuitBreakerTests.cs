using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class CircuitBreakerTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    [Fact]
    public async Task Repeated_failures_open_the_circuit_and_later_calls_fail_fast_without_reaching_the_server()
    {
        using var harness = await PipelineHarness.WithOpenCircuitAsync(Read);

        var ex = await Assert.ThrowsAsync<CircuitOpenException>(() => harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read)));
        Assert.Equal(4, harness.Calls);
        Assert.Equal("Test.Read", ex.OperationName);
    }

    [Fact]
    public async Task The_circuit_breaker_can_be_turned_off()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.MaxRetryAttempts = 0;
            o.CircuitBreakerEnabled = false;
            o.CircuitBreakerMinimumThroughput = 2;
        });
        harness.AnswerEveryCall(HttpStatusCode.InternalServerError);

        await harness.SendManyAsync(6, Read);

        Assert.Equal(6, harness.Calls);
    }

    [Fact]
    public async Task Client_errors_do_not_count_against_the_service()
    {
        using var harness = new PipelineHarness(o => { o.MaxRetryAttempts = 0; o.CircuitBreakerMinimumThroughput = 2; });
        harness.Mock.When("*").Respond(HttpStatusCode.NotFound);

        for (var i = 0; i < 6; i++)
        {
            using var notFound = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        }
    }
}
