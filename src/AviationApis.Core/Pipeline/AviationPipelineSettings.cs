using AviationApis.Core.Redaction;
using AviationApis.Core.Signing;

namespace AviationApis.Core.Pipeline;

/// <summary>What <see cref="HttpClientBuilderExtensions.AddAviationPipeline"/> needs to build one client's stages.</summary>
public sealed class AviationPipelineSettings
{
    /// <summary>
    /// The registration name: metrics, traces and <see cref="RateLimits.RateLimitMonitor"/> are keyed by it. (The resilience
    /// pipeline, and with it the circuit breaker, is keyed by the <c>HttpClient</c> name; the clients use the same name.)
    /// </summary>
    public required string ClientName { get; init; }

    /// <summary>
    /// Where this client's requests may go: the configured base address, plus any host the vendor documents for the
    /// client (e.g. Avinode's webhook settings host). Every attempt and every redirect hop must have exactly the origin
    /// (scheme, host, port) of one of these and a path under its path; anything else is refused before it is sent
    /// (<see cref="Errors.OriginNotAllowedException"/>), so credentials never leave the configured origins.
    /// </summary>
    public required IReadOnlyList<Uri> AllowedBaseAddresses { get; init; }

    /// <summary>Resilience, timeout and logging settings.</summary>
    public required AviationPipelineOptions Options { get; init; }

    /// <summary>Signs every attempt; <see langword="null"/> sends requests unsigned.</summary>
    public IRequestSigner? Signer { get; init; }

    /// <summary>The client's redactor; built from the signer's secrets when not set.</summary>
    public Redactor? Redactor { get; init; }
}
