namespace AviationApis.Cangooroo.Policies;

/// <summary>
/// Everything the user chose on, compared between the search and the policies answer: the price and its breakdown
/// (fare, taxes, fees, currency), the rate information, and each chosen flight's times, flight numbers, stops, cabin and
/// luggage. The vendor warns that suppliers answer searches from caches, so any of these may change: show
/// <see cref="Differences"/> (and <see cref="Uncomparable"/>) to the user before booking.
/// </summary>
public sealed class QuoteChangeReport
{
    internal QuoteChangeReport(IReadOnlyList<QuoteDifference> differences, IReadOnlyList<UncomparableAspect> uncomparable)
    {
        Differences = differences;
        Uncomparable = uncomparable;
    }

    /// <summary>Every difference found, solution aspects first, then the departure and the return flight.</summary>
    public IReadOnlyList<QuoteDifference> Differences { get; }

    /// <summary>What the search stated but the answer does not, so it could not be compared (never counted as unchanged).</summary>
    public IReadOnlyList<UncomparableAspect> Uncomparable { get; }

    /// <summary><see langword="true"/> when at least one difference was found.</summary>
    public bool HasChanges => Differences.Count > 0;

    /// <summary><see langword="true"/> when everything could be compared.</summary>
    public bool IsComplete => Uncomparable.Count == 0;

    /// <summary><see langword="true"/> only when everything could be compared and nothing changed.</summary>
    public bool IsUnchanged => !HasChanges && IsComplete;

    /// <summary>The differences and uncomparable aspects found, one per line; <c>unchanged</c> when there are none.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => IsUnchanged
        ? "unchanged"
        : string.Join(Environment.NewLine, Differences.Select(d => d.ToString()).Concat(Uncomparable.Select(u => u.ToString())));
}
