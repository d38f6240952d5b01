using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AviationApis.Core.Redaction;

/// <summary>
/// Builds a pattern that finds a secret however a server echoes it: verbatim, JSON-escaped (<c>\u00e9</c>, <c>\/</c>,
/// <c>\"</c>), HTML-escaped (<c>&amp;amp;</c>, <c>&amp;#43;</c>, <c>&amp;#x2B;</c>) or percent-encoded
/// (<c>%C3%A9</c>, <c>+</c> for a space), each character in any of its spellings, mixed within one echo.
/// </summary>
internal static class SecretSpellings
{
    /// <summary>Characters that start an escaped spelling; text without any of them can only hold verbatim secrets.</summary>
    public static readonly System.Buffers.SearchValues<char> EscapeMarkers = System.Buffers.SearchValues.Create("\\&%+");

    /// <summary>One regex alternation per character of <paramref name="secret"/>.</summary>
    public static string Pattern(string secret)
    {
        var pattern = new StringBuilder(secret.Length * 48);
        foreach (var c in secret)
        {
            pattern.Append("(?:").Append(Regex.Escape(c.ToString()));
            var hex = ((int)c).ToString("x4", CultureInfo.InvariantCulture);
            pattern.Append(@"|\\u(?i:").Append(hex).Append(')');
            if (c is '/' or '"' or '\\' or '\'')
            {
                pattern.Append(@"|\\").Append(Regex.Escape(c.ToString()));
            }

            pattern.Append("|&#0*").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
            pattern.Append("|&#[xX]0*(?i:").Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append(");");
            var named = c switch
            {
                '&' => "amp",
                '<' => "lt",
                '>' => "gt",
                '"' => "quot",
                '\'' => "apos",
                '\u00a0' => "nbsp",
                _ => null,
            };
            if (named is not null)
            {
                pattern.Append("|&").Append(named).Append(';');
            }

            if (c == ' ')
            {
                pattern.Append(@"|\+");
            }

            if (!char.IsSurrogate(c))
            {
                pattern.Append('|');
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    pattern.Append("%(?i:").Append(b.ToString("x2", CultureInfo.InvariantCulture)).Append(')');
                }
            }

            pattern.Append(')');
        }

        return pattern.ToString();
    }
}
