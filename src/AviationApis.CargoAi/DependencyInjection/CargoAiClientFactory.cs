using System.Collections.Concurrent;
using AviationApis.CargoAi.Options;
using AviationApis.CargoAi.Transport;
using AviationApis.Core.Redaction;
using Microsoft.Extensions.Options;

namespace AviationApis.CargoAi.DependencyInjection;

/// <summary>Creates one client per registration name, lazily.</summary>
internal sealed class CargoAiClientFactory(
    IHttpClientFactory httpClientFactory,
    IOptionsMonitor<CargoAiClientOptions> options,
    TimeProvider time,
    IEnumerable<CargoAiRegistration> registrations) : ICargoAiClientFactory
{
    private readonly HashSet<string> _names = new(registrations.Select(r => r.Name), StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CargoAiClient> _clients = new(StringComparer.Ordinal);

    public ICargoAiClient Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_names.Contains(name))
        {
            throw new InvalidOperationException($"No CargoAi client is registered under the name '{name}'. Call services.AddCargoAiClient(\"{name}\", ...) first.");
        }

        return _clients.GetOrAdd(name, Create);
    }

    private CargoAiClient Create(string name)
    {
        var current = options.Get(name); // validates
        var transport = new CargoAiTransport(
            httpClientFactory,
            CargoAiHttpClientNames.For(name),
            () => options.Get(name),
            new Redactor([current.ApiKey]),
            time);
        return new CargoAiClient(transport);
    }
}
