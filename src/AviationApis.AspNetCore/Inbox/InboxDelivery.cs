namespace AviationApis.AspNetCore.Inbox;

/// <summary>
/// One delivery as the inbox stores it: the raw body exactly as received (it is parsed only when processed) and its
/// metadata. Its <see cref="Key"/> is unique in the inbox: a repeat of the same delivery is not stored twice.
/// </summary>
/// <param name="Key">The delivery key: the endpoint, the connection and the SHA-256 of the raw body. Give it to side effects to make them idempotent.</param>
/// <param name="Endpoint">The endpoint that received it, e.g. <c>cargoai/flywindow</c> or <c>avinode</c>.</param>
/// <param name="Connection">The named connection whose credentials verified it (Avinode), or <see langword="null"/>.</param>
/// <param name="Body">The raw body bytes.</param>
/// <param name="ReceivedAt">When the endpoint stored it.</param>
public sealed record InboxDelivery(string Key, string Endpoint, string? Connection, ReadOnlyMemory<byte> Body, DateTimeOffset ReceivedAt)
{
    /// <summary>How many times the handler failed on it so far.</summary>
    public int Attempts { get; init; }

    /// <summary>The last failure, redacted and shortened (a dead delivery's reason), or <see langword="null"/>.</summary>
    public string? LastError { get; init; }

    /// <summary>Names the delivery without its body.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{nameof(InboxDelivery)} {{ Key = {Key}, Endpoint = {Endpoint}, Connection = {Connection}, Body = {Body.Length} bytes, ReceivedAt = {ReceivedAt:O}, Attempts = {Attempts} }}";
}
