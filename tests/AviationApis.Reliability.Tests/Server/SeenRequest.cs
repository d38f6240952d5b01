namespace AviationApis.Reliability.Tests.Server;

/// <summary>One request as the fault server saw it.</summary>
/// <param name="Attempt">1 for the first request on the route.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path below the route prefix, with the query.</param>
/// <param name="Headers">The request headers (multi-values joined with commas).</param>
/// <param name="Body">The request body (at most 1 MiB).</param>
/// <param name="ArrivedAt">When it arrived (wall clock).</param>
/// <param name="Fault">What the server did.</param>
public sealed record SeenRequest(
    int Attempt,
    string Method,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    DateTimeOffset ArrivedAt,
    FaultKind Fault);
