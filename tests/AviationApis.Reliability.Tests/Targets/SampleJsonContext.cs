using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>The source-generated context of the sample models, built with Core's options.</summary>
[JsonSerializable(typeof(SampleFlight))]
[JsonSerializable(typeof(SampleBooking))]
[JsonSerializable(typeof(SampleStatusChange))]
[JsonSerializable(typeof(SampleBookingRequest))]
internal sealed partial class SampleJsonContext : JsonSerializerContext
{
    public static SampleJsonContext Camel { get; } = new(AviationJsonOptions.Create(JsonNamingPolicy.CamelCase));
}
