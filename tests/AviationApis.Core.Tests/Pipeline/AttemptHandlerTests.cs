using System.Diagnostics.Metrics;
using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>The per-attempt stage: counts attempts (on the request and in the attempts counter) and buffers bodies inside the attempt.</summary>
public sealed class AttemptHandlerTests
{
    private static readonly ApiOperation Book = new("Test.Book", Idempotency.NonIdempotent);

    [Fact]
    public async Task Each_attempt_is_counted_under_the_client_and_operation()
    {
        using var harness = new PipelineHarness();
        using var attempts = new MetricCollector<long>(harness.Services.GetRequiredService<IMeterFactory>(), AviationTelemetry.MeterName, "aviationapis.client.attempts");
        var calls = 0;
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(++calls < 3 ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK));

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{}")));

        Assert.Equal(3, response.RequestMessage!.GetAttemptCount());
        var measurements = attempts.GetMeasurementSnapshot();
        Assert.Equal(3, measurements.Count);
        Assert.All(measurements, m =>
        {
            Assert.Equal(1, m.Value);
            Assert.Equal(PipelineHarness.DefaultName, m.Tags["aviationapis.client"]);
            Assert.Equal("Test.Book", m.Tags["aviationapis.operation"]);
        });
    }

    [Fact]
    public async Task A_request_without_an_operation_is_counted_under_its_method()
    {
        using var harness = new PipelineHarness();
        using var attempts = new MetricCollector<long>(harness.Services.GetRequiredService<IMeterFactory>(), AviationTelemetry.MeterName, "aviationapis.client.attempts");
        harness.Mock.When("*").Respond(HttpStatusCode.OK);

        using var response = await harness.SendAsync(new HttpRequestMessage(HttpMethod.Delete, new Uri(PipelineHarness.Base, "x")));

        Assert.Equal(1, response.RequestMessage!.GetAttemptCount());
        Assert.Equal("HTTP DELETE", Assert.Single(attempts.GetMeasurementSnapshot()).Tags["aviationapis.operation"]);
    }

    [Fact]
    public async Task An_answer_whose_body_breaks_is_disposed_and_the_failure_typed()
    {
        using var harness = new PipelineHarness();
        var content = new TrackedStreamContent();
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });

        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{}"))));

        Assert.IsType<IOException>(ex.InnerException);
        Assert.True(content.Disposed);
    }

    /// <summary>A body that fails on the first read and records being disposed.</summary>
    private sealed class TrackedStreamContent() : StreamContent(new BrokenStream())
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new IOException("connection reset");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new IOException("connection reset");
    }
}
