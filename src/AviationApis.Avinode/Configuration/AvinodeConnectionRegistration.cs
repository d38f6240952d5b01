namespace AviationApis.Avinode;

/// <summary>Records that a connection name was registered, and the configuration path its validation messages name.</summary>
internal sealed record AvinodeConnectionRegistration(string Name, string ConfigurationPath)
{
    public static string HttpClientName(string connectionName) => "AviationApis.Avinode." + connectionName;
}
