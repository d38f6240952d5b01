using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.CargoAi.Search;

/// <summary>A rate family. Case matters: dynamic (airline API) types are lower case, static ones capitalised (<c>express</c> vs <c>Express</c>). Unknown values are kept, never an error.</summary>
[ExtensibleEnum(PublicConstructor = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<RateType>))]
public readonly partial struct RateType
{
    /// <summary>The value <c>live</c>.</summary>
    public static RateType Live { get; } = new("live");

    /// <summary>The value <c>express</c>.</summary>
    public static RateType Express { get; } = new("express");

    /// <summary>The value <c>Market</c>.</summary>
    public static RateType Market { get; } = new("Market");

    /// <summary>The value <c>Contract</c>.</summary>
    public static RateType Contract { get; } = new("Contract");

    /// <summary>The value <c>Promo</c>.</summary>
    public static RateType Promo { get; } = new("Promo");

    /// <summary>The value <c>Express</c>.</summary>
    public static RateType StaticExpress { get; } = new("Express");
}
