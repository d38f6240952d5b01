namespace AviationApis.CargoAi.Registration;

/// <summary>Records one <c>AddCargoAiClient</c> call: its name and the configuration path named in validation messages.</summary>
internal sealed record CargoAiRegistration(string Name, string KeyPrefix)
{
    public static string HttpClientName(string name) => string.IsNullOrEmpty(name) ? "AviationApis.CargoAi" : "AviationApis.CargoAi:" + name;
}
