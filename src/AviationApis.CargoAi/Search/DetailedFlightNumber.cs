namespace AviationApis.CargoAi.Search;

/// <summary>A flight number split into carrier code and number (the vendor's <c>FlightNumber</c> object).</summary>
public sealed record DetailedFlightNumber
{
    /// <summary>The carrier code.</summary>
    public string? Carrier { get; init; }

    /// <summary>The numeric part.</summary>
    public string? Number { get; init; }
}
