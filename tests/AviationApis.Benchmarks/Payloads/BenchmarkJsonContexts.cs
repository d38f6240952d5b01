using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Benchmarks.Payloads;

/// <summary>Source-generated metadata for the camelCase mirrors (CargoAi, Avinode), built with Core's options.</summary>
[JsonSerializable(typeof(CargoSearchRequest))]
[JsonSerializable(typeof(CargoSearchResponse))]
[JsonSerializable(typeof(AvinodeContactEnvelope))]
internal sealed partial class CamelCaseJsonContext : JsonSerializerContext
{
    public static CamelCaseJsonContext Instance { get; } = new(AviationJsonOptions.Create(JsonNamingPolicy.CamelCase));
}

/// <summary>Source-generated metadata for the PascalCase mirrors (Cangooroo), built with Core's options.</summary>
[JsonSerializable(typeof(CangoorooSearchResponse))]
internal sealed partial class PascalCaseJsonContext : JsonSerializerContext
{
    public static PascalCaseJsonContext Instance { get; } = new(AviationJsonOptions.Create(null));
}
