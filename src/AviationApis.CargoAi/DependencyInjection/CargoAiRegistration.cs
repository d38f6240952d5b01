namespace AviationApis.CargoAi.DependencyInjection;

/// <summary>Records one <c>AddCargoAiClient</c> call: its name and the configuration path named in validation messages.</summary>
internal sealed record CargoAiRegistration(string Name, string KeyPrefix);
