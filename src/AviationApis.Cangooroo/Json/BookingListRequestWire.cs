namespace AviationApis.Cangooroo.Json;

/// <summary>BackOffice <c>GetBookingList</c>: <c>{Credential, SearchBookingCriteria{ExternalReference}}</c> (criteria names assumed).</summary>
internal sealed class BookingListRequestWire
{
    public required CredentialWire Credential { get; init; }

    public required BookingListCriteriaWire SearchBookingCriteria { get; init; }
}
