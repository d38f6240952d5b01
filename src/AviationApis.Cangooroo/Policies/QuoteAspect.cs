using AviationApis.Cangooroo.Search;

namespace AviationApis.Cangooroo.Policies;

/// <summary>What a <see cref="QuoteDifference"/> or an <see cref="UncomparableAspect"/> is about.</summary>
public enum QuoteAspect
{
    /// <summary>The solution's total price (<c>Price</c>).</summary>
    Price = 0,

    /// <summary>The fare part of the price (<c>PriceBreakdown.Fare</c>).</summary>
    Fare = 1,

    /// <summary>The taxes (<c>PriceBreakdown.Taxes</c>).</summary>
    Taxes = 2,

    /// <summary>The fees (<c>PriceBreakdown.Fees</c>).</summary>
    Fees = 3,

    /// <summary>The currency of the total price.</summary>
    Currency = 4,

    /// <summary>The rate information (<c>RateInformation</c>).</summary>
    RateInformation = 5,

    /// <summary>A chosen flight as a whole (used when the answer does not contain it).</summary>
    Flight = 6,

    /// <summary>A flight's local departure time.</summary>
    DepartureTime = 7,

    /// <summary>A flight's local arrival time.</summary>
    ArrivalTime = 8,

    /// <summary>A flight's flight numbers.</summary>
    FlightNumbers = 9,

    /// <summary>A flight's number of stops.</summary>
    Stops = 10,

    /// <summary>A flight's cabin (<c>Class</c>).</summary>
    Cabin = 11,

    /// <summary>A flight's baggage allowances (<c>Luggages</c>).</summary>
    Luggage = 12,
}
