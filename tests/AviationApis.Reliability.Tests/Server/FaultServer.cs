using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Reliability.Tests.Server;

/// <summary>
/// A programmable fault server: Kestrel on 127.0.0.1, port 0 (loopback only), started and stopped by the tests.
/// Routes are registered per scenario (<see cref="Register"/>), each under its own first path segment, so one server
/// serves many concurrent scenarios. Every wait is bounded by <see cref="StallLimit"/> and the server's shutdown.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    /// <summary>The longest a stall lasts when the client does not give up first.</summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(20);

    private const int MaxRecordedBody = 1024 * 1024;
    private static readonly byte[] LargeChunk = CreateLargeChunk();

    private readonly ConcurrentDictionary<string, FaultRoute> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private int _nextRoute;
    private long _connectionsAccepted;
    private long _connectionsOpen;
    private long _unroutedRequests;

    private FaultServer()
    {
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The port Kestrel bound.</summary>
    public int Port => BaseAddress.Port;

    /// <summary>TCP connections accepted since start.</summary>
    public long ConnectionsAccepted => Interlocked.Read(ref _connectionsAccepted);

    /// <summary>TCP connections currently open.</summary>
    public long ConnectionsOpen => Interlocked.Read(ref _connectionsOpen);

    /// <summary>Every registered route.</summary>
    public IEnumerable<FaultRoute> Routes => _routes.Values;

    /// <summary>Requests that matched no registered route (answered 404).</summary>
    public long UnroutedRequests => Interlocked.Read(ref _unroutedRequests);

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FaultServer> StartAsync()
    {
        var server = new FaultServer();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
            kestrel.Limits.MinResponseDataRate = null;
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listen.Use(next => async connection =>
                {
                    Interlocked.Increment(ref server._connectionsAccepted);
                    Interlocked.Increment(ref server._connectionsOpen);
                    try
                    {
                        await next(connection);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref server._connectionsOpen);
                    }
                });
            });
        });
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        if (!IPAddress.IsLoopback(IPAddress.Parse(server.BaseAddress.Host)))
        {
            throw new InvalidOperationException("The fault server must listen on loopback only.");
        }

        return server;
    }

    /// <summary>
    /// Registers a scenario: attempt <c>n</c> gets <paramref name="steps"/>[n-1], later attempts <paramref name="then"/>.
    /// </summary>
    /// <param name="steps">The first answers.</param>
    /// <param name="then">Every later answer (default: the good body).</param>
    /// <param name="goodBody">The good body.</param>
    /// <param name="wrongShapeBody">The wrong-shape body.</param>
    /// <param name="goodContentType">The good body's content type.</param>
    /// <param name="name">A readable part of the route id.</param>
    /// <param name="setup">Which requests are scripted and what the others get.</param>
    public FaultRoute Register(IReadOnlyList<FaultStep> steps, FaultStep? then = null, string goodBody = "{}", string wrongShapeBody = "[1,2,3]", string goodContentType = "application/json", string name = "s", RouteSetup? setup = null)
    {
        var id = $"{Sanitize(name)}-{Interlocked.Increment(ref _nextRoute).ToString(CultureInfo.InvariantCulture)}";
        var route = new FaultRoute(BaseAddress, id, steps, then ?? FaultStep.Good, goodBody, wrongShapeBody, goodContentType, setup);
        _routes[id] = route;
        return route;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }

    private static string Sanitize(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return text.ToString();
    }

    private static byte[] CreateLargeChunk()
    {
        var chunk = new byte[64 * 1024];
        Encoding.ASCII.GetBytes("%PDF-1.7\n").CopyTo(chunk, 0);
        for (var i = 9; i < chunk.Length; i++)
        {
            chunk[i] = (byte)('a' + (i % 26));
        }

        return chunk;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var end = path.IndexOf('/', 1);
        var id = end < 0 ? path.Trim('/') : path[1..end];
        if (!_routes.TryGetValue(id, out var route))
        {
            Interlocked.Increment(ref _unroutedRequests);
            context.Response.StatusCode = 404;
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var aborted = linked.Token;
        var subPath = path[(route.Prefix.Length - 1)..];
        if (route.Setup.ScriptedPath is { } scripted && !subPath.EndsWith(scripted, StringComparison.Ordinal))
        {
            var setupBody = await ReadBodyAsync(context.Request, aborted);
            route.RecordSetup(new SeenRequest(0, context.Request.Method, subPath + context.Request.QueryString, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), setupBody, DateTimeOffset.UtcNow, FaultKind.Good));
            var fixture = route.Setup.Bodies?.FirstOrDefault(b => subPath.EndsWith(b.Key, StringComparison.Ordinal)).Value;
            await WriteAsync(context.Response, fixture is null ? 404 : 200, "application/json", Encoding.UTF8.GetBytes(fixture ?? "{}"), aborted);
            return;
        }

        var (attempt, step) = route.Next();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var body = await ReadBodyAsync(context.Request, aborted);
        route.Record(new SeenRequest(attempt, context.Request.Method, subPath + context.Request.QueryString, headers, body, DateTimeOffset.UtcNow, step.Kind));
        try
        {
            await AnswerAsync(context, route, step, headers, body, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            context.Abort();
        }
        catch (IOException)
        {
            // The client went away while we wrote: nothing to do.
            context.Abort();
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length < MaxRecordedBody)
                {
                    buffer.Write(chunk, 0, read);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            // A broken request body is recorded as far as it came.
        }

        return buffer.ToArray();
    }

    private static async Task AnswerAsync(HttpContext context, FaultRoute route, FaultStep step, IReadOnlyDictionary<string, string> requestHeaders, byte[] requestBody, CancellationToken aborted)
    {
        var response = context.Response;
        var good = Encoding.UTF8.GetBytes(route.GoodBody);
        switch (step.Kind)
        {
            case FaultKind.Good:
                await route.ArriveAsync(aborted);
                foreach (var (name, value) in route.Setup.GoodHeaders ?? new Dictionary<string, string>())
                {
                    response.Headers[name] = value;
                }

                await WriteAsync(response, route.Setup.GoodStatus, route.GoodContentType, good, aborted);
                return;

            case FaultKind.Status:
                foreach (var (name, value) in step.Headers ?? new Dictionary<string, string>())
                {
                    response.Headers[name] = value;
                }

                var text = (step.Body ?? string.Empty).Replace("{echo-body}", Encoding.UTF8.GetString(requestBody), StringComparison.Ordinal);
                await WriteAsync(response, step.StatusCode, step.ContentType, Encoding.UTF8.GetBytes(Echo(text, requestHeaders)), aborted);
                return;

            case FaultKind.TooManyRequestsUntilDate:
                response.Headers.RetryAfter = (DateTimeOffset.UtcNow + step.Delay).ToString("R", CultureInfo.InvariantCulture);
                await WriteAsync(response, 429, step.ContentType, Encoding.UTF8.GetBytes(step.Body ?? string.Empty), aborted);
                return;

            case FaultKind.AbortBeforeResponse:
                context.Abort();
                return;

            case FaultKind.AbortAfterHeaders:
                response.StatusCode = 200;
                response.ContentType = route.GoodContentType;
                response.ContentLength = good.Length;
                await response.StartAsync(aborted);
                await response.Body.FlushAsync(aborted);
                await Task.Delay(50, aborted);
                context.Abort();
                return;

            case FaultKind.AbortMidBody:
                await WriteHalfAsync(response, route, good, aborted);
                await Task.Delay(50, aborted);
                context.Abort();
                return;

            case FaultKind.StallBeforeHeaders:
                await Task.Delay(StallLimit, aborted);
                context.Abort();
                return;

            case FaultKind.StallMidBody:
                await WriteHalfAsync(response, route, good, aborted);
                await Task.Delay(StallLimit, aborted);
                context.Abort();
                return;

            case FaultKind.TruncatedJson:
                await WriteAsync(response, 200, route.GoodContentType, good[..Math.Max(1, good.Length / 2)], aborted);
                return;

            case FaultKind.EmptyBody:
                await WriteAsync(response, 200, route.GoodContentType, [], aborted);
                return;

            case FaultKind.WrongShape:
                await WriteAsync(response, 200, "application/json", Encoding.UTF8.GetBytes(route.WrongShapeBody), aborted);
                return;

            case FaultKind.LargeBody:
                response.StatusCode = 200;
                response.ContentType = step.ContentType;
                response.ContentLength = step.LargeBodyBytes;
                for (var left = step.LargeBodyBytes; left > 0; left -= LargeChunk.Length)
                {
                    await response.Body.WriteAsync(LargeChunk.AsMemory(0, (int)Math.Min(left, LargeChunk.Length)), aborted);
                }

                return;

            case FaultKind.AnnounceLargeThenAbort:
                response.StatusCode = 200;
                response.ContentType = route.GoodContentType;
                response.ContentLength = step.LargeBodyBytes;
                await response.Body.WriteAsync(LargeChunk.AsMemory(0, 1024), aborted);
                await response.Body.FlushAsync(aborted);
                await Task.Delay(100, aborted);
                context.Abort();
                return;

            default:
                throw new InvalidOperationException("Unknown fault " + step.Kind);
        }
    }

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, byte[] body, CancellationToken aborted)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, aborted);
    }

    private static async Task WriteHalfAsync(HttpResponse response, FaultRoute route, byte[] good, CancellationToken aborted)
    {
        response.StatusCode = 200;
        response.ContentType = route.GoodContentType;
        response.ContentLength = good.Length;
        await response.Body.WriteAsync(good.AsMemory(0, good.Length / 2), aborted);
        await response.Body.FlushAsync(aborted);
    }

    private static string Echo(string body, IReadOnlyDictionary<string, string> headers)
    {
        var text = body;
        for (var start = text.IndexOf("{echo:", StringComparison.Ordinal); start >= 0; start = text.IndexOf("{echo:", StringComparison.Ordinal))
        {
            var close = text.IndexOf('}', start);
            var name = text[(start + 6)..close];
            var value = headers.TryGetValue(name, out var v) ? v.Replace("\"", string.Empty, StringComparison.Ordinal) : string.Empty;
            text = text[..start] + value + text[(close + 1)..];
        }

        return text;
    }
}
