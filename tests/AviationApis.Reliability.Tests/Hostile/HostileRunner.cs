using System.Diagnostics;

namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>Feeds hostile cases to a parser, each under a time bound, and reports every broken rule.</summary>
public static class HostileRunner
{
    /// <summary>The longest one case may take before it counts as a hang.</summary>
    public static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(30);

    /// <summary>The most one case may allocate (a 50 MB input may be buffered and decoded a few times; never without bound).</summary>
    public const long AllocationLimit = 1536L * 1024 * 1024;

    /// <summary>Runs the cases; returns one line per problem (empty when all held) and the outcome counts.</summary>
    /// <param name="parser">The parser.</param>
    /// <param name="cases">The cases.</param>
    /// <returns>The problems and a summary.</returns>
    public static async Task<(IReadOnlyList<string> Problems, string Summary)> RunAsync(IHostileParser parser, IEnumerable<HostileCase> cases)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(cases);
        var problems = new List<string>();
        int parsed = 0, rejected = 0, total = 0;
        foreach (var hostile in cases)
        {
            total++;
            using var timeout = new CancellationTokenSource(CaseLimit);
            Exception? error = null;
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var watch = Stopwatch.StartNew();
            try
            {
                await parser.ParseAsync(hostile.Input, timeout.Token).WaitAsync(CaseLimit + TimeSpan.FromSeconds(5));
            }
            catch (TimeoutException) when (watch.Elapsed >= CaseLimit)
            {
                problems.Add($"{hostile}: did not finish within {CaseLimit.TotalSeconds} s (hang)");
                continue;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                problems.Add($"{hostile}: did not finish within {CaseLimit.TotalSeconds} s (hang)");
                continue;
            }
            catch (Exception ex)
            {
                error = ex;
            }

            var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            if (allocated > AllocationLimit)
            {
                problems.Add($"{hostile}: allocated {allocated / (1024 * 1024)} MB");
            }

            if (error is null)
            {
                parsed++;
                if (hostile.Expectation == HostileExpectation.TypedError)
                {
                    problems.Add($"{hostile}: parsed, but must be rejected with a typed error");
                }

                continue;
            }

            rejected++;
            if (!parser.IsTypedError(error))
            {
                problems.Add($"{hostile}: unhandled {error.GetType().FullName}: {error.Message}");
            }
            else if (hostile.Expectation == HostileExpectation.Parse)
            {
                problems.Add($"{hostile}: rejected with {error.GetType().Name} ({error.Message}), but must parse");
            }
        }

        return (problems, $"{total} cases: {parsed} parsed, {rejected} rejected");
    }
}
