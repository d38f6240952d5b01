namespace AviationApis.Avinode.DependencyInjection;

/// <summary>Records that a connection name was registered, and the configuration path its validation messages name.</summary>
internal sealed record AvinodeConnectionRegistration(string Name, string ConfigurationPath);
