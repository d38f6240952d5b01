using System.Net;
using AviationApis.Core.Http;
using AviationApis.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>
/// Child mode <c>--child verify</c>: checks that the pooled response buffer returns exactly the bytes the server sent
/// (one segment, many segments, unknown length), can be read again, and refuses reads after disposal. Run it after
/// changing the pipeline's buffering; it is a guard for the benchmark's own measurements, not a replacement for the
/// Core tests.
/// </summary>
internal static class PipelineSelfCheck
{
    private static readonly ApiOperation Read = new("Check.Read", Idempotency.Idempotent);

    public static int Run()
    {
        var failures = 0;
        foreach (var (size, knownLength) in new[] { (0, true), (1, true), (2_647, true), (1_048_575, true), (1_048_576, true), (3_500_001, true), (70_000, false), (5_000_000, false) })
        {
            var body = new byte[size];
            new Random(size).NextBytes(body);
            var handler = new ChunkedHandler(body, knownLength);
            var services = new ServiceCollection();
            services.AddHttpClient("Check")
                .AddAviationPipeline(_ => new AviationPipelineSettings { ClientName = "Check", AllowedBaseAddresses = [new("http://127.0.0.1:5000/some/prefix/")], Options = new AviationPipelineOptions() })
                .ConfigurePrimaryHttpMessageHandler(() => handler);
            using var provider = services.BuildServiceProvider();
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("Check");
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:5000/some/prefix/x").SetOperation(Read);
            var response = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            var first = ReadAll(response.Content.ReadAsStream());
            var second = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
            var ok = first.AsSpan().SequenceEqual(body) && second.AsSpan().SequenceEqual(body)
                     && response.Content.Headers.ContentLength == size && response.Content.GetType().Name == "PooledResponseContent";
            var stream = response.Content.ReadAsStream();
            response.Dispose();
            var disposedRefused = false;
            try
            {
                stream.ReadByte();
            }
            catch (ObjectDisposedException)
            {
                disposedRefused = true;
            }

            ok &= disposedRefused || size == 0;
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {size,9} bytes, length {(knownLength ? "known" : "unknown")}");
            failures += ok ? 0 : 1;
        }

        return failures == 0 ? 0 : 1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Serves a body in odd-sized reads (7 KiB + 1), with or without a Content-Length.</summary>
    private sealed class ChunkedHandler(byte[] body, bool knownLength) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new OddReadStream(body));
            if (knownLength)
            {
                content.Headers.ContentLength = body.Length;
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    private sealed class OddReadStream(byte[] body) : MemoryStream(body, writable: false)
    {
        public override bool CanSeek => false;

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7 * 1024 + 1)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }
}
