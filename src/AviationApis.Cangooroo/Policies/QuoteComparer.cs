using System.Globalization;
using AviationApis.Cangooroo.Pricing;
using AviationApis.Cangooroo.Search;
using NodaTime;

namespace AviationApis.Cangooroo.Policies;

/// <summary>
/// Compares the chosen solution and flights as the search showed them with the policies answer. Only what the search
/// stated is compared (that is what the user chose on); what the answer lacks is "cannot compare", never "unchanged".
/// </summary>
internal static class QuoteComparer
{
    private const string NoSolution = "the answer has no Solution";
    private const string NotStated = "the answer does not state it";

    public static QuoteChangeReport Compare(FlightSelection selection, FlightSolution? answer)
    {
        var differences = new List<QuoteDifference>();
        var uncomparable = new List<UncomparableAspect>();
        var chosen = selection.Solution;
        if (answer is null)
        {
            foreach (var aspect in StatedSolutionAspects(chosen))
            {
                uncomparable.Add(new(aspect, null, null, NoSolution));
            }

            uncomparable.Add(new(QuoteAspect.Flight, FlightDirection.Departure, selection.Departure.Id, NoSolution));
            if (selection.Return is { } back)
            {
                uncomparable.Add(new(QuoteAspect.Flight, FlightDirection.Return, back.Id, NoSolution));
            }

            return new QuoteChangeReport(differences, uncomparable);
        }

        ComparePrice(chosen, answer, differences, uncomparable);
        CompareText(QuoteAspect.RateInformation, null, null, chosen.RateInformation, answer.RateInformation, differences, uncomparable);
        CompareFlight(FlightDirection.Departure, selection.Departure, answer.Departures, differences, uncomparable);
        if (selection.Return is { } returnFlight)
        {
            CompareFlight(FlightDirection.Return, returnFlight, answer.Returns, differences, uncomparable);
        }

        return new QuoteChangeReport(differences, uncomparable);
    }

    private static IEnumerable<QuoteAspect> StatedSolutionAspects(FlightSolution solution)
    {
        if (solution.Price is not null)
        {
            yield return QuoteAspect.Price;
        }

        if (solution.PriceBreakdown?.Fare is not null)
        {
            yield return QuoteAspect.Fare;
        }

        if (solution.PriceBreakdown?.Taxes is not null)
        {
            yield return QuoteAspect.Taxes;
        }

        if (solution.PriceBreakdown?.Fees is not null)
        {
            yield return QuoteAspect.Fees;
        }

        if (solution.RateInformation is not null)
        {
            yield return QuoteAspect.RateInformation;
        }
    }

    private static void ComparePrice(FlightSolution chosen, FlightSolution answer, List<QuoteDifference> differences, List<UncomparableAspect> uncomparable)
    {
        if (chosen.Price is { } before && answer.Price is { } after && !MoneyMath.SameCurrency(before, after))
        {
            differences.Add(new(QuoteAspect.Currency, null, null, before.Currency, after.Currency));
        }

        CompareMoney(QuoteAspect.Price, chosen.Price, answer.Price, differences, uncomparable);
        CompareMoney(QuoteAspect.Fare, chosen.PriceBreakdown?.Fare, answer.PriceBreakdown?.Fare, differences, uncomparable);
        CompareMoney(QuoteAspect.Taxes, chosen.PriceBreakdown?.Taxes, answer.PriceBreakdown?.Taxes, differences, uncomparable);
        CompareMoney(QuoteAspect.Fees, chosen.PriceBreakdown?.Fees, answer.PriceBreakdown?.Fees, differences, uncomparable);
    }

    private static void CompareMoney(QuoteAspect aspect, Money? before, Money? after, List<QuoteDifference> differences, List<UncomparableAspect> uncomparable)
    {
        if (before is null)
        {
            return;
        }

        if (after is null)
        {
            uncomparable.Add(new(aspect, null, null, NotStated));
        }
        else if (MoneyMath.Differs(before, after))
        {
            differences.Add(new(aspect, null, null, before.ToString(), after.ToString()) { PriceBefore = before, PriceAfter = after });
        }
    }

    private static void CompareFlight(FlightDirection direction, Flight chosen, IReadOnlyList<Flight> answered, List<QuoteDifference> differences, List<UncomparableAspect> uncomparable)
    {
        var current = answered.FirstOrDefault(f => f is not null && f.Id == chosen.Id)
                      ?? (answered.Count(f => f is not null) == 1 ? answered.First(f => f is not null) : null);
        if (current is null)
        {
            uncomparable.Add(new(QuoteAspect.Flight, direction, chosen.Id, $"the answer's {(direction == FlightDirection.Departure ? "Depart" : "Return")} does not contain flight {chosen.Id}"));
            return;
        }

        var id = chosen.Id;
        CompareText(QuoteAspect.DepartureTime, direction, id, Time(chosen.DepartureTime), Time(current.DepartureTime), differences, uncomparable);
        CompareText(QuoteAspect.ArrivalTime, direction, id, Time(chosen.ArrivalTime), Time(current.ArrivalTime), differences, uncomparable);
        CompareText(QuoteAspect.FlightNumbers, direction, id, Numbers(chosen), Numbers(current), differences, uncomparable);
        CompareText(QuoteAspect.Stops, direction, id, chosen.Stops?.ToString(CultureInfo.InvariantCulture), current.Stops?.ToString(CultureInfo.InvariantCulture), differences, uncomparable);
        CompareText(QuoteAspect.Cabin, direction, id, chosen.Cabin, current.Cabin, differences, uncomparable);
        CompareText(QuoteAspect.Luggage, direction, id, Luggage(chosen), Luggage(current), differences, uncomparable);
    }

    private static void CompareText(QuoteAspect aspect, FlightDirection? direction, string? id, string? before, string? after, List<QuoteDifference> differences, List<UncomparableAspect> uncomparable)
    {
        if (before is null)
        {
            return;
        }

        if (after is null)
        {
            uncomparable.Add(new(aspect, direction, id, NotStated));
        }
        else if (!string.Equals(before.Trim(), after.Trim(), StringComparison.Ordinal))
        {
            differences.Add(new(aspect, direction, id, before, after));
        }
    }

    private static string? Time(LocalDateTime? time) => time?.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string? Numbers(Flight flight) => flight.FlightNumber is null ? null : string.Join("; ", flight.FlightNumbers);

    private static string? Luggage(Flight flight) => !flight.LuggageStated
        ? null
        : flight.Luggage.Count == 0
            ? "none"
            : string.Join("; ", flight.Luggage.Where(l => l is not null).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "?"} × {l.Weight?.ToString(CultureInfo.InvariantCulture) ?? "?"} kg{(string.IsNullOrWhiteSpace(l.Description) ? string.Empty : " (" + l.Description.Trim() + ")")}")));
}
