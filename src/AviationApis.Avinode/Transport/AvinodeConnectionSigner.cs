using System.Net.Http.Headers;
using AviationApis.Core.Signing;

namespace AviationApis.Avinode.Transport;

/// <summary>
/// The connection's signer: Core's <see cref="AvinodeHeaderSigner"/> for API calls; for the OAuth token request
/// (which obtains the bearer token, so cannot carry one) the Avinode identification headers without
/// <c>Authorization</c> or <c>X-Avinode-ActAsAccount</c>.
/// </summary>
/// <remarks>
/// The vendor does not say whether <c>POST /oauth/token</c> needs the <c>X-Avinode-*</c> headers; the SDK assumes
/// they are harmless and sends them, as on every other request.
/// </remarks>
internal sealed class AvinodeConnectionSigner : IRequestSigner
{
    private static readonly HttpRequestOptionsKey<bool> TokenRequestKey = new("AviationApis.Avinode.OAuthTokenRequest");
    private readonly AvinodeHeaderSigner _inner;
    private readonly AvinodeSignerSettings _settings;
    private readonly TimeProvider _time;
    private readonly string? _clientSecret;

    public AvinodeConnectionSigner(AvinodeHeaderSigner inner, AvinodeSignerSettings settings, TimeProvider time, string? clientSecret)
    {
        _inner = inner;
        _settings = settings;
        _time = time;
        _clientSecret = clientSecret;
    }

    public IEnumerable<string?> Secrets => _inner.Secrets.Append(_clientSecret);

    public static void MarkTokenRequest(HttpRequestMessage request) => request.Options.Set(TokenRequestKey, true);

    public static bool IsTokenRequest(HttpRequestMessage request) => request.Options.TryGetValue(TokenRequestKey, out var value) && value;

    public ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsTokenRequest(request))
        {
            return _inner.SignAsync(request, cancellationToken);
        }

        var headers = request.Headers;
        headers.Authorization = null;
        headers.Remove(AvinodeHeaders.ActAsAccount);
        Set(headers, AvinodeHeaders.ApiToken, _settings.ApiToken);
        Set(headers, AvinodeHeaders.SentTimestamp, AvinodeHeaderSigner.FormatTimestamp(_time.GetUtcNow()));
        Set(headers, AvinodeHeaders.ApiVersion, _settings.ApiVersion);
        Set(headers, AvinodeHeaders.Product, _settings.Product);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"{nameof(AvinodeConnectionSigner)}({_settings})";

    private static void Set(HttpRequestHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }
}
