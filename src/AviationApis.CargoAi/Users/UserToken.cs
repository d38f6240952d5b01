using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Users;

/// <summary>
/// The answer of create user, get token and update user: the account status, a portal token and the CargoMART (FlyWINDOW)
/// link. <see cref="ToString"/> hides the token and link.
/// </summary>
public sealed record UserToken
{
    /// <summary>The account status as sent (<c>Activated</c>, or a pending value).</summary>
    public UserAccountStatus Status { get; init; }

    /// <summary>The vendor's message, e.g. <c>Successful request: User created and account already activated</c>.</summary>
    public string? Message { get; init; }

    /// <summary>The opaque portal authentication token. Secret.</summary>
    public string? Token { get; init; }

    /// <summary>The CargoMART portal link (carries the token). Secret.</summary>
    public Uri? Link { get; init; }

    /// <summary><see langword="true"/> when the account is activated and can search and book; otherwise it awaits manual activation by CargoAi support or details the user completes through <see cref="Link"/> (the seed's pending flows).</summary>
    [JsonIgnore]
    public bool IsActivated => string.Equals(Status.Value, UserAccountStatus.Activated.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"UserToken {{ Status = {Status}, Message = {Message}, Token = [REDACTED], Link = {(Link is null ? "" : "[REDACTED]")} }}";
}
