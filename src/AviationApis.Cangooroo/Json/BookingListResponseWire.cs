namespace AviationApis.Cangooroo.Json;

/// <summary>BackOffice <c>GetBookingList</c>: <c>{TotalResults, Reservations[...]}</c>.</summary>
internal sealed class BookingListResponseWire : CangoorooResponseWire
{
    public int? TotalResults { get; init; }

    public IReadOnlyList<BookingListEntryWire?>? Reservations { get; init; }
}
