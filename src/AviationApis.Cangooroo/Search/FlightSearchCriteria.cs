using NodaTime;

namespace AviationApis.Cangooroo.Search;

/// <summary>
/// What to search for (the <c>Criteria</c> of a Search request). A round trip is a search with a
/// <see cref="ReturnDate"/>; without one it is one way. Checked before sending: IATA codes are three letters,
/// the return is not before the departure, at least one adult, children's ages 0–17, nationality two letters.
/// </summary>
public sealed record FlightSearchCriteria
{
    /// <summary>The departure airport's IATA code, three letters (sent upper-case as <c>IataOriginAirport</c>).</summary>
    public required string Origin { get; init; }

    /// <summary>The arrival airport's IATA code, three letters (sent upper-case as <c>IataDestinationAirport</c>).</summary>
    public required string Destination { get; init; }

    /// <summary>The outbound date (sent as <c>yyyy-MM-dd</c>).</summary>
    public required LocalDate DepartureDate { get; init; }

    /// <summary>The return date for a round trip (sent as <c>yyyy-MM-dd</c>); <see langword="null"/> for one way.</summary>
    public LocalDate? ReturnDate { get; init; }

    /// <summary>The number of adults (at least 1; sent as <c>NumberOfAdults</c>).</summary>
    public int Adults { get; init; } = 1;

    /// <summary>One age per child (0–17; sent as <c>ChildrenAge</c>, left out when empty).</summary>
    public IReadOnlyList<int> ChildrenAges { get; init; } = [];

    /// <summary>The main passenger's nationality, a two-letter country code such as <c>BR</c> (sent as <c>NationalityPax</c>).</summary>
    public required string Nationality { get; init; }

    /// <summary>The cabin (sent as <c>ClassFlight</c>); default <see cref="CabinClass.All"/>.</summary>
    public CabinClass Cabin { get; init; } = CabinClass.All;

    /// <summary>The baggage preference (sent as <c>Luggage</c>); default <see cref="LuggagePreference.Both"/>.</summary>
    public LuggagePreference Luggage { get; init; } = LuggagePreference.Both;

    /// <summary><see langword="true"/> when <see cref="ReturnDate"/> is set (sent as <c>SearchType</c> <c>RoundTrip</c>, else <c>OneWay</c>).</summary>
    public bool IsRoundTrip => ReturnDate is not null;

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Origin).Add(Destination).Add(DepartureDate).Add(ReturnDate).Add(Adults)
            .Add(ChildrenAges).Add(Nationality).Add(Cabin).Add(Luggage).Add(IsRoundTrip).Written;
}
