namespace AviationApis.CargoAi.Users;

/// <summary>What a user has registered with CargoAi that lets airlines recognise them.</summary>
public sealed record AirlineCredentials
{
    /// <summary>The user's 4-digit IATA CASS code, if any.</summary>
    public string? CassCode { get; init; }

    /// <summary>
    /// The airlines (IATA designators, e.g. <c>LH</c>, or names as in <see cref="AirlineRecognition.AirlinesRequiringCustomerId"/>)
    /// for which an airline customer id has been given to CargoAi.
    /// </summary>
    public IReadOnlyCollection<string> AirlinesWithCustomerId { get; init; } = [];
}
