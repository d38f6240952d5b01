namespace AviationApis.Reliability.Tests.Targets;

/// <summary>A booking confirmation.</summary>
public sealed record SampleBooking
{
    /// <summary>The booking reference.</summary>
    public required string Reference { get; init; }

    /// <summary>The status.</summary>
    public SampleStatus Status { get; init; }
}
