using System.Text.Json.Serialization;
using AviationApis.Cangooroo.Policies;
using AviationApis.Cangooroo.Search;

namespace AviationApis.Cangooroo.Json;

internal sealed class CancellationPoliciesResponseWire : CangoorooResponseWire
{
    public string? Token { get; init; }

    public FlightSolution? Solution { get; init; }

    [JsonConverter(typeof(TextOrJsonJsonConverter))]
    public string? CancelationPolicies { get; init; }

    public IReadOnlyList<PaymentCondition>? PaymentConditions { get; init; }
}
