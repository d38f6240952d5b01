namespace AviationApis.CargoAi.Search;

/// <summary>Why a flight or rate cannot be booked through the API (<see cref="FlightBookability.Problem"/>).</summary>
public enum FlightBookabilityProblem
{
    /// <summary>Nothing: it can be booked through the API.</summary>
    None = 0,

    /// <summary>The flight is not available (<c>available</c> is not true; <c>availableReason</c> says why).</summary>
    NotAvailable = 1,

    /// <summary>The airline does not accept API bookings for it (<c>features.bookable</c> is not true): book through FlyWINDOW.</summary>
    NotBookableThroughApi = 2,

    /// <summary>
    /// A coloader option: without IATA CASS or an airline customer id, CargoAi's coloader network answered. Not bookable
    /// via API; booking via CargoMART (FlyWINDOW).
    /// </summary>
    ColoaderRate = 3,

    /// <summary>A manual rate (<c>isManualRate</c>): uploaded by hand into CargoAi, not bookable via API; booking via CargoMART (FlyWINDOW).</summary>
    ManualRate = 4,
}
