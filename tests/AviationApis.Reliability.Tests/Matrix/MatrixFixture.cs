using System.Diagnostics;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Telemetry;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>
/// Runs the whole fault matrix once per test run (every target, every cell, several cells at a time against one fault
/// server) and keeps the results for the per-cell tests, the document test and the secret scan.
/// </summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    /// <summary>Cells running at once. Most cells wait on timers or sockets, not the CPU.</summary>
    public const int Parallelism = 8;

    private readonly Dictionary<string, CellResult> _results = new(StringComparer.Ordinal);

    /// <summary>The fault server.</summary>
    public FaultServer Server { get; private set; } = null!;

    /// <summary>Logs, exceptions and activities of the whole matrix.</summary>
    public TelemetryCapture Capture { get; } = new();

    /// <summary>Every result, in document order.</summary>
    public IReadOnlyList<CellResult> Results { get; private set; } = [];

    /// <summary>Wall time of the whole matrix.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>The key of a cell.</summary>
    public static string Key(string target, string row, OperationClass operation) => $"{target}|{row}|{operation}";

    /// <summary>The result of one cell.</summary>
    public CellResult Get(string target, string row, OperationClass operation) => _results[Key(target, row, operation)];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Server = await FaultServer.StartAsync();
        using var gate = new SemaphoreSlim(Parallelism);
        var watch = Stopwatch.StartNew();

        // Warm-up (not part of the matrix): JIT-compile Kestrel, the pipeline and each client once, so a cold start on a
        // 2-core machine does not eat the first stall cells' 3 s attempt budget.
        foreach (var target in MatrixTargets.All)
        {
            await MatrixRunner.WarmUpAsync(Server, target, Capture);
        }

        var perTarget = await Task.WhenAll(MatrixTargets.All.Select(t => MatrixRunner.RunAsync(Server, t, Capture, gate)));
        Elapsed = watch.Elapsed;
        var ordered = new List<CellResult>();
        foreach (var results in perTarget)
        {
            foreach (var result in results)
            {
                _results[Key(result.Target, result.Row.Id, result.Operation.Class)] = result;
                ordered.Add(result);
            }
        }

        Results = ordered;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Capture.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>The tests that read the matrix results.</summary>
[CollectionDefinition(Name)]
public sealed class MatrixCollection : ICollectionFixture<MatrixFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Fault matrix";
}
