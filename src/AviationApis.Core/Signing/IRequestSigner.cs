namespace AviationApis.Core.Signing;

/// <summary>
/// Adds authentication and protocol headers to a request. The pipeline calls it on every attempt, right before the
/// request goes to the transport, so a retried request carries fresh values (timestamps, refreshed tokens).
/// Implementations must replace, not append, the headers they own.
/// </summary>
public interface IRequestSigner
{
    /// <summary>Sets the headers for this attempt.</summary>
    /// <param name="request">The request about to be sent.</param>
    /// <param name="cancellationToken">Cancels the attempt.</param>
    /// <returns>A task that completes when the headers are set.</returns>
    ValueTask SignAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>The secret values this signer sends, so the client's redactor can remove them from any text.</summary>
    IEnumerable<string?> Secrets { get; }
}
