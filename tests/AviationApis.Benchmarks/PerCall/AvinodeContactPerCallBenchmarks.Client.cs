using AviationApis.Avinode.SchedAero;
using AviationApis.Benchmarks.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;

namespace AviationApis.Benchmarks.PerCall;

/// <summary>Phase 2: the real Avinode/SchedAero client (AviationApis.Avinode) on the same handler.</summary>
public partial class AvinodeContactPerCallBenchmarks
{
    private ServiceProvider _avinodeServices = null!;
    private ISchedAeroClient _schedAero = null!;

    /// <summary>The SchedAero client's GetPersonAsync: all Avinode headers signed, envelope read, typed result.</summary>
    /// <returns>The contact's first name.</returns>
    [Benchmark(Description = "AviationApis.Avinode client")]
    public async Task<string?> AvinodeClient()
    {
        var response = await _schedAero.GetPersonAsync(ClientRequests.Contact).ConfigureAwait(false);
        return response.Data?.FirstName;
    }

    partial void PhaseTwoSetup()
    {
        _avinodeServices = ClientHosts.Avinode(_handler);
        _schedAero = _avinodeServices.SchedAeroClient();
    }

    partial void PhaseTwoCleanup() => _avinodeServices.Dispose();
}
