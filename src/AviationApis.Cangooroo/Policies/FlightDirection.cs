namespace AviationApis.Cangooroo.Policies;

/// <summary>Which chosen flight a <see cref="QuoteDifference"/> or an <see cref="UncomparableAspect"/> is about.</summary>
public enum FlightDirection
{
    /// <summary>The outbound flight (<c>Depart</c>).</summary>
    Departure = 0,

    /// <summary>The return flight (<c>Return</c>).</summary>
    Return = 1,
}
