using System.Text.Json.Serialization;
using AviationApis.Core.Json;
using NodaTime;

namespace AviationApis.Benchmarks.Payloads;

// Mirrors of the Cangooroo client's search response (PascalCase, ids as number or string, dd/MM/yyyy dates).

/// <summary>A search response.</summary>
public sealed record CangoorooSearchResponse
{
    /// <summary>Business error.</summary>
    public CangoorooError? Error { get; init; }

    /// <summary>Server time.</summary>
    public string? TimeSpan { get; init; }

    /// <summary>Seconds.</summary>
    public double TotalTime { get; init; }

    /// <summary>Booking token.</summary>
    public string? Token { get; init; }

    /// <summary>Count.</summary>
    public int NumberOfResults { get; init; }

    /// <summary>Solutions.</summary>
    public IReadOnlyList<CangoorooSolution> Solutions { get; init; } = [];
}

/// <summary>Envelope error.</summary>
public sealed record CangoorooError
{
    /// <summary>Message.</summary>
    public string? Message { get; init; }

    /// <summary>Code.</summary>
    public string? Code { get; init; }
}

/// <summary>A solution.</summary>
public sealed record CangoorooSolution
{
    /// <summary>Id.</summary>
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? SolutionId { get; init; }

    /// <summary>Provider.</summary>
    public string? Provider { get; init; }

    /// <summary>Price.</summary>
    public CangoorooPrice? Price { get; init; }

    /// <summary>Outbound options.</summary>
    public IReadOnlyList<CangoorooFlight> Depart { get; init; } = [];

    /// <summary>Return options.</summary>
    public IReadOnlyList<CangoorooFlight> Return { get; init; } = [];
}

/// <summary>Money.</summary>
public sealed record CangoorooPrice
{
    /// <summary>Currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Amount.</summary>
    public decimal Value { get; init; }
}

/// <summary>A flight option.</summary>
public sealed record CangoorooFlight
{
    /// <summary>Id.</summary>
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string? Id { get; init; }

    /// <summary>Airline.</summary>
    public string? Airline { get; init; }

    /// <summary>Airline code.</summary>
    public string? AirlineCod { get; init; }

    /// <summary>Class.</summary>
    public string? Class { get; init; }

    /// <summary>Departure.</summary>
    [JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]
    public LocalDateTime DepartureDate { get; init; }

    /// <summary>Arrival.</summary>
    [JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]
    public LocalDateTime ArrivalDate { get; init; }

    /// <summary>Flight numbers.</summary>
    public string? FlightNumber { get; init; }

    /// <summary>From.</summary>
    public string? IataOriginAirport { get; init; }

    /// <summary>To.</summary>
    public string? IataDestinyAirport { get; init; }

    /// <summary>Stops.</summary>
    public int QtdStops { get; init; }

    /// <summary>Luggage.</summary>
    public IReadOnlyList<CangoorooLuggage> Luggages { get; init; } = [];

    /// <summary>Legs.</summary>
    public IReadOnlyList<CangoorooLeg> Legs { get; init; } = [];
}

/// <summary>Luggage allowance.</summary>
public sealed record CangoorooLuggage
{
    /// <summary>Pieces.</summary>
    public int Quantity { get; init; }

    /// <summary>Kg.</summary>
    public int Weight { get; init; }

    /// <summary>Text.</summary>
    public string? Description { get; init; }
}

/// <summary>A leg.</summary>
public sealed record CangoorooLeg
{
    /// <summary>Flight number.</summary>
    public string? FlightNumber { get; init; }

    /// <summary>Departure.</summary>
    [JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]
    public LocalDateTime DepartureDate { get; init; }

    /// <summary>Arrival.</summary>
    [JsonConverter(typeof(DayMonthYearLocalDateTimeJsonConverter))]
    public LocalDateTime ArrivalDate { get; init; }

    /// <summary>From.</summary>
    public string? IataOriginAirport { get; init; }

    /// <summary>To.</summary>
    public string? IataDestinyAirport { get; init; }

    /// <summary>Airline code.</summary>
    public string? AirlineCod { get; init; }
}
