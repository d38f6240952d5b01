using AviationApis.CargoAi;
using AviationApis.CargoAi.DependencyInjection;
using AviationApis.CargoAi.Options;
using Microsoft.Extensions.DependencyInjection;

namespace Snippets;

/// <summary>README.md, CargoAi: Registration.</summary>
public static class CargoAiRegistration
{
    public static ICargoAiClient Run(IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, AppSecrets secrets, IServiceProvider provider)
    {
        #region Snippet:CargoAiRegistration
        // appsettings.json: { "CargoAi": { "ApiKey": "...", "BaseAddress": "https://api.dev.cargoai.co/solutions/" } }
        services.AddCargoAiClient(configuration.GetSection("CargoAi"));

        // or in code
        services.AddCargoAiClient(o =>
        {
            o.ApiKey = secrets.CargoAiKey;                               // sent as x-api-key, never logged
            o.BaseAddress = new Uri(CargoAiClientOptions.DevelopmentBaseAddress); // default: ProductionBaseAddress
        });

        // several accounts: named registrations, resolved through ICargoAiClientFactory
        services.AddCargoAiClient("eu", configuration.GetSection("CargoAi:Eu"));
        var eu = provider.GetRequiredService<ICargoAiClientFactory>().Get("eu");
        #endregion
        return eu;
    }
}
