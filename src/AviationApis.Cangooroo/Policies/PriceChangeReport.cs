using AviationApis.Cangooroo.Pricing;

namespace AviationApis.Cangooroo.Policies;

/// <summary>
/// What happened to the total price between the search and the policies step. Only the total: see
/// <see cref="CancellationPolicyQuote.Changes"/> for everything the user chose on (breakdown, rate information, flights).
/// </summary>
/// <param name="SearchPrice">The solution's price in the search result (old).</param>
/// <param name="CurrentPrice">The solution's price in the policies response (new); <see langword="null"/> when the response did not state one.</param>
public sealed record PriceChangeReport(Money? SearchPrice, Money? CurrentPrice)
{
    /// <summary>
    /// <see langword="true"/> when both prices are known, so the answer can be compared. When <see langword="false"/>,
    /// <see cref="HasChanged"/> is <see langword="false"/> because nothing could be compared, not because the price held.
    /// </summary>
    public bool CanCompare => SearchPrice is not null && CurrentPrice is not null;

    /// <summary>
    /// <see langword="true"/> when both prices are known and differ in value or currency. <see langword="false"/> when
    /// they are equal or when either is unknown (check <see cref="CanCompare"/>).
    /// </summary>
    public bool HasChanged => SearchPrice is not null && CurrentPrice is not null && MoneyMath.Differs(SearchPrice, CurrentPrice);

    /// <summary>
    /// <see cref="CurrentPrice"/> minus <see cref="SearchPrice"/> (positive when the price went up), in their common
    /// currency; <see langword="null"/> when either price is unknown, the currencies differ, or the difference is
    /// beyond what <see cref="decimal"/> holds (a vendor price near its limit must not throw from a property).
    /// </summary>
    public Money? Difference => MoneyMath.Difference(SearchPrice, CurrentPrice);

    /// <summary><see langword="true"/> when the price went up (same currency).</summary>
    public bool IsIncrease => Difference is { Value: > 0 };
}
