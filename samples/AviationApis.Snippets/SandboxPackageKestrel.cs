using AviationApis.Sandbox.Hosting;

namespace Snippets;

/// <summary>src/AviationApis.Sandbox/README.md: Out of process.</summary>
public static class SandboxPackageKestrel
{
    public static async Task RunAsync()
    {
        #region Snippet:SandboxPackageKestrel
        await using var server = await AviationSandboxServer.StartAsync();   // 127.0.0.1, a free port
        Console.WriteLine(server.CargoAiBaseAddress);     // http://127.0.0.1:PORT/cargoai/solutions/
        Console.WriteLine(server.CangoorooBaseAddress);   // http://127.0.0.1:PORT/cangooroo/  (ws/Rest/Flight.svc/...)
        Console.WriteLine(server.SchedAeroBaseAddress);   // http://127.0.0.1:PORT/schedaero/api/
        Console.WriteLine(server.AvinodeBaseAddress);     // http://127.0.0.1:PORT/avinode/api/  (webhook settings)
        #endregion
    }
}
