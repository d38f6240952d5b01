using System.Text.Json;
using System.Text.Json.Serialization;

namespace AviationApis.Cangooroo.Policies;

/// <summary>One payment plan offered for the selected solution (an item of <c>PaymentConditions</c>).</summary>
public sealed record PaymentCondition
{
    /// <summary>The plan's name, e.g. <c>Parcelamento direto na Gol sem Juros</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The credit-card installment terms, when the plan accepts cards.</summary>
    public CreditCardInstallments? CreditCard { get; init; }

    /// <summary>Members this SDK version does not know, kept as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Name).Add(CreditCard).Add(AdditionalProperties).Written;
}
