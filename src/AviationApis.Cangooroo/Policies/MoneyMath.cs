using AviationApis.Cangooroo.Pricing;

namespace AviationApis.Cangooroo.Policies;

/// <summary>Money comparisons that never throw (vendor amounts may sit near <see cref="decimal"/>'s limits).</summary>
internal static class MoneyMath
{
    public static bool SameCurrency(Money a, Money b) => string.Equals(a.Currency, b.Currency, StringComparison.OrdinalIgnoreCase);

    public static bool Differs(Money a, Money b) => a.Value != b.Value || !SameCurrency(a, b);

    /// <summary><paramref name="after"/> minus <paramref name="before"/>, or null when unknown, in different currencies, or out of range.</summary>
    public static Money? Difference(Money? before, Money? after) =>
        before is not null && after is not null && SameCurrency(before, after) && TrySubtract(after.Value, before.Value, out var difference)
            ? new Money(difference, after.Currency)
            : null;

    // a − b overflows only when the signs differ and the magnitudes add up beyond the limit.
    private static bool TrySubtract(decimal a, decimal b, out decimal difference)
    {
        if ((b < 0 && a > decimal.MaxValue + b) || (b > 0 && a < decimal.MinValue + b))
        {
            difference = 0;
            return false;
        }

        difference = a - b;
        return true;
    }
}
