using AviationApis.Testing;
using OpenTelemetry.Trace;

namespace AviationApis.OpenTelemetry.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot() =>
        PublicApiSnapshot.Verify(typeof(AviationApisTracerProviderBuilderExtensions).Assembly);
}
