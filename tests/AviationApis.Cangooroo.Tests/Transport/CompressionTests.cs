using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AviationApis.Cangooroo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Cangooroo.Tests.Transport;

/// <summary>GZip is undone by the default primary handler, so this runs over a local loopback listener, not MockHttp.</summary>
public sealed class CompressionTests
{
    [Fact]
    public async Task Gzip_body_with_a_BOM_is_read_over_real_http()
    {
        var port = FreePort();
        var prefix = $"http://127.0.0.1:{port}/some/prefix/";
        using var listener = new HttpListener();
        listener.Prefixes.Add(prefix);
        listener.Start();
        var served = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var acceptEncoding = context.Request.Headers["Accept-Encoding"];
            var path = context.Request.Url!.AbsolutePath;
            var payload = Encoding.UTF8.GetBytes(CangoorooHarness.Payload("search-response.json"));
            using var compressed = new MemoryStream();
            await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.Preamble.ToArray());
                await gzip.WriteAsync(payload);
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.AddHeader("Content-Encoding", "gzip");
            context.Response.ContentLength64 = compressed.Length;
            await context.Response.OutputStream.WriteAsync(compressed.ToArray());
            context.Response.Close();
            return (acceptEncoding, path);
        });

        var services = new ServiceCollection();
        services.AddCangoorooClient(o =>
        {
            o.BaseAddress = new Uri(prefix);
            o.Username = "u";
            o.Password = "p-secret";
            o.Pipeline.MaxRetryAttempts = 0;
        });
        await using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<ICangoorooFlightClient>().SearchAsync(CangoorooHarness.SeedCriteria);
        var (acceptEncoding, path) = await served;

        Assert.Equal(2, result.Solutions.Count);
        Assert.Contains("gzip", acceptEncoding, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/some/prefix/ws/Rest/Flight.svc/Search", path);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
