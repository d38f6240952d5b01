using System.Net;
using AviationApis.Core.Http;
using RichardSzalay.MockHttp;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class ErrorBodyCapTests
{
    private static readonly ApiOperation Read = new("Test.Read", Idempotency.Idempotent);

    [Fact]
    public async Task An_error_body_is_buffered_only_as_far_as_an_error_report_reads_it()
    {
        using var harness = new PipelineHarness(o => o.MaxRetryAttempts = 0);
        var body = new CountingBody(50L * 1024 * 1024);
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StreamContent(body) });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));
        var text = await ApiResponses.ReadErrorBodyAsync(response, CancellationToken.None);

        Assert.Equal(ApiResponses.MaxErrorBodyBytes, text.Length);
        Assert.Equal(ApiResponses.MaxErrorBodyBytes, response.Content.Headers.ContentLength);
        Assert.True(body.BytesRead <= ApiResponses.MaxErrorBodyBytes, $"read {body.BytesRead} bytes");
    }

    [Fact]
    public async Task A_success_body_is_buffered_whole()
    {
        using var harness = new PipelineHarness();
        var body = new CountingBody(3L * 1024 * 1024);
        harness.Mock.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) });

        using var response = await harness.SendAsync(PipelineHarness.Request(HttpMethod.Get, "x", Read));

        Assert.Equal(3L * 1024 * 1024, response.Content.Headers.ContentLength);
        Assert.Equal(3L * 1024 * 1024, body.BytesRead);
    }

    /// <summary>A body of '"' bytes that counts what was read from it.</summary>
    private sealed class CountingBody(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            Array.Fill(buffer, (byte)'x', offset, n);
            BytesRead += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
