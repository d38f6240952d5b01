namespace AviationApis.CargoAi.Users;

/// <summary>What a user has registered with CargoAi that lets airlines recognise them.</summary>
public sealed record AirlineCredentials
{
    /// <summary>The user's 4-digit IATA CASS code, if any.</summary>
    public string? CassCode { get; init; }

    /// <summary>
    /// The airlines for which an airline customer id has been given to CargoAi: IATA (<c>LH</c>) or ICAO (<c>DLH</c>)
    /// designators, AWB prefixes (<c>020</c>) or names as in <see cref="AirlineRecognition.AirlinesRequiringCustomerId"/>.
    /// </summary>
    public IReadOnlyCollection<string> AirlinesWithCustomerId { get; init; } = [];

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(CassCode).Add(AirlinesWithCustomerId).Written;
}
