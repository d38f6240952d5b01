using System.Diagnostics;
using AviationApis.Core.Errors;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>
/// Drives every (fault row × operation) cell of one target against the fault server, each cell in its own container
/// (fresh connection pool and circuit breaker), several cells at a time. Every call is bounded by a hang guard.
/// </summary>
public static class MatrixRunner
{
    /// <summary>A call that has not finished after this long is reported as a hang.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    /// <summary>Runs all cells of <paramref name="target"/>.</summary>
    /// <param name="server">The fault server.</param>
    /// <param name="target">The client.</param>
    /// <param name="capture">Where logs, exceptions and activities go.</param>
    /// <param name="gate">Limits how many cells run at once (shared across targets).</param>
    /// <returns>One result per cell, each run with its row's budgets (<see cref="MatrixBudget.For"/>).</returns>
    public static async Task<IReadOnlyList<CellResult>> RunAsync(FaultServer server, IMatrixTarget target, TelemetryCapture capture, SemaphoreSlim gate)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(gate);
        var cells = from row in FaultRows.All from operation in target.Operations select (row, operation);
        var tasks = cells.Select(async cell =>
        {
            await gate.WaitAsync();
            try
            {
                return await RunCellAsync(server, target, cell.row, cell.operation, MatrixBudget.For(cell.row), capture);
            }
            finally
            {
                gate.Release();
            }
        });
        return await Task.WhenAll(tasks);
    }

    /// <summary>Calls every operation of <paramref name="target"/> once against a good route, with generous budgets.</summary>
    /// <param name="server">The fault server.</param>
    /// <param name="target">The client.</param>
    /// <param name="capture">Where logs, exceptions and activities go.</param>
    /// <returns>A task.</returns>
    public static async Task WarmUpAsync(FaultServer server, IMatrixTarget target, TelemetryCapture capture)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(capture);
        var budget = MatrixBudget.Default with { AttemptTimeout = TimeSpan.FromSeconds(30), TotalTimeout = TimeSpan.FromSeconds(60) };
        foreach (var operation in target.Operations)
        {
            var route = server.Register([], goodBody: operation.GoodBody, wrongShapeBody: operation.WrongShapeBody, name: $"warmup-{target.Name}-{operation.Class}", setup: operation.Setup);
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture.CreateLogSink()));
            target.Register(services, new Uri(route.BaseAddress, target.BasePath), budget)
                .ConfigurePrimaryHttpMessageHandler(() => new ConnectPlan().CreateHandler());
            await using var provider = services.BuildServiceProvider();
            await operation.InvokeAsync(provider, CancellationToken.None);
        }
    }

    /// <summary>Runs one cell and checks it against its expectation.</summary>
    /// <param name="server">The fault server.</param>
    /// <param name="target">The client.</param>
    /// <param name="row">The fault.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="budget">The budgets.</param>
    /// <param name="capture">Where logs, exceptions and activities go.</param>
    /// <returns>The result.</returns>
    public static async Task<CellResult> RunCellAsync(FaultServer server, IMatrixTarget target, FaultRow row, MatrixOperation operation, MatrixBudget budget, TelemetryCapture capture)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(capture);
        var expected = Expectation.For(row, operation, budget);
        var route = server.Register(row.Steps, row.Then, operation.GoodBody, operation.WrongShapeBody, name: $"{target.Name}-{row.Id}-{operation.Class}", setup: operation.Setup);
        var refusals = row.Family == FaultFamily.ConnectionRefused ? row.Repeats : 0;
        var plan = new ConnectPlan(refusals);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture.CreateLogSink()));
        target.Register(services, new Uri(route.BaseAddress, target.BasePath), budget)
            .ConfigurePrimaryHttpMessageHandler(() => plan.CreateHandler());
        var provider = services.BuildServiceProvider();
        Exception? error = null;
        var watch = Stopwatch.StartNew();
        var call = operation.InvokeAsync(provider, CancellationToken.None);
        var finished = await Task.WhenAny(call, Task.Delay(HangGuard)) == call;
        watch.Stop();
        if (finished)
        {
            try
            {
                await call;
            }
            catch (Exception ex)
            {
                error = ex;
                capture.Record(ex);
            }

            await provider.DisposeAsync();
        }

        var problems = new List<string>();
        var seen = route.Count;
        string observed;
        if (!finished)
        {
            observed = "hang";
            problems.Add($"the call did not finish within {HangGuard.TotalSeconds} s");
        }
        else
        {
            observed = Describe(expected, error, seen);
            Check(row, operation, budget, expected, error, route, plan, watch.Elapsed, problems);
        }

        return new CellResult(target.Name, row, operation, expected, problems.Count == 0 ? expected.Text : observed, problems, watch.Elapsed, route.Seen);
    }

    private static string Describe(Expectation expected, Exception? error, int seen)
    {
        var attempts = expected.ClientAttempts is not null && error is AviationApiException api ? $" · {api.Attempts} attempts" : string.Empty;
        return (error is null ? "recovered" : error.GetType().Name) + $" · seen {seen}" + attempts;
    }

    private static void Check(FaultRow row, MatrixOperation operation, MatrixBudget budget, Expectation expected, Exception? error, FaultRoute route, ConnectPlan plan, TimeSpan elapsed, List<string> problems)
    {
        var seen = route.Count;
        if (expected.Succeeds && error is not null)
        {
            problems.Add($"expected success, got {error.GetType().Name}: {error.Message}");
        }

        if (!expected.Succeeds)
        {
            if (error is null)
            {
                problems.Add($"expected {expected.Exception!.Name}, the call succeeded");
            }
            else if (error.GetType() != expected.Exception && !expected.Alternatives.Contains(error.GetType()))
            {
                problems.Add($"expected {expected.Exception!.Name}, got {error.GetType().FullName}: {error.Message}");
            }
        }

        if (error is not null and not AviationApiException)
        {
            problems.Add($"a raw {error.GetType().FullName} escaped (every failure must be an AviationApiException)");
        }

        if (seen < expected.SeenMin || seen > expected.SeenMax)
        {
            problems.Add($"the server saw {seen} requests, expected {expected.SeenMin}–{expected.SeenMax}");
        }

        if (operation.Class == OperationClass.NonIdempotentCreate && seen > 1 && row.Family != FaultFamily.RateLimitWithinBudget)
        {
            problems.Add($"a non-idempotent request reached the server {seen} times although it was not provably rejected unprocessed");
        }

        if (error is not null && elapsed > budget.TotalTimeout + budget.Tolerance)
        {
            problems.Add($"the failure took {elapsed.TotalSeconds:0.00} s, beyond the total timeout {budget.TotalTimeout.TotalSeconds} s + {budget.Tolerance.TotalSeconds} s");
        }

        if (expected.ClientAttempts is { } attempts && (error as AviationApiException)?.Attempts != attempts)
        {
            problems.Add($"expected {attempts} attempts reported, got {(error as AviationApiException)?.Attempts}");
        }

        if (row.Family == FaultFamily.ConnectionRefused && expected.ClientAttempts is not null && plan.Connects < Math.Min(row.Repeats, budget.MaxAttempts))
        {
            problems.Add($"only {plan.Connects} connects were attempted");
        }

        var requests = route.Seen;
        foreach (var request in requests.Where(r => !r.PathAndQuery.Split('?')[0].EndsWith(operation.PathSuffix, StringComparison.Ordinal)))
        {
            problems.Add($"the server saw {request.Method} {request.PathAndQuery}, expected a path ending in {operation.PathSuffix}");
        }

        if (row.ExpectedWait > TimeSpan.Zero && requests.Count >= 2)
        {
            var gap = requests[1].ArrivedAt - requests[0].ArrivedAt;
            if (gap < row.ExpectedWait - TimeSpan.FromMilliseconds(200))
            {
                problems.Add($"the client retried after {gap.TotalMilliseconds:0} ms, before the {row.ExpectedWait.TotalMilliseconds:0} ms the server asked for");
            }
        }

        if (row.Family == FaultFamily.RateLimitBeyondBudget)
        {
            if (error is RateLimitExceededException { RetryAfter: null })
            {
                problems.Add("the rate-limit error does not say how long to wait");
            }

            if (elapsed >= budget.TotalTimeout)
            {
                problems.Add($"the client waited {elapsed.TotalSeconds:0.00} s although the server's wait could not fit the budget (it must fail at once)");
            }
        }
    }
}
