using AviationApis.Core.Redaction;
using AviationApis.Core.Signing;

namespace AviationApis.Core.Pipeline;

/// <summary>What <see cref="HttpClientBuilderExtensions.AddAviationPipeline"/> needs to build one client's stages.</summary>
public sealed class AviationPipelineSettings
{
    /// <summary>The registration name: metrics, traces, the circuit breaker and <see cref="RateLimits.RateLimitMonitor"/> are keyed by it.</summary>
    public required string ClientName { get; init; }

    /// <summary>Resilience, timeout and logging settings.</summary>
    public required AviationPipelineOptions Options { get; init; }

    /// <summary>Signs every attempt; <see langword="null"/> sends requests unsigned.</summary>
    public IRequestSigner? Signer { get; init; }

    /// <summary>The client's redactor; built from the signer's secrets when not set.</summary>
    public Redactor? Redactor { get; init; }
}
