namespace AviationApis.Reliability.Tests.Targets;

/// <summary>A status change request.</summary>
public sealed record SampleStatusChange
{
    /// <summary>The new status.</summary>
    public SampleStatus Status { get; init; }
}
