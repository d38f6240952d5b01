using System.Security.Cryptography;
using System.Text;
using AviationApis.CargoAi.Callbacks;

namespace AviationApis.CargoAi.Tests.Callbacks;

public sealed class CallbackVerifierTests
{
    private const string ApiKey = "cb-api-key-7f3a9c";
    private static readonly byte[] Body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", "cargoai-flywindow-callback.seed-example.json"));

    private static Func<string, string?> Headers(params (string Name, string Value)[] headers) =>
        name => headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    [Fact]
    public void None_accepts_everything()
    {
        Assert.True(CargoAiCallbackVerifier.None().Verify(Body, Headers()).IsValid);
    }

    [Fact]
    public void Hmac_good_wrong_missing()
    {
        var verifier = CargoAiCallbackVerifier.Hmac(ApiKey);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ApiKey), Body));

        Assert.Equal(signature, CargoAiCallbackVerifier.ComputeHmacSignature(ApiKey, Body));
        Assert.True(verifier.Verify(Body, Headers(("cargoai-api-key", signature))).IsValid);
        Assert.True(verifier.Verify(Body, Headers(("CargoAi-Api-Key", signature))).IsValid);

        var wrongKey = Convert.ToBase64String(HMACSHA256.HashData("other-key"u8, Body));
        Assert.Equal(CallbackVerificationFailure.Mismatch, verifier.Verify(Body, Headers(("cargoai-api-key", wrongKey))).Failure);

        var tampered = (byte[])Body.Clone();
        tampered[10] ^= 1;
        Assert.Equal(CallbackVerificationFailure.Mismatch, verifier.Verify(tampered, Headers(("cargoai-api-key", signature))).Failure);

        Assert.Equal(CallbackVerificationFailure.MalformedHeader, verifier.Verify(Body, Headers(("cargoai-api-key", "not base64!"))).Failure);
        var missing = verifier.Verify(Body, Headers());
        Assert.False(missing.IsValid);
        Assert.Equal(CallbackVerificationFailure.MissingHeader, missing.Failure);
        Assert.Contains("cargoai-api-key", missing.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Basic_good_wrong_missing()
    {
        var verifier = CargoAiCallbackVerifier.Basic("cargoai", "s3cret-pass");
        string Encode(string s) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(s));

        Assert.True(verifier.Verify(Body, Headers(("Authorization", Encode("cargoai:s3cret-pass")))).IsValid);
        Assert.Equal(CallbackVerificationFailure.Mismatch, verifier.Verify(Body, Headers(("Authorization", Encode("cargoai:wrong")))).Failure);
        Assert.Equal(CallbackVerificationFailure.MalformedHeader, verifier.Verify(Body, Headers(("Authorization", "Bearer cargoai:s3cret-pass"))).Failure);
        Assert.Equal(CallbackVerificationFailure.MissingHeader, verifier.Verify(Body, Headers()).Failure);
    }

    [Fact]
    public void Bearer_good_wrong_missing()
    {
        var verifier = CargoAiCallbackVerifier.Bearer("static-token-123");

        Assert.True(verifier.Verify(Body, Headers(("Authorization", "Bearer static-token-123"))).IsValid);
        Assert.Equal(CallbackVerificationFailure.Mismatch, verifier.Verify(Body, Headers(("Authorization", "Bearer static-token-124"))).Failure);
        Assert.Equal(CallbackVerificationFailure.Mismatch, verifier.Verify(Body, Headers(("Authorization", "Bearer static-token-1234"))).Failure);
        Assert.Equal(CallbackVerificationFailure.MissingHeader, verifier.Verify(Body, Headers(("Authorization", ""))).Failure);
    }

    [Fact]
    public void Results_and_ToString_never_contain_the_secret()
    {
        var verifiers = new[] { CargoAiCallbackVerifier.Hmac(ApiKey), CargoAiCallbackVerifier.Bearer("static-token-123"), CargoAiCallbackVerifier.Basic("cargoai", "s3cret-pass") };
        var texts = verifiers.Select(v => v.ToString())
            .Concat(verifiers.Select(v => v.Verify(Body, Headers(("Authorization", "Bearer nope"), ("cargoai-api-key", "bm9wZQ=="))).Reason));

        Assert.Empty(AviationApis.Testing.SecretScan.Find(texts, [ApiKey, "static-token-123", "s3cret-pass"]));
    }
}
