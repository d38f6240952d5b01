using System.Text.Json;
using AviationApis.Avinode.Options;
using AviationApis.Core.Options;

namespace AviationApis.AspNetCore.Avinode;

/// <summary>
/// Keeps development and test builds from consuming live notifications (Avinode's checklist): a notification whose
/// <c>href</c> is on a live Avinode or SchedAero host is refused when Core's live-host guard says this process must not
/// reach live servers (any environment but Production, a Debug build, a test host), unless
/// <see cref="AvinodeWebhookEndpointOptions.AllowLiveNotifications"/> is set. Sandbox and local hrefs pass.
/// </summary>
internal sealed class LiveNotificationGate
{
    private const string OptInKey = "Webhooks:Avinode:AllowLiveNotifications";

    private static readonly string[] LiveHosts =
    [
        new Uri(AvinodeClientOptions.SchedAeroProductionBaseAddress).Host,
        new Uri(AvinodeClientOptions.AvinodeProductionBaseAddress).Host,
    ];

    private readonly IServiceProvider _services;
    private readonly bool _allowed;
    private readonly Lazy<string?> _reason;

    public LiveNotificationGate(IServiceProvider services, AvinodeWebhookEndpointOptions options)
    {
        _services = services;
        _allowed = options.AllowLiveNotifications;
        _reason = new Lazy<string?>(() => ProductionHostGuard.LiveRefusalReason(services));
    }

    /// <summary>Why this verified notification must be refused, or <see langword="null"/>.</summary>
    public string? Refusal(byte[] body)
    {
        if (!IsLive(body) || _reason.Value is not { } reason)
        {
            return null;
        }

        if (_allowed)
        {
            ProductionHostGuard.WarnOnce(_services, OptInKey, $"A live Avinode notification was accepted although {reason}: allowed because {OptInKey} is true.");
            return null;
        }

        return $"a live Avinode notification reached a process that must not consume live notifications ({reason}); set {OptInKey} to true to allow it";
    }

    /// <summary>Whether the top-level <c>href</c> names a live host. A body that is not JSON is not judged here (the processor parks it).</summary>
    private static bool IsLive(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isHref = reader.ValueTextEquals("href"u8);
                reader.Read();
                if (isHref && reader.TokenType == JsonTokenType.String)
                {
                    return Uri.TryCreate(reader.GetString(), UriKind.Absolute, out var href) && BaseAddressRules.IsHost(href, LiveHosts);
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return false;
        }

        return false;
    }
}
