namespace AviationApis.CargoAi.Search;

/// <summary>
/// Whether a flight (or one of its rates) can be booked through the API, why not, and what a booking needs. Bookable
/// means <c>available</c> and <c>features.bookable</c> both true, and a rate that is neither a coloader rate nor a
/// manual rate. When bookable, <see cref="Reason"/> states what the booking needs (an AWB, and its forms).
/// <see cref="ToString"/> never shows <see cref="FlyWindowLink"/> (it holds a portal token).
/// </summary>
/// <param name="IsBookable"><see langword="true"/> when the flight can be booked with <c>POST /book</c>.</param>
/// <param name="Reason">
/// When not bookable, why (the vendor's <c>availableReason</c> or the rule that applies) and where to book instead; when
/// bookable, what the booking needs (e.g. an AWB and its forms), else <see langword="null"/>.
/// </param>
public sealed record FlightBookability(bool IsBookable, string? Reason)
{
    /// <summary>Why it is not bookable through the API; <see cref="FlightBookabilityProblem.None"/> when it is.</summary>
    public FlightBookabilityProblem Problem { get; init; }

    /// <summary>
    /// The FlyWINDOW (CargoMART) link where the offer can be booked instead: the rate's <c>bookingURL</c>, present for
    /// provisioned users. Holds a portal token: give it to the user, do not log it.
    /// </summary>
    public Uri? FlyWindowLink { get; init; }

    /// <summary>
    /// <see langword="true"/> when a booking must carry an AWB (<c>features.awbOptional</c> is not true; an absent flag
    /// counts as required). <c>POST /book</c> without one fails with <c>CheckAWBFailed</c>, so the client refuses it first.
    /// </summary>
    public bool AwbRequired { get; init; }

    /// <summary>The AWB prefixes the airline accepts (<c>awbPrefixes</c>, and the singular <c>awbPrefix</c> some answers carry); empty when not sent.</summary>
    public IReadOnlyList<string> AwbPrefixes { get; init; } = [];

    /// <summary>The AWB forms this flight accepts, e.g. <c>PPP-NNNNNNNN (PPP: 020; NNNNNNNN: the 8-digit serial)</c>.</summary>
    public string AwbFormat => AirWaybill.Describe(AwbPrefixes);

    /// <summary>Describes the bookability without the FlyWINDOW link.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"FlightBookability {{ IsBookable = {IsBookable}, Problem = {Problem}, Reason = {Reason}, AwbRequired = {AwbRequired}, AwbPrefixes = [{string.Join(", ", AwbPrefixes)}], FlyWindowLink = {(FlyWindowLink is null ? string.Empty : "[REDACTED]")} }}";
}
