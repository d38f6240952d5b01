using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Search;

/// <summary>Booking features of a flight.</summary>
public sealed record FlightFeatures
{
    /// <summary>Whether the flight is bookable through the API (<see cref="Flight.Available"/> must be true as well).</summary>
    public bool? Bookable { get; init; }

    /// <summary>Whether a booking may omit the AWB number.</summary>
    public bool? AwbOptional { get; init; }

    /// <summary>Whether the booking may be placed under an allotment.</summary>
    public bool? Allotment { get; init; }

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Bookable).Add(AwbOptional).Add(Allotment).Add(AdditionalProperties).Written;
}
