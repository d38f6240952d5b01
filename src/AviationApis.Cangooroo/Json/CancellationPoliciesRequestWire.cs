using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Json;

internal sealed class CancellationPoliciesRequestWire
{
    public required CredentialWire Credential { get; init; }

    public required string Token { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string SolutionId { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string DepartId { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public string? ReturnId { get; init; }
}
