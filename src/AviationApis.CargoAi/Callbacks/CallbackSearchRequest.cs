using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.CargoAi.Search;
using AviationApis.CargoAi.Shipments;

namespace AviationApis.CargoAi.Callbacks;

/// <summary>The search a callback's booking came from (the vendor's callback <c>SearchRequest</c> object).</summary>
public sealed record CallbackSearchRequest
{
    /// <summary>The shipment's final destination.</summary>
    public string? DestinationCriteria { get; init; }

    /// <summary>The shipment's first origin.</summary>
    public string? OriginCriteria { get; init; }

    /// <summary>The requested departure date, as sent (<c>yyyy-MM-dd</c>).</summary>
    public string? RequestDate { get; init; }

    /// <summary>The search offset in days.</summary>
    public int? Offset { get; init; }

    /// <summary>The product code.</summary>
    public string? Product { get; init; }

    /// <summary>Total weight (kg).</summary>
    public decimal? Weight { get; init; }

    /// <summary>Total pieces.</summary>
    public int? Pieces { get; init; }

    /// <summary>Total chargeable weight (kg).</summary>
    public decimal? ChargeableWeight { get; init; }

    /// <summary>Piece groups.</summary>
    public IReadOnlyList<PieceGroup>? Dimensions { get; init; }

    /// <summary>Handling codes.</summary>
    public IReadOnlyList<string>? SpecialHandlingCodes { get; init; }

    /// <summary>Dangerous goods, if any.</summary>
    public IReadOnlyList<string>? DangerousGoods { get; init; }

    /// <summary>Specific commodity rate codes.</summary>
    public IReadOnlyList<string>? Scrs { get; init; }

    /// <summary>Global HS codes.</summary>
    [JsonPropertyName("globalHS")]
    public IReadOnlyList<string>? GlobalHs { get; init; }

    /// <summary>European HS codes.</summary>
    [JsonPropertyName("europeanHS")]
    public IReadOnlyList<string>? EuropeanHs { get; init; }

    /// <summary>Total volume (cbm under METRIC).</summary>
    public decimal? Volume { get; init; }

    /// <summary>The airline filter of the search, if any.</summary>
    public string? Airline { get; init; }

    /// <summary>Whether the shipment is screened (secured).</summary>
    public bool? IsScreened { get; init; }

    /// <summary>The measurement unit.</summary>
    public MeasurementUnit? MeasurementUnit { get; init; }

    /// <summary>The search filters.</summary>
    public SearchFilters? Filters { get; init; }

    /// <summary>Members this SDK version does not model (e.g. <c>clientEnv</c>, <c>clientID</c>, <c>isAllotment</c>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(DestinationCriteria).Add(OriginCriteria).Add(RequestDate).Add(Offset).Add(Product)
            .Add(Weight).Add(Pieces).Add(ChargeableWeight).Add(Dimensions).Add(SpecialHandlingCodes)
            .Add(DangerousGoods).Add(Scrs).Add(GlobalHs).Add(EuropeanHs).Add(Volume).Add(Airline).Add(IsScreened)
            .Add(MeasurementUnit).Add(Filters).Add(AdditionalProperties).Written;
}
