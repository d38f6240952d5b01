using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.CargoAi.Search;

/// <summary>Search filters. Unknown members (e.g. <c>scheduleOnly</c> in callbacks) are kept in <see cref="AdditionalProperties"/>.</summary>
public sealed record SearchFilters
{
    /// <summary>Only flights with rates (server default false).</summary>
    public bool? WithRateOnly { get; init; }

    /// <summary>Include results from airline APIs (server default false).</summary>
    public bool? LiveRequests { get; init; }

    /// <summary>The origin is a city code. Only one of the two "by city" flags may be true.</summary>
    public bool? IsOriginByCity { get; init; }

    /// <summary>The destination is a city code.</summary>
    public bool? IsDestinationByCity { get; init; }

    /// <summary>Restrict to one airline (mentioned by the vendor's RapidAPI page and seen in callbacks).</summary>
    public string? AirlineCode { get; init; }

    /// <summary>Members this SDK version does not model.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(WithRateOnly).Add(LiveRequests).Add(IsOriginByCity).Add(IsDestinationByCity)
            .Add(AirlineCode).Add(AdditionalProperties).Written;
}
