using System.Globalization;
using System.Net.Http.Headers;
using AviationApis.Core.Http;
using AviationApis.Core.Options;

namespace AviationApis.Core.Signing;

/// <summary>
/// Signs Avinode and SchedAero requests: <c>X-Avinode-ApiToken</c>, <c>Authorization: Bearer …</c>,
/// <c>X-Avinode-SentTimestamp</c> (UTC, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>, read from the <see cref="TimeProvider"/> at
/// send time, so every attempt gets a fresh one), <c>X-Avinode-ApiVersion</c>, <c>X-Avinode-Product</c>, and
/// <c>X-Avinode-ActAsAccount</c> only when the call (or the connection's default) names an account.
/// </summary>
public sealed class AvinodeHeaderSigner : IRequestSigner
{
    private readonly AvinodeSignerSettings _settings;
    private readonly IAccessTokenSource _bearer;
    private readonly TimeProvider _time;

    /// <summary>Creates the signer.</summary>
    /// <param name="settings">The headers to send.</param>
    /// <param name="bearer">Supplies the bearer token for each attempt.</param>
    /// <param name="time">The clock for the timestamp.</param>
    /// <exception cref="ArgumentException">A header value is empty or contains a control or non-ASCII character (<see cref="HeaderValueRules"/>).</exception>
    public AvinodeHeaderSigner(AvinodeSignerSettings settings, IAccessTokenSource bearer, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.ApiToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.Product);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.ApiVersion);
        HeaderValueRules.ThrowIfInvalid(settings.ApiToken, nameof(settings.ApiToken));
        HeaderValueRules.ThrowIfInvalid(settings.Product, nameof(settings.Product));
        HeaderValueRules.ThrowIfInvalid(settings.ApiVersion, nameof(settings.ApiVersion));
        HeaderValueRules.ThrowIfInvalid(settings.DefaultActAsAccount, nameof(settings.DefaultActAsAccount));
        _settings = settings;
        _bearer = bearer ?? throw new ArgumentNullException(nameof(bearer));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc />
    public IEnumerable<string?> Secrets => [_settings.ApiToken, (_bearer as StaticAccessTokenSource)?.Token];

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The bearer token or the act-as account contains a control or non-ASCII character; nothing is sent.</exception>
    public async ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await _bearer.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        var actAs = request.GetActAsAccount() ?? _settings.DefaultActAsAccount;

        // The last line of defence: the values below are stored without validation, so none may split the request.
        HeaderValueRules.ThrowIfInvalid(token, "bearer token");
        HeaderValueRules.ThrowIfInvalid(actAs, "actAsAccount");
        var headers = request.Headers;
        Set(headers, AvinodeHeaders.ApiToken, _settings.ApiToken);
        headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Set(headers, AvinodeHeaders.SentTimestamp, FormatTimestamp(_time.GetUtcNow()));
        Set(headers, AvinodeHeaders.ApiVersion, _settings.ApiVersion);
        Set(headers, AvinodeHeaders.Product, _settings.Product);
        headers.Remove(AvinodeHeaders.ActAsAccount);
        if (!string.IsNullOrWhiteSpace(actAs))
        {
            headers.TryAddWithoutValidation(AvinodeHeaders.ActAsAccount, actAs);
        }
    }

    /// <summary>Formats a timestamp the way Avinode requires.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>E.g. <c>2016-01-19T08:10:06.135Z</c>.</returns>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString(AvinodeHeaders.TimestampFormat, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"{nameof(AvinodeHeaderSigner)}({_settings})";

    private static void Set(HttpRequestHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }
}
