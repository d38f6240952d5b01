namespace AviationApis.Cangooroo.Json;

internal sealed class BookingListCriteriaWire
{
    public required string ExternalReference { get; init; }
}
