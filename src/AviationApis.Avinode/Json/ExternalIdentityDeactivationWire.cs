using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Json;

/// <summary>The PATCH body that deactivates an identity: the seed sends <c>"isActive": "false"</c> as a string.</summary>
internal sealed record ExternalIdentityDeactivationWire
{
    [JsonPropertyName("isActive")]
    public string IsActive { get; init; } = "false";
}
