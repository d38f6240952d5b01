using System.Net;
using System.Threading.Tasks.Sources;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Signing;
using AviationApis.Core.Tests.Infrastructure;
using AviationApis.Testing;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class SigningHandlerTests
{
    [Fact]
    public async Task A_synchronous_signer_signs_each_attempt_before_it_is_sent()
    {
        var signer = new CountingSigner();
        var primary = new SignatureReader();
        using var invoker = Invoker(signer, primary);

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/x");
            using var response = await invoker.SendAsync(request, CancellationToken.None);
        }

        Assert.Equal(["1", "2"], primary.Signatures);
    }

    [Fact]
    public async Task A_synchronous_signer_result_is_consumed_exactly_once()
    {
        var signer = new PooledSourceSigner();
        var primary = new SignatureReader();
        using var invoker = Invoker(signer, primary);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/x");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal(1, signer.ResultsTaken);
        Assert.Equal(["pooled"], primary.Signatures);
    }

    [Fact]
    public async Task An_asynchronous_signer_is_awaited_before_the_attempt_is_sent()
    {
        var signing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var signer = new AwaitingSigner(signing.Task);
        var primary = new SignatureReader();
        using var invoker = Invoker(signer, primary);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/x");

        var sending = invoker.SendAsync(request, CancellationToken.None);

        Assert.False(sending.IsCompleted);
        Assert.Empty(primary.Signatures);
        signing.SetResult();
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["awaited"], primary.Signatures);
    }

    [Fact]
    public async Task A_failing_signer_fails_the_attempt_unsent()
    {
        var primary = new SignatureReader();
        using var invoker = Invoker(new AwaitingSigner(Task.FromException(new InvalidOperationException("no token"))), primary);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/x");

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => invoker.SendAsync(request, CancellationToken.None));

        Assert.Equal("no token", thrown.Message);
        Assert.Empty(primary.Signatures);
    }

    [Fact]
    public async Task Signing_and_sending_never_resume_on_the_callers_context()
    {
        var signing = new TaskCompletionSource();
        var answering = new TaskCompletionSource();
        var primary = new InlineHandler(async (_, _) =>
        {
            await answering.Task.ConfigureAwait(false);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var invoker = Invoker(new AwaitingSigner(signing.Task), primary);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/x");

        var context = new CountingContext();
        var sending = context.Start(() => invoker.SendAsync(request, CancellationToken.None));
        signing.SetResult();
        Assert.False(sending.IsCompleted);
        answering.SetResult();
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, context.Posts);
        Assert.Equal("awaited", Assert.Single(request.Headers.GetValues("X-Signature")));
    }

    [Fact]
    public async Task A_signing_that_completes_after_the_handler_looked_sends_without_resuming_on_the_callers_context()
    {
        var signer = new LateSigner();
        var answering = new TaskCompletionSource();
        var primary = new InlineHandler(async (_, _) =>
        {
            await answering.Task.ConfigureAwait(false);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var invoker = Invoker(signer, primary);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/x");

        var context = new CountingContext();
        var sending = context.Start(() => invoker.SendAsync(request, CancellationToken.None));
        answering.SetResult();
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, context.Posts);
        Assert.Equal(1, signer.ResultsTaken);
        Assert.Equal("late", Assert.Single(request.Headers.GetValues("X-Signature")));
    }

    private static HttpMessageInvoker Invoker(IRequestSigner signer, HttpMessageHandler primary) =>
        new(new SigningHandler(signer) { InnerHandler = primary });

    private sealed class SignatureReader : HttpMessageHandler
    {
        public List<string> Signatures { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Signatures.Add(string.Join(",", request.Headers.GetValues("X-Signature")));
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }

    private sealed class CountingSigner : IRequestSigner
    {
        private int _count;

        public IEnumerable<string?> Secrets => [];

        public ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Signature", (++_count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return ValueTask.CompletedTask;
        }
    }

    private sealed class AwaitingSigner(Task signing) : IRequestSigner
    {
        public IEnumerable<string?> Secrets => [];

        public async ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await signing.ConfigureAwait(false);
            request.Headers.Add("X-Signature", "awaited");
        }
    }

    /// <summary>Completes synchronously through a reusable source, as pooling signers do: its result must be taken once.</summary>
    private sealed class PooledSourceSigner : IRequestSigner, IValueTaskSource
    {
        public int ResultsTaken { get; private set; }

        public IEnumerable<string?> Secrets => [];

        public ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Signature", "pooled");
            return new ValueTask(this, 7);
        }

        public void GetResult(short token)
        {
            Assert.Equal(7, token);
            ResultsTaken++;
        }

        public ValueTaskSourceStatus GetStatus(short token) => ValueTaskSourceStatus.Succeeded;

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            throw new InvalidOperationException("a completed source is never awaited");
    }

    /// <summary>Still signing when the handler first looks, done by the time it awaits (it completed on another thread).</summary>
    private sealed class LateSigner : IRequestSigner, IValueTaskSource
    {
        private int _looks;

        public int ResultsTaken { get; private set; }

        public IEnumerable<string?> Secrets => [];

        public ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Signature", "late");
            return new ValueTask(this, 0);
        }

        public ValueTaskSourceStatus GetStatus(short token) => ++_looks == 1 ? ValueTaskSourceStatus.Pending : ValueTaskSourceStatus.Succeeded;

        public void GetResult(short token) => ResultsTaken++;

        public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            throw new InvalidOperationException("a completed source is never awaited");
    }
}
