namespace AviationApis.CargoAi.Users;

/// <summary>
/// CargoAi's airline-recognition rules ("User Provisioning &amp; Airline Recognition"): airlines recognise a forwarder by
/// an active IATA CASS registered with them, and some require an airline customer id for rate search. Use
/// <see cref="Assess"/> to warn a user before searching. The rules come from the vendor's documentation, not from an API.
/// </summary>
public static class AirlineRecognition
{
    /// <summary>The airlines the vendor lists as requiring a customer id for rate search (without it they return no rates).</summary>
    public static IReadOnlyList<CargoAiAirline> AirlinesRequiringCustomerId { get; } =
    [
        new("American Airlines", "AA"),
        new("Finnair", "AY"),
        new("Virgin Atlantic Airways", "VS"),
        new("Lufthansa", "LH"),
        new("Singapore Airlines", "SQ"),
        new("Qantas Airways", "QF"),
        new("WestJet", "WS"),
    ];

    /// <summary>Tells which airlines will not return rates for a user with these credentials.</summary>
    /// <param name="credentials">The user's CASS code and the airlines they gave a customer id for.</param>
    /// <returns>The assessment.</returns>
    public static AirlineRecognitionReport Assess(AirlineCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var hasCass = !string.IsNullOrWhiteSpace(credentials.CassCode);
        var given = new HashSet<string>(credentials.AirlinesWithCustomerId.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase);
        var missing = AirlinesRequiringCustomerId
            .Where(a => !given.Contains(a.IataCode) && !given.Contains(a.Name))
            .ToArray();
        return new AirlineRecognitionReport(hasCass, missing, !hasCass && given.Count == 0);
    }
}
