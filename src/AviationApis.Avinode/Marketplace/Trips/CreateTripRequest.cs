namespace AviationApis.Avinode.Marketplace.Trips;

/// <summary>
/// A new trip (<c>POST /trips</c>): what to search for (<see cref="Criteria"/>), the itinerary
/// (<see cref="Segments"/>), and whether Avinode sources it. The answer carries the trip's
/// <c>searchInAvinode</c> deep link: B2B integrations search by opening it (the availability search API is for
/// end-client applications only).
/// </summary>
public sealed record CreateTripRequest
{
    /// <summary>Your own id for the trip (e.g. the CRM's), echoed back on the trip and its RFQs.</summary>
    public string? ExternalTripId { get; init; }

    /// <summary>The search criteria. Required (send an empty one for none).</summary>
    public required TripCriteria Criteria { get; init; }

    /// <summary>The itinerary; at least one segment.</summary>
    public required IReadOnlyList<TripSegment> Segments { get; init; }

    /// <summary>Whether the trip is sourced through Avinode (required by the vendor).</summary>
    public required bool Sourcing { get; init; }

    /// <summary>Whether to post the trip to the Avinode trip board.</summary>
    public bool? PostToTripBoard { get; init; }

    /// <summary>The message shown with the trip-board post.</summary>
    public string? TripBoardPostMessage { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(ExternalTripId).Add(Criteria).Add(Segments).Add(Sourcing).Add(PostToTripBoard)
            .Add(TripBoardPostMessage).Written;
}
