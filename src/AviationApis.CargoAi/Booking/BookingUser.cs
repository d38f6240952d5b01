namespace AviationApis.CargoAi.Booking;

/// <summary>The user a booking is made for. All but <see cref="CompanyName"/> are required; the IATA-CASS should match the one used in the search.</summary>
public sealed record BookingUser
{
    /// <summary>The user's email.</summary>
    public required string Email { get; init; }

    /// <summary>First name.</summary>
    public required string FirstName { get; init; }

    /// <summary>Last name.</summary>
    public required string LastName { get; init; }

    /// <summary>The 7-digit IATA code.</summary>
    public required string Iata { get; init; }

    /// <summary>The 4-digit CASS code.</summary>
    public required string Cass { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public required string Country { get; init; }

    /// <summary>Company name (optional).</summary>
    public string? CompanyName { get; init; }
}
