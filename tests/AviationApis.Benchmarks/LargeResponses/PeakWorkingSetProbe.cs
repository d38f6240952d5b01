using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using AviationApis.Benchmarks.Payloads;

namespace AviationApis.Benchmarks.LargeResponses;

/// <summary>
/// Child mode <c>--child peak-ws &lt;scenario&gt; &lt;method&gt; &lt;payload file&gt;</c>: a fresh process reads the
/// payload (one array: the in-memory server's bytes), builds the contenders, collects garbage, resets the kernel's
/// peak-RSS mark (<c>/proc/self/clear_refs</c>, Linux), records the working set, makes ONE call, and prints the peak
/// working set above that baseline. The baseline already holds the canned payload, so the delta is what handling
/// the response costs: buffers, the deserialized object graph, garbage not yet collected, JIT code.
/// </summary>
internal static class PeakWorkingSetProbe
{
    public static int Run(string scenario, string method, string payloadFile)
    {
        var payload = File.ReadAllBytes(payloadFile);
        var benchmarks = new LargeResponseBenchmarks { Scenario = scenario };
        benchmarks.Setup(payload);
        var call = typeof(LargeResponseBenchmarks).GetMethod(method, BindingFlags.Public | BindingFlags.Instance)
                   ?? throw new InvalidOperationException($"No benchmark method {method}.");

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var reset = TryResetPeak();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;

        var result = ((Task<int>)call.Invoke(benchmarks, null)!).GetAwaiter().GetResult();

        process.Refresh();
        var peak = process.PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline={baseline}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak={peak}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"delta={peak - baseline}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"payload={payload.Length}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reset={(reset ? 1 : 0)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"items={result}"));

        // After the peak is read: how big the deserialized graph itself is (mirror models, live after a full GC).
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var json = payload.AsSpan(payload.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0);
        object graph = scenario == LargeResponseBenchmarks.Cangooroo
            ? JsonSerializer.Deserialize(json, PascalCaseJsonContext.Instance.CangoorooSearchResponse)!
            : JsonSerializer.Deserialize(json, CamelCaseJsonContext.Instance.CargoSearchResponse)!;
        var graphBytes = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(graph);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph={graphBytes}"));
        GC.KeepAlive(payload);
        return 0;
    }

    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }
}
