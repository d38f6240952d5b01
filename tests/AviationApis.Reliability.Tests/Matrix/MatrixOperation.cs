namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>One client operation in a column of the matrix.</summary>
/// <param name="Class">The column.</param>
/// <param name="Name">The operation as the client names it (e.g. <c>CargoAi.Book</c>).</param>
/// <param name="PathSuffix">The end of the request path the server must see (proves the right operation ran under the prefix).</param>
/// <param name="GoodBody">A body the client reads successfully.</param>
/// <param name="WrongShapeBody">Valid JSON of the wrong shape for this operation.</param>
/// <param name="ReadsBody">Whether the operation reads the response body (if not, an unreadable 200 body is not an error).</param>
/// <param name="InvokeAsync">Calls the operation through the client resolved from the container.</param>
public sealed record MatrixOperation(
    OperationClass Class,
    string Name,
    string PathSuffix,
    string GoodBody,
    string WrongShapeBody,
    bool ReadsBody,
    Func<IServiceProvider, CancellationToken, Task> InvokeAsync)
{
    /// <summary>Which requests of the operation's flow are scripted, and what the others get (default: all scripted).</summary>
    public Server.RouteSetup Setup { get; init; } = Server.RouteSetup.None;

    /// <summary>
    /// Cells where the vendor's documented behaviour differs from the generic rule, with the reason (shown in the document).
    /// </summary>
    public IReadOnlyDictionary<string, (Expectation Expectation, string Reason)> Deviations { get; init; } = new Dictionary<string, (Expectation, string)>();

    /// <summary>
    /// The exception a non-idempotent operation reports when its request may have been processed but the answer was lost
    /// (5xx, broken connection, stall, unreadable body), e.g. Cangooroo's <c>BookingOutcomeUnknownException</c>;
    /// <see langword="null"/> when it reports the pipeline's own exception.
    /// </summary>
    public Type? UnknownOutcome { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
