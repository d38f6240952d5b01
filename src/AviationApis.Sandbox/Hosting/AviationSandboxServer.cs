using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Sandbox.Hosting;

/// <summary>
/// A sandbox hosted on Kestrel on 127.0.0.1, for out-of-process use (other processes, other languages, your tools).
/// The APIs are served under fixed prefixes (<see cref="SandboxPrefixes"/>); the base addresses below are the ones to
/// configure in a client. Dispose to stop.
/// </summary>
public sealed class AviationSandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private AviationSandboxServer(WebApplication app, AviationSandbox sandbox, Uri baseAddress)
    {
        this.app = app;
        Sandbox = sandbox;
        BaseAddress = baseAddress;
    }

    /// <summary>The world this server serves (fault injection, options).</summary>
    public AviationSandbox Sandbox { get; }

    /// <summary>The server root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The CargoAi base address (<c>{root}/cargoai/solutions/</c>).</summary>
    public Uri CargoAiBaseAddress => new(BaseAddress, SandboxPrefixes.CargoAi);

    /// <summary>The Cangooroo base address (<c>{root}/cangooroo/</c>; the client appends <c>ws/Rest/Flight.svc/…</c>).</summary>
    public Uri CangoorooBaseAddress => new(BaseAddress, SandboxPrefixes.Cangooroo);

    /// <summary>The SchedAero base address (<c>{root}/schedaero/api/</c>).</summary>
    public Uri SchedAeroBaseAddress => new(BaseAddress, SandboxPrefixes.SchedAero);

    /// <summary>The Avinode base address, where webhook settings live (<c>{root}/avinode/api/</c>).</summary>
    public Uri AvinodeBaseAddress => new(BaseAddress, SandboxPrefixes.Avinode);

    /// <summary>Starts a new sandbox world on Kestrel.</summary>
    /// <param name="options">Port (0 = any free port) and the world's options.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static Task<AviationSandboxServer> StartAsync(AviationSandboxServerOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(new AviationSandbox(options?.Sandbox), options, cancellationToken);

    /// <summary>Serves an existing sandbox world on Kestrel (e.g. to share it with in-process clients).</summary>
    /// <param name="sandbox">The world to serve.</param>
    /// <param name="options">The port (0 = any free port); <see cref="AviationSandboxServerOptions.Sandbox"/> is ignored.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<AviationSandboxServer> StartAsync(AviationSandbox sandbox, AviationSandboxServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var port = options?.Port ?? 0;
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535, nameof(options));
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.UseAviationSandbox(sandbox);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new AviationSandboxServer(app, sandbox, new Uri(address.TrimEnd('/') + "/", UriKind.Absolute));
    }

    /// <summary>Stops accepting requests and closes the connections.</summary>
    /// <param name="cancellationToken">Makes the stop ungraceful.</param>
    /// <returns>A task completing when stopped.</returns>
    public Task StopAsync(CancellationToken cancellationToken = default) => app.StopAsync(cancellationToken);

    /// <summary>Stops the server and releases it.</summary>
    /// <returns>A task completing when disposed.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Describes the server by its address.</summary>
    /// <returns>The root address.</returns>
    public override string ToString() => $"AviationSandboxServer {BaseAddress}";
}
