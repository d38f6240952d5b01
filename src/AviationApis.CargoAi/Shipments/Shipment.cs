using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Shipments;

/// <summary>
/// A shipment as CargoAi sends and receives it (search, direct booking, track). Shipment-level pieces, weight and volume
/// are totals; <see cref="Dimensions"/> describes piece groups. Units follow <see cref="MeasurementUnit"/>.
/// </summary>
public sealed record Shipment
{
    /// <summary>Total number of pieces (required).</summary>
    public int Pieces { get; init; }

    /// <summary>Total gross weight in kg (required; kg under both measurement units).</summary>
    public decimal Weight { get; init; }

    /// <summary>Total volume in cubic metres (METRIC) or cubic feet (IMPERIAL) (required).</summary>
    public decimal Volume { get; init; }

    /// <summary>Piece groups. Optional: the server computes "fake" dimensions when absent; send an empty list to give totals only.</summary>
    public IReadOnlyList<PieceGroup>? Dimensions { get; init; }

    /// <summary>Total chargeable weight in kg; computed by the server when absent (see <see cref="ChargeableWeight"/>).</summary>
    public decimal? ChargeableWeight { get; init; }

    /// <summary>The units; the server defaults to <see cref="Shipments.MeasurementUnit.Metric"/>.</summary>
    public MeasurementUnit? MeasurementUnit { get; init; }

    /// <summary>The product code; the server defaults to <c>GCR</c>.</summary>
    public string? Product { get; init; }

    /// <summary>Global Harmonized System codes.</summary>
    [JsonPropertyName("globalHS")]
    public IReadOnlyList<string>? GlobalHs { get; init; }

    /// <summary>European Harmonized System codes.</summary>
    [JsonPropertyName("europeanHS")]
    public IReadOnlyList<string>? EuropeanHs { get; init; }

    /// <summary>Specific commodity rate codes.</summary>
    public IReadOnlyList<string>? Scrs { get; init; }

    /// <summary>Three-letter special handling codes, e.g. <c>GCR</c>, <c>XPS</c>.</summary>
    public IReadOnlyList<string>? SpecialHandlingCodes { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Pieces).Add(Weight).Add(Volume).Add(Dimensions).Add(ChargeableWeight)
            .Add(MeasurementUnit).Add(Product).Add(GlobalHs).Add(EuropeanHs).Add(Scrs).Add(SpecialHandlingCodes)
            .Written;
}
