namespace AviationApis.AspNetCore.Inbox;

/// <summary>Where and how <see cref="SqliteWebhookInbox"/> keeps its file.</summary>
public sealed class SqliteWebhookInboxOptions
{
    /// <summary>
    /// The database file (created with its directory when missing; relative paths are relative to the current
    /// directory). Put it on a persistent volume: deleting it loses the pending deliveries. Default
    /// <c>aviation-webhook-inbox.db</c>.
    /// </summary>
    public string Path { get; set; } = "aviation-webhook-inbox.db";

    /// <summary>How long a write waits for the file lock before failing (the endpoint then answers 503). Default 5 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public override string ToString() => $"{nameof(SqliteWebhookInboxOptions)} {{ Path = {Path}, BusyTimeout = {BusyTimeout} }}";
}
