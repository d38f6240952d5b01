using System.Globalization;

namespace AviationApis.Cangooroo.Pricing;

/// <summary>An amount of money as Cangooroo sends it: <c>{"Currency": "BRL", "Value": 1234.56}</c> (up to 4 decimals).</summary>
/// <param name="Value">The amount (exact decimal, never a floating-point number).</param>
/// <param name="Currency">The ISO 4217 currency code, e.g. <c>BRL</c>.</param>
public sealed record Money(decimal Value, string Currency)
{
    /// <inheritdoc />
    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)} {Currency}";
}
