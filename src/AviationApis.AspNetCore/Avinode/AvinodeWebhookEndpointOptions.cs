namespace AviationApis.AspNetCore.Avinode;

/// <summary>
/// The credentials Avinode sends with every notification (<c>Authorization: Basic</c>), as set in each webhook
/// subscription's <c>clientIdentifier</c> and <c>clientSecret</c>. Set <see cref="ClientIdentifier"/> and
/// <see cref="ClientSecret"/> for one company (connection <see cref="DefaultConnectionName"/>), and/or one entry of
/// <see cref="Connections"/> per company (Avinode: one API connection per company). A notification whose credentials
/// match no connection is refused with 401; the handler is told which connection's matched.
/// </summary>
public sealed class AvinodeWebhookEndpointOptions
{
    /// <summary>The connection name of <see cref="ClientIdentifier"/> and <see cref="ClientSecret"/>.</summary>
    public const string DefaultConnectionName = "default";

    /// <summary>The client identifier of the default connection (configuration key <c>Webhooks:Avinode:ClientIdentifier</c> in the sample).</summary>
    public string? ClientIdentifier { get; set; }

    /// <summary>The client secret of the default connection. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// Lets a development or test build consume notifications about live Avinode data (an <c>href</c> on the live
    /// SchedAero or Avinode host). Default <see langword="false"/>: Avinode's checklist requires that instances built or
    /// deployed for development or testing cannot consume live notifications, so such a process (any host environment but
    /// Production, a Debug build, a test host — the rule of Core's live-host guard) answers them 403 and stores nothing.
    /// When set, each accepted live notification is allowed and the opt-in is logged once at Warning.
    /// </summary>
    public bool AllowLiveNotifications { get; set; }

    /// <summary>Named connections, one per company (configuration <c>Webhooks:Avinode:Connections:{name}:ClientIdentifier</c> / <c>ClientSecret</c> in the sample).</summary>
    public IDictionary<string, AvinodeWebhookConnection> Connections { get; } = new Dictionary<string, AvinodeWebhookConnection>(StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() =>
        $"{nameof(AvinodeWebhookEndpointOptions)} {{ ClientIdentifier = {ClientIdentifier}, ClientSecret = {(ClientSecret is null ? "null" : "[REDACTED]")}, Connections = [{string.Join(", ", Connections.Select(c => $"{c.Key}: {c.Value}"))}] }}";

    /// <summary>Every configured connection, the default one included when set.</summary>
    internal IEnumerable<KeyValuePair<string, AvinodeWebhookConnection>> All()
    {
        if (!string.IsNullOrEmpty(ClientIdentifier) || !string.IsNullOrEmpty(ClientSecret))
        {
            yield return new(DefaultConnectionName, new AvinodeWebhookConnection { ClientIdentifier = ClientIdentifier, ClientSecret = ClientSecret });
        }

        foreach (var connection in Connections)
        {
            yield return connection;
        }
    }

    /// <summary>Why these options cannot start the endpoint, or <see langword="null"/>.</summary>
    internal string? Problem()
    {
        var all = All().ToList();
        if (all.Count == 0 || all.Any(c => string.IsNullOrEmpty(c.Value.ClientIdentifier) || string.IsNullOrEmpty(c.Value.ClientSecret)))
        {
            return "Webhooks:Avinode:ClientIdentifier and Webhooks:Avinode:ClientSecret (or both under Webhooks:Avinode:Connections:{name}) are required for every connection: Avinode sends them as Basic credentials with every notification.";
        }

        var colon = all.FirstOrDefault(c => c.Value.ClientIdentifier!.Contains(':', StringComparison.Ordinal));
        if (colon.Value is not null)
        {
            return $"{KeyOf(colon.Key)}:ClientIdentifier cannot contain ':' (it is the Basic user name).";
        }

        var duplicate = all.GroupBy(c => c.Value.ClientIdentifier, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? null
            : $"{string.Join(" and ", duplicate.Select(c => KeyOf(c.Key) + ":ClientIdentifier"))} are the same: give each company's Avinode webhook subscription its own ClientIdentifier.";
    }

    private static string KeyOf(string connection) =>
        connection == DefaultConnectionName ? "Webhooks:Avinode" : "Webhooks:Avinode:Connections:" + connection;
}
