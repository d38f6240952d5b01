using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Redaction;

/// <summary>What stands around a removed value survives byte for byte: the name, its separator, the auth scheme.</summary>
public sealed class RedactorExactReplacementTests
{
    [Theory]
    [InlineData("{\"password\":\"hunter22\",\"user\":\"bob\"}", "{\"password\":\"[REDACTED]\",\"user\":\"bob\"}")]
    [InlineData("{\"apiKey\" : 12345, \"n\": 1}", "{\"apiKey\" : \"[REDACTED]\", \"n\": 1}")]
    [InlineData("{\"isSecret\":true}", "{\"isSecret\":\"[REDACTED]\"}")]
    public void A_json_member_keeps_its_name_and_gets_a_quoted_placeholder(string text, string expected) =>
        Assert.Equal(expected, Redactor.Default.Redact(text));

    [Theory]
    [InlineData("password=abc123&user=bob", "password=[REDACTED]&user=bob")]
    [InlineData("x-api-key: value-9", "x-api-key: [REDACTED]")]
    [InlineData("client_secret = s3 ok", "client_secret = [REDACTED] ok")]
    public void A_name_value_pair_keeps_its_name_and_separator(string text, string expected) =>
        Assert.Equal(expected, Redactor.Default.Redact(text));

    [Theory]
    [InlineData("Authorization: Bearer abc.def-ghi", "Authorization: Bearer [REDACTED]")]
    [InlineData("sent basic dXNlcjpw== then", "sent basic [REDACTED] then")]
    public void An_auth_scheme_keeps_its_scheme_word_and_one_space(string text, string expected) =>
        Assert.Equal(expected, Redactor.Default.Redact(text));

    [Fact]
    public void Null_and_empty_text_become_empty()
    {
        Assert.Equal(string.Empty, Redactor.Default.Redact(null));
        Assert.Equal(string.Empty, Redactor.Default.Redact(string.Empty));
    }

    [Theory]
    [InlineData("rate 5% & fees + tax \\ n")]
    [InlineData("a&b%c+d\\e")]
    public void Escape_characters_alone_are_not_secrets(string text)
    {
        Assert.Equal(text, Redactor.Default.Redact(text));
        Assert.Equal(text, new Redactor([]).Redact(text));
        Assert.Equal(text, new Redactor(["xyz"]).Redact(text));
    }
}
