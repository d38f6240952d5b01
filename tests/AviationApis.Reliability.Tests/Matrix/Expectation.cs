using AviationApis.Core.Errors;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>The expected outcome of one cell.</summary>
/// <param name="Exception">The exact exception type, or <see langword="null"/> for success.</param>
/// <param name="SeenMin">The fewest requests the server may see.</param>
/// <param name="SeenMax">The most requests the server may see.</param>
/// <param name="ClientAttempts">The attempts the exception must report, when it matters (connection refused: every attempt made without reaching the server).</param>
public sealed record Expectation(Type? Exception, int SeenMin, int SeenMax, int? ClientAttempts = null)
{
    /// <summary>Other exception types accepted for this cell (timing-dependent vendor flows; the document names the reason).</summary>
    public IReadOnlyList<Type> Alternatives { get; init; } = [];

    /// <summary>Whether the call must succeed.</summary>
    public bool Succeeds => Exception is null;

    /// <summary>The cell text, e.g. <c>recovered · seen 3</c> or <c>ServiceFailureException · seen 1</c>.</summary>
    public string Text
    {
        get
        {
            var seen = SeenMin == SeenMax ? $"seen {SeenMin}" : $"seen {SeenMin}–{SeenMax}";
            var attempts = ClientAttempts is { } a ? $" · {a} attempts" : string.Empty;
            var name = Exception is null ? "recovered" : string.Join(" or ", new[] { Exception }.Concat(Alternatives).Select(t => t.Name));
            return name + " · " + seen + attempts;
        }
    }

    /// <summary>Derives the expectation of a cell from the pipeline's rules.</summary>
    /// <param name="row">The fault.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="budget">The budgets.</param>
    /// <returns>The expectation.</returns>
    public static Expectation For(FaultRow row, MatrixOperation operation, MatrixBudget budget)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(budget);
        if (operation.Deviations.TryGetValue(row.Id, out var deviation))
        {
            return deviation.Expectation;
        }

        var idempotent = operation.Class != OperationClass.NonIdempotentCreate;
        var max = budget.MaxAttempts;
        var recoversInBudget = row.Recovers && row.Repeats < max;
        return row.Family switch
        {
            FaultFamily.TransientStatus or FaultFamily.BrokenConnection when idempotent => recoversInBudget
                ? Success(row.Repeats + 1)
                : Failure<ServiceFailureException>(max, max),
            FaultFamily.TransientStatus or FaultFamily.BrokenConnection => Unknown<ServiceFailureException>(operation),
            FaultFamily.RateLimitWithinBudget => Success(2),
            FaultFamily.RateLimitBeyondBudget => Failure<RateLimitExceededException>(1, 1),

            // Attempts of 3 s with back-offs of 50, 100, 200 ms: the fourth attempt starts before the 10 s total budget
            // ends; on a starved machine it may not, so 3–4 are accepted.
            FaultFamily.Stall when idempotent => recoversInBudget ? Success(row.Repeats + 1) : Failure<AviationTimeoutException>(max - 1, max),
            FaultFamily.Stall => Unknown<AviationTimeoutException>(operation),
            FaultFamily.UnreadableBody when !idempotent && operation.ReadsBody => Unknown<InvalidResponseException>(operation),
            FaultFamily.UnreadableBody => operation.ReadsBody ? Failure<InvalidResponseException>(1, 1) : Success(1),
            FaultFamily.ConnectionRefused => recoversInBudget ? Success(1) : new Expectation(typeof(ServiceFailureException), 0, 0, max),
            _ => throw new ArgumentOutOfRangeException(nameof(row)),
        };
    }

    /// <summary>A sent non-idempotent request whose answer was lost: the operation's unknown-outcome exception, or <typeparamref name="T"/>; seen once.</summary>
    private static Expectation Unknown<T>(MatrixOperation operation)
        where T : AviationApiException => new(operation.UnknownOutcome ?? typeof(T), 1, 1);

    /// <summary>Success after the server saw <paramref name="seen"/> requests.</summary>
    public static Expectation Success(int seen) => new(null, seen, seen);

    /// <summary>A <typeparamref name="T"/> after the server saw between <paramref name="seenMin"/> and <paramref name="seenMax"/> requests.</summary>
    public static Expectation Failure<T>(int seenMin, int seenMax)
        where T : AviationApiException => new(typeof(T), seenMin, seenMax);
}
