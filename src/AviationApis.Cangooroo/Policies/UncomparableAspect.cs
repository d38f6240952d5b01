using AviationApis.Cangooroo.Search;

namespace AviationApis.Cangooroo.Policies;

/// <summary>
/// Something the user chose on that the policies answer does not state, so it cannot be compared: it is not known to be
/// unchanged. Tell the user, or confirm it with the operator, before booking.
/// </summary>
/// <param name="Aspect">What cannot be compared.</param>
/// <param name="Direction">The flight it concerns; <see langword="null"/> for solution-level aspects.</param>
/// <param name="FlightId">The chosen flight's <see cref="Flight.Id"/>, for flight aspects (do not display or parse).</param>
/// <param name="Reason">Why, e.g. <c>the answer has no Solution</c>.</param>
public sealed record UncomparableAspect(QuoteAspect Aspect, FlightDirection? Direction, string? FlightId, string Reason)
{
    /// <summary>A sentence for the user, e.g. <c>Departure flight: luggage cannot be compared (the answer does not state it)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        (Direction switch { FlightDirection.Departure => "Departure flight: ", FlightDirection.Return => "Return flight: ", _ => string.Empty })
        + QuoteAspects.Describe(Aspect) + " cannot be compared (" + Reason + ")";
}
