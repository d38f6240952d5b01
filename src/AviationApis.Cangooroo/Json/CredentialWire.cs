namespace AviationApis.Cangooroo.Json;

internal sealed class CredentialWire
{
    public required string Username { get; init; }

    public required string Password { get; init; }
}
