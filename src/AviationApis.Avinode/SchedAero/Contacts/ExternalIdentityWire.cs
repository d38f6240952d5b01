using System.Text.Json.Serialization;

namespace AviationApis.Avinode.SchedAero;

/// <summary>The PATCH body that sets an identity.</summary>
internal sealed record ExternalIdentityBody(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("uri")] string? Uri);

/// <summary>The PATCH body that deactivates an identity: the seed sends <c>"isActive": "false"</c> as a string.</summary>
internal sealed record ExternalIdentityDeactivationBody
{
    [JsonPropertyName("isActive")]
    public string IsActive { get; init; } = "false";
}

/// <summary>The POST body that creates an external system.</summary>
internal sealed record ExternalSystemBody([property: JsonPropertyName("name")] string Name);
