using AviationApis.Core.Redaction;

namespace AviationApis.Core.Pipeline;

/// <summary>A request URI for logs and traces, redacted through the allow-list only when something writes it.</summary>
internal sealed class LoggableUri(Uri? uri, ISet<string> allowedQueryNames, Redactor redactor)
{
    private string? _text;

    public override string ToString() => _text ??= redactor.ForLog(uri, allowedQueryNames);
}
