namespace AviationApis.CargoAi.Search;

/// <summary>The user a search is made for: <see cref="Email"/>, or <see cref="Iata"/> + <see cref="Cass"/> + <see cref="Country"/>.</summary>
public sealed record SearchUser
{
    /// <summary>The user's email (a user provisioned through the Users API).</summary>
    public string? Email { get; init; }

    /// <summary>The 7-digit IATA code.</summary>
    public string? Iata { get; init; }

    /// <summary>The 4-digit CASS code.</summary>
    public string? Cass { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 country code of the office.</summary>
    public string? Country { get; init; }

    /// <summary>The company name.</summary>
    public string? CompanyName { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }
}
