namespace AviationApis.Reliability.Tests.Server;

/// <summary>
/// Narrows a route's script to the requests whose path ends with <see cref="ScriptedPath"/>; every other request on
/// the route (the earlier steps of a flow, such as a search before a booking) is answered 200 with the body of the
/// first matching suffix in <see cref="Bodies"/>, and is neither scripted nor counted in <see cref="FaultRoute.Count"/>.
/// The scripted answer's status and headers can be set too (e.g. 201 with a Location).
/// </summary>
/// <param name="ScriptedPath">The path suffix the script applies to; <see langword="null"/>: every request.</param>
/// <param name="Bodies">Path suffix → body for the other requests.</param>
/// <param name="GoodStatus">The status of the good answer.</param>
/// <param name="GoodHeaders">Headers of the good answer.</param>
/// <param name="Barrier">When above 1, good answers are held until this many requests are in flight together (bounded by the stall limit), proving real concurrency.</param>
/// <param name="RecordRequests">Whether each request is kept in <see cref="FaultRoute.Seen"/> (off for load, so the server's own bookkeeping does not look like a client leak).</param>
public sealed record RouteSetup(
    string? ScriptedPath = null,
    IReadOnlyDictionary<string, string>? Bodies = null,
    int GoodStatus = 200,
    IReadOnlyDictionary<string, string>? GoodHeaders = null,
    int Barrier = 0,
    bool RecordRequests = true)
{
    /// <summary>Every request is scripted.</summary>
    public static RouteSetup None { get; } = new();
}
