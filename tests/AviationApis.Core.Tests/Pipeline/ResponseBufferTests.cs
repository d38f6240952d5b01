using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using AviationApis.Core.Tests.Infrastructure;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class ResponseBufferTests
{
    private const int Cap = ApiResponses.MaxErrorBodyBytes;

    public static TheoryData<string> BufferedKinds => ["bytes", "string", "memory", "pooled"];

    [Theory]
    [MemberData(nameof(BufferedKinds))]
    public async Task Content_already_in_memory_is_left_as_it_is(string kind)
    {
        HttpContent content = kind switch
        {
            "bytes" => new ByteArrayContent([1, 2, 3]),
            "string" => new StringContent("abc"),
            "memory" => new ReadOnlyMemoryContent(new byte[] { 1, 2, 3 }),
            _ => await PooledResponseContent.ReadAsync(new MemoryStream([1, 2, 3]), 3, CancellationToken.None),
        };
        using var response = new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = content };

        await ResponseBuffer.LoadAsync(response, CancellationToken.None);

        Assert.Same(content, response.Content);
        Assert.Equal(3, (await response.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task A_success_body_is_read_whole_with_every_content_header()
    {
        var body = ContentHarness.Body((2 * Cap) + 3);
        var original = Streamed(body);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = original };

        await ResponseBuffer.LoadAsync(response, CancellationToken.None);

        var buffered = Assert.IsType<PooledResponseContent>(response.Content);
        Assert.Equal(body, await buffered.ReadAsByteArrayAsync());
        Assert.Equal(body.Length, original.Source.Position);
        Assert.True(original.Disposed);
        Assert.Equal([body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)], Header(buffered, "Content-Length"));
        Assert.Equal(["application/json; charset=utf-8"], Header(buffered, "Content-Type"));
        Assert.Equal(["en", "de"], Header(buffered, "Content-Language"));
        Assert.Equal(["v"], Header(buffered, "X-Vendor-Extra"));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Found)]
    public async Task An_error_body_keeps_only_what_an_error_report_reads(HttpStatusCode status)
    {
        var body = ContentHarness.Body((2 * Cap) + 3);
        var original = Streamed(body);
        using var response = new HttpResponseMessage(status) { Content = original };

        await ResponseBuffer.LoadAsync(response, CancellationToken.None);

        var buffered = Assert.IsType<PooledResponseContent>(response.Content);
        Assert.Equal(Cap, original.Source.Position);
        Assert.True(original.Disposed);

        // The announced length is dropped (the excerpt is shorter); every other content header is kept.
        Assert.Empty(Header(buffered, "Content-Length"));
        Assert.Equal(["application/json; charset=utf-8"], Header(buffered, "Content-Type"));
        Assert.Equal(["en", "de"], Header(buffered, "Content-Language"));
        Assert.Equal(["v"], Header(buffered, "X-Vendor-Extra"));
        Assert.Equal(Cap, buffered.Headers.ContentLength);
        Assert.Equal(body[..Cap], await buffered.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_short_error_body_is_kept_whole()
    {
        var body = ContentHarness.Body(100);
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = Streamed(body) };

        await ResponseBuffer.LoadAsync(response, CancellationToken.None);

        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(100, response.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("opening the stream")]
    [InlineData("reading")]
    [InlineData("closing the stream")]
    public async Task Buffering_never_resumes_on_the_callers_context(string waitingFor)
    {
        // One stage waits (the buffer's await suspends there, on the caller's context); the others are done at once.
        var opened = new TaskCompletionSource();
        var readable = new TaskCompletionSource();
        var closed = new TaskCompletionSource();
        var waiting = waitingFor switch { "opening the stream" => opened, "reading" => readable, _ => closed };
        foreach (var done in new[] { opened, readable, closed }.Where(t => t != waiting))
        {
            done.SetResult();
        }

        var body = ContentHarness.Body(100);
        using var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new GatedContent(body, opened.Task, readable.Task, closed.Task) };

        var context = new CountingContext();
        var loading = context.Start(async () =>
        {
            await ResponseBuffer.LoadAsync(response, CancellationToken.None).ConfigureAwait(false);
            return true;
        });
        Assert.False(loading.IsCompleted);
        waiting.SetResult();
        await loading.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, context.Posts);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
    }

    private static StreamedContent Streamed(byte[] body)
    {
        var content = new StreamedContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        content.Headers.TryAddWithoutValidation("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        content.Headers.TryAddWithoutValidation("Content-Language", ["en", "de"]);
        content.Headers.TryAddWithoutValidation("X-Vendor-Extra", "v");
        return content;
    }

    // What was stored, without computing a length the way Headers.ContentLength would.
    private static string[] Header(HttpContent content, string name) =>
        content.Headers.NonValidated.TryGetValues(name, out var values) ? [.. values] : [];
}
