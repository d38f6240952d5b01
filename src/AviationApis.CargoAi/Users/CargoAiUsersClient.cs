using AviationApis.CargoAi.Json;
using AviationApis.CargoAi.Transport;
using AviationApis.Core.Errors;
using AviationApis.Core.Http;

namespace AviationApis.CargoAi.Users;

/// <summary>The user-provisioning operations.</summary>
internal sealed class CargoAiUsersClient(CargoAiTransport transport) : ICargoAiUsersClient
{
    private static readonly ApiOperation Create = new("CargoAi.Users.Create", Idempotency.NonIdempotent);
    private static readonly ApiOperation GetToken = new("CargoAi.Users.GetToken", Idempotency.Idempotent);
    private static readonly ApiOperation Update = new("CargoAi.Users.Update", Idempotency.Idempotent);
    private static readonly ApiOperation Delete = new("CargoAi.Users.Delete", Idempotency.Idempotent);

    public async Task<UserToken> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfInvalid(Create, UserRequestRules.Check(request));
        var content = JsonRequestContent.Create(request, CargoAiJsonContext.Wire.CreateUserRequest);
        var (value, _) = await transport.SendAsync(Create, HttpMethod.Post, "users", null, content, CargoAiJsonContext.Wire.UserToken, cancellationToken).ConfigureAwait(false);
        return value;
    }

    public async Task<UserToken> GetTokenAsync(string email, CancellationToken cancellationToken = default)
    {
        CheckEmail(GetToken, email);
        var (value, _) = await transport.SendAsync(GetToken, HttpMethod.Get, "users", Query(email), null, CargoAiJsonContext.Wire.UserToken, cancellationToken).ConfigureAwait(false);
        return value;
    }

    public async Task<UserToken> UpdateAsync(UpdateUserRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ThrowIfInvalid(Update, UserRequestRules.Check(request));
        var content = JsonRequestContent.Create(request, CargoAiJsonContext.Wire.UpdateUserRequest);
        var (value, _) = await transport.SendAsync(Update, HttpMethod.Put, "users", null, content, CargoAiJsonContext.Wire.UserToken, cancellationToken).ConfigureAwait(false);
        return value;
    }

    public async Task<DeleteUserResult> DeleteAsync(string email, CancellationToken cancellationToken = default)
    {
        CheckEmail(Delete, email);
        var (value, _) = await transport.SendAsync(Delete, HttpMethod.Delete, "users", Query(email), null, CargoAiJsonContext.Wire.DeleteUserResult, cancellationToken).ConfigureAwait(false);
        return value;
    }

    private static KeyValuePair<string, string?>[] Query(string email) => [new("email", email)];

    private static void CheckEmail(ApiOperation operation, string email)
    {
        var errors = new List<ApiFieldError>();
        UserRequestRules.Email(errors, "email", email);
        ThrowIfInvalid(operation, errors);
    }

    private static void ThrowIfInvalid(ApiOperation operation, List<ApiFieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw ApiExceptionFactory.ClientValidation(operation, [.. errors]);
        }
    }
}
