namespace AviationApis.CargoAi.Users;

/// <summary>The answer of <c>DELETE /users</c>.</summary>
public sealed record DeleteUserResult
{
    /// <summary>The vendor's confirmation message.</summary>
    public string? Message { get; init; }
}
