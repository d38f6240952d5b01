using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

/// <summary>
/// The resilience stages as configured by <see cref="AviationResilience"/>: which failures count against the service,
/// the breaker's ratio, window and break, back-off and jitter, the deadline check, and the typed errors of
/// <see cref="AviationResilience.Translate"/>.
/// </summary>
public sealed class AviationResilienceTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    private static readonly AviationPipelineOptions Budgets = new() { TotalTimeout = TimeSpan.FromSeconds(100), AttemptTimeout = TimeSpan.FromSeconds(7) };

    /// <summary>How the typed errors end: the request, from <see cref="NewRead"/>.</summary>
    private const string RequestSuffix = " [GET http://127.0.0.1:5000/some/prefix/x]";

    private static HttpRequestMessage NewRead() => PipelineHarness.Request(HttpMethod.Get, "x", Read);

    [Fact]
    public void A_failure_of_the_token_source_that_signs_the_call_does_not_count_against_the_calls_service()
    {
        var timeout = new AviationTimeoutException(TimeoutBudget.Attempt, TimeSpan.FromSeconds(5), new ApiErrorDetails());
        var refused = new ServiceFailureException("connection refused", new ApiErrorDetails(), new HttpRequestException(HttpRequestError.ConnectionError, "refused"));
        Assert.True(AviationResilience.IsServiceFailure(Polly.Outcome.FromException<HttpResponseMessage>(timeout)));
        Assert.False(timeout.FromTokenSource);

        timeout.MarkFromTokenSource();
        refused.MarkFromTokenSource();

        Assert.False(AviationResilience.IsServiceFailure(Polly.Outcome.FromException<HttpResponseMessage>(timeout)));
        Assert.False(AviationResilience.IsServiceFailure(Polly.Outcome.FromException<HttpResponseMessage>(refused)));
        Assert.True(AviationResilience.IsServiceFailure(Polly.Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
    }

    [Fact]
    public void A_timeout_rejection_not_from_the_total_budget_is_the_attempt_budget()
    {
        var rejection = new TimeoutRejectedException();

        var ex = Assert.IsType<AviationTimeoutException>(AviationResilience.Translate(rejection, NewRead(), Budgets, CancellationToken.None));

        Assert.Equal(TimeoutBudget.Attempt, ex.Budget);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.Timeout);
        Assert.Equal("Test.Read", ex.OperationName);
        Assert.Same(rejection, ex.InnerException);
    }

    [Fact]
    public void An_open_circuit_says_when_to_try_again_when_the_breaker_knows()
    {
        var broken = new BrokenCircuitException("open", TimeSpan.FromSeconds(2.5));

        var ex = Assert.IsType<CircuitOpenException>(AviationResilience.Translate(broken, NewRead(), Budgets, CancellationToken.None));

        Assert.Equal("Test.Read: The circuit is open; the call was not sent (retry after 2.5 s)" + RequestSuffix, ex.Message);
        Assert.Equal("Test.Read", ex.OperationName);
        Assert.Same(broken, ex.InnerException);
    }

    [Fact]
    public void An_open_circuit_without_a_known_end_says_only_that_it_is_open()
    {
        var broken = new BrokenCircuitException("open");

        var ex = Assert.IsType<CircuitOpenException>(AviationResilience.Translate(broken, NewRead(), Budgets, CancellationToken.None));

        Assert.Equal("Test.Read: The circuit is open; the call was not sent" + RequestSuffix, ex.Message);
    }

    [Fact]
    public void Transport_failures_become_service_failures_that_say_whether_the_connection_was_made()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "refused");
        var reset = new IOException("reset");

        var notConnected = Assert.IsType<ServiceFailureException>(AviationResilience.Translate(refused, NewRead(), Budgets, CancellationToken.None));
        var broken = Assert.IsType<ServiceFailureException>(AviationResilience.Translate(reset, NewRead(), Budgets, CancellationToken.None));

        Assert.Equal("Test.Read: The connection to the server could not be established" + RequestSuffix, notConnected.Message);
        Assert.Same(refused, notConnected.InnerException);
        Assert.Equal("Test.Read: The connection to the server failed during the call" + RequestSuffix, broken.Message);
        Assert.Same(reset, broken.InnerException);
        Assert.Null(broken.StatusCode);
    }

    [Fact]
    public void A_transport_failure_after_the_caller_cancelled_is_left_as_it_is()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var reset = new HttpRequestException("reset");

        Assert.Same(reset, AviationResilience.Translate(reset, NewRead(), Budgets, cancelled.Token));
    }

    [Fact]
    public void Other_exceptions_are_left_as_they_are()
    {
        var other = new InvalidOperationException("bug");
        var cancelled = new OperationCanceledException();

        Assert.Same(other, AviationResilience.Translate(other, NewRead(), Budgets, CancellationToken.None));
        Assert.Same(cancelled, AviationResilience.Translate(cancelled, NewRead(), Budgets, CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.NotImplemented)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Server_errors_and_408_count_against_the_service(HttpStatusCode status)
    {
        using var harness = PipelineHarness.WithBreakerOfFour();
        harness.AnswerEveryCall(status);

        await harness.SendManyAsync(4, Read);

        await Assert.ThrowsAsync<CircuitOpenException>(() => harness.SendAsync(NewRead()));
        Assert.Equal(4, harness.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData((HttpStatusCode)499)]
    public async Task Client_errors_and_rate_limits_do_not_count_against_the_service(HttpStatusCode status)
    {
        using var harness = PipelineHarness.WithBreakerOfFour();
        harness.AnswerEveryCall(status);

        await harness.SendManyAsync(5, Read);

        Assert.Equal(5, harness.Calls);
    }

    public static TheoryData<string> ServiceFailures => ["HttpRequestException", "IOException", "AviationTimeoutException", "TimeoutRejectedException"];

    [Theory]
    [MemberData(nameof(ServiceFailures))]
    public async Task Transport_failures_and_attempt_timeouts_count_against_the_service(string failure)
    {
        using var harness = PipelineHarness.WithBreakerOfFour();
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            calls++;
            throw failure switch
            {
                "HttpRequestException" => new HttpRequestException(HttpRequestError.ResponseEnded, "ended"),
                "IOException" => new IOException("reset"),
                "AviationTimeoutException" => new AviationTimeoutException(TimeoutBudget.Attempt, TimeSpan.FromSeconds(1), new ApiErrorDetails()),
                _ => new TimeoutRejectedException(),
            };
        });

        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => harness.SendAsync(NewRead()));
        }

        var open = await Assert.ThrowsAsync<CircuitOpenException>(() => harness.SendAsync(NewRead()));
        Assert.Equal(4, calls);
        Assert.Equal("AviationApis.CircuitBreaker", Assert.IsType<BrokenCircuitException>(open.InnerException).TelemetrySource?.StrategyName);
    }

    [Fact]
    public async Task Other_exceptions_do_not_count_against_the_service()
    {
        using var harness = PipelineHarness.WithBreakerOfFour();
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            calls++;
            throw new InvalidOperationException("bug");
        });

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SendAsync(NewRead()));
        }

        Assert.Equal(5, calls);
    }

    [Fact]
    public async Task The_circuit_opens_only_at_the_configured_failure_ratio()
    {
        using var harness = PipelineHarness.WithBreakerOfFour();
        var calls = 0;
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(++calls % 4 == 1 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK));

        // One failure in four (25 %) stays under the ratio of 50 %, however long it goes on.
        await harness.SendManyAsync(12, Read);

        Assert.Equal(12, calls);
    }

    [Fact]
    public async Task Failures_older_than_the_sampling_duration_are_forgotten()
    {
        using var harness = PipelineHarness.WithBreakerOfFour(o => o.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(10));
        harness.AnswerEveryCall(HttpStatusCode.InternalServerError);

        await harness.SendManyAsync(3, Read);
        harness.Time.Advance(TimeSpan.FromSeconds(11));
        await harness.SendManyAsync(3, Read);

        Assert.Equal(6, harness.Calls);
    }

    [Fact]
    public async Task An_open_circuit_refuses_calls_for_the_break_duration_then_lets_one_through()
    {
        using var harness = await PipelineHarness.WithOpenCircuitAsync(Read, o => o.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(60));

        var opened = await Assert.ThrowsAsync<CircuitOpenException>(() => harness.SendAsync(NewRead()));
        harness.Time.Advance(TimeSpan.FromSeconds(59));
        var stillOpen = await Assert.ThrowsAsync<CircuitOpenException>(() => harness.SendAsync(NewRead()));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        using var probe = await harness.SendAsync(NewRead());

        Assert.Equal("Test.Read: The circuit is open; the call was not sent (retry after 60 s)" + RequestSuffix, opened.Message);
        Assert.Equal("Test.Read: The circuit is open; the call was not sent (retry after 1 s)" + RequestSuffix, stillOpen.Message);
        Assert.Equal(HttpStatusCode.InternalServerError, probe.StatusCode);
        Assert.Equal(5, harness.Calls);
    }

    [Fact]
    public async Task An_attempt_timeout_names_the_attempt_budget_strategy()
    {
        using var harness = new PipelineHarness(o => { o.MaxRetryAttempts = 0; o.AttemptTimeout = TimeSpan.FromSeconds(5); });
        harness.Mock.When("*").Respond(new InlineHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }));

        // The 5 s attempt budget is the only timer: the clock steps to it once the attempt waits.
        var ex = await Assert.ThrowsAsync<AviationTimeoutException>(() =>
            harness.Time.RunAsync(() => harness.Client.SendAsync(NewRead(), HttpCompletionOption.ResponseHeadersRead), TimeSpan.FromSeconds(6)));

        Assert.Equal(TimeoutBudget.Attempt, ex.Budget);
        Assert.Equal("AviationApis.AttemptTimeout", Assert.IsType<TimeoutRejectedException>(ex.InnerException).TelemetrySource?.StrategyName);
        Assert.Equal(TimeSpan.FromSeconds(5), harness.Time.Elapsed);
    }

    [Fact]
    public async Task Without_a_total_budget_retries_are_taken()
    {
        using var harness = new PipelineHarness(o => o.TotalTimeout = Timeout.InfiniteTimeSpan);
        var calls = 0;
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(++calls == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK));

        using var response = await harness.SendAsync(NewRead());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls);
        Assert.Equal(TimeSpan.FromSeconds(1), harness.Time.Elapsed);
    }

    [Fact]
    public async Task Backoff_doubles_up_to_the_maximum_delay()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromSeconds(1);
            o.RetryMaxDelay = TimeSpan.FromSeconds(3);
            o.MaxRetryAttempts = 4;
        });
        harness.AnswerEveryCall(HttpStatusCode.ServiceUnavailable);

        using var response = await harness.SendAsync(NewRead());

        Assert.Equal(5, harness.Calls);
        Assert.Equal(TimeSpan.FromSeconds(1 + 2 + 3 + 3), harness.Time.Elapsed);
    }

    [Fact]
    public async Task Jitter_waits_between_half_and_all_of_the_back_off()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.UseJitter = true;
            o.RetryBaseDelay = TimeSpan.FromSeconds(1);
            o.RetryMaxDelay = TimeSpan.FromSeconds(1);
            o.MaxRetryAttempts = 12;
        });
        var sent = new List<DateTimeOffset>();
        harness.Mock.When("*").Respond(_ =>
        {
            sent.Add(harness.Time.GetUtcNow());
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        });

        using var response = await harness.SendAsync(NewRead());

        Assert.Equal(13, sent.Count);
        var waits = sent.Zip(sent.Skip(1), (before, after) => after - before).ToList();
        Assert.All(waits, wait => Assert.InRange(wait, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(999.999)));
    }

    [Fact]
    public async Task A_wait_that_ends_exactly_at_the_deadline_is_not_taken_and_says_so()
    {
        using var harness = new PipelineHarness(o => o.TotalTimeout = TimeSpan.FromSeconds(30));
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            calls++;
            return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "30" } } };
        });

        using var response = await harness.SendAsync(NewRead());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, calls);
        Assert.Equal(TimeSpan.Zero, harness.Time.Elapsed);
        var record = Assert.Single(harness.Logs.GetSnapshot(), r => r.Id.Id == 7);
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Equal(PipelineLog.Category, record.Category);
        Assert.Equal("Test.Read: not retrying (HTTP 429): the wait of 30000 ms does not fit in the remaining budget", record.Message);
    }

    [Fact]
    public async Task A_wait_that_ends_before_the_deadline_is_taken()
    {
        using var harness = new PipelineHarness(o => o.TotalTimeout = TimeSpan.FromSeconds(31));
        var calls = 0;
        harness.Mock.When("*").Respond(_ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "30" } } }
            : new HttpResponseMessage(HttpStatusCode.OK));

        using var response = await harness.SendAsync(NewRead());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls);
        Assert.Equal(TimeSpan.FromSeconds(30), harness.Time.Elapsed);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Id.Id == 7);
    }

    [Fact]
    public async Task An_answer_after_the_caller_cancelled_is_not_retried_and_no_wait_is_weighed()
    {
        using var harness = new PipelineHarness(o => o.TotalTimeout = TimeSpan.FromSeconds(30));
        using var caller = new CancellationTokenSource();
        var calls = 0;
        harness.Mock.When("*").Respond(_ =>
        {
            calls++;
            caller.Cancel();
            return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "60" } }, Content = new StringContent("{}") };
        });

        try
        {
            using var response = await harness.SendAsync(NewRead(), caller.Token);
        }
        catch (OperationCanceledException)
        {
            // Either way the caller's cancellation wins; what matters is what the retry stage did.
        }

        Assert.Equal(1, calls);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Id.Id is 6 or 7);
    }

    [Fact]
    public async Task Each_retry_is_counted_logged_and_its_failed_answer_disposed()
    {
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 2);
        using var retries = new MetricCollector<long>(harness.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), AviationTelemetry.MeterName, "aviationapis.client.retries");
        var failed = new List<TrackedContent>();
        harness.Mock.When("*").Respond(_ =>
        {
            if (failed.Count < 2)
            {
                var content = new TrackedContent();
                failed.Add(content);
                return new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = content };
            }

            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        using var response = await harness.SendAsync(NewRead());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(failed, content => Assert.True(content.Disposed));
        Assert.Collection(
            retries.GetMeasurementSnapshot(),
            m => AssertRetry(m),
            m => AssertRetry(m));
        Assert.Equal(
            new[] { "Test.Read: attempt 1 failed (HTTP 502); retrying in 1000 ms", "Test.Read: attempt 2 failed (HTTP 502); retrying in 2000 ms" },
            harness.Logs.GetSnapshot().Where(r => r.Id.Id == 6).Select(r => r.Message));
        Assert.All(harness.Logs.GetSnapshot().Where(r => r.Id.Id == 6), r => Assert.Equal(LogLevel.Warning, r.Level));

        static void AssertRetry(CollectedMeasurement<long> m)
        {
            Assert.Equal(1, m.Value);
            Assert.Equal(PipelineHarness.DefaultName, m.Tags["aviationapis.client"]);
            Assert.Equal("Test.Read", m.Tags["aviationapis.operation"]);
        }
    }

    [Fact]
    public async Task The_pipeline_is_the_only_reporter_polly_logs_nothing()
    {
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 1);
        harness.AnswerEveryCall(HttpStatusCode.ServiceUnavailable);

        using var response = await harness.SendAsync(NewRead());

        Assert.Equal(2, harness.Calls);
        Assert.NotEmpty(harness.Logs.GetSnapshot());
        Assert.All(harness.Logs.GetSnapshot(), r => Assert.Equal(PipelineLog.Category, r.Category));
    }

    /// <summary>A body that records being disposed (with its response).</summary>
    private sealed class TrackedContent() : ByteArrayContent("{}"u8.ToArray())
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
