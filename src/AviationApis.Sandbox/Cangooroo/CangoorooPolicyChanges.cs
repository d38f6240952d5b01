namespace AviationApis.Sandbox.Cangooroo;

/// <summary>
/// What the Cangooroo sandbox changes in its GetCancellationPolicies answers (and in the booked service) compared with
/// the search, so a client's change report can be tested for each aspect the vendor warns may change. Set with
/// <see cref="CangoorooEmulator.PolicyChanges"/>; flags combine. Solution 17 is always 2.5 % dearer, whatever is set.
/// </summary>
[Flags]
public enum CangoorooPolicyChanges
{
    /// <summary>Nothing beyond the seeded behaviour.</summary>
    None = 0,

    /// <summary>The total price and the fare go up by 100.</summary>
    Price = 1 << 0,

    /// <summary>50 moves from taxes to the fare (the total holds).</summary>
    Fare = 1 << 1,

    /// <summary>20 moves from fees to taxes (the total holds).</summary>
    Taxes = 1 << 2,

    /// <summary>10 moves from the fare to fees (the total holds).</summary>
    Fees = 1 << 3,

    /// <summary>The price and its breakdown are stated in <c>USD</c> (same values).</summary>
    Currency = 1 << 4,

    /// <summary>The rate information becomes a non-refundable fare.</summary>
    RateInformation = 1 << 5,

    /// <summary>Each chosen flight departs one hour later.</summary>
    DepartureTime = 1 << 6,

    /// <summary>Each chosen flight arrives one hour later.</summary>
    ArrivalTime = 1 << 7,

    /// <summary>Each chosen flight's numbers change (the last digit of each goes up by one).</summary>
    FlightNumbers = 1 << 8,

    /// <summary>Each chosen flight gets one more stop.</summary>
    Stops = 1 << 9,

    /// <summary>Each chosen flight's cabin (<c>Class</c>) changes.</summary>
    Cabin = 1 << 10,

    /// <summary>Each chosen flight loses its luggage (or gains one 23 kg bag when it had none).</summary>
    Luggage = 1 << 11,

    /// <summary>The answer leaves out <c>Solution</c> entirely (nothing can be compared).</summary>
    OmitSolution = 1 << 12,

    /// <summary>The answer's solution leaves out the breakdown, the rate information and each flight's class, stops and luggage.</summary>
    OmitDetails = 1 << 13,
}
