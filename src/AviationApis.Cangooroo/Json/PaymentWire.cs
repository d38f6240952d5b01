namespace AviationApis.Cangooroo.Json;

internal sealed class PaymentWire
{
    public required CreditCardWire CreditCard { get; init; }
}
