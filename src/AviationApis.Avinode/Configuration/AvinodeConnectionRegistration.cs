namespace AviationApis.Avinode;

/// <summary>Records that a connection name was registered, and the configuration path its validation messages name.</summary>
internal sealed record AvinodeConnectionRegistration(string Name, string ConfigurationPath)
{
    public static string HttpClientName(string connectionName) => "AviationApis.Avinode." + connectionName;

    /// <summary>The named client of the connection's OAuth token requests: its own pipeline, budget and circuit breaker.</summary>
    public static string TokenHttpClientName(string connectionName) => HttpClientName(connectionName) + ".OAuthToken";
}
