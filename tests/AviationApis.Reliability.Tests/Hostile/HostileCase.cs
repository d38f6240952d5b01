namespace AviationApis.Reliability.Tests.Hostile;

/// <summary>What a hostile case must end in.</summary>
public enum HostileExpectation
{
    /// <summary>A typed error naming the problem, or a successful parse.</summary>
    TypedErrorOrParse,

    /// <summary>A successful parse (the input is merely unusual: unknown enum value, BOM, ...).</summary>
    Parse,

    /// <summary>A typed error.</summary>
    TypedError,
}

/// <summary>One hostile input.</summary>
/// <param name="Family">The generator (or <c>corpus</c>).</param>
/// <param name="Name">What was done to the sample.</param>
/// <param name="Input">The bytes.</param>
/// <param name="Expectation">The required outcome.</param>
public sealed record HostileCase(string Family, string Name, byte[] Input, HostileExpectation Expectation = HostileExpectation.TypedErrorOrParse)
{
    /// <inheritdoc />
    public override string ToString() => $"{Family}: {Name} ({Input.Length} bytes)";
}
