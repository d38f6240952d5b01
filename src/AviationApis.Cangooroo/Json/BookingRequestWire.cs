using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Json;

internal sealed class BookingRequestWire
{
    public required CredentialWire Credential { get; init; }

    public required string Token { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string SolutionId { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string DepartId { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public string? ReturnId { get; init; }

    public required IReadOnlyList<PassengerWire> Passengers { get; init; }

    public required PaymentWire Payment { get; init; }

    /// <summary>The client's reference, listed by BackOffice <c>GetBookingList</c> as <c>ExternalReference</c>.</summary>
    public string? ExternalReference { get; init; }
}
