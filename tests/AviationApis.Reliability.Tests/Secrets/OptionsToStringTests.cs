using AviationApis.Avinode.Options;
using AviationApis.Cangooroo.Options;
using AviationApis.CargoAi.Callbacks;
using AviationApis.CargoAi.Options;

namespace AviationApis.Reliability.Tests.Secrets;

/// <summary>Options, verifiers and payment models holding secrets never print them.</summary>
public sealed class OptionsToStringTests
{
    [Fact]
    public void Configured_objects_print_no_secret()
    {
        string[] texts =
        [
            new CargoAiClientOptions { ApiKey = TestSecrets.ApiKey }.ToString(),
            new CangoorooClientOptions { Username = "u", Password = TestSecrets.CangoorooPassword }.ToString(),
            new AvinodeClientOptions { ApiToken = TestSecrets.AvinodeApiToken, AuthorizationToken = TestSecrets.BearerToken, Product = "p" }.ToString(),
            CargoAiCallbackVerifier.Hmac(TestSecrets.CargoAiWebhookSecret).ToString()!,
            CargoAiCallbackVerifier.Bearer(TestSecrets.BearerToken).ToString()!,
            CargoAiCallbackVerifier.Basic("user", TestSecrets.CargoAiWebhookSecret).ToString()!,
            Targets.CangoorooTarget.Card.ToString(),
        ];

        Assert.Empty(SecretScanner.Scan(texts));
        Assert.DoesNotContain(texts, t => t.Contains(": " + TestSecrets.CardSecurityCode, StringComparison.Ordinal) || t.Contains("= " + TestSecrets.CardSecurityCode, StringComparison.Ordinal));
    }
}
