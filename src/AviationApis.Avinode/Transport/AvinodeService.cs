using AviationApis.Avinode.Options;

namespace AviationApis.Avinode.Transport;

/// <summary>The services a connection calls; rate limits are tracked per service ("the rate limit for the service that was invoked").</summary>
internal enum AvinodeService
{
    /// <summary>The SchedAero API on <see cref="AvinodeClientOptions.BaseAddress"/>.</summary>
    SchedAero = 0,

    /// <summary>The Avinode API on <see cref="AvinodeClientOptions.WebhookBaseAddress"/> (webhook settings).</summary>
    Avinode = 1,

    /// <summary>The Avinode Marketplace API on <see cref="AvinodeClientOptions.MarketplaceBaseAddress"/> (and its OAuth token endpoint).</summary>
    Marketplace = 2,
}
