using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Runtime.CompilerServices;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Tests.Infrastructure;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>The call boundary: one activity, one duration, start and end log lines per logical call; request bodies made resendable.</summary>
public sealed class TelemetryHandlerTests : IDisposable
{
    private const string Url = "http://127.0.0.1:5000/some/prefix/";

    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);
    private static readonly ApiOperation Book = new("Test.Book", Idempotency.NonIdempotent);

    private readonly string _name = "Telemetry-" + Guid.NewGuid();
    private readonly List<Activity> _activities = [];
    private readonly ActivityListener _listener;

    public TelemetryHandlerTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AviationTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if ((string?)activity.GetTagItem("aviationapis.client") == _name)
                {
                    lock (_activities)
                    {
                        _activities.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task A_call_is_one_client_activity_with_its_request_and_answer()
    {
        using var harness = new PipelineHarness(name: _name);
        var calls = 0;
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(++calls == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "items/1", Read));

        var activity = Assert.Single(_activities);
        Assert.Equal("Test.Read", activity.OperationName);
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal(AviationTelemetry.SourceName, activity.Source.Name);
        Assert.Equal(typeof(AviationTelemetry).Assembly.GetName().Version!.ToString(), activity.Source.Version);
        Assert.Equal(_name, activity.GetTagItem("aviationapis.client"));
        Assert.Equal("Test.Read", activity.GetTagItem("aviationapis.operation"));
        Assert.Equal("GET", activity.GetTagItem("http.request.method"));
        Assert.Equal(Url + "items/1", activity.GetTagItem("url.full"));
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal(2, activity.GetTagItem("aviationapis.attempts"));
        Assert.Null(activity.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
    }

    [Fact]
    public async Task An_error_answer_marks_the_activity_as_failed()
    {
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 0, name: _name);
        harness.Mock.When("*").Respond(HttpStatusCode.NotFound);

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        var activity = Assert.Single(_activities);
        Assert.Equal(404, activity.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Null(activity.StatusDescription);
    }

    [Fact]
    public async Task An_answer_is_logged_at_start_and_end_and_measured_once_with_its_status()
    {
        using var harness = new PipelineHarness(name: _name);
        using var duration = Collect<double>(harness, "aviationapis.client.duration");
        var calls = 0;
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(++calls == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        var measurement = Assert.Single(duration.GetMeasurementSnapshot());
        Assert.Equal(1.0, measurement.Value);
        Assert.Equal(3, measurement.Tags.Count);
        Assert.Equal(_name, measurement.Tags["aviationapis.client"]);
        Assert.Equal("Test.Read", measurement.Tags["aviationapis.operation"]);
        Assert.Equal(200, measurement.Tags["http.response.status_code"]);
        var logs = harness.Logs.GetSnapshot();
        AssertLogged(logs, 1, LogLevel.Debug, $"Test.Read: GET {Url}x starting");
        AssertLogged(logs, 3, LogLevel.Information, $"Test.Read: GET {Url}x answered 200 in 1000.0 ms after 2 attempt(s)");
    }

    [Fact]
    public async Task A_failure_is_logged_measured_and_traced_with_its_error_type()
    {
        using var harness = new PipelineHarness(name: _name);
        using var duration = Collect<double>(harness, "aviationapis.client.duration");
        harness.Mock.When("*").Respond(_ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));

        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{}"))));

        var measurement = Assert.Single(duration.GetMeasurementSnapshot());
        Assert.Equal(0.0, measurement.Value);
        Assert.Equal(3, measurement.Tags.Count);
        Assert.Equal(_name, measurement.Tags["aviationapis.client"]);
        Assert.Equal("Test.Book", measurement.Tags["aviationapis.operation"]);
        Assert.Equal("ServiceFailureException", measurement.Tags["error.type"]);
        var activity = Assert.Single(_activities);
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("ServiceFailureException", activity.StatusDescription);
        Assert.Equal("ServiceFailureException", activity.GetTagItem("error.type"));
        Assert.Null(activity.GetTagItem("http.response.status_code"));
        AssertLogged(harness.Logs.GetSnapshot(), 5, LogLevel.Warning, $"Test.Book: POST {Url}book failed after 0.0 ms and 1 attempt(s): ServiceFailureException: {ex.Message}");
        Assert.Equal($"Test.Book: The connection to the server failed during the call [POST {Url}book]", ex.Message);
    }

    [Fact]
    public async Task An_exception_left_as_it_is_keeps_its_stack_trace_and_is_reported()
    {
        using var harness = new PipelineHarness(name: _name);
        harness.Mock.When("*").Respond(_ => ThrowBug());

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read)));

        Assert.Contains(nameof(ThrowBug), ex.StackTrace, StringComparison.Ordinal);
        Assert.Equal("InvalidOperationException", Assert.Single(_activities).GetTagItem("error.type"));
        AssertLogged(harness.Logs.GetSnapshot(), 5, LogLevel.Warning, $"Test.Read: GET {Url}x failed after 0.0 ms and 1 attempt(s): InvalidOperationException: bug");
    }

    [Fact]
    public async Task A_streamed_request_body_is_read_once_up_front_when_it_may_be_sent_again()
    {
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 1);
        var body = new OneWayStream("{\"booking\":42}"u8.ToArray());
        var readBeforeSending = new List<long>();
        var received = new List<string>();
        harness.Mock.When("*").Respond(async request =>
        {
            readBeforeSending.Add(body.BytesRead);
            received.Add(await request.Content!.ReadAsStringAsync());
            return new HttpResponseMessage(received.Count == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Put, "x", Read, new StreamContent(body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { "{\"booking\":42}", "{\"booking\":42}" }, received);
        Assert.Equal(new long[] { 14, 14 }, readBeforeSending);
    }

    [Fact]
    public async Task A_streamed_request_body_is_passed_through_when_there_are_no_retries()
    {
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 0);
        var body = new OneWayStream("{\"booking\":42}"u8.ToArray());
        long readBeforeSending = -1;
        harness.Mock.When("*").Respond(async request =>
        {
            readBeforeSending = body.BytesRead;
            Assert.Equal("{\"booking\":42}", await request.Content!.ReadAsStringAsync());
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Put, "x", Read, new StreamContent(body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, readBeforeSending);
    }

    [Theory]
    [InlineData("answer")]
    [InlineData("response body")]
    [InlineData("request body")]
    public async Task The_pipeline_never_resumes_on_the_callers_synchronization_context(string arrivesLater)
    {
        var answer = new TaskCompletionSource<HttpResponseMessage>();
        var body = new TaskCompletionSource();
        var server = new InlineHandler((_, _) => arrivesLater switch
        {
            "answer" => answer.Task,
            "response body" => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new GatedEmptyStream(body.Task)) }),
            _ => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)),
        });
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 1, server: server);
        var request = PipelineHarness.Request(HttpMethod.Get, "x", Read, arrivesLater == "request body" ? new StreamContent(new GatedEmptyStream(body.Task)) : null);
        var context = new CountingContext();

        // The call starts on a thread whose context counts what is posted back to it (a UI thread); the answer, its body
        // or the caller's request body arrives once the pipeline waits for it.
        var call = context.Start(() => harness.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead));

        answer.TrySetResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
        body.TrySetResult();
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, context.Posts);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static HttpResponseMessage ThrowBug() => throw new InvalidOperationException("bug");

    private static MetricCollector<T> Collect<T>(PipelineHarness harness, string instrument)
        where T : struct => new(harness.Services.GetRequiredService<IMeterFactory>(), AviationTelemetry.MeterName, instrument);

    private static void AssertLogged(IReadOnlyList<Microsoft.Extensions.Logging.Testing.FakeLogRecord> logs, int eventId, LogLevel level, string message)
    {
        var record = Assert.Single(logs, r => r.Id.Id == eventId);
        Assert.Equal(level, record.Level);
        Assert.Equal(PipelineLog.Category, record.Category);
        Assert.Equal(message, record.Message);
    }

    /// <summary>An empty body that ends only once <paramref name="gate"/> completes (read asynchronously only).</summary>
    private sealed class GatedEmptyStream(Task gate) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A request body that can be read once, front to back, and counts what was read.</summary>
    private sealed class OneWayStream(byte[] data) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, data.Length - BytesRead);
            Array.Copy(data, BytesRead, buffer, offset, n);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
