using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Redaction;

public sealed class RedactorConfiguredSecretTests
{
    [Fact]
    public void A_secret_that_contains_another_is_removed_whole()
    {
        var redactor = new Redactor(["abcd", "abcdefgh"]);

        Assert.Equal("x [REDACTED] y", redactor.Redact("x abcdefgh y"));
    }

    [Fact]
    public void A_four_character_secret_is_removed_even_inside_a_word()
    {
        var redactor = new Redactor(["wxyz"]);

        Assert.Equal("a [REDACTED] b", redactor.Redact("a wxyz b"));
        Assert.Equal("ab[REDACTED]cd", redactor.Redact("abwxyzcd"));
    }

    [Fact]
    public void A_four_character_secret_is_removed_in_an_escaped_spelling()
    {
        var redactor = new Redactor(["w/yz"]);

        Assert.Equal("a [REDACTED] b", redactor.Redact("a w%2Fyz b"));
    }

    [Fact]
    public void A_redactor_needs_a_secret_list()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new Redactor(null!));

        Assert.Equal("knownSecrets", error.ParamName);
    }

    [Fact]
    public void No_extra_secrets_keep_the_known_ones()
    {
        var redactor = new Redactor(["plain-key-abc"]).WithSecrets(null!);

        Assert.Equal("key [REDACTED]", redactor.Redact("key plain-key-abc"));
    }
}
