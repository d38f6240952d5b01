namespace AviationApis.Reliability.Tests.Load;

/// <summary>
/// Tests that measure process-wide memory: xunit runs this collection alone, after the parallel ones, so no other
/// test's allocations are counted. Each test starts (and stops) its own fault server, so no other test's
/// connections are open or closing while it measures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "Memory (runs alone)";
}
