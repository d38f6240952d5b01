namespace AviationApis.Cangooroo.Policies;

/// <summary>Words for <see cref="QuoteAspect"/> values in descriptions.</summary>
internal static class QuoteAspects
{
    public static string Describe(QuoteAspect aspect) => aspect switch
    {
        QuoteAspect.Price => "price",
        QuoteAspect.Fare => "fare",
        QuoteAspect.Taxes => "taxes",
        QuoteAspect.Fees => "fees",
        QuoteAspect.Currency => "currency",
        QuoteAspect.RateInformation => "rate information",
        QuoteAspect.Flight => "flight",
        QuoteAspect.DepartureTime => "departure time",
        QuoteAspect.ArrivalTime => "arrival time",
        QuoteAspect.FlightNumbers => "flight numbers",
        QuoteAspect.Stops => "stops",
        QuoteAspect.Cabin => "cabin",
        QuoteAspect.Luggage => "luggage",
        _ => aspect.ToString(),
    };
}
