using System.Text.Json.Serialization;
using AviationApis.Core.Json;

namespace AviationApis.Cangooroo.Booking;

/// <summary>
/// The status of a booked service (<c>Status</c> in Booking, GetServiceDetails and Cancel responses). An open set: a
/// value this SDK does not know is kept as sent. Both published spellings compare equal:
/// <c>Cancelled</c>/<c>Canceled</c> and <c>AwatingPayment</c> (the vendor's typo)/<c>AwaitingPayment</c>; comparison
/// ignores case, spaces, hyphens and underscores (the vendor's UI writes <c>In progress</c>).
/// </summary>
[ExtensibleEnum]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<BookingStatus>))]
public readonly partial struct BookingStatus
{
    private const string ConfirmedKey = "confirmed";
    private const string RejectedKey = "rejected";
    private const string CancelledKey = "cancelled";
    private const string OnRequestKey = "onrequest";
    private const string AwaitingPaymentKey = "awaitingpayment";
    private const string TechnicalProblemKey = "technicalproblem";
    private const string InProgressKey = "inprogress";
    private const string PendingCancellationKey = "pendingcancellation";
    private const string PendingKey = "pending";

    /// <summary>The supplier confirmed the booking. Final.</summary>
    public static BookingStatus Confirmed => new("Confirmed");

    /// <summary>The supplier did not confirm the booking. Final.</summary>
    public static BookingStatus Rejected => new("Rejected");

    /// <summary>The booking is cancelled (also sent as <c>Canceled</c>). Final.</summary>
    public static BookingStatus Cancelled => new("Cancelled");

    /// <summary>Waiting for the supplier; the operator later moves it to confirmed, rejected or cancelled.</summary>
    public static BookingStatus OnRequest => new("OnRequest");

    /// <summary>Not confirmed yet, waiting for payment. Sent by the vendor as <c>AwatingPayment</c>; also accepted as <c>AwaitingPayment</c>.</summary>
    public static BookingStatus AwaitingPayment => new("AwatingPayment");

    /// <summary>An error the engine could not recover from; the operator must handle the booking by hand.</summary>
    public static BookingStatus TechnicalProblem => new("TechnicalProblem");

    /// <summary>The outcome is not known yet: ask again with <see cref="ICangoorooFlightClient.GetServiceDetailsAsync"/>.</summary>
    public static BookingStatus InProgress => new("InProgress");

    /// <summary>A cancellation was attempted and failed; the operator must follow up.</summary>
    public static BookingStatus PendingCancellation => new("PendingCancellation");

    /// <summary>It is not certain whether the supplier confirmed; ask again later.</summary>
    public static BookingStatus Pending => new("Pending");

    /// <inheritdoc />
    public bool IsKnown => Canonical(Value) is not null;

    /// <summary>
    /// <see langword="true"/> for outcomes that will not change by themselves: <see cref="Confirmed"/>,
    /// <see cref="Rejected"/>, <see cref="Cancelled"/>.
    /// </summary>
    public bool IsFinal => Canonical(Value) is ConfirmedKey or RejectedKey or CancelledKey;

    /// <summary>
    /// <see langword="true"/> when the real outcome is not known yet and a later
    /// <see cref="ICangoorooFlightClient.GetServiceDetailsAsync"/> call will tell: <see cref="InProgress"/> (the vendor
    /// says: ask again), <see cref="Pending"/>, <see cref="OnRequest"/>, <see cref="AwaitingPayment"/>, and any value this
    /// SDK does not know (assumed: treat an unknown status as not settled).
    /// </summary>
    public bool RequiresStatusCheck => Canonical(Value) switch
    {
        null => true,
        InProgressKey or PendingKey or OnRequestKey or AwaitingPaymentKey => true,
        _ => false,
    };

    /// <summary>
    /// <see langword="true"/> when the vendor says a person at the operator must act: <see cref="TechnicalProblem"/> and
    /// <see cref="PendingCancellation"/>.
    /// </summary>
    public bool RequiresOperatorAction => Canonical(Value) is TechnicalProblemKey or PendingCancellationKey;

    /// <summary>Compares two statuses by meaning (spelling variants, case and separators ignored).</summary>
    /// <param name="other">The other status.</param>
    /// <returns><see langword="true"/> when they mean the same status.</returns>
    public bool Equals(BookingStatus other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    private string Key => Canonical(Value) ?? Normalize(Value);

    private static string Normalize(string value)
    {
        Span<char> buffer = value.Length <= 64 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        foreach (var c in value)
        {
            if (c is not (' ' or '-' or '_'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static string? Canonical(string value) => Normalize(value) switch
    {
        ConfirmedKey => ConfirmedKey,
        RejectedKey => RejectedKey,
        CancelledKey or "canceled" => CancelledKey,
        OnRequestKey => OnRequestKey,
        AwaitingPaymentKey or "awatingpayment" => AwaitingPaymentKey,
        TechnicalProblemKey => TechnicalProblemKey,
        InProgressKey => InProgressKey,
        PendingCancellationKey => PendingCancellationKey,
        PendingKey => PendingKey,
        _ => null,
    };
}
