namespace AviationApis.Core.Signing;

/// <summary>Supplies a bearer token for each attempt (a static token, or one obtained and cached from an OAuth server).</summary>
public interface IAccessTokenSource
{
    /// <summary>Returns a token valid for at least the next attempt.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The token, without the <c>Bearer</c> prefix.</returns>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
