namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>What one cell of the matrix did.</summary>
/// <param name="Target">The client.</param>
/// <param name="Row">The fault.</param>
/// <param name="Operation">The operation.</param>
/// <param name="Expected">What the rules say.</param>
/// <param name="Observed">What happened, in the same words as <see cref="Expectation.Text"/> when it matches.</param>
/// <param name="Problems">Every broken rule; empty when the cell passes.</param>
/// <param name="Elapsed">Wall time of the call.</param>
/// <param name="Seen">The scripted requests the server saw, in order.</param>
public sealed record CellResult(string Target, FaultRow Row, MatrixOperation Operation, Expectation Expected, string Observed, IReadOnlyList<string> Problems, TimeSpan Elapsed, IReadOnlyList<Server.SeenRequest> Seen)
{
    /// <summary>Whether every rule held.</summary>
    public bool Passed => Problems.Count == 0;
}
