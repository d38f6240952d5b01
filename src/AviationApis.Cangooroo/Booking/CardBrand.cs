using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Booking;

/// <summary>
/// The card brand sent as <c>CardOperator</c>. Only <c>VISA</c> appears in the vendor's example; the other literals are
/// assumed from the brands named in payment conditions (<c>NumberPaymentMaster</c>, <c>…Amex</c>, <c>…Diners</c>,
/// <c>…Elo</c>). Any other literal can be sent with <see cref="FromValue"/>. Comparison ignores case.
/// </summary>
[ExtensibleEnum(IgnoreCase = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<CardBrand>))]
public readonly partial struct CardBrand
{
    /// <summary>Visa (<c>VISA</c>, as in the vendor's example).</summary>
    public static CardBrand Visa => new("VISA");

    /// <summary>Mastercard (<c>MASTER</c>; assumed literal).</summary>
    public static CardBrand Mastercard => new("MASTER");

    /// <summary>American Express (<c>AMEX</c>; assumed literal).</summary>
    public static CardBrand Amex => new("AMEX");

    /// <summary>Diners Club (<c>DINERS</c>; assumed literal).</summary>
    public static CardBrand Diners => new("DINERS");

    /// <summary>Elo (<c>ELO</c>; assumed literal).</summary>
    public static CardBrand Elo => new("ELO");
}
