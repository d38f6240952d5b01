namespace AviationApis.Avinode.DependencyInjection;

/// <summary>
/// The named <c>HttpClient</c>s of a connection (also their pipelines' <c>ClientName</c>: telemetry tag and breaker key):
/// <c>AviationApis.Avinode</c> for the unnamed connection, <c>AviationApis.Avinode:&lt;name&gt;</c> for a named one.
/// </summary>
internal static class AvinodeHttpClientNames
{
    private const string Package = "AviationApis.Avinode";

    /// <summary>The connection's API client.</summary>
    /// <param name="connectionName">The connection's name (empty for the unnamed one).</param>
    /// <returns>The client's name.</returns>
    public static string For(string connectionName) => connectionName.Length == 0 ? Package : Package + ":" + connectionName;

    /// <summary>The client of the connection's OAuth token requests: its own pipeline, budget and circuit breaker.</summary>
    /// <param name="connectionName">The connection's name (empty for the unnamed one).</param>
    /// <returns>The client's name, the API client's name with the role <c>oauth</c> appended.</returns>
    public static string ForTokens(string connectionName) => For(connectionName) + ":oauth";
}
