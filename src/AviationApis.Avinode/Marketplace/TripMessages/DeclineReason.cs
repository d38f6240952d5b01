using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Marketplace.TripMessages;

/// <summary>Why a seller declines a lift or a whole RFQ (<c>declineReason</c>; the seven documented values, open set: unknown values are kept).</summary>
[ExtensibleEnum(NullIsEmpty = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<DeclineReason>))]
public readonly partial struct DeclineReason
{
    /// <summary><c>AIRCRAFT_NOT_AVAILABLE</c>: the aircraft is not available.</summary>
    public static DeclineReason AircraftNotAvailable { get; } = new("AIRCRAFT_NOT_AVAILABLE");

    /// <summary><c>CABOTAGE</c>: cabotage rules forbid the trip.</summary>
    public static DeclineReason Cabotage { get; } = new("CABOTAGE");

    /// <summary><c>CREW_NOT_AVAILABLE</c>: no crew is available.</summary>
    public static DeclineReason CrewNotAvailable { get; } = new("CREW_NOT_AVAILABLE");

    /// <summary><c>OWNER_DECLINED</c>: the aircraft owner declined.</summary>
    public static DeclineReason OwnerDeclined { get; } = new("OWNER_DECLINED");

    /// <summary><c>UNATTRACTIVE_TRIP</c>: the trip is not attractive to the operator.</summary>
    public static DeclineReason UnattractiveTrip { get; } = new("UNATTRACTIVE_TRIP");

    /// <summary><c>UNKNOWN</c>: no reason given.</summary>
    public static DeclineReason Unknown { get; } = new("UNKNOWN");

    /// <summary><c>OTHER</c>: another reason (say which in the message).</summary>
    public static DeclineReason Other { get; } = new("OTHER");
}
