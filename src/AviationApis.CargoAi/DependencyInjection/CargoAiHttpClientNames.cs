namespace AviationApis.CargoAi.DependencyInjection;

/// <summary>
/// The one rule for a registration's HttpClient name, which is also its pipeline's <c>ClientName</c> (the
/// <c>aviationapis.client</c> telemetry tag and the circuit-breaker key).
/// </summary>
internal static class CargoAiHttpClientNames
{
    private const string Package = "AviationApis.CargoAi";

    /// <summary><c>AviationApis.CargoAi</c> for the unnamed registration, <c>AviationApis.CargoAi:&lt;name&gt;</c> for a named one.</summary>
    /// <param name="name">The registration name; empty for the unnamed registration.</param>
    /// <returns>The HttpClient name.</returns>
    public static string For(string name) => string.IsNullOrEmpty(name) ? Package : Package + ":" + name;
}
