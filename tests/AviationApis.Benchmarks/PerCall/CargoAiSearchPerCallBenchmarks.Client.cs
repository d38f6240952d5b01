using AviationApis.Benchmarks.Infrastructure;
using AviationApis.CargoAi;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Benchmarks.PerCall;

/// <summary>Phase 2: the real CargoAi client (AviationApis.CargoAi) on the same handler.</summary>
public partial class CargoAiSearchPerCallBenchmarks
{
    private ServiceProvider _cargoAiServices = null!;
    private ICargoAiClient _cargoAi = null!;

    /// <summary>The CargoAi client's SearchAsync: validation, the full default pipeline, typed deserialization.</summary>
    /// <returns>The number of flights.</returns>
    [Benchmark(Description = "AviationApis.CargoAi client")]
    public async Task<int> CargoAiClient()
    {
        var response = await _cargoAi.Search.SearchAsync(ClientRequests.CargoAiSearch).ConfigureAwait(false);
        return response.Flights?.Count ?? 0;
    }

    partial void PhaseTwoSetup()
    {
        _cargoAiServices = ClientHosts.CargoAi(_handler);
        _cargoAi = _cargoAiServices.CargoAiClient();
    }

    partial void PhaseTwoCleanup() => _cargoAiServices.Dispose();
}
