using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Json;

internal sealed class ServiceRequestWire
{
    public required CredentialWire Credential { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string ServiceId { get; init; }
}
