namespace AviationApis.Core.Signing;

/// <summary>An <see cref="IAccessTokenSource"/> that always returns the same configured token.</summary>
public sealed class StaticAccessTokenSource : IAccessTokenSource
{
    private readonly string _token;

    /// <summary>Creates the source.</summary>
    /// <param name="token">The token. Never logged.</param>
    public StaticAccessTokenSource(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _token = token;
    }

    internal string Token => _token;

    /// <inheritdoc />
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_token);

    /// <inheritdoc />
    public override string ToString() => $"{nameof(StaticAccessTokenSource)}([REDACTED])";
}
