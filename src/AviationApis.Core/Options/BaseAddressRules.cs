namespace AviationApis.Core.Options;

/// <summary>Validation of configured base addresses.</summary>
public static class BaseAddressRules
{
    /// <summary>Checks that a base address is set, absolute and http(s).</summary>
    /// <param name="address">The configured address.</param>
    /// <param name="key">The configuration key, e.g. <c>CargoAi:BaseAddress</c>, named in the message.</param>
    /// <returns>The problem, or <see langword="null"/> when valid.</returns>
    public static string? Validate(Uri? address, string key)
    {
        if (address is null)
        {
            return $"{key} is required.";
        }

        if (!address.IsAbsoluteUri)
        {
            return $"{key} must be an absolute URI (got a relative one: '{address.OriginalString}').";
        }

        return address.Scheme is "http" or "https" ? null : $"{key} must use http or https (got '{address.Scheme}').";
    }

    /// <summary>Whether <paramref name="address"/> points at one of <paramref name="hosts"/> (case-insensitive).</summary>
    /// <param name="address">The configured address.</param>
    /// <param name="hosts">Host names, e.g. the vendor's production hosts.</param>
    /// <returns><see langword="true"/> when the host matches.</returns>
    public static bool IsHost(Uri? address, IEnumerable<string> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        return address is { IsAbsoluteUri: true } && hosts.Contains(address.Host, StringComparer.OrdinalIgnoreCase);
    }
}
