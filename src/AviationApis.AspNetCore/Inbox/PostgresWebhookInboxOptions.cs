namespace AviationApis.AspNetCore.Inbox;

/// <summary>How <see cref="PostgresWebhookInbox"/> reaches its database.</summary>
public sealed class PostgresWebhookInboxOptions
{
    /// <summary>The Npgsql connection string (required), e.g. <c>Host=db;Database=webhooks;Username=receiver;Password=…</c>. Never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Whether <see cref="PostgresWebhookInbox.InitializeAsync"/> creates the table and index when missing. Default
    /// <see langword="true"/>; set <see langword="false"/> when a migration applies <see cref="PostgresWebhookInbox.SchemaScript"/>
    /// and the application's role may not create tables.
    /// </summary>
    public bool CreateSchema { get; set; } = true;

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(PostgresWebhookInboxOptions)} {{ ConnectionString = {(ConnectionString is null ? "null" : "[REDACTED]")}, CreateSchema = {CreateSchema} }}";
}
