using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Json;

/// <summary>The PATCH body that sets an identity.</summary>
internal sealed record ExternalIdentityWire(
    [property: JsonPropertyName("identifier")] string Identifier,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("uri")] string? Uri);
