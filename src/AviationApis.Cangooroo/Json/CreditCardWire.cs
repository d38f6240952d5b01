using AviationApis.Cangooroo.Booking;

namespace AviationApis.Cangooroo.Json;

internal sealed class CreditCardWire
{
    public required string Holder { get; init; }

    public required string CardNumber { get; init; }

    public required string SecurityCode { get; init; }

    public int YearExpiration { get; init; }

    public int MonthExpiration { get; init; }

    public int Installments { get; init; }

    public CardBrand CardOperator { get; init; }

    public override string ToString() => "CreditCard([REDACTED])";
}
