using AviationApis.Core.Signing;

namespace AviationApis.Core.Pipeline;

/// <summary>Stage 6: signs every attempt (fresh timestamps and tokens on retries).</summary>
internal sealed class SigningHandler : DelegatingHandler
{
    private readonly IRequestSigner _signer;

    public SigningHandler(IRequestSigner signer) => _signer = signer;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var signing = _signer.SignAsync(request, cancellationToken);
        if (signing.IsCompletedSuccessfully)
        {
            // Synchronous signers (API keys, static tokens): no state machine.
            signing.GetAwaiter().GetResult();
            return base.SendAsync(request, cancellationToken);
        }

        return SignThenSendAsync(signing, request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SignThenSendAsync(ValueTask signing, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await signing.ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
