using AviationApis.Core.Redaction;

namespace AviationApis.Cangooroo.Booking;

/// <summary>
/// The credit card paying a booking (<c>Payment.CreditCard</c>). Before sending, the number is Luhn-checked, the
/// security code must be 3–4 digits and the card must not have expired (valid through the end of its expiry month, on
/// the client's <see cref="TimeProvider"/>, UTC). <see cref="ToString"/> shows only the brand and the last four digits;
/// the number and security code never reach logs or exception messages.
/// </summary>
public sealed record PaymentCard
{
    /// <summary>The card holder's name as printed (<c>Holder</c>).</summary>
    public required string Holder { get; init; }

    /// <summary>The card number (<c>CardNumber</c>); spaces and hyphens are removed before sending.</summary>
    public required string Number { get; init; }

    /// <summary>The security code (CVV/CVC, <c>SecurityCode</c>).</summary>
    public required string SecurityCode { get; init; }

    /// <summary>The expiry year, four digits (<c>YearExpiration</c>).</summary>
    public required int ExpiryYear { get; init; }

    /// <summary>The expiry month, 1–12 (<c>MonthExpiration</c>).</summary>
    public required int ExpiryMonth { get; init; }

    /// <summary>The brand (<c>CardOperator</c>).</summary>
    public required CardBrand Brand { get; init; }

    /// <summary>The number of installments, at least 1 (<c>Installments</c>); default 1.</summary>
    public int Installments { get; init; } = 1;

    /// <summary>The last four digits of the number, safe to show.</summary>
    public string LastFourDigits
    {
        get
        {
            var digits = new string((Number ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
            return digits.Length >= 4 ? digits[^4..] : string.Empty;
        }
    }

    /// <summary>Shows only the brand and the last four digits, e.g. <c>PaymentCard(VISA ****1111)</c>.</summary>
    /// <returns>The safe description.</returns>
    public override string ToString() => $"{nameof(PaymentCard)}({Brand} ****{LastFourDigits})";

    internal string NormalizedNumber => new((Number ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());

    internal bool IsLuhnValid => NormalizedNumber.Length is >= 12 and <= 19 && Luhn.IsValid(NormalizedNumber);
}
