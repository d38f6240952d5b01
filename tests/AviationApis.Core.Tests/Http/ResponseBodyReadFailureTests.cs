using System.Net;
using System.Text;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;
using AviationApis.Core.Tests.Json;

namespace AviationApis.Core.Tests.Http;

public sealed class ResponseBodyReadFailureTests
{
    private static HttpResponseMessage Response(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://x.test/").SetOperation(new ApiOperation("Test.Get", Idempotency.Idempotent));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    [Fact]
    public async Task A_response_and_type_metadata_are_required()
    {
        using var response = Response(new StringContent("{}"));

        Assert.Equal("response", (await Assert.ThrowsAsync<ArgumentNullException>(() => ApiResponses.ReadJsonAsync(null!, TestJsonContext.Camel.Schedule, null, default))).ParamName);
        Assert.Equal("typeInfo", (await Assert.ThrowsAsync<ArgumentNullException>(() => ApiResponses.ReadJsonAsync<Schedule>(response, null!, null, default))).ParamName);
        Assert.Equal("typeInfo", Assert.Throws<ArgumentNullException>(() => JsonRequestContent.Create<Schedule>(null!, null!)).ParamName);
    }

    [Fact]
    public async Task A_body_broken_in_transit_is_a_service_failure()
    {
        using var response = Response(new StreamContent(new BrokenStream(null)));

        var error = await Assert.ThrowsAsync<ServiceFailureException>(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, default));

        Assert.StartsWith("Test.Get: The response body could not be read", error.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public async Task A_body_broken_while_the_caller_cancels_is_not_reported_as_a_service_failure()
    {
        using var cancellation = new CancellationTokenSource();
        using var response = Response(new StreamContent(new BrokenStream(cancellation)));

        await Assert.ThrowsAsync<IOException>(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, cancellation.Token));
    }

    [Fact]
    public async Task A_null_body_says_so()
    {
        using var response = Response(new StringContent("null", Encoding.UTF8));

        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, default));

        Assert.Equal(["The body was empty or null"], error.Messages);
    }

    [Fact]
    public async Task A_wrong_value_names_its_path_and_the_reader_s_first_sentence()
    {
        using var response = Response(new StringContent("{\"date\":5}", Encoding.UTF8));

        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => ApiResponses.ReadJsonAsync(response, TestJsonContext.Camel.Schedule, null, default));

        var message = Assert.Single(error.Messages);
        Assert.StartsWith("Invalid JSON at $.date: ", message, StringComparison.Ordinal);
        Assert.EndsWith(".", message, StringComparison.Ordinal);
        Assert.DoesNotContain(". ", message, StringComparison.Ordinal);
        Assert.True(message.Length > "Invalid JSON at $.date: ".Length + 10, message);
    }

    private sealed class BrokenStream(CancellationTokenSource? cancelFirst) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw Broken();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(Broken());

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException<int>(Broken());

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private IOException Broken()
        {
            cancelFirst?.Cancel();
            return new IOException("connection reset");
        }
    }
}
