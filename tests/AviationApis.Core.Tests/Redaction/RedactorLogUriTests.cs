using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Redaction;

public sealed class RedactorLogUriTests
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "page", "code" };

    [Fact]
    public void No_uri_is_empty_text() => Assert.Equal(string.Empty, Redactor.Default.ForLog((Uri?)null, Allowed));

    [Fact]
    public void Query_names_are_needed_even_without_a_uri()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Redactor.Default.ForLog((Uri?)null, null!));

        Assert.Equal("allowedQueryNames", error.ParamName);
    }

    [Fact]
    public void An_allow_list_is_needed_for_a_header_value()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Redactor.Default.ForLog("Content-Type", "text/plain", null!));

        Assert.Equal("allowList", error.ParamName);
    }

    [Fact]
    public void A_relative_uri_is_redacted_as_text() =>
        Assert.Equal("/orders?password=[REDACTED]&page=2", Redactor.Default.ForLog(new Uri("/orders?password=hunter22&page=2", UriKind.Relative), Allowed));

    [Fact]
    public void An_empty_query_adds_nothing() =>
        Assert.Equal("https://x.test/orders", Redactor.Default.ForLog(new Uri("https://x.test/orders?"), Allowed));

    [Fact]
    public void A_query_name_without_a_value_is_kept_as_is() =>
        Assert.Equal("https://x.test/orders?flag&page=2&id=[REDACTED]", Redactor.Default.ForLog(new Uri("https://x.test/orders?flag&page=2&id=7"), Allowed));

    [Fact]
    public void A_value_without_a_name_is_hidden() =>
        Assert.Equal("https://x.test/orders?=[REDACTED]&page=2", Redactor.Default.ForLog(new Uri("https://x.test/orders?=abc&page=2"), Allowed));
}
