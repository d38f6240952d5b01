using System.Net;
using System.Text;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Tests.Infrastructure;
using AviationApis.Core.Tests.Json;
using AviationApis.Core.Tests.Pipeline;

namespace AviationApis.Core.Tests.Http;

/// <summary>
/// <see cref="ApiResponses"/> never resumes on the caller's synchronization context (a UI thread that blocks on the
/// call would deadlock): each stage of the read (the stream, the body, its disposal, the excerpt's re-read) arrives
/// only after the read has started, so every await really suspends.
/// </summary>
public sealed class ApiResponsesContextTests
{
    private const string Json = "{\"date\":\"2020-01-20\"}";

    [Theory]
    [InlineData("stream")]
    [InlineData("body")]
    [InlineData("close")]
    public async Task A_json_body_that_arrives_later_is_read_without_resuming_on_the_callers_context(string arrivesLater)
    {
        var (content, later) = Content(Json, arrivesLater);
        using var response = Response(content);
        var context = new CountingContext();

        var reading = context.Start(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, CancellationToken.None));
        Assert.False(reading.IsCompleted);
        later.SetResult();
        var schedule = await reading.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2020, schedule.Date.Year);
        Assert.Equal(0, context.Posts);
    }

    [Theory]
    [InlineData("stream")]
    [InlineData("body")]
    [InlineData("close")]
    public async Task An_error_body_that_arrives_later_is_read_without_resuming_on_the_callers_context(string arrivesLater)
    {
        var (content, later) = Content("down for maintenance", arrivesLater);
        using var response = Response(content, HttpStatusCode.ServiceUnavailable);
        var context = new CountingContext();

        var reading = context.Start(() => ApiResponses.ReadErrorBodyAsync(response, CancellationToken.None));
        Assert.False(reading.IsCompleted);
        later.SetResult();
        var text = await reading.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("down for maintenance", text);
        Assert.Equal(0, context.Posts);
    }

    [Fact]
    public async Task The_excerpt_of_an_invalid_body_is_re_read_without_resuming_on_the_callers_context()
    {
        var reread = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var response = Response(new ReplayedContent(Encoding.UTF8.GetBytes("<html>502</html>"), reread.Task));
        var context = new CountingContext();

        var reading = context.Start(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, CancellationToken.None));
        Assert.False(reading.IsCompleted);
        reread.SetResult();
        var ex = await Assert.ThrowsAsync<InvalidResponseException>(() => reading.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal("<html>502</html>", ex.Details.ResponseExcerpt);
        Assert.Equal(0, context.Posts);
    }

    /// <summary>A content whose stream, body or disposal (<paramref name="arrivesLater"/>) waits for the returned source.</summary>
    internal static (HttpContent Content, TaskCompletionSource Later) Content(string body, string arrivesLater)
    {
        var later = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task Gate(string stage) => stage == arrivesLater ? later.Task : Task.CompletedTask;
        return (new GatedContent(Encoding.UTF8.GetBytes(body), Gate("stream"), Gate("body"), Gate("close")), later);
    }

    private static HttpResponseMessage Response(HttpContent content, HttpStatusCode status = HttpStatusCode.OK)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/").SetOperation(new ApiOperation("Test.Get", Idempotency.Idempotent));
        return new HttpResponseMessage(status) { Content = content, RequestMessage = request };
    }

    /// <summary>
    /// A body read at once; once its stream is disposed, reading it again (the excerpt of an invalid body) waits for
    /// <paramref name="reread"/> and starts over.
    /// </summary>
    private sealed class ReplayedContent(byte[] body, Task reread) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => throw new NotSupportedException();

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new ReplayedSource(body, reread));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class ReplayedSource(byte[] body, Task reread) : MemoryStream(body, writable: false)
    {
        private bool _closed;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_closed)
            {
                await reread.ConfigureAwait(false);
            }

            return Read(buffer.Span);
        }

        // Closing rewinds instead of releasing the body, so that it can be read again.
        protected override void Dispose(bool disposing)
        {
            _closed = true;
            Position = 0;
        }
    }
}
