using AviationApis.Core.Pipeline;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Tests.Pipeline;

public sealed class LoggableUriTests
{
    [Fact]
    public void Writes_the_uri_through_the_query_allow_list_once()
    {
        var allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "page" };
        var uri = new LoggableUri(new Uri("http://127.0.0.1/x?page=2&token=abc"), allowed, Redactor.Default);

        var text = uri.ToString();

        Assert.Equal("http://127.0.0.1/x?page=2&token=[REDACTED]", text);
        Assert.Same(text, uri.ToString());
        Assert.Equal(string.Empty, new LoggableUri(null, allowed, Redactor.Default).ToString());
    }
}
