namespace AviationApis.CargoAi.Users;

/// <summary>An office of a user. Only <see cref="CountryCode"/> is required.</summary>
public sealed record UserOffice
{
    /// <summary>ISO 3166-1 alpha-2 country code (required).</summary>
    public required string CountryCode { get; init; }

    /// <summary>The office's 7-digit IATA code.</summary>
    public string? IataCode { get; init; }

    /// <summary>The office's 4-digit CASS code.</summary>
    public string? CassCode { get; init; }

    /// <summary>The office's (or closest) 3-letter airport code.</summary>
    public string? OfficeAirportCode { get; init; }
}
