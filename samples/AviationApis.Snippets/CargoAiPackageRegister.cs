using AviationApis.CargoAi;
using AviationApis.CargoAi.DependencyInjection;
using AviationApis.CargoAi.Options;
using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>src/AviationApis.CargoAi/README.md: Register.</summary>
public static class CargoAiPackageRegister
{
    public static ICargoAiClient Run(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, string key, IServiceProvider provider)
    {
        #region Snippet:CargoAiPackageRegister
        services.AddCargoAiClient(configuration.GetSection("CargoAi"));
        // or in code:
        services.AddCargoAiClient(o => { o.ApiKey = key; o.BaseAddress = new Uri(CargoAiClientOptions.DevelopmentBaseAddress); });
        // or named, one per account:
        services.AddCargoAiClient("eu", configuration.GetSection("CargoAi:Eu"));
        var eu = provider.GetRequiredService<ICargoAiClientFactory>().Get("eu");
        #endregion
        return eu;
    }
}
