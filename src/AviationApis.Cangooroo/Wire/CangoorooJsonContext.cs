using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Wire;

/// <summary>The package's source-generated JSON metadata, PascalCase as declared, with Core's options.</summary>
[JsonSerializable(typeof(SearchRequestDto))]
[JsonSerializable(typeof(CancellationPoliciesRequestDto))]
[JsonSerializable(typeof(BookingRequestDto))]
[JsonSerializable(typeof(ServiceRequestDto))]
[JsonSerializable(typeof(SearchResponseDto))]
[JsonSerializable(typeof(CancellationPoliciesResponseDto))]
[JsonSerializable(typeof(ServiceResponseDto))]
[JsonSerializable(typeof(BookingListRequestDto))]
[JsonSerializable(typeof(BookingListResponseDto))]
internal sealed partial class CangoorooJsonContext : JsonSerializerContext
{
    /// <summary>The context built with <see cref="AviationJsonOptions.Create"/> (no naming policy: PascalCase as declared).</summary>
    public static CangoorooJsonContext Configured { get; } = new(AviationJsonOptions.Create(null));
}
