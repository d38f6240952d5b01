using System.Net.Http.Headers;
using System.Text;
using AviationApis.Core.Redaction;

namespace AviationApis.Core.Pipeline;

/// <summary>Formats headers for Trace logs through the allow-list: unlisted values become <c>[REDACTED]</c>.</summary>
internal static class HeaderFormatter
{
    public static string Format(HttpHeaders headers, HttpContentHeaders? contentHeaders, ISet<string> allowList, Redactor redactor)
    {
        var text = new StringBuilder();
        Append(text, headers, allowList, redactor);
        if (contentHeaders is not null)
        {
            Append(text, contentHeaders, allowList, redactor);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, HttpHeaders headers, ISet<string> allowList, Redactor redactor)
    {
        foreach (var header in headers.NonValidated)
        {
            foreach (var value in header.Value)
            {
                if (text.Length > 0)
                {
                    text.Append("; ");
                }

                text.Append(header.Key).Append(": ").Append(redactor.ForLog(header.Key, value, allowList));
            }
        }
    }
}
