using AviationApis.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>src/AviationApis.Sandbox/README.md: In process.</summary>
public static class SandboxPackageInProcess
{
    public static AviationSandbox Run(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        #region Snippet:SandboxPackageInProcess
        var sandbox = new AviationSandbox();                       // one stateful world
        services.AddCargoAiClient(configuration.GetSection("CargoAi")).UseCargoAiSandbox(sandbox);
        services.AddCangoorooClient(configuration.GetSection("Cangooroo")).UseCangoorooSandbox(sandbox);
        services.AddAvinodeClient(configuration.GetSection("Avinode")).UseAvinodeSandbox(sandbox);
        #endregion
        return sandbox;
    }
}
