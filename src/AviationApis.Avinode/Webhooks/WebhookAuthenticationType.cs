using System.Text.Json.Serialization;
using AviationApis.Avinode.Notifications;
using AviationApis.Core.Json;

namespace AviationApis.Avinode.Webhooks;

/// <summary>How Avinode authenticates when it calls your webhook (open set; <c>BASIC</c> is the only documented value).</summary>
[ExtensibleEnum(NullIsEmpty = true)]
[JsonConverter(typeof(ExtensibleEnumJsonConverter<WebhookAuthenticationType>))]
public readonly partial struct WebhookAuthenticationType
{
    /// <summary><c>BASIC</c>: <c>Authorization: Basic base64(clientIdentifier:clientSecret)</c>; check it with <see cref="Notifications.WebhookBasicAuthenticator"/>.</summary>
    public static WebhookAuthenticationType Basic { get; } = new("BASIC");
}
