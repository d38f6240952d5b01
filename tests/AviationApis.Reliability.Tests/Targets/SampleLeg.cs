using NodaTime;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>A leg.</summary>
public sealed record SampleLeg
{
    /// <summary>Origin airport.</summary>
    public required string From { get; init; }

    /// <summary>Destination airport.</summary>
    public required string To { get; init; }

    /// <summary>Local departure.</summary>
    public LocalDateTime? Departs { get; init; }
}
