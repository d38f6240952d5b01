namespace AviationApis.Reliability.Tests.Load;

/// <summary>
/// Tests that measure process-wide memory: xunit runs this collection alone, after the parallel ones, so no other
/// test's allocations are counted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection : ICollectionFixture<Server.FaultServerFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Memory (runs alone)";
}
