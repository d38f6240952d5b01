using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Boundaries;

/// <summary>
/// One origin for the boundary tests: Kestrel on 127.0.0.1, port 0. It counts every TCP connection it accepts and
/// records every request (method, path and query, headers, body) before the test's <see cref="Handler"/> answers, so a
/// test can prove that nothing — not even a connection — reached it.
/// </summary>
public sealed class OriginServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<SeenCall> _seen = new();
    private WebApplication? _app;
    private long _connections;

    private OriginServer()
    {
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Root { get; private set; } = null!;

    /// <summary>The port.</summary>
    public int Port => Root.Port;

    /// <summary>Answers a request; the default is 404.</summary>
    public Func<HttpContext, Task> Handler { get; set; } = NotFound;

    /// <summary>Every request received since the last <see cref="Reset"/>.</summary>
    public IReadOnlyList<SeenCall> Seen => [.. _seen];

    /// <summary>TCP connections accepted since the last <see cref="Reset"/>.</summary>
    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<OriginServer> StartAsync()
    {
        var server = new OriginServer();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.Use(next => connection =>
                {
                    Interlocked.Increment(ref server._connections);
                    return next(connection);
                });
            });
        });
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Root = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Forgets what was seen and restores the 404 handler.</summary>
    public void Reset()
    {
        _seen.Clear();
        Interlocked.Exchange(ref _connections, 0);
        Handler = NotFound;
    }

    /// <summary>Writes a body of <paramref name="length"/> bytes (announced in Content-Length) until done or the client goes away.</summary>
    public static async Task WriteLargeAsync(HttpContext context, int status, long length)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = length;
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        chunk[0] = (byte)'"';
        try
        {
            for (long sent = 0; sent < length && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                var count = (int)Math.Min(chunk.Length, length - sent);
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, count), context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client stopped reading and closed the connection: that is what the test wants to see.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _seen.Enqueue(new SeenCall(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body.ToArray()));
        await Handler(context);
    }
}

/// <summary>A request an <see cref="OriginServer"/> received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path and query.</param>
/// <param name="Headers">The headers.</param>
/// <param name="Body">The body bytes.</param>
public sealed record SeenCall(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>A header's value, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}

/// <summary>Two origins on 127.0.0.1 (two ports): the client is configured for <see cref="Home"/>; <see cref="Foreign"/> must never hear from it.</summary>
public sealed class TwoOriginsFixture : IAsyncLifetime
{
    /// <summary>The configured origin.</summary>
    public OriginServer Home { get; private set; } = null!;

    /// <summary>Another origin: same host, another port.</summary>
    public OriginServer Foreign { get; private set; } = null!;

    /// <summary>Clears both servers before a test.</summary>
    public void Reset()
    {
        Home.Reset();
        Foreign.Reset();
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Home = await OriginServer.StartAsync();
        Foreign = await OriginServer.StartAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Home.DisposeAsync();
        await Foreign.DisposeAsync();
    }
}
