namespace AviationApis.CargoAi.Users;

/// <summary>
/// CargoAi's airline-recognition rules ("User Provisioning &amp; Airline Recognition"): airlines recognise a forwarder by
/// an active IATA CASS registered with them, and some require an airline customer id for rate search. Use
/// <see cref="Assess"/> to warn a user before searching. The rules come from the vendor's documentation, not from an API.
/// </summary>
public static class AirlineRecognition
{
    /// <summary>
    /// The airlines the vendor lists as requiring a customer id for rate search (without it they return no rates), each
    /// matched by IATA code, ICAO code, AWB prefix or name (<see cref="CargoAiAirline.Matches"/>).
    /// </summary>
    public static IReadOnlyList<CargoAiAirline> AirlinesRequiringCustomerId { get; } =
    [
        new("American Airlines", "AA", "AAL", "001") { OtherNames = ["American", "American Airlines Cargo"] },
        new("Finnair", "AY", "FIN", "105") { OtherNames = ["Finnair Cargo"] },
        new("Virgin Atlantic Airways", "VS", "VIR", "932") { OtherNames = ["Virgin Atlantic", "Virgin Atlantic Cargo"] },
        new("Lufthansa", "LH", "DLH", "020") { OtherNames = ["Lufthansa Cargo", "Deutsche Lufthansa"] },
        new("Singapore Airlines", "SQ", "SIA", "618") { OtherNames = ["Singapore Airlines Cargo"] },
        new("Qantas Airways", "QF", "QFA", "081") { OtherNames = ["Qantas", "Qantas Freight"] },
        new("WestJet", "WS", "WJA", "838") { OtherNames = ["WestJet Airlines", "WestJet Cargo"] },
    ];

    /// <summary>
    /// The listed airline <paramref name="codeOrName"/> designates, when it needs a customer id: e.g. a search result's
    /// <c>airlineCode</c> (<c>AA</c>), an ICAO code (<c>AAL</c>), an AWB prefix (<c>001</c>) or a name.
    /// </summary>
    /// <param name="codeOrName">A code or name.</param>
    /// <returns>The airline, or <see langword="null"/> when it is not one of <see cref="AirlinesRequiringCustomerId"/>.</returns>
    public static CargoAiAirline? FindAirlineRequiringCustomerId(string? codeOrName) =>
        AirlinesRequiringCustomerId.FirstOrDefault(a => a.Matches(codeOrName));

    /// <summary>Tells which airlines will not return rates for a user with these credentials.</summary>
    /// <param name="credentials">The user's CASS code and the airlines they gave a customer id for.</param>
    /// <returns>The assessment.</returns>
    public static AirlineRecognitionReport Assess(AirlineCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var hasCass = !string.IsNullOrWhiteSpace(credentials.CassCode);
        var given = (credentials.AirlinesWithCustomerId ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToArray();
        var missing = AirlinesRequiringCustomerId
            .Where(a => !given.Any(a.Matches))
            .ToArray();
        return new AirlineRecognitionReport(hasCass, missing, !hasCass && given.Length == 0);
    }
}
