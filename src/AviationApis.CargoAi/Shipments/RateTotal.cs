namespace AviationApis.CargoAi.Shipments;

/// <summary>A recomputed rate total: freight plus each charge. For display and checks; the server's <see cref="Search.Rate.Total"/> is authoritative.</summary>
/// <param name="Currency">The rate's currency.</param>
/// <param name="Freight">Net rate × chargeable weight.</param>
/// <param name="Charges">Each charge's amount.</param>
/// <param name="Total">Freight plus all charges, rounded to 2 decimals.</param>
public sealed record RateTotal(string? Currency, decimal Freight, IReadOnlyList<ChargeAmount> Charges, decimal Total)
{
    private bool PrintMembers(System.Text.StringBuilder builder) =>
        ModelText.Of(builder).Add(Currency).Add(Freight).Add(Charges).Add(Total).Written;
}
