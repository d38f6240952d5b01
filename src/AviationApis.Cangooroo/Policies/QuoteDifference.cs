using System.Text;
using AviationApis.Cangooroo.Pricing;
using AviationApis.Cangooroo.Search;

namespace AviationApis.Cangooroo.Policies;

/// <summary>
/// One thing that changed between the search and the policies answer, as the search showed it (<see cref="Before"/>)
/// and as the supplier states it now (<see cref="After"/>). Money aspects also carry the amounts
/// (<see cref="PriceBefore"/>, <see cref="PriceAfter"/>, <see cref="PriceDifference"/>).
/// </summary>
/// <param name="Aspect">What changed.</param>
/// <param name="Direction">The flight it concerns; <see langword="null"/> for the solution's price and rate information.</param>
/// <param name="FlightId">The chosen flight's <see cref="Flight.Id"/>, for flight aspects (do not display or parse).</param>
/// <param name="Before">The value at search time, as text (times as <c>yyyy-MM-dd HH:mm</c>, amounts as <c>1234.56 BRL</c>).</param>
/// <param name="After">The value in the policies answer, as text.</param>
public sealed record QuoteDifference(QuoteAspect Aspect, FlightDirection? Direction, string? FlightId, string? Before, string? After)
{
    /// <summary>The amount at search time, for <see cref="QuoteAspect.Price"/>, <see cref="QuoteAspect.Fare"/>, <see cref="QuoteAspect.Taxes"/> and <see cref="QuoteAspect.Fees"/>.</summary>
    public Money? PriceBefore { get; init; }

    /// <summary>The amount now, for the money aspects.</summary>
    public Money? PriceAfter { get; init; }

    /// <summary>
    /// <see cref="PriceAfter"/> minus <see cref="PriceBefore"/> (positive when dearer) in their common currency;
    /// <see langword="null"/> when not a money aspect, the currencies differ, or the result is beyond <see cref="decimal"/>.
    /// </summary>
    public Money? PriceDifference => MoneyMath.Difference(PriceBefore, PriceAfter);

    /// <summary>A sentence for the user, e.g. <c>Departure flight: departure time 2026-01-20 01:46 → 2026-01-20 02:46</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Direction is { } direction)
        {
            text.Append(direction == FlightDirection.Departure ? "Departure flight: " : "Return flight: ");
        }

        text.Append(QuoteAspects.Describe(Aspect)).Append(' ').Append(Before ?? "(none)").Append(" → ").Append(After ?? "(none)");
        if (PriceDifference is { } difference)
        {
            text.Append(" (").Append(difference.Value > 0 ? "+" : string.Empty).Append(difference).Append(')');
        }

        return text.ToString();
    }
}
