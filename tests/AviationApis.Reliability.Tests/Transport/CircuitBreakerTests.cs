using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Targets;

namespace AviationApis.Reliability.Tests.Transport;

/// <summary>A dead vendor fails fast: once the circuit opens, calls are refused without reaching the server.</summary>
public sealed class CircuitBreakerTests(FaultServerFixture fixture) : IClassFixture<FaultServerFixture>
{
    [Fact]
    public async Task After_repeated_5xx_the_circuit_opens_and_the_server_sees_no_more_calls()
    {
        var route = fixture.Server.Register([], FaultStep.Status(503), name: "breaker");
        await using var harness = new CoreHarness(route.BaseAddress, o =>
        {
            o.MaxRetryAttempts = 0;
            o.AttemptTimeout = TimeSpan.FromSeconds(20);
            o.TotalTimeout = TimeSpan.FromSeconds(30);
            o.CircuitBreakerMinimumThroughput = 4;
            o.CircuitBreakerFailureRatio = 0.5;
            o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30);
            o.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });

        var errors = new List<Exception>();
        for (var i = 0; i < 10; i++)
        {
            errors.Add((await Record.ExceptionAsync(() => CorePipelineTarget.GetFlightAsync(harness.Services, CancellationToken.None)))!);
        }

        // The first four failures reach the server and open the circuit (4 of 4 failed, ratio 0.5, throughput 4);
        // the other six are refused without a request.
        Assert.All(errors, e => Assert.IsAssignableFrom<AviationApiException>(e));
        Assert.All(errors.Take(4), e => Assert.IsType<ServiceFailureException>(e));
        Assert.All(errors.Skip(4), e => Assert.IsType<CircuitOpenException>(e));
        Assert.Equal(4, route.Count);
    }
}
