namespace AviationApis.Sandbox.Tests;

public sealed class AviationSandboxOptionsTests
{
    [Fact]
    public void Options_ToString_never_shows_credentials()
    {
        var options = new AviationSandboxOptions { CargoAiApiKey = "key-123", CangoorooPassword = "pw-456", AvinodeAuthorizationToken = "tok-789" };
        var text = options.ToString();
        Assert.DoesNotContain("key-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-456", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-789", text, StringComparison.Ordinal);
    }
}
