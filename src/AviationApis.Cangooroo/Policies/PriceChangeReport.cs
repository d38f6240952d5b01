namespace AviationApis.Cangooroo;

/// <summary>
/// What happened to the price between the search and the policies step. The vendor warns that suppliers answer
/// searches from caches, so the price may change: show <see cref="HasChanged"/> results to the user before booking.
/// </summary>
/// <param name="SearchPrice">The solution's price in the search result (old).</param>
/// <param name="CurrentPrice">The solution's price in the policies response (new); <see langword="null"/> when the response did not state one.</param>
public sealed record PriceChangeReport(Money? SearchPrice, Money? CurrentPrice)
{
    /// <summary>
    /// <see langword="true"/> when both prices are known and differ in value or currency. <see langword="false"/> when
    /// they are equal or when either is unknown (then there is nothing to compare).
    /// </summary>
    public bool HasChanged => SearchPrice is not null && CurrentPrice is not null
                              && (SearchPrice.Value != CurrentPrice.Value || !IsSameCurrency);

    /// <summary>
    /// <see cref="CurrentPrice"/> minus <see cref="SearchPrice"/> (positive when the price went up), in their common
    /// currency; <see langword="null"/> when either price is unknown, the currencies differ, or the difference is
    /// beyond what <see cref="decimal"/> holds (a vendor price near its limit must not throw from a property).
    /// </summary>
    public Money? Difference => SearchPrice is not null && CurrentPrice is not null && IsSameCurrency
                                && TrySubtract(CurrentPrice.Value, SearchPrice.Value, out var difference)
        ? new Money(difference, CurrentPrice.Currency)
        : null;

    /// <summary><see langword="true"/> when the price went up (same currency).</summary>
    public bool IsIncrease => Difference is { Value: > 0 };

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

    private bool IsSameCurrency => string.Equals(SearchPrice?.Currency, CurrentPrice?.Currency, StringComparison.OrdinalIgnoreCase);
}
