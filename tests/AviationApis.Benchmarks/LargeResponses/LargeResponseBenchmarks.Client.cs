using AviationApis.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Benchmarks.LargeResponses;

/// <summary>Phase 2: the real clients (Cangooroo SearchAsync, CargoAi SearchAsync) on the same handler.</summary>
public partial class LargeResponseBenchmarks
{
    private ServiceProvider? _clientServices;

    /// <summary>The scenario's real client: AviationApis.Cangooroo or AviationApis.CargoAi.</summary>
    /// <returns>The number of solutions or flights.</returns>
    [Benchmark(Description = "AviationApis client (Cangooroo / CargoAi)")]
    public async Task<int> TypedClient()
    {
        if (Scenario == Cangooroo)
        {
            var result = await _clientServices!.CangoorooClient().SearchAsync(ClientRequests.CangoorooSearch).ConfigureAwait(false);
            return result.Solutions.Count;
        }

        var response = await _clientServices!.CargoAiClient().Search.SearchAsync(ClientRequests.CargoAiSearch).ConfigureAwait(false);
        return response.Flights?.Count ?? 0;
    }

    partial void PhaseTwoSetup() =>
        _clientServices = Scenario == Cangooroo ? ClientHosts.Cangooroo(_handler) : ClientHosts.CargoAi(_handler);

    partial void PhaseTwoCleanup() => _clientServices?.Dispose();
}
