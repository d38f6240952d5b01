using System.Text.Json.Serialization;
using NodaTime;

namespace AviationApis.Benchmarks.Payloads;

// Mirrors of the CargoAi client's search response shapes (camelCase), used by the raw floor and the phase-1
// pipeline contenders. Open enums are strings here; dates use Core's NodaTime converters like the client.

/// <summary>A CargoAi search request (what every contender posts).</summary>
public sealed record CargoSearchRequest
{
    /// <summary>Origin airport.</summary>
    public required string Origin { get; init; }

    /// <summary>Destination airport.</summary>
    public required string Destination { get; init; }

    /// <summary>Earliest departure.</summary>
    public required string DepartureDate { get; init; }

    /// <summary>The shipment.</summary>
    public required CargoShipment Shipment { get; init; }
}

/// <summary>Shipment totals.</summary>
public sealed record CargoShipment
{
    /// <summary>Pieces.</summary>
    public int Pieces { get; init; }

    /// <summary>Gross weight, kg.</summary>
    public decimal Weight { get; init; }

    /// <summary>Volume, cbm.</summary>
    public decimal Volume { get; init; }
}

/// <summary>A search response.</summary>
public sealed record CargoSearchResponse
{
    /// <summary>Search id.</summary>
    public string? Id { get; init; }

    /// <summary>STARTED or COMPLETED.</summary>
    public string? Status { get; init; }

    /// <summary>FlyWINDOW link.</summary>
    [JsonPropertyName("resultsURL")]
    public string? ResultsUrl { get; init; }

    /// <summary>Offers.</summary>
    public IReadOnlyList<CargoFlight> Flights { get; init; } = [];

    /// <summary>Search errors.</summary>
    public CargoSearchMetadata? Metadata { get; init; }
}

/// <summary>Search metadata.</summary>
public sealed record CargoSearchMetadata
{
    /// <summary>Per-airline errors.</summary>
    public IReadOnlyList<CargoSearchError> SearchErrors { get; init; } = [];
}

/// <summary>One airline error.</summary>
public sealed record CargoSearchError
{
    /// <summary>Message.</summary>
    public string? Error { get; init; }

    /// <summary>Airlines.</summary>
    public IReadOnlyList<string> Airlines { get; init; } = [];
}

/// <summary>A flight offer.</summary>
public sealed record CargoFlight
{
    /// <summary>Booking key.</summary>
    [JsonPropertyName("flightUUID")]
    public string? FlightUuid { get; init; }

    /// <summary>Airline.</summary>
    public string? AirlineCode { get; init; }

    /// <summary>Flight numbers.</summary>
    public string? FlightNumber { get; init; }

    /// <summary>Departure airport.</summary>
    public string? DepartureAirport { get; init; }

    /// <summary>Departure.</summary>
    public OffsetDateTime? DepartureTime { get; init; }

    /// <summary>Arrival airport.</summary>
    public string? ArrivalAirport { get; init; }

    /// <summary>Arrival.</summary>
    public OffsetDateTime? ArrivalTime { get; init; }

    /// <summary>Cut-off.</summary>
    public OffsetDateTime? LatestAcceptanceTime { get; init; }

    /// <summary>Availability at destination.</summary>
    public OffsetDateTime? TimeOfAvailability { get; init; }

    /// <summary>Stops.</summary>
    public int Stops { get; init; }

    /// <summary>Legs.</summary>
    public IReadOnlyList<CargoLeg> Legs { get; init; } = [];

    /// <summary>Features.</summary>
    public CargoFeatures? Features { get; init; }

    /// <summary>Rates.</summary>
    public IReadOnlyList<CargoRate> Rates { get; init; } = [];

    /// <summary>Available.</summary>
    public bool Available { get; init; }

    /// <summary>Why not.</summary>
    public string? AvailableReason { get; init; }

    /// <summary>AWB prefixes.</summary>
    public IReadOnlyList<string>? AwbPrefixes { get; init; }

    /// <summary>Conditions.</summary>
    public string? AirlineConditions { get; init; }

    /// <summary>Contacts.</summary>
    public IReadOnlyList<string>? Contacts { get; init; }

    /// <summary>Handling agent.</summary>
    public string? GhaName { get; init; }

    /// <summary>Latest acceptance, HH:MM.</summary>
    public string? Hle { get; init; }
}

/// <summary>Features.</summary>
public sealed record CargoFeatures
{
    /// <summary>Bookable.</summary>
    public bool Bookable { get; init; }

    /// <summary>AWB optional.</summary>
    public bool AwbOptional { get; init; }
}

/// <summary>A leg.</summary>
public sealed record CargoLeg
{
    /// <summary>Flight number.</summary>
    public string? FlightNumber { get; init; }

    /// <summary>From.</summary>
    public string? DepartureAirport { get; init; }

    /// <summary>Departure.</summary>
    public OffsetDateTime? DepartureTime { get; init; }

    /// <summary>To.</summary>
    public string? ArrivalAirport { get; init; }

    /// <summary>Arrival.</summary>
    public OffsetDateTime? ArrivalTime { get; init; }

    /// <summary>Body type.</summary>
    public string? BodyType { get; init; }

    /// <summary>Aircraft.</summary>
    public string? AircraftCode { get; init; }

    /// <summary>CO2.</summary>
    public CargoCo2? Co2 { get; init; }
}

/// <summary>CO2 estimate.</summary>
public sealed record CargoCo2
{
    /// <summary>Kg.</summary>
    public double Value { get; init; }

    /// <summary>Estimated.</summary>
    public bool Estimation { get; init; }
}

/// <summary>A rate.</summary>
public sealed record CargoRate
{
    /// <summary>Id.</summary>
    public string? Id { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Type.</summary>
    public string? Type { get; init; }

    /// <summary>Currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Net rate per kg.</summary>
    public decimal NetRate { get; init; }

    /// <summary>All-in rate per kg.</summary>
    public decimal AllInRate { get; init; }

    /// <summary>Total.</summary>
    public decimal Total { get; init; }

    /// <summary>Minimum rate.</summary>
    public bool MinimumRate { get; init; }

    /// <summary>Last update.</summary>
    public string? LastUpdatedDate { get; init; }

    /// <summary>Charges.</summary>
    public IReadOnlyList<CargoCharge>? Charges { get; init; }

    /// <summary>Spot quote.</summary>
    public bool IsSpotQuoteRate { get; init; }

    /// <summary>Handling codes.</summary>
    public IReadOnlyList<string>? HandlingCodes { get; init; }

    /// <summary>FlyWINDOW link.</summary>
    [JsonPropertyName("bookingURL")]
    public string? BookingUrl { get; init; }
}

/// <summary>A surcharge.</summary>
public sealed record CargoCharge
{
    /// <summary>Label.</summary>
    public string? Label { get; init; }

    /// <summary>Code.</summary>
    public string? Code { get; init; }

    /// <summary>Basis.</summary>
    public string? Type { get; init; }

    /// <summary>Rate.</summary>
    public decimal Rate { get; init; }

    /// <summary>Minimum.</summary>
    public decimal MinAmount { get; init; }

    /// <summary>Maximum.</summary>
    public decimal MaxAmount { get; init; }
}
