using System.Net;
using System.Text.Json.Nodes;
using AviationApis.Sandbox.Emulation;

namespace AviationApis.Sandbox.Avinode;

/// <summary>One webhook-settings resource of the Avinode emulator: validated on create and update, shown without its secret.</summary>
internal sealed class AvinodeWebhookSettings(string id)
{
    private static readonly HashSet<string> KnownEventTypes = new(StringComparer.Ordinal)
    {
        "ClientLeads", "EmptyLegs", "TripRequest", "TripRequestSellerResponse", "TripRequestMine", "TripRequestSellerResponseMine",
        "TripChatFromBuyer", "TripChatFromSeller", "TripChatMine",
        "SchedAeroContacts", "SchedAeroPassengers", "SchedAeroLogistics", "SchedAeroCrewAssignments", "SchedAeroFlightLegs",
        "SchedAeroOwnQuoteReplies", "SchedAeroQuotedTrips", "SchedAeroQuotes", "SchedAeroScheduledTrips",
    };

    public string Id { get; } = id;

    public int Version { get; set; } = 1;

    public string TargetUri { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public bool Active { get; private set; } = true;

    public string? ClientIdentifier { get; private set; }

    public string? ClientSecret { get; private set; }

    public string ClientAuthenticationType { get; private set; } = "BASIC";

    public List<string> EventTypes { get; private set; } = [];

    public AvinodeWebhookSettings Copy() => new(Id)
    {
        Version = Version, TargetUri = TargetUri, DisplayName = DisplayName, Active = Active, ClientIdentifier = ClientIdentifier,
        ClientSecret = ClientSecret, ClientAuthenticationType = ClientAuthenticationType, EventTypes = [.. EventTypes],
    };

    /// <summary>Applies the members present in <paramref name="body"/>; returns the 4xx answer when invalid.</summary>
    public HttpResponseMessage? Apply(JsonNode body, bool creating)
    {
        var target = Json.String(body, "targetURI") ?? (creating ? null : TargetUri);
        if (string.IsNullOrWhiteSpace(target))
        {
            return AvinodeEmulator.Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "The targetURI is required", "targetURI");
        }

        if (!System.Uri.TryCreate(target, UriKind.Absolute, out var targetUri)
            || (targetUri.Scheme != System.Uri.UriSchemeHttps && !(targetUri.Scheme == System.Uri.UriSchemeHttp && targetUri.IsLoopback)))
        {
            return AvinodeEmulator.Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", "The targetURI must be an absolute HTTPS URI (HTTP is accepted for loopback hosts in the sandbox)", "targetURI");
        }

        var display = Json.String(body, "displayName") ?? (creating ? null : DisplayName);
        if (string.IsNullOrWhiteSpace(display))
        {
            return AvinodeEmulator.Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "The displayName is required", "displayName");
        }

        var authType = Json.String(body, "clientAuthenticationType") ?? ClientAuthenticationType;
        if (authType != "BASIC")
        {
            return AvinodeEmulator.Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", "The clientAuthenticationType must be BASIC", "clientAuthenticationType");
        }

        var events = EventTypes;
        if (body["eventTypes"] is JsonArray array)
        {
            events = [];
            for (var i = 0; i < array.Count; i++)
            {
                var name = Json.Text(array[i]);
                if (name is null || !KnownEventTypes.Contains(name))
                {
                    return AvinodeEmulator.Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_GENERIC_INVALID", $"Unknown event type '{name}'", $"eventTypes[{i}]");
                }

                events.Add(name);
            }
        }

        if (events.Count == 0)
        {
            return AvinodeEmulator.Errors(HttpStatusCode.UnprocessableEntity, "ERR_INPUT_MISSING", "At least one event type is required", "eventTypes");
        }

        TargetUri = target;
        DisplayName = display;
        ClientAuthenticationType = authType;
        EventTypes = events;
        Active = Json.Bool(body, "active") ?? (creating || Active);
        ClientIdentifier = Json.String(body, "clientIdentifier") ?? ClientIdentifier;
        ClientSecret = Json.String(body, "clientSecret") ?? ClientSecret;
        return null;
    }

    /// <summary>The settings as the server shows them: the client secret is never echoed.</summary>
    public JsonObject ToJson(Uri baseUri)
    {
        var events = new JsonArray();
        foreach (var name in EventTypes)
        {
            events.AddNode(name);
        }

        return new JsonObject
        {
            ["id"] = Id,
            ["href"] = new Uri(baseUri, "webhooks/settings/" + Id).AbsoluteUri,
            ["type"] = "webhooks-settings",
            ["version"] = Version,
            ["targetURI"] = TargetUri,
            ["displayName"] = DisplayName,
            ["active"] = Active,
            ["clientIdentifier"] = ClientIdentifier,
            ["clientAuthenticationType"] = ClientAuthenticationType,
            ["eventTypes"] = events,
        };
    }
}
