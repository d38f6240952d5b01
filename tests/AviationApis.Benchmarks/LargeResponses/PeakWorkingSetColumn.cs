using System.Globalization;
using AviationApis.Benchmarks.Infrastructure;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AviationApis.Benchmarks.LargeResponses;

/// <summary>
/// "Peak WS": for each case, <see cref="Runs"/> fresh child processes run <see cref="PeakWorkingSetProbe"/> (one call
/// each); the column shows the median peak working set above the baseline, and that as a multiple of the payload.
/// </summary>
internal sealed class PeakWorkingSetColumn : SimpleColumn
{
    public const int Runs = 5;

    public PeakWorkingSetColumn()
        : base("Peak WS", $"Median over {Runs} fresh processes of the peak working set above the pre-call baseline during one call (MB, and x payload size); the payload size; the size of the deserialized object graph alone (mirror models, live after a full GC)")
    {
    }

    protected override string Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        var scenario = (string)benchmarkCase.Parameters["Scenario"];
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var file = ChildProcess.PayloadFile(scenario.Split(' ')[0], () => LargeResponseBenchmarks.CreatePayload(scenario));
        var deltas = new List<double>();
        double payload = 0, graph = 0;
        for (var i = 0; i < Runs; i++)
        {
            var values = ChildProcess.Run("peak-ws", scenario, method, file);
            deltas.Add(values["delta"]);
            payload = values["payload"];
            graph = values["graph"];
        }

        var median = ChildProcess.Median(deltas);
        return string.Create(CultureInfo.InvariantCulture, $"{median / 1e6:0.0} MB = {median / payload:0.00}x payload ({payload / 1e6:0.0} MB; graph {graph / 1e6:0.0} MB)");
    }
}

/// <summary>Adds the peak-working-set column.</summary>
internal sealed class LargeResponseConfig : ManualConfig
{
    public LargeResponseConfig() => AddColumn(new PeakWorkingSetColumn());
}
