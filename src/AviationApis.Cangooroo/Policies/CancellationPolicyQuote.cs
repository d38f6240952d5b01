using AviationApis.Cangooroo.Search;

namespace AviationApis.Cangooroo.Policies;

/// <summary>
/// The result of the mandatory policies step (<see cref="ICangoorooFlightClient.GetCancellationPoliciesAsync"/>): the
/// current solution, its cancellation policy, payment conditions and what changed since the search
/// (<see cref="Changes"/>). Only the client creates it, and <see cref="ICangoorooFlightClient.BookAsync"/> accepts
/// nothing else, so a booking cannot skip this step.
/// </summary>
public sealed class CancellationPolicyQuote
{
    internal CancellationPolicyQuote(FlightSelection selection, FlightSolution? answeredSolution, string? cancellationPolicies, IReadOnlyList<PaymentCondition> paymentConditions, string clientReference)
    {
        Selection = selection;
        CurrentSolution = answeredSolution ?? selection.Solution;
        IsSolutionStated = answeredSolution is not null;
        CancellationPolicies = cancellationPolicies;
        PaymentConditions = paymentConditions;
        ClientReference = clientReference;
        PriceChange = new PriceChangeReport(selection.Solution.Price, answeredSolution?.Price);
        Changes = QuoteComparer.Compare(selection, answeredSolution);
    }

    /// <summary>The selection that was quoted.</summary>
    public FlightSelection Selection { get; }

    /// <summary>
    /// The solution with the supplier's current data (<c>Solution</c>). When the response did not include one, the
    /// solution as the search returned it.
    /// </summary>
    public FlightSolution CurrentSolution { get; }

    /// <summary>
    /// <see langword="true"/> when the answer contained the solution; when <see langword="false"/>,
    /// <see cref="CurrentSolution"/> is the search's and <see cref="Changes"/> says nothing could be compared.
    /// </summary>
    public bool IsSolutionStated { get; }

    /// <summary>The cancellation policy text (<c>CancelationPolicies</c>, e.g. <c>Após a emissão, consulte a Operadora.</c>); structured policies are kept as their JSON text.</summary>
    public string? CancellationPolicies { get; }

    /// <summary>The payment plans offered (<c>PaymentConditions</c>); empty when none were sent.</summary>
    public IReadOnlyList<PaymentCondition> PaymentConditions { get; }

    /// <summary>The total price at search time, the price now, and the difference (see <see cref="Changes"/> for the rest).</summary>
    public PriceChangeReport PriceChange { get; }

    /// <summary>
    /// Every difference between the search and this answer in what the user chose on (price and breakdown, currency,
    /// rate information, each chosen flight's times, flight numbers, stops, cabin and luggage), and what could not be
    /// compared because the answer lacks it. Show it to the user before booking.
    /// </summary>
    public QuoteChangeReport Changes { get; }

    /// <summary>
    /// The reference sent as <c>ExternalReference</c> with the booking of this quote, made when the quote was created
    /// (32 hexadecimal characters). Store it before calling <see cref="ICangoorooFlightClient.BookAsync"/>: when the
    /// booking's outcome is unknown, <see cref="ICangoorooFlightClient.FindBookingAsync"/> finds the booking by it.
    /// </summary>
    public string ClientReference { get; }

    /// <summary>When the search token expires (the booking must be sent before).</summary>
    public DateTimeOffset ExpiresAt => Selection.Search.ExpiresAt;

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(CancellationPolicyQuote)}({Selection}, price {PriceChange.CurrentPrice ?? PriceChange.SearchPrice}{(Changes.HasChanges ? $" ({Changes.Differences.Count} change(s))" : string.Empty)}{(Changes.IsComplete ? string.Empty : $" ({Changes.Uncomparable.Count} not comparable)")})";
}
