using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Json;

/// <summary>The package's source-generated JSON metadata, PascalCase as declared, with Core's options.</summary>
[JsonSerializable(typeof(SearchRequestWire))]
[JsonSerializable(typeof(CancellationPoliciesRequestWire))]
[JsonSerializable(typeof(BookingRequestWire))]
[JsonSerializable(typeof(ServiceRequestWire))]
[JsonSerializable(typeof(SearchResponseWire))]
[JsonSerializable(typeof(CancellationPoliciesResponseWire))]
[JsonSerializable(typeof(ServiceResponseWire))]
[JsonSerializable(typeof(BookingListRequestWire))]
[JsonSerializable(typeof(BookingListResponseWire))]
internal sealed partial class CangoorooJsonContext : JsonSerializerContext
{
    /// <summary>The context built with <see cref="AviationJsonOptions.Create"/> (no naming policy: PascalCase as declared).</summary>
    public static CangoorooJsonContext Configured { get; } = new(AviationJsonOptions.Create(null));
}
