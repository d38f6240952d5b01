using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AviationApis.Testing;

/// <summary>
/// Finds secrets in captured text (logs, exception messages, ToString output, activity tags): verbatim, and in every
/// spelling a server may echo them in (<see cref="Spellings"/>), written here with the BCL's own encoders so the scan
/// does not share code with the redactor it checks.
/// </summary>
public static class SecretScan
{
    /// <summary>Returns each (secret, text) pair where the text contains the secret in any of its spellings.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> texts, IEnumerable<string> secrets)
    {
        var secretList = secrets.Where(s => !string.IsNullOrEmpty(s))
            .SelectMany(s => Spellings(s).Select(spelling => (Secret: s, Spelling: spelling)))
            .ToArray();
        var hits = new List<string>();
        foreach (var text in texts)
        {
            foreach (var (secret, spelling) in secretList)
            {
                if (text.Contains(spelling, StringComparison.Ordinal))
                {
                    hits.Add($"'{secret[..Math.Min(3, secret.Length)]}…' found in: {text[..Math.Min(300, text.Length)]}");
                    break;
                }
            }
        }

        return hits;
    }

    /// <summary>
    /// The secret as it is, JSON-escaped (System.Text.Json's default and relaxed encoders, <c>\/</c> for slashes,
    /// lower-case <c>\u</c> escapes as other serializers write them), HTML-escaped (two encoders), percent-encoded (data
    /// and form style), and, for a card number, grouped by spaces, dashes or dots.
    /// </summary>
    public static IReadOnlyList<string> Spellings(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var lowerJson = new StringBuilder();
        foreach (var c in secret)
        {
            lowerJson.Append(c is < ' ' or > '~' or '"' or '\\' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString());
        }

        var spellings = new List<string>
        {
            secret,
            JsonEncodedText.Encode(secret).ToString(),
            JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
            JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString().Replace("/", "\\/", StringComparison.Ordinal),
            lowerJson.ToString().Replace("/", "\\/", StringComparison.Ordinal),
            WebUtility.HtmlEncode(secret),
            HtmlEncoder.Default.Encode(secret),
            Uri.EscapeDataString(secret),
            WebUtility.UrlEncode(secret),
        };
        if (secret.Length is >= 13 and <= 19 && secret.All(char.IsAsciiDigit))
        {
            foreach (var separator in new[] { " ", "-", "." })
            {
                spellings.Add(string.Join(separator, secret.Chunk(4).Select(chunk => new string(chunk))));
            }
        }

        return spellings.Distinct(StringComparer.Ordinal).ToArray();
    }
}
