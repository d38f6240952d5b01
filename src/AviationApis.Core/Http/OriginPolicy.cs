namespace AviationApis.Core.Http;

/// <summary>
/// Origin pinning: where one client's requests (and the credentials its signer adds) may go. A URI is allowed when its
/// origin (scheme, host, port) is exactly that of one of the allowed base addresses, it carries no user information,
/// and its normalised path lies under that base's path. Host names compare case-insensitively and without a trailing
/// dot; paths compare ordinally after <see cref="Uri"/> has removed dot segments (also percent-encoded ones), so a
/// relative href such as <c>../../other</c> cannot climb out of the base path.
/// </summary>
internal sealed class OriginPolicy
{
    private readonly Uri[] _bases;

    public OriginPolicy(IEnumerable<Uri> allowedBaseAddresses)
    {
        ArgumentNullException.ThrowIfNull(allowedBaseAddresses);
        _bases = allowedBaseAddresses.Select(ApiUri.EnsureTrailingSlash).Distinct().ToArray();
        if (_bases.Length == 0)
        {
            throw new ArgumentException("At least one base address is required.", nameof(allowedBaseAddresses));
        }
    }

    /// <summary>The allowed base addresses (each ending in a slash).</summary>
    public IReadOnlyList<Uri> BaseAddresses => _bases;

    /// <summary>Whether a request to <paramref name="uri"/> may be sent.</summary>
    public bool Allows(Uri? uri)
    {
        if (uri is not { IsAbsoluteUri: true } || uri.UserInfo.Length > 0 || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        foreach (var allowed in _bases)
        {
            if (SameOrigin(uri, allowed) && uri.AbsolutePath.StartsWith(allowed.AbsolutePath, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The origin of a URI for messages: scheme, host and port, never user information, path or query.</summary>
    public static string OriginOf(Uri? uri) =>
        uri is { IsAbsoluteUri: true } ? $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}" : "(a relative URI)";

    private static bool SameOrigin(Uri candidate, Uri allowed) =>
        string.Equals(candidate.Scheme, allowed.Scheme, StringComparison.OrdinalIgnoreCase)
        && candidate.Port == allowed.Port
        && string.Equals(candidate.IdnHost.TrimEnd('.'), allowed.IdnHost.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
