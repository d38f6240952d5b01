using System.Text.Json;
using System.Text.Json.Serialization;
using AviationApis.Cangooroo.Booking;
using AviationApis.Cangooroo.Pricing;

namespace AviationApis.Cangooroo.Policies;

/// <summary>The credit-card terms of a <see cref="PaymentCondition"/>: the most installments per brand and the smallest installment.</summary>
public sealed record CreditCardInstallments
{
    /// <summary>The smallest value one installment may have (<c>MinimumParcelValue</c>).</summary>
    [JsonPropertyName("MinimumParcelValue")]
    public Money? MinimumInstallmentValue { get; init; }

    /// <summary>The most installments with American Express (<c>NumberPaymentAmex</c>).</summary>
    [JsonPropertyName("NumberPaymentAmex")]
    public int? MaxInstallmentsAmex { get; init; }

    /// <summary>The most installments with Diners (<c>NumberPaymentDiners</c>).</summary>
    [JsonPropertyName("NumberPaymentDiners")]
    public int? MaxInstallmentsDiners { get; init; }

    /// <summary>The most installments with Elo (<c>NumberPaymentElo</c>).</summary>
    [JsonPropertyName("NumberPaymentElo")]
    public int? MaxInstallmentsElo { get; init; }

    /// <summary>The most installments with Mastercard (<c>NumberPaymentMaster</c>).</summary>
    [JsonPropertyName("NumberPaymentMaster")]
    public int? MaxInstallmentsMastercard { get; init; }

    /// <summary>The most installments with Visa (<c>NumberPaymentVisa</c>).</summary>
    [JsonPropertyName("NumberPaymentVisa")]
    public int? MaxInstallmentsVisa { get; init; }

    /// <summary>Members this SDK version does not know (e.g. more brands), kept as sent.</summary>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    /// <summary>The most installments for a brand, when the vendor gave it.</summary>
    /// <param name="brand">The card brand.</param>
    /// <returns>The number, or <see langword="null"/> when not stated for that brand.</returns>
    public int? MaxInstallmentsFor(CardBrand brand)
    {
        if (brand == CardBrand.Visa)
        {
            return MaxInstallmentsVisa;
        }

        if (brand == CardBrand.Mastercard)
        {
            return MaxInstallmentsMastercard;
        }

        if (brand == CardBrand.Amex)
        {
            return MaxInstallmentsAmex;
        }

        if (brand == CardBrand.Diners)
        {
            return MaxInstallmentsDiners;
        }

        return brand == CardBrand.Elo ? MaxInstallmentsElo : null;
    }

    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(MinimumInstallmentValue).Add(MaxInstallmentsAmex).Add(MaxInstallmentsDiners)
            .Add(MaxInstallmentsElo).Add(MaxInstallmentsMastercard).Add(MaxInstallmentsVisa).Add(AdditionalProperties)
            .Written;
}
