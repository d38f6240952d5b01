using AviationApis.Core.Options;

namespace AviationApis.Core.Signing;

/// <summary>Sends a static API key in one header, e.g. CargoAi's <c>x-api-key</c>.</summary>
public sealed class ApiKeyHeaderSigner : IRequestSigner
{
    private readonly string _headerName;
    private readonly string _apiKey;

    /// <summary>Creates the signer.</summary>
    /// <param name="headerName">The header, e.g. <c>x-api-key</c>.</param>
    /// <param name="apiKey">The key: printable ASCII only (see <see cref="HeaderValueRules"/>). Never logged.</param>
    /// <exception cref="ArgumentException">The key is empty or contains a control or non-ASCII character.</exception>
    public ApiKeyHeaderSigner(string headerName, string apiKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(headerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        HeaderValueRules.ThrowIfInvalid(apiKey, nameof(apiKey));
        _headerName = headerName;
        _apiKey = apiKey;
    }

    /// <inheritdoc />
    public IEnumerable<string?> Secrets => [_apiKey];

    /// <inheritdoc />
    public ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove(_headerName);
        request.Headers.TryAddWithoutValidation(_headerName, _apiKey);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"{nameof(ApiKeyHeaderSigner)}({_headerName}: [REDACTED])";
}
