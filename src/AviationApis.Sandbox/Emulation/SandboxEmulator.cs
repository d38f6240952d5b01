using System.Net;
using AviationApis.Sandbox.Faults;

namespace AviationApis.Sandbox.Emulation;

/// <summary>
/// A stateful emulator of one API: maps an <see cref="HttpRequestMessage"/> to an <see cref="HttpResponseMessage"/> with
/// the vendor's wire format, routing by path suffix relative to whatever base address the client used. Thread-safe.
/// </summary>
public abstract class SandboxEmulator
{
    private readonly SandboxFaults faults;

    private protected SandboxEmulator(SandboxApi api, SandboxFaults faults, TimeProvider timeProvider)
    {
        Api = api;
        this.faults = faults;
        TimeProvider = timeProvider;
    }

    /// <summary>The API this emulator speaks.</summary>
    public SandboxApi Api { get; }

    /// <summary>The server clock (timestamps, token lifetimes, rate-limit windows).</summary>
    private protected TimeProvider TimeProvider { get; }

    private protected object Gate { get; } = new();

    private protected abstract RouteTable Routes { get; }

    /// <summary>Creates an <see cref="HttpMessageHandler"/> that answers every request from this emulator (no network).</summary>
    /// <returns>A new handler; all handlers of one emulator share its state.</returns>
    public HttpMessageHandler CreateHandler() => new SandboxHttpMessageHandler(this);

    /// <summary>Answers one request, as the vendor's server would.</summary>
    /// <param name="request">The request; its URI must be absolute.</param>
    /// <param name="cancellationToken">Cancels the call (also cancels injected latency).</param>
    /// <returns>The response.</returns>
    /// <exception cref="HttpRequestException">Fault injection dropped the connection.</exception>
    public async Task<HttpResponseMessage> HandleAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            throw new ArgumentException("The request URI must be absolute.", nameof(request));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        request.Options.TryGetValue(HostedPrefix.Key, out var hosted);
        var match = Routes.Match(request.Method, uri, out var methodNotAllowed, hosted);
        HttpResponseMessage response;
        if (match is null)
        {
            response = NoRoute(request, methodNotAllowed ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.NotFound);
        }
        else
        {
            var call = new EmulatorRequest(request, match, body);
            var fault = faults.Take(Api, call.Operation);
            if (fault.Latency > TimeSpan.Zero)
            {
                await Task.Delay(fault.Latency, TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (fault.Drop)
            {
                throw SandboxConnectionDropped.Create();
            }

            if (fault.Status is { } status)
            {
                response = Fault(call, status);
                if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
                {
                    response.Headers.TryAddWithoutValidation("Retry-After", "1");
                }
            }
            else
            {
                lock (Gate)
                {
                    response = Handle(call);
                }
            }
        }

        response.RequestMessage = request;
        return response;
    }

    private protected abstract HttpResponseMessage Handle(EmulatorRequest request);

    private protected abstract HttpResponseMessage Fault(EmulatorRequest request, HttpStatusCode status);

    private protected abstract HttpResponseMessage NoRoute(HttpRequestMessage request, HttpStatusCode status);
}
