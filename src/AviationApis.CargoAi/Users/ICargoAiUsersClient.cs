namespace AviationApis.CargoAi.Users;

/// <summary>User provisioning (<c>/users</c>): add users to your API key, get their CargoMART (FlyWINDOW) token, add offices, delete them.</summary>
public interface ICargoAiUsersClient
{
    /// <summary>Creates a user (<c>POST /users</c>). Not retried on server errors (it creates an account).</summary>
    /// <param name="request">The user; checked against the vendor's documented formats before sending.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account status, token and portal link; see <see cref="UserToken.IsActivated"/>.</returns>
    /// <exception cref="Core.Errors.ValidationFailedException">The request is invalid (client-side, nothing sent) or the vendor refused it (HTTP 400).</exception>
    Task<UserToken> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Gets a user's token and portal link (<c>GET /users?email=</c>).</summary>
    /// <param name="email">The user's email.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account status, token and link.</returns>
    Task<UserToken> GetTokenAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Updates a user and adds offices (<c>PUT /users</c>, JSON body).</summary>
    /// <param name="request">The user and offices.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account status, token and link.</returns>
    Task<UserToken> UpdateAsync(UpdateUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a user from your API key (<c>DELETE /users?email=</c>).</summary>
    /// <param name="email">The user's email (URL-encoded on the wire).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vendor's confirmation.</returns>
    Task<DeleteUserResult> DeleteAsync(string email, CancellationToken cancellationToken = default);
}
