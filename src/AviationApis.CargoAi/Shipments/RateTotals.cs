using AviationApis.CargoAi.Search;

namespace AviationApis.CargoAi.Shipments;

/// <summary>
/// Recomputes a rate's total the way CargoAi's help centre describes it: total = net rate × chargeable weight + Σ(charge
/// rate × its basis) where the basis is once per SHIPMENT, the GROSS_WEIGHT, the CHARGEABLE_WEIGHT or the PIECES count,
/// each charge raised to <see cref="Charge.MinAmount"/> and capped at <see cref="Charge.MaxAmount"/> when those are above 0.
/// Example: 6.08 × 100 + 0.07 × 100 + 0.08 × 100 = 623. The server's <see cref="Rate.Total"/> is authoritative (the
/// vendor's own examples do not always reproduce); use this for display and plausibility checks.
/// </summary>
public static class RateTotals
{
    /// <summary>Computes the total of a rate for given quantities.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="quantities">Chargeable weight, gross weight and pieces.</param>
    /// <returns>The freight, charge amounts and total.</returns>
    public static RateTotal Compute(Rate rate, ChargeQuantities quantities)
    {
        ArgumentNullException.ThrowIfNull(rate);
        ArgumentNullException.ThrowIfNull(quantities);
        var freight = (rate.NetRate ?? 0m) * quantities.ChargeableWeight;
        var amounts = new List<ChargeAmount>();
        foreach (var charge in rate.Charges ?? [])
        {
            if (charge is null)
            {
                continue;
            }

            var basis = Basis(charge.Type, quantities);
            var amount = (charge.Rate ?? 0m) * (basis ?? 0m);
            if (charge.MinAmount is > 0 and var min && amount < min)
            {
                amount = min;
            }

            if (charge.MaxAmount is > 0 and var max && amount > max)
            {
                amount = max;
            }

            amounts.Add(new ChargeAmount(charge, amount, basis is not null));
        }

        var total = Math.Round(freight + amounts.Sum(a => a.Amount), 2, MidpointRounding.AwayFromZero);
        return new RateTotal(rate.Currency, freight, amounts, total);
    }

    /// <summary>Computes the total of a rate for a shipment.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="shipment">The shipment (its chargeable weight, or the computed one).</param>
    /// <returns>The freight, charge amounts and total.</returns>
    public static RateTotal Compute(Rate rate, Shipment shipment) => Compute(rate, ChargeQuantities.From(shipment));

    private static decimal? Basis(ChargeBasis? type, ChargeQuantities quantities)
    {
        var value = type?.Value;
        return value switch
        {
            "SHIPMENT" => 1m,
            "GROSS_WEIGHT" => quantities.GrossWeight,
            "CHARGEABLE_WEIGHT" => quantities.ChargeableWeight,
            "PIECES" => quantities.Pieces,
            _ => null,
        };
    }
}
