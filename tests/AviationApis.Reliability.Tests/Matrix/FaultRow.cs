using AviationApis.Reliability.Tests.Server;

namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>
/// A row of the fault matrix: a fault repeated <see cref="Repeats"/> times (int.MaxValue: forever), then the good answer.
/// </summary>
/// <param name="Id">A stable id (used in test names and the document).</param>
/// <param name="Description">What the server does.</param>
/// <param name="Family">How the pipeline must treat it.</param>
/// <param name="Fault">The faulty answer.</param>
/// <param name="Repeats">How many attempts get the fault before the server recovers.</param>
/// <param name="ExpectedWait">When the fault asks the client to wait (<c>Retry-After</c>, <c>X-Rate-Limit-Reset</c>): the least gap the server must see between the first two attempts.</param>
public sealed record FaultRow(string Id, string Description, FaultFamily Family, FaultStep? Fault, int Repeats, TimeSpan ExpectedWait = default)
{
    /// <summary>Forever.</summary>
    public const int Always = int.MaxValue;

    /// <summary>Whether the server eventually answers well.</summary>
    public bool Recovers => Repeats != Always;

    /// <summary>The script the server follows.</summary>
    public IReadOnlyList<FaultStep> Steps => Fault is null ? [] : Enumerable.Repeat(Fault, Recovers ? Repeats : 6).ToArray();

    /// <summary>What follows the faulty answers.</summary>
    public FaultStep Then => Recovers || Fault is null ? FaultStep.Good : Fault;

    /// <inheritdoc />
    public override string ToString() => Id;
}
