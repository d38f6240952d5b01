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

        Assert.All(errors, e => Assert.IsAssignableFrom<AviationApiException>(e));
        Assert.Equal(4, errors.Count(e => e is ServiceFailureException));
        Assert.Equal(6, errors.Count(e => e is CircuitOpenException));
        Assert.Equal(4, route.Count);
    }
}
