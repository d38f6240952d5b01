namespace AviationApis.Sandbox.Emulation;

/// <summary>An in-process handler answering from an emulator: no sockets, asynchronous, honours cancellation.</summary>
internal sealed class SandboxHttpMessageHandler(SandboxEmulator emulator) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        emulator.HandleAsync(request, cancellationToken);
}
