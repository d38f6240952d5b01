using AviationApis.Avinode.Notifications;

namespace AviationApis.AspNetCore.Avinode;

/// <summary>
/// The configured connections' authenticators. A request's <c>Authorization</c> header is checked against every
/// connection (no early exit), so the time taken does not tell which connection or how much matched; credentials verify
/// only the connection they belong to.
/// </summary>
internal sealed class AvinodeConnections
{
    private readonly (string Name, WebhookBasicAuthenticator Authenticator)[] _connections;

    public AvinodeConnections(AvinodeWebhookEndpointOptions options) =>
        _connections = options.All().Select(c => (c.Key, new WebhookBasicAuthenticator(c.Value.ClientIdentifier!, c.Value.ClientSecret!))).ToArray();

    /// <summary>The name of the connection whose credentials the header carries, or <see langword="null"/>.</summary>
    public string? Match(string? authorizationHeader)
    {
        string? match = null;
        foreach (var (name, authenticator) in _connections)
        {
            if (authenticator.IsValid(authorizationHeader))
            {
                match ??= name;
            }
        }

        return match;
    }
}
