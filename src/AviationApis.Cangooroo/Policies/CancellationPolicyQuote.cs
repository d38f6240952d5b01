namespace AviationApis.Cangooroo;

/// <summary>
/// The result of the mandatory policies step (<see cref="ICangoorooFlightClient.GetCancellationPoliciesAsync"/>): the
/// current solution, its cancellation policy, payment conditions and what changed in price since the search. Only
/// the client creates it, and <see cref="ICangoorooFlightClient.BookAsync"/> accepts nothing else, so a booking cannot
/// skip this step.
/// </summary>
public sealed class CancellationPolicyQuote
{
    internal CancellationPolicyQuote(FlightSelection selection, FlightSolution currentSolution, string? cancellationPolicies, IReadOnlyList<PaymentCondition> paymentConditions)
    {
        Selection = selection;
        CurrentSolution = currentSolution;
        CancellationPolicies = cancellationPolicies;
        PaymentConditions = paymentConditions;
        PriceChange = new PriceChangeReport(selection.Solution.Price, currentSolution.Price);
    }

    /// <summary>The selection that was quoted.</summary>
    public FlightSelection Selection { get; }

    /// <summary>
    /// The solution with the supplier's current data (<c>Solution</c>). When the response did not include one, the
    /// solution as the search returned it.
    /// </summary>
    public FlightSolution CurrentSolution { get; }

    /// <summary>The cancellation policy text (<c>CancelationPolicies</c>, e.g. <c>Após a emissão, consulte a Operadora.</c>); structured policies are kept as their JSON text.</summary>
    public string? CancellationPolicies { get; }

    /// <summary>The payment plans offered (<c>PaymentConditions</c>); empty when none were sent.</summary>
    public IReadOnlyList<PaymentCondition> PaymentConditions { get; }

    /// <summary>The price at search time, the price now, and the difference.</summary>
    public PriceChangeReport PriceChange { get; }

    /// <summary>When the search token expires (the booking must be sent before).</summary>
    public DateTimeOffset ExpiresAt => Selection.Search.ExpiresAt;

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(CancellationPolicyQuote)}({Selection}, price {PriceChange.CurrentPrice ?? PriceChange.SearchPrice}{(PriceChange.HasChanged ? " (changed)" : string.Empty)})";
}
