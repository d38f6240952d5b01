using System.Text.Json.Serialization;

namespace AviationApis.Avinode.Json;

/// <summary>The POST body that creates an external system.</summary>
internal sealed record ExternalSystemWire([property: JsonPropertyName("name")] string Name);
