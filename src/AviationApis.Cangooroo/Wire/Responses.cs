using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Wire;

/// <summary>The envelope every response carries: <c>Error</c> (null on success), <c>TimeSpan</c>, <c>TotalTime</c>.</summary>
internal abstract class CangoorooResponseDto
{
    /// <summary>Read as raw JSON so any shape (object, string) still yields a typed business error.</summary>
    public JsonElement? Error { get; init; }

    /// <summary>The server's timestamp text (<c>yyyy-MM-dd HH:mm:ss</c>); kept as raw JSON, never parsed.</summary>
    public JsonElement? TimeSpan { get; init; }

    public double? TotalTime { get; init; }

    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    public bool HasError => Error is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) };
}

internal sealed class SearchResponseDto : CangoorooResponseDto
{
    public string? Token { get; init; }

    public int? NumberOfResults { get; init; }

    public IReadOnlyList<FlightSolution>? Solutions { get; init; }
}

internal sealed class CancellationPoliciesResponseDto : CangoorooResponseDto
{
    public string? Token { get; init; }

    public FlightSolution? Solution { get; init; }

    [JsonConverter(typeof(TextOrJsonJsonConverter))]
    public string? CancelationPolicies { get; init; }

    public IReadOnlyList<PaymentCondition>? PaymentConditions { get; init; }
}

internal sealed class ServiceResponseDto : CangoorooResponseDto
{
    public FlightBooking? Service { get; init; }
}

/// <summary>BackOffice <c>GetBookingList</c>: <c>{TotalResults, Reservations[...]}</c>.</summary>
internal sealed class BookingListResponseDto : CangoorooResponseDto
{
    public int? TotalResults { get; init; }

    public IReadOnlyList<BookingListEntryDto?>? Reservations { get; init; }
}

internal sealed class BookingListEntryDto
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
