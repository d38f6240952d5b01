using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Marketplace.Trips;

/// <summary>Why a buyer cancels a trip (<c>PUT /trips/{id}/cancel</c>, member <c>reason</c>; open set: unknown values are kept).</summary>
[ExtensibleEnum(NullIsEmpty = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<TripCancellationReason>))]
public readonly partial struct TripCancellationReason
{
    /// <summary><c>BY_CLIENT</c>: the client cancelled.</summary>
    public static TripCancellationReason ByClient { get; } = new("BY_CLIENT");

    /// <summary><c>CHANGED</c>: the trip changed (e.g. a new trip replaces it).</summary>
    public static TripCancellationReason Changed { get; } = new("CHANGED");

    /// <summary><c>BOOKED</c>: the trip was booked.</summary>
    public static TripCancellationReason Booked { get; } = new("BOOKED");

    /// <summary><c>OTHER</c>: another reason (say which in the message to sellers).</summary>
    public static TripCancellationReason Other { get; } = new("OTHER");
}
