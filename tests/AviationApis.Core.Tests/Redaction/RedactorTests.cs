using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Redaction;

public sealed class RedactorTests
{
    public static TheoryData<string, string> VendorSecrets => new()
    {
        // CargoAi: x-api-key header line, HMAC callback header
        { "x-api-key: cargo-live-9f8e7d6c5b4a", "cargo-live-9f8e7d6c5b4a" },
        { "cargoai-api-key=Zm9vYmFyYmF6cXV4MTIzNDU2", "Zm9vYmFyYmF6cXV4MTIzNDU2" },
        // Cangooroo: password in the Credential body, card number and security code in the payment
        { "{\"Credential\":{\"Username\":\"agency\",\"Password\":\"S3cr3t!pass\"}}", "S3cr3t!pass" },
        { "{\"CreditCard\":{\"Number\":\"4111111111111111\",\"SecurityCode\":\"737\"}}", "4111111111111111" },
        { "{\"CreditCard\":{\"Number\":\"4111 1111 1111 1111\",\"SecurityCode\":\"737\"}}", "\"737\"" },
        { "{\"cvv\": 123, \"cardNumber\": \"5500-0000-0000-0004\"}", "5500-0000-0000-0004" },
        // Avinode: API token header, bearer token, webhook client secret, OAuth client secret (form)
        { "X-Avinode-ApiToken: avi-app-0a1b2c3d4e", "avi-app-0a1b2c3d4e" },
        { "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJhbGciOiJIUzI1NiJ9" },
        { "Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA==" },
        { "{\"clientIdentifier\":\"hook\",\"clientSecret\":\"whsec-42-abcdef\"}", "whsec-42-abcdef" },
        { "grant_type=client_credentials&client_id=app&client_secret=oauth-secret-77", "oauth-secret-77" },
        { "{\"access_token\":\"tok-998877\",\"expires_in\":3600}", "tok-998877" },
    };

    [Theory]
    [MemberData(nameof(VendorSecrets))]
    public void Removes_every_kind_of_vendor_secret(string text, string secret)
    {
        var redacted = Redactor.Default.Redact(text);

        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", redacted.Contains('*', StringComparison.Ordinal) ? redacted + "[REDACTED]" : redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_numbers_are_masked_to_the_last_four_digits()
    {
        Assert.Equal("paid with ************1111 ok", Redactor.Default.Redact("paid with 4111111111111111 ok"));
        Assert.Equal("************1111", Redactor.MaskCardNumber("4111 1111 1111 1111"));
    }

    [Fact]
    public void Numbers_that_are_not_card_numbers_are_kept()
    {
        const string text = "{\"ServiceId\": 379, \"awb\": \"020-12345675\", \"phone\": \"5511987654321\"}";

        Assert.Equal(text, Redactor.Default.Redact(text));
    }

    [Fact]
    public void Configured_secrets_are_removed_wherever_they_appear()
    {
        var redactor = new Redactor(["plain-key-abc", null, "xy"]);

        Assert.Equal("invalid key [REDACTED] for user", redactor.Redact("invalid key plain-key-abc for user"));
        Assert.Equal("xy stays", redactor.Redact("xy stays"));
    }

    [Fact]
    public void A_short_configured_secret_is_removed_only_where_it_stands_alone()
    {
        var redactor = Redactor.Default.WithSecrets("737");

        Assert.Equal("{\"code\":[REDACTED],\"msg\":\"cvv [REDACTED] refused\"}", redactor.Redact("{\"code\":737,\"msg\":\"cvv 737 refused\"}"));
        Assert.Equal("flight LA7370 at 17:37, total 1737.00", redactor.Redact("flight LA7370 at 17:37, total 1737.00"));
    }

    [Fact]
    public void Ordinary_text_is_left_alone()
    {
        const string text = "{\"message\":\"Internal server error\",\"status\":502,\"origin\":\"CDG\"}";

        Assert.Equal(text, Redactor.Default.Redact(text));
    }

    [Theory]
    [InlineData("Authorization", true)]
    [InlineData("X-Avinode-ApiToken", true)]
    [InlineData("x-api-key", true)]
    [InlineData("cargoai-api-key", true)]
    [InlineData("Content-Type", false)]
    [InlineData("X-Rate-Limit-Remaining", false)]
    public void Sensitive_names_are_recognised(string name, bool sensitive) =>
        Assert.Equal(sensitive, Redactor.IsSensitiveName(name));

    [Fact]
    public void Log_values_need_the_allow_list_and_never_show_credential_headers()
    {
        var allow = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Content-Type", "Authorization" };

        Assert.Equal("application/json", Redactor.Default.ForLog("Content-Type", "application/json", allow));
        Assert.Equal("[REDACTED]", Redactor.Default.ForLog("Authorization", "Bearer abc", allow));
        Assert.Equal("[REDACTED]", Redactor.Default.ForLog("X-Custom", "value", allow));
    }

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("5500000000000004", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("41x1", false)]
    public void Luhn_check(string digits, bool valid) => Assert.Equal(valid, Luhn.IsValid(digits));

    public static TheoryData<string> EchoedSpellings() =>
    [
        "Pw/2024+\u00e9&x",                  // verbatim
        "Pw\\/2024+\\u00e9&x",            // the mixed spelling: \/ and \u00e9, raw + and &
        "Pw\\/2024\\u002B\\u00E9\\u0026x", // everything escaped, upper-case hex
        "Pw/2024+&#233;&amp;x",              // HTML, decimal entity
        "Pw&#x2F;2024&#x2b;&#xE9;&#38;x",     // HTML, hex entities
        "Pw%2F2024%2B%C3%A9%26x",             // percent-encoded
        "Pw%2f2024%2b%c3%a9%26x",             // percent-encoded, lower case
    ];

    [Theory]
    [MemberData(nameof(EchoedSpellings))]
    public void A_configured_secret_is_redacted_in_every_spelling_a_server_echoes(string spelling)
    {
        var redactor = new Redactor(["Pw/2024+\u00e9&x"]);

        var redacted = redactor.Redact("login failed for '" + spelling + "' (try again)");

        Assert.Equal("login failed for '[REDACTED]' (try again)", redacted);
    }

    [Theory]
    [InlineData("4111.1111.1111.1111")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    public void A_card_number_is_masked_whatever_its_grouping(string card) =>
        Assert.Equal("card ************1111 declined", Redactor.Default.Redact($"card {card} declined"));

    [Fact]
    public void A_call_s_own_secrets_are_redacted_for_that_call_only()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://x.test/");
        AviationApis.Core.Http.HttpRequestMessageExtensions.AddSecrets(request, "hook-secret-42");
        Assert.Equal("[REDACTED]", Redactor.Default.ForRequest(request).Redact("hook-secret-42"));
        using var other = new HttpRequestMessage(HttpMethod.Post, "https://x.test/");
        Assert.Same(Redactor.Default, Redactor.Default.ForRequest(other));
    }
}
