using System.Text;
using System.Text.RegularExpressions;

namespace AviationApis.Core.Redaction;

/// <summary>
/// The one redactor used by logging, exception messages and model <c>ToString()</c>. It removes API keys, bearer and
/// basic credentials, tokens, passwords, secrets and security codes (by member or header name, and by exact value for
/// the secrets a client was configured with) and masks card numbers (PAN) to their last four digits.
/// </summary>
public sealed partial class Redactor
{
    /// <summary>What replaces a secret in text.</summary>
    public const string Placeholder = "[REDACTED]";

    private const int MinimumSecretLength = 4;
    private const int MinimumStandaloneSecretLength = 3;
    private readonly string[] _allSecrets;
    private readonly string[] _knownSecrets;
    private readonly Regex? _shortSecrets;
    private readonly Regex? _escapedSecrets;

    /// <summary>
    /// Creates a redactor that also removes the given secret values: values of 4 characters or more wherever they appear,
    /// verbatim or echoed in another spelling (JSON-escaped, HTML-escaped, percent-encoded, even mixed), 3-character
    /// values (a card security code) wherever they stand alone, not inside a longer word or number.
    /// </summary>
    /// <param name="knownSecrets">Configured secrets (API keys, passwords, tokens, security codes). Null, empty and shorter values are ignored.</param>
    public Redactor(IEnumerable<string?> knownSecrets)
    {
        ArgumentNullException.ThrowIfNull(knownSecrets);
        var secrets = knownSecrets
            .Where(s => s is { Length: >= MinimumStandaloneSecretLength })
            .Select(s => s!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
        _knownSecrets = secrets.Where(s => s.Length >= MinimumSecretLength).ToArray();
        var shortSecrets = secrets.Where(s => s.Length < MinimumSecretLength).Select(Regex.Escape).ToArray();
        _shortSecrets = shortSecrets.Length == 0
            ? null
            : new Regex("(?<![A-Za-z0-9])(?:" + string.Join('|', shortSecrets) + ")(?![A-Za-z0-9])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _escapedSecrets = _knownSecrets.Length == 0
            ? null
            : new Regex(string.Join('|', _knownSecrets.Select(SecretSpellings.Pattern)), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _allSecrets = secrets;
    }

    /// <summary>A redactor that knows no configured secrets and works by names and patterns alone.</summary>
    public static Redactor Default { get; } = new([]);

    /// <summary>Returns a redactor that also removes the given values.</summary>
    /// <param name="secrets">More secret values.</param>
    /// <returns>A new redactor.</returns>
    public Redactor WithSecrets(params string?[] secrets) => new(_allSecrets.Concat(secrets ?? []));

    /// <summary>
    /// The redactor for what one call reports: this one, plus the call's own secrets
    /// (<see cref="Http.HttpRequestMessageExtensions.AddSecrets"/>) when it named any.
    /// </summary>
    /// <param name="request">The call's request, if known.</param>
    /// <returns>This redactor, or one that also knows the call's secrets.</returns>
    public Redactor ForRequest(HttpRequestMessage? request) =>
        request is not null && Http.HttpRequestMessageExtensions.TryGetState(request)?.Secrets is { Length: > 0 } secrets ? WithSecrets(secrets) : this;

    /// <summary>
    /// <see langword="true"/> when a header, member or query-parameter name denotes a secret (contains password,
    /// secret, token, key, authorization, cvv, cvc, security code or card number).
    /// </summary>
    /// <param name="name">The name to test.</param>
    /// <returns>Whether values under this name must never be written out.</returns>
    public static bool IsSensitiveName(string name) => !string.IsNullOrEmpty(name) && SensitiveName().IsMatch(name);

    /// <summary>Removes every secret from <paramref name="text"/>.</summary>
    /// <param name="text">Any text: a body excerpt, a message, a URL.</param>
    /// <returns>The text with secrets replaced by <see cref="Placeholder"/> and card numbers masked.</returns>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in _knownSecrets)
        {
            text = text.Replace(secret, Placeholder, StringComparison.Ordinal);
        }

        if (_escapedSecrets is not null && text.AsSpan().ContainsAny(SecretSpellings.EscapeMarkers))
        {
            text = _escapedSecrets.Replace(text, Placeholder);
        }

        if (_shortSecrets is not null)
        {
            text = _shortSecrets.Replace(text, Placeholder);
        }

        text = JsonMember().Replace(text, m => $"{m.Groups["name"].Value}\"{Placeholder}\"");
        text = NameValue().Replace(text, m => m.Groups["name"].Value + m.Groups["sep"].Value + Placeholder);
        text = AuthScheme().Replace(text, m => m.Groups["scheme"].Value + " " + Placeholder);
        return CardCandidate().Replace(text, m => MaskIfCardNumber(m.Value));
    }

    /// <summary>Masks a card number to its last four digits (<c>************1111</c>); returns the placeholder when it has fewer than 8 digits.</summary>
    /// <param name="cardNumber">The number, with or without separators.</param>
    /// <returns>The masked number.</returns>
    public static string MaskCardNumber(string? cardNumber)
    {
        var digits = DigitsOf(cardNumber);
        return digits.Length < 8 ? Placeholder : new string('*', digits.Length - 4) + digits[^4..];
    }

    /// <summary>Returns the value for logging: as is when <paramref name="name"/> is allow-listed and not sensitive, else <see cref="Placeholder"/>.</summary>
    /// <param name="name">A header or query-parameter name.</param>
    /// <param name="value">Its value.</param>
    /// <param name="allowList">Names whose values may be written out.</param>
    /// <returns>The value or the placeholder.</returns>
    public string ForLog(string name, string value, ISet<string> allowList)
    {
        ArgumentNullException.ThrowIfNull(allowList);
        return allowList.Contains(name) && !IsSensitiveName(name) ? Redact(value) : Placeholder;
    }

    /// <summary>Writes a URI for logs: query values not in <paramref name="allowedQueryNames"/> become <see cref="Placeholder"/>.</summary>
    /// <param name="uri">The request URI.</param>
    /// <param name="allowedQueryNames">Query-parameter names whose values may be written out.</param>
    /// <returns>The loggable URI text.</returns>
    public string ForLog(Uri? uri, ISet<string> allowedQueryNames)
    {
        ArgumentNullException.ThrowIfNull(allowedQueryNames);
        if (uri is null)
        {
            return string.Empty;
        }

        if (!uri.IsAbsoluteUri)
        {
            return Redact(uri.OriginalString);
        }

        var text = new StringBuilder(uri.GetLeftPart(UriPartial.Path));
        var query = uri.Query;
        if (query.Length > 1)
        {
            var separator = '?';
            foreach (var pair in query[1..].Split('&'))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? pair : pair[..equals];
                text.Append(separator).Append(name);
                if (equals >= 0)
                {
                    text.Append('=').Append(ForLog(Uri.UnescapeDataString(name), pair[(equals + 1)..], allowedQueryNames));
                }

                separator = '&';
            }
        }

        return Redact(text.ToString());
    }

    private static string MaskIfCardNumber(string candidate)
    {
        var digits = DigitsOf(candidate);
        return digits.Length is >= 13 and <= 19 && Luhn.IsValid(digits) ? MaskCardNumber(digits) : candidate;
    }

    private static string DigitsOf(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var digits = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        return digits.ToString();
    }

    private const string SensitiveWords = "password|passwd|pwd|secret|token|api[-_]?key|apikey|authorization|cvv|cvc|cvv2|security[-_]?code|securitycode|card[-_]?number|cardnumber|cardcode|signature";

    [GeneratedRegex("(?:" + SensitiveWords + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SensitiveName();

    // "password": "value" | "apiKey": 123 (JSON members whose name contains a sensitive word; value string, number or literal)
    [GeneratedRegex("(?<name>\"[^\"\\\\]*(?:" + SensitiveWords + ")[^\"\\\\]*\"\\s*:\\s*)(?<value>\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonMember();

    // password=value (query, form) | X-Api-Key: value (header lines); not JSON (name not followed by a quote)
    [GeneratedRegex("(?<name>(?<![\"\\w-])[\\w-]*(?:" + SensitiveWords + ")[\\w-]*)(?<sep>\\s*[=:]\\s*)(?!\\s|\"|\\[REDACTED\\]|Bearer\\b|Basic\\b)[^\\s&,;\"}]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameValue();

    [GeneratedRegex("(?<scheme>\\b(?:Bearer|Basic))\\s+(?!\\[REDACTED\\])[A-Za-z0-9\\-._~+/=:]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthScheme();

    // Digits grouped by spaces, dashes or dots (4111 1111 1111 1111, 4111-…, 4111.1111.1111.1111).
    [GeneratedRegex("(?<![0-9])(?:[0-9][ .-]?){12,18}[0-9](?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CardCandidate();
}
