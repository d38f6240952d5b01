using AviationApis.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>README.md, Embedded sandbox: in process.</summary>
public static class SandboxInProcess
{
    public static AviationSandbox Run(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration config)
    {
        #region Snippet:SandboxInProcess
        var sandbox = new AviationSandbox();
        services.AddCargoAiClient(config.GetSection("CargoAi")).UseCargoAiSandbox(sandbox);
        services.AddCangoorooClient(config.GetSection("Cangooroo")).UseCangoorooSandbox(sandbox);
        services.AddAvinodeClient(config.GetSection("Avinode")).UseAvinodeSandbox(sandbox);
        #endregion
        return sandbox;
    }
}
