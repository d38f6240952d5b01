using AviationApis.Core.Signing;

namespace AviationApis.Core.Pipeline;

/// <summary>Stage 6: signs every attempt (fresh timestamps and tokens on retries).</summary>
internal sealed class SigningHandler : DelegatingHandler
{
    private readonly IRequestSigner _signer;

    public SigningHandler(IRequestSigner signer) => _signer = signer;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _signer.SignAsync(request, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
