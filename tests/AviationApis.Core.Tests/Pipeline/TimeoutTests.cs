using System.Net;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Testing;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class TimeoutTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);
    private static readonly ApiOperation Book = new("Test.Book", Idempotency.NonIdempotent);

    private static PipelineHarness Harness(int retries = 2) => new(o =>
    {
        o.AttemptTimeout = TimeSpan.FromSeconds(10);
        o.TotalTimeout = TimeSpan.FromSeconds(100);
        o.MaxRetryAttempts = retries;
        o.RetryBaseDelay = TimeSpan.FromSeconds(1);
    });

    /// <summary>Answers attempts, holding those <paramref name="hangs"/> picks until cancelled; returns a signal per held attempt.</summary>
    private static HeldAttempts Hang(PipelineHarness harness, Func<int, bool> hangs, Action? onCall = null)
    {
        var calls = 0;
        var held = new HeldAttempts();
        harness.Mock.When("*").Respond(new InlineHandler(async (_, token) =>
        {
            onCall?.Invoke();
            if (hangs(++calls))
            {
                held.Add();
                await Task.Delay(Timeout.Infinite, token);
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        }));
        return held;
    }

    /// <summary>Counts attempts the server holds; a test awaits the n-th before it moves the clock to a budget.</summary>
    private sealed class HeldAttempts
    {
        private readonly SemaphoreSlim _held = new(0);

        public void Add() => _held.Release();

        /// <summary>Waits (bounded, in real time) until the server holds one more attempt.</summary>
        public Task NextAsync() => _held.WaitAsync(SteppingTimeProvider.RealTimeGuard).ContinueWith(
            t => Assert.True(t.Result, "the server did not receive the attempt"),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    [Fact]
    public async Task Attempt_timeout_is_retried_for_idempotent_operations()
    {
        using var harness = Harness();
        var calls = 0;
        var held = Hang(harness, n => n == 1, () => calls++);

        // The attempt budget runs beside the attempt: the clock moves to it only once the server holds the attempt.
        var call = harness.Client.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read), HttpCompletionOption.ResponseHeadersRead);
        await held.NextAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await call;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls);
        Assert.Equal(TimeSpan.FromSeconds(11), harness.Time.Elapsed);
    }

    [Fact]
    public async Task Attempt_timeout_of_a_non_idempotent_operation_throws_the_attempt_budget_without_retrying()
    {
        using var harness = Harness();
        var calls = 0;
        var held = Hang(harness, _ => true, () => calls++);

        var call = harness.Client.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{}")), HttpCompletionOption.ResponseHeadersRead);
        await held.NextAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        var ex = await Assert.ThrowsAsync<AviationTimeoutException>(() => call);

        Assert.Equal(TimeoutBudget.Attempt, ex.Budget);
        Assert.Equal(TimeSpan.FromSeconds(10), ex.Timeout);
        Assert.Equal(1, calls);
        Assert.Equal(1, ex.Attempts);
        Assert.Equal("Test.Book", ex.OperationName);
    }

    [Fact]
    public async Task Total_timeout_bounds_the_whole_call_including_retries()
    {
        using var harness = new PipelineHarness(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.TotalTimeout = TimeSpan.FromSeconds(45);
            o.MaxRetryAttempts = 5;
            o.RetryBaseDelay = TimeSpan.FromSeconds(1);
        });
        var held = Hang(harness, _ => true);

        // Attempt 1 is held for its 30 s budget, the retry waits 1 s, attempt 2 is held until the 45 s total budget.
        var call = harness.Client.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read), HttpCompletionOption.ResponseHeadersRead);
        await held.NextAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await held.NextAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(14));
        var ex = await Assert.ThrowsAsync<AviationTimeoutException>(() => call);

        Assert.Equal(TimeoutBudget.Total, ex.Budget);
        Assert.Equal(TimeSpan.FromSeconds(45), harness.Time.Elapsed);
    }

    [Fact]
    public async Task Caller_cancellation_stays_an_operation_canceled_exception()
    {
        using var harness = Harness();
        var held = Hang(harness, _ => true);
        using var cts = new CancellationTokenSource();
        var request = PipelineHarness.Request(HttpMethod.Get, "x", Read);

        var call = harness.Client.SendAsync(request, cts.Token);
        await held.NextAsync();
        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<AviationTimeoutException>(ex);
    }

    [Fact]
    public async Task A_body_that_stalls_mid_way_is_a_failed_attempt_and_is_retried()
    {
        using var harness = Harness();
        var calls = 0;
        var stalling = new StallingStream();
        harness.Mock.When("*").Respond(_ => ++calls == 1
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(stalling) }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"ok\":true}") });

        // The attempt budget runs beside the body read: the clock moves to it only once the body has stalled.
        var call = harness.Client.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read), HttpCompletionOption.ResponseHeadersRead);
        await stalling.Stalled.WaitAsync(SteppingTimeProvider.RealTimeGuard);
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        using var response = await call;

        Assert.Equal("{\"ok\":true}", await response.Content.ReadAsStringAsync());
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_body_broken_mid_way_is_retried_for_reads_and_typed_without_retry_for_bookings()
    {
        using var harness = Harness();
        var reads = 0;
        var books = 0;
        harness.Mock.When("*/read").Respond(_ => ++reads == 1
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream()) }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") });
        harness.Mock.When("*/book").Respond(_ =>
        {
            books++;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new BreakingStream()) };
        });

        using var read = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "read", Read));
        var ex = await Assert.ThrowsAsync<ServiceFailureException>(() => harness.SendAsync(PipelineHarness.Request(HttpMethod.Post, "book", Book, new StringContent("{}"))));

        Assert.Equal(2, reads);
        Assert.Equal(1, books);
        Assert.IsType<IOException>(ex.InnerException);
    }

    [Fact]
    public async Task A_streamed_response_is_handed_over_without_reading_its_body()
    {
        using var harness = Harness();
        var stream = new StallingStream();
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(stream) });
        var pdf = new ApiOperation("Test.Pdf", Idempotency.Idempotent, StreamResponse: true);

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", pdf));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, stream.Reads);
        Assert.Equal(1, response.RequestMessage!.GetAttemptCount());
    }

    /// <summary>Returns one byte, then fails like a connection reset mid-body.</summary>
    private sealed class BreakingStream : MemoryStream
    {
        private bool _sent;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent)
            {
                throw new IOException("The connection was reset.");
            }

            _sent = true;
            buffer.Span[0] = (byte)'{';
            return ValueTask.FromResult(1);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <summary>Returns one byte, then never completes a read until cancelled.</summary>
    private sealed class StallingStream : Stream
    {
        private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _sentPrefix;

        public int Reads { get; private set; }

        /// <summary>Completes when a read has started to wait for bytes that never come.</summary>
        public Task Stalled => _stalled.Task;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Reads++;
            if (!_sentPrefix)
            {
                _sentPrefix = true;
                buffer.Span[0] = (byte)'{';
                return 1;
            }

            _stalled.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
