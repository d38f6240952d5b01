namespace AviationApis.Reliability.Tests.Server;

/// <summary>One fault server shared by the tests of a class; stopped when they are done.</summary>
public sealed class FaultServerFixture : IAsyncLifetime
{
    /// <summary>The server.</summary>
    public FaultServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await FaultServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
