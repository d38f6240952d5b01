using AviationApis.Testing;

namespace AviationApis.AspNetCore.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot() =>
        PublicApiSnapshot.Verify(typeof(AviationWebhookOptions).Assembly);
}
