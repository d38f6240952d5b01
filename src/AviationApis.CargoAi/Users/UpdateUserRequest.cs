namespace AviationApis.CargoAi.Users;

/// <summary>
/// The body of <c>PUT /users</c> (update a user, add offices). The OpenAPI lists these as query parameters but the
/// vendor's own sample sends a JSON body; we send JSON.
/// </summary>
public sealed record UpdateUserRequest
{
    /// <summary>First name, 1–45 characters.</summary>
    public required string FirstName { get; init; }

    /// <summary>Last name, 1–45 characters.</summary>
    public required string LastName { get; init; }

    /// <summary>The email of the existing user.</summary>
    public required string Email { get; init; }

    /// <summary>Company name, at most 45 characters.</summary>
    public required string CompanyName { get; init; }

    /// <summary>The offices to add.</summary>
    public required IReadOnlyList<UserOffice> Offices { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(FirstName).Add(LastName).Add(Email).Add(CompanyName).Add(Offices).Written;
}
