using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Pricing;

namespace AviationApis.Cangooroo.Search;

/// <summary>
/// The parts of a <see cref="FlightSolution.Price"/> (<c>PriceBreakdown</c>). Any part may be missing; missing parts
/// are reported as "cannot compare" by <see cref="QuoteChangeReport"/>, never as unchanged.
/// </summary>
public sealed record PriceBreakdown
{
    /// <summary>The fare (<c>Fare</c>).</summary>
    public Money? Fare { get; init; }

    /// <summary>The taxes (<c>Taxes</c>).</summary>
    public Money? Taxes { get; init; }

    /// <summary>The fees (<c>Fees</c>).</summary>
    public Money? Fees { get; init; }

    /// <summary>Members this SDK version does not know, kept as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Fare).Add(Taxes).Add(Fees).Add(AdditionalProperties).Written;
}
