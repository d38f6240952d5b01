using BenchmarkDotNet.Attributes;

namespace AviationApis.Benchmarks.ColdStart;

/// <summary>Phase 2: a fresh process whose first typed call is the real CargoAi client's SearchAsync.</summary>
public partial class ColdStartBenchmarks
{
    /// <summary>A fresh process: AddCargoAiClient, build the container, resolve the client, SearchAsync.</summary>
    [Benchmark(Description = "AviationApis.CargoAi client")]
    public void CargoAiClient() => Run(ColdStartChild.CargoAiClient);
}

/// <summary>The client mode of the cold-start child.</summary>
internal static partial class ColdStartChild
{
    public const string CargoAiClient = "cargoai-client";

    static partial void RunPhaseTwo(string mode, byte[] payload, ref int flights)
    {
        if (mode == CargoAiClient)
        {
            flights = RunCargoAiClient(payload);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int RunCargoAiClient(byte[] payload)
    {
        using var services = Infrastructure.ClientHosts.CargoAi(new Infrastructure.CannedResponseHandler(payload));
        var response = Infrastructure.ClientHosts.CargoAiClient(services).Search.SearchAsync(Infrastructure.ClientRequests.CargoAiSearch).GetAwaiter().GetResult();
        return response.Flights?.Count ?? 0;
    }
}
