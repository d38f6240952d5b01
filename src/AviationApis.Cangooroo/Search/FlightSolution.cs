using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Cangooroo.Json;
using AviationApis.Cangooroo.Pricing;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Search;

/// <summary>
/// One priced solution of a search (an item of <c>Solutions</c>): a price and the outbound (<c>Depart</c>) and return
/// (<c>Return</c>) options it can be booked with. Pick one of each with <see cref="FlightSearchResult.Select(FlightSolution, Flight, Flight?)"/>.
/// </summary>
public sealed record FlightSolution
{
    private readonly string _solutionId = string.Empty;
    private readonly IReadOnlyList<Flight> _departures = [];
    private readonly IReadOnlyList<Flight> _returns = [];

    /// <summary>The solution's id (<c>SolutionId</c>; a number or a string on the wire).</summary>
    [JsonConverter(typeof(NumberOrStringJsonConverter))]
    public string SolutionId { get => _solutionId; init => _solutionId = value ?? string.Empty; }

    /// <summary>The provider (vendor) offering the solution.</summary>
    public string? Provider { get; init; }

    /// <summary>The total price of the solution.</summary>
    public Money? Price { get; init; }

    /// <summary>
    /// What the price is made of (<c>PriceBreakdown</c>: <c>Fare</c>, <c>Taxes</c>, <c>Fees</c>, each a money object);
    /// <see langword="null"/> when not sent. The member names are this SDK's committed shape: the vendor documents none.
    /// </summary>
    public PriceBreakdown? PriceBreakdown { get; init; }

    /// <summary>
    /// The fare's rate information as sent (<c>RateInformation</c>, e.g. fare family and refund rules); structured values
    /// are kept as their JSON text. The vendor warns it may change between Search and GetCancellationPolicies. The member
    /// name is this SDK's committed shape.
    /// </summary>
    [JsonConverter(typeof(TextOrJsonJsonConverter))]
    public string? RateInformation { get; init; }

    /// <summary>The outbound options (<c>Depart</c>).</summary>
    [JsonPropertyName("Depart")]
    public IReadOnlyList<Flight> Departures { get => _departures; init => _departures = value ?? []; }

    /// <summary>The return options (<c>Return</c>); empty for one-way searches.</summary>
    [JsonPropertyName("Return")]
    public IReadOnlyList<Flight> Returns { get => _returns; init => _returns = value ?? []; }

    /// <summary>Members this SDK version does not know, kept as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(SolutionId).Add(Provider).Add(Price).Add(PriceBreakdown).Add(RateInformation)
            .Add(Departures).Add(Returns).Add(AdditionalProperties).Written;
}
