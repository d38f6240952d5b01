using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Cangooroo.DependencyInjection;

/// <summary>Resolves named connections from their keyed registrations.</summary>
internal sealed class CangoorooFlightClientFactory(IServiceProvider services) : ICangoorooFlightClientFactory
{
    public ICangoorooFlightClient Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0
            ? services.GetService<ICangoorooFlightClient>() ?? throw new InvalidOperationException("No unnamed Cangooroo connection is registered.")
            : services.GetKeyedService<ICangoorooFlightClient>(name) ?? throw new InvalidOperationException($"No Cangooroo connection is registered under the name '{name}'.");
    }
}
