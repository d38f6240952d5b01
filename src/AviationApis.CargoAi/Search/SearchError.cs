namespace AviationApis.CargoAi.Search;

/// <summary>An error some airlines returned for a search.</summary>
public sealed record SearchError
{
    /// <summary>The error text.</summary>
    public string? Error { get; init; }

    /// <summary>The airline codes concerned.</summary>
    public IReadOnlyList<string>? Airlines { get; init; }

    /// <summary>
    /// The concerned airlines that the vendor lists as needing an airline customer id (matched by IATA or ICAO code,
    /// AWB prefix or name): give CargoAi the customer id to get their rates (e.g. for <c>Customer ID not found</c>).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Users.CargoAiAirline> AirlinesNeedingCustomerId =>
        (Airlines ?? []).Select(Users.AirlineRecognition.FindAirlineRequiringCustomerId).OfType<Users.CargoAiAirline>().Distinct().ToArray();

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Error).Add(Airlines).Add(AirlinesNeedingCustomerId).Written;
}
