using System.Text.Json.Serialization;
using NodaTime;

namespace AviationApis.Cangooroo.Wire;

// Request bodies, member names exactly as on the wire (PascalCase as declared; `isChild` lower-case).
internal sealed class CredentialDto
{
    public required string Username { get; init; }

    public required string Password { get; init; }
}

internal sealed class SearchRequestDto
{
    public required CredentialDto Credential { get; init; }

    public required SearchCriteriaDto Criteria { get; init; }
}

internal sealed class SearchCriteriaDto
{
    public LocalDate DepartureDate { get; init; }

    public LocalDate? ReturnDate { get; init; }

    public required string IataOriginAirport { get; init; }

    public required string IataDestinationAirport { get; init; }

    public int NumberOfAdults { get; init; }

    public IReadOnlyList<int>? ChildrenAge { get; init; }

    public required string NationalityPax { get; init; }

    public required string SearchType { get; init; }

    public CabinClass ClassFlight { get; init; }

    public LuggagePreference Luggage { get; init; }
}

internal sealed class CancellationPoliciesRequestDto
{
    public required CredentialDto Credential { get; init; }

    public required string Token { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string SolutionId { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string DepartId { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public string? ReturnId { get; init; }
}

internal sealed class BookingRequestDto
{
    public required CredentialDto Credential { get; init; }

    public required string Token { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string SolutionId { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string DepartId { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public string? ReturnId { get; init; }

    public required IReadOnlyList<PassengerDto> Passengers { get; init; }

    public required PaymentDto Payment { get; init; }

    /// <summary>The client's reference, listed by BackOffice <c>GetBookingList</c> as <c>ExternalReference</c>.</summary>
    public string? ExternalReference { get; init; }
}

internal sealed class PassengerDto
{
    public required string Name { get; init; }

    public required string Surname { get; init; }

    public int Age { get; init; }

    public string? Cpf { get; init; }

    public string? Title { get; init; }

    public bool MainPax { get; init; }

    [JsonPropertyName("isChild")]
    public bool IsChild { get; init; }

    public string? Address { get; init; }

    public string? City { get; init; }

    public string? ZipCode { get; init; }

    public string? State { get; init; }

    public string? AddressNumber { get; init; }

    public string? Email { get; init; }

    [JsonPropertyName("PhoneDDD")]
    public string? PhoneDdd { get; init; }

    [JsonPropertyName("PhoneDDI")]
    public string? PhoneDdi { get; init; }

    public string? PhoneNumber { get; init; }
}

internal sealed class PaymentDto
{
    public required CreditCardDto CreditCard { get; init; }
}

internal sealed class CreditCardDto
{
    public required string Holder { get; init; }

    public required string CardNumber { get; init; }

    public required string SecurityCode { get; init; }

    public int YearExpiration { get; init; }

    public int MonthExpiration { get; init; }

    public int Installments { get; init; }

    public CardBrand CardOperator { get; init; }

    public override string ToString() => "CreditCard([REDACTED])";
}

internal sealed class ServiceRequestDto
{
    public required CredentialDto Credential { get; init; }

    [JsonConverter(typeof(NumericIdJsonConverter))]
    public required string ServiceId { get; init; }
}

/// <summary>BackOffice <c>GetBookingList</c>: <c>{Credential, SearchBookingCriteria{ExternalReference}}</c> (criteria names assumed).</summary>
internal sealed class BookingListRequestDto
{
    public required CredentialDto Credential { get; init; }

    public required BookingListCriteriaDto SearchBookingCriteria { get; init; }
}

internal sealed class BookingListCriteriaDto
{
    public required string ExternalReference { get; init; }
}
