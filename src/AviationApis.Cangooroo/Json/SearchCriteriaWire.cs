using AviationApis.Cangooroo.Search;
using NodaTime;

namespace AviationApis.Cangooroo.Json;

internal sealed class SearchCriteriaWire
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
