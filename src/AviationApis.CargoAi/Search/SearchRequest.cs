using AviationApis.CargoAi.Shipments;
using NodaTime;

namespace AviationApis.CargoAi.Search;

/// <summary>
/// The body of <c>POST /search</c>. Quote &amp; Book needs <see cref="Shipment"/> and <see cref="User"/>; Route &amp;
/// Schedule mode needs only origin, destination and departure date.
/// </summary>
public sealed record SearchRequest
{
    /// <summary>Origin airport code (or city code when <see cref="SearchFilters.IsOriginByCity"/>).</summary>
    public required string Origin { get; init; }

    /// <summary>Destination airport code (or city code when <see cref="SearchFilters.IsDestinationByCity"/>).</summary>
    public required string Destination { get; init; }

    /// <summary>Earliest departure date (sent as <c>yyyy-MM-dd</c>).</summary>
    public required LocalDate DepartureDate { get; init; }

    /// <summary>The shipment (required for Quote &amp; Book).</summary>
    public Shipment? Shipment { get; init; }

    /// <summary>The user searching (required for Quote &amp; Book).</summary>
    public SearchUser? User { get; init; }

    /// <summary>Seconds the first call waits for airline APIs (server default 25, documented range 0–25).</summary>
    public int? Timeout { get; init; }

    /// <summary>Days after <see cref="DepartureDate"/> to include (server default 5, max 5).</summary>
    public int? Offset { get; init; }

    /// <summary>A search id from a previous response, to fetch missing results. The client sets it while polling.</summary>
    public string? Id { get; init; }

    /// <summary>Search filters.</summary>
    public SearchFilters? Filters { get; init; }
}
