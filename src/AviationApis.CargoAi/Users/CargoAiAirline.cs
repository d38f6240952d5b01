namespace AviationApis.CargoAi.Users;

/// <summary>An airline named by CargoAi's airline-recognition rules.</summary>
/// <param name="Name">The airline's name as the vendor writes it.</param>
/// <param name="IataCode">The airline's two-character IATA designator (our addition; the vendor names airlines only).</param>
public sealed record CargoAiAirline(string Name, string IataCode);
