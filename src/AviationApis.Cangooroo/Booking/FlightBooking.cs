using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Cangooroo.Json;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Pricing;
using AviationApis.Cangooroo.Search;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Booking;

/// <summary>
/// A booked flight service (the <c>Service</c> of the Booking, GetServiceDetails and Cancel responses). Check
/// <see cref="BookingStatus.RequiresStatusCheck"/> on <see cref="Status"/>: <c>InProgress</c> means ask again with
/// <see cref="ICangoorooFlightClient.GetServiceDetailsAsync"/>.
/// </summary>
public sealed record FlightBooking
{
    private readonly string _serviceId = string.Empty;
    private readonly IReadOnlyList<Flight> _departures = [];
    private readonly IReadOnlyList<Flight> _returns = [];
    private readonly IReadOnlyList<BookedPassenger> _passengers = [];

    /// <summary>The booked service's id (<c>ServiceId</c>; a number or a string on the wire), for details and cancel.</summary>
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string ServiceId { get => _serviceId; init => _serviceId = value ?? string.Empty; }

    /// <summary>The reservation id (<c>ReservationId</c>), e.g. the airline locator.</summary>
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? ReservationId { get; init; }

    /// <summary>
    /// The reference this SDK sent as <c>ExternalReference</c> with the booking (<see cref="CancellationPolicyQuote.ClientReference"/>):
    /// read from the answer when the vendor echoes it, else filled in by the client for the bookings it made or found.
    /// </summary>
    [JsonPropertyName("ExternalReference")]
    public string? ClientReference { get; init; }

    /// <summary>The booking status.</summary>
    public BookingStatus Status { get; init; }

    /// <summary>The payment status as sent, e.g. <c>Paid</c> (the vendor publishes no list of values).</summary>
    public string? PaymentStatus { get; init; }

    /// <summary>The price of the service.</summary>
    public Money? Price { get; init; }

    /// <summary>
    /// The penalty charged for cancelling, when the vendor states one (<c>Penalty</c>; assumed name and money shape: the
    /// vendor only says a fine may apply after the cancellation policies take effect).
    /// </summary>
    public Money? Penalty { get; init; }

    /// <summary>The outbound flights (<c>Depart</c>).</summary>
    [JsonPropertyName("Depart")]
    public IReadOnlyList<Flight> Departures { get => _departures; init => _departures = value ?? []; }

    /// <summary>The return flights (<c>Return</c>).</summary>
    [JsonPropertyName("Return")]
    public IReadOnlyList<Flight> Returns { get => _returns; init => _returns = value ?? []; }

    /// <summary>The passengers.</summary>
    public IReadOnlyList<BookedPassenger> Passengers { get => _passengers; init => _passengers = value ?? []; }

    /// <summary>The cancellation policy text (<c>CancelationPolicies</c>); structured policies are kept as their JSON text.</summary>
    [JsonPropertyName("CancelationPolicies")]
    [JsonConverter(typeof(TextOrJsonJsonConverter))]
    public string? CancellationPolicies { get; init; }

    /// <summary>The quote this booking was made from, when this client made it (for <see cref="ICangoorooFlightClient.WaitForOutcomeAsync"/>).</summary>
    [JsonIgnore]
    internal CancellationPolicyQuote? Quote { get; init; }

    /// <summary>Members this SDK version does not know, kept as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(ServiceId).Add(ReservationId).Add(ClientReference).Add(Status).Add(PaymentStatus)
            .Add(Price).Add(Penalty).Add(Departures).Add(Returns).Add(Passengers).Add(CancellationPolicies)
            .Add(AdditionalProperties).Written;
}
