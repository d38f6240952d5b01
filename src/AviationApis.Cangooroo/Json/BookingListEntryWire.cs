using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Json;

internal sealed class BookingListEntryWire
{
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? BookingId { get; init; }

    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? ServiceId { get; init; }

    /// <summary>The BackOffice service type: <c>10</c> is Flight (a name is accepted too).</summary>
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? ServiceType { get; init; }

    public string? ExternalReference { get; init; }
}
