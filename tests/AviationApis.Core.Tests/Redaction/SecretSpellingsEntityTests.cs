using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Redaction;

public sealed class SecretSpellingsEntityTests
{
    [Theory]
    [InlineData("a<b", "a&lt;b")]
    [InlineData("a>b", "a&gt;b")]
    [InlineData("a\"b", "a&quot;b")]
    [InlineData("a'b", "a&apos;b")]
    [InlineData("a\u00a0b", "a&nbsp;b")]
    public void A_secret_echoed_with_a_named_html_entity_is_removed(string secret, string echo)
    {
        var redactor = new Redactor([secret + "-key"]);

        Assert.Equal("bad [REDACTED] here", redactor.Redact("bad " + echo + "-key here"));
    }

    [Fact]
    public void A_space_echoed_as_a_plus_is_removed()
    {
        var redactor = new Redactor(["my pass word"]);

        Assert.Equal("bad [REDACTED] here", redactor.Redact("bad my+pass+word here"));
    }

    [Fact]
    public void A_plus_stands_only_for_a_space()
    {
        var redactor = new Redactor(["my-pass"]);

        Assert.Equal("bad my+pass here", redactor.Redact("bad my+pass here"));
    }
}
