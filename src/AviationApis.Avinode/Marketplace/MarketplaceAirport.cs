using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Avinode.Resources;

namespace AviationApis.Avinode.Marketplace;

/// <summary>
/// An airport in a segment: by ICAO (<c>{"icao": "KMIA"}</c>) or IATA code when sending; responses may add
/// <c>faa</c>, <c>unofficialICAO</c>, <c>id</c> and names (kept). The vendor forbids building an airport database
/// or picker from the API's airport data.
/// </summary>
public sealed record MarketplaceAirport
{
    /// <summary>The ICAO code, e.g. <c>KMIA</c>.</summary>
    public string? Icao { get; init; }

    /// <summary>The IATA code, e.g. <c>MIA</c>.</summary>
    public string? Iata { get; init; }

    /// <summary>The FAA code (responses).</summary>
    public string? Faa { get; init; }

    /// <summary>The unofficial ICAO code of an airport without an official one (responses).</summary>
    [JsonPropertyName("unofficialICAO")]
    public string? UnofficialIcao { get; init; }

    /// <summary>The airport's id (responses). An API id: store it and pass it back; do not display or parse it.</summary>
    public ResourceId Id { get; init; }

    /// <summary>The airport's name, when sent.</summary>
    public string? Name { get; init; }

    /// <summary>Members this SDK version does not know.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    /// <summary>An airport by its ICAO code.</summary>
    /// <param name="icao">The code, e.g. <c>EGLL</c>.</param>
    /// <returns>The airport.</returns>
    public static MarketplaceAirport FromIcao(string icao)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(icao);
        return new MarketplaceAirport { Icao = icao.Trim() };
    }

    /// <summary>An airport by its IATA code.</summary>
    /// <param name="iata">The code, e.g. <c>LHR</c>.</param>
    /// <returns>The airport.</returns>
    public static MarketplaceAirport FromIata(string iata)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(iata);
        return new MarketplaceAirport { Iata = iata.Trim() };
    }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Icao).Add(Iata).Add(Faa).Add(UnofficialIcao).Add(Id).Add(Name)
            .Add(AdditionalProperties).Written;
}
