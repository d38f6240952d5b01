using System.Runtime.CompilerServices;
using AviationApis.Benchmarks.ColdStart;
using AviationApis.Benchmarks.LargeResponses;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AviationApis.Benchmarks;

/// <summary>
/// Entry point. Without <c>--child</c>: BenchmarkDotNet's switcher (<c>--filter '*'</c> runs all four groups).
/// With <c>--child &lt;mode&gt; ...</c>: a measured child process (cold start, peak working set); it never loads
/// BenchmarkDotNet.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks or a child mode.</summary>
    /// <param name="args">Arguments.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "--child")
        {
            return args switch
            {
                [_, "cold-start", var mode, var file] => ColdStartChild.Run(mode, file),
                [_, "peak-ws", var scenario, var method, var file] => PeakWorkingSetProbe.Run(scenario, method, file),
                [_, "alloc"] => Infrastructure.AllocationBreakdown.Run(),
                [_, "alloc-clients"] => Infrastructure.AllocationBreakdown.RunClients(),
                [_, "alloc-floor"] => Infrastructure.StructuralFloor.Run(),
                [_, "write-payload", var file] => WritePayload(file),
                [_, "verify"] => Infrastructure.PipelineSelfCheck.Run(),
                [_, "interleaved"] => PerCall.InterleavedPerCallProbe.Run(200),
                [_, "interleaved-stages"] => PerCall.InterleavedPerCallProbe.RunStages(200),
                [_, "interleaved-large"] => PerCall.InterleavedPerCallProbe.RunLarge(30),
                [_, "inbox-intake"] => Inbox.InboxIntakeProbe.Run(2000),
                [_, "inbox-intake", var count] => Inbox.InboxIntakeProbe.Run(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
                [_, "interleaved", var rounds] => PerCall.InterleavedPerCallProbe.Run(int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
                _ => throw new ArgumentException("Unknown child mode: " + string.Join(' ', args)),
            };
        }

        return RunBenchmarks(args);
    }

    private static int WritePayload(string file)
    {
        File.WriteAllBytes(file, PerCall.CargoAiSearchPerCallBenchmarks.Payload);
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, GlobalConfig());
        Infrastructure.ChildProcess.DeletePayloadFiles();
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }

    /// <summary>The settings every group shares: ratios as values, results next to the project.</summary>
    /// <returns>The config.</returns>
    internal static IConfig GlobalConfig() => DefaultConfig.Instance
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value))
        .WithArtifactsPath(ArtifactsPath());

    // Results go next to the project (tests/AviationApis.Benchmarks/BenchmarkDotNet.Artifacts),
    // not into whatever directory `dotnet run` was started from.
    private static string ArtifactsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AviationApis.Benchmarks.csproj")))
            {
                return Path.Combine(dir.FullName, "BenchmarkDotNet.Artifacts");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
    }
}
