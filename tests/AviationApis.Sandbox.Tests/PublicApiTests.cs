using AviationApis.Testing;

namespace AviationApis.Sandbox.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot() => PublicApiSnapshot.Verify(typeof(AviationSandbox).Assembly);
}
