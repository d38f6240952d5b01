namespace AviationApis.CargoAi.Users;

/// <summary>
/// The body of <c>POST /users</c>. Checked before sending against the vendor's documented formats (names 1–45
/// characters, email up to 66, company up to 45, ISO alpha-2 country, 7-digit IATA, 4-digit CASS, 3-letter airport).
/// </summary>
public sealed record CreateUserRequest
{
    /// <summary>First name, 1–45 characters.</summary>
    public required string FirstName { get; init; }

    /// <summary>Last name, 1–45 characters.</summary>
    public required string LastName { get; init; }

    /// <summary>Email address, at most 66 characters.</summary>
    public required string Email { get; init; }

    /// <summary>Company name, at most 45 characters.</summary>
    public required string CompanyName { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code (root-level copy "to be deprecated" by the vendor in favour of <see cref="Offices"/>).</summary>
    public required string CountryCode { get; init; }

    /// <summary>7-digit IATA code (optional).</summary>
    public string? IataCode { get; init; }

    /// <summary>4-digit CASS code (optional).</summary>
    public string? CassCode { get; init; }

    /// <summary>3-letter office (or closest) airport code (optional).</summary>
    public string? OfficeAirportCode { get; init; }

    /// <summary>Your own id for the user, at most 45 characters. Sent as <c>partnerId</c> (the OpenAPI name; a data-format page says <c>providerId</c>).</summary>
    public string? PartnerId { get; init; }

    /// <summary>The user's offices.</summary>
    public IReadOnlyList<UserOffice>? Offices { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(FirstName).Add(LastName).Add(Email).Add(CompanyName).Add(CountryCode).Add(IataCode)
            .Add(CassCode).Add(OfficeAirportCode).Add(PartnerId).Add(Offices).Written;
}
