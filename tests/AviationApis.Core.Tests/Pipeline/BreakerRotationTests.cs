using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class BreakerRotationTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    [Fact]
    public async Task An_open_circuit_stays_open_in_the_handler_chain_built_after_rotation()
    {
        using var harness = await PipelineHarness.WithOpenCircuitAsync(Read);

        // What IHttpClientFactory does when a handler's lifetime ends: a new chain from the same registration.
        using var rotated = new HttpClient(NewChain(harness));
        var ex = await Assert.ThrowsAsync<CircuitOpenException>(() =>
            harness.Time.RunAsync(() => rotated.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read)), harness.LongestWait));

        Assert.Equal(4, harness.Calls);
        Assert.Equal("Test.Read", ex.OperationName);
    }

    private static HttpMessageHandler NewChain(PipelineHarness harness)
    {
        var options = harness.Services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(harness.Name);
        var builder = harness.Services.GetRequiredService<HttpMessageHandlerBuilder>();
        builder.Name = harness.Name;
        foreach (var action in options.HttpMessageHandlerBuilderActions)
        {
            action(builder);
        }

        return builder.Build();
    }
}
