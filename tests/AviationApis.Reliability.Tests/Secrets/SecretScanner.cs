using System.Text.RegularExpressions;
using AviationApis.Testing;

namespace AviationApis.Reliability.Tests.Secrets;

/// <summary>Scans captured texts for every <see cref="TestSecrets"/> value, and for the security code next to a field name.</summary>
public static partial class SecretScanner
{
    /// <summary>Returns one line per hit; empty when nothing leaked.</summary>
    /// <param name="texts">Log lines, exception texts, activity tags.</param>
    /// <returns>The hits.</returns>
    public static IReadOnlyList<string> Scan(IEnumerable<string> texts)
    {
        var all = texts.ToArray();
        var hits = SecretScan.Find(all, TestSecrets.All).ToList();
        foreach (var text in all)
        {
            if (SecurityCode().IsMatch(text))
            {
                hits.Add($"security code found in: {text[..Math.Min(300, text.Length)]}");
            }
        }

        return hits;
    }

    [GeneratedRegex("""(cvv|cvc|cv2|securitycode|security_code|security code|cardcode)["'\s:=]{0,6}737""", RegexOptions.IgnoreCase)]
    private static partial Regex SecurityCode();
}
