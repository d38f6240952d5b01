using System.Net;

namespace AviationApis.Core.Options;

/// <summary>
/// Validation of configured base addresses (and other endpoints such as a token address): set, absolute, http(s),
/// no user information, and https unless the host is loopback. Messages name the configuration key and never repeat
/// user information.
/// </summary>
internal static class BaseAddressRules
{
    /// <summary>
    /// Checks that an address is set, absolute, http(s), carries no <c>user:password@</c> and uses https unless its
    /// host is loopback (<c>localhost</c>, <c>127.0.0.0/8</c>, <c>::1</c>), where cleartext never leaves the machine.
    /// </summary>
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

        if (address.Scheme is not ("http" or "https"))
        {
            return $"{key} must use http or https (got '{address.Scheme}').";
        }

        if (!string.IsNullOrEmpty(address.UserInfo))
        {
            return $"{key} must not contain user information ('user:password@' before the host): an address is written to logs and telemetry. Configure credentials with the client's credential settings.";
        }

        if (address.Scheme == "http" && !IsLoopback(address))
        {
            return $"{key} must use https: requests carry credentials, and http:// is allowed only for loopback hosts (localhost, 127.0.0.0/8, ::1); got host '{address.Host}'.";
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="address"/> points at one of <paramref name="hosts"/> (case-insensitive; a trailing dot,
    /// as in <c>api.cargoai.co.</c>, names the same host).
    /// </summary>
    /// <param name="address">The configured address.</param>
    /// <param name="hosts">Host names, e.g. the vendor's production hosts.</param>
    /// <returns><see langword="true"/> when the host matches.</returns>
    public static bool IsHost(Uri? address, IEnumerable<string> hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        if (address is not { IsAbsoluteUri: true })
        {
            return false;
        }

        var host = NormalizedHost(address);
        return hosts.Any(h => string.Equals(h.TrimEnd('.'), host, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the address's host is loopback: <c>localhost</c>, an address in <c>127.0.0.0/8</c>, or <c>::1</c>.</summary>
    /// <param name="address">An absolute address.</param>
    /// <returns><see langword="true"/> for a loopback host.</returns>
    public static bool IsLoopback(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri)
        {
            return false;
        }

        var host = NormalizedHost(address);
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return address.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
               && IPAddress.TryParse(host.Trim('[', ']'), out var ip)
               && IPAddress.IsLoopback(ip);
    }

    // The DNS name without the root label's trailing dot, in the form the resolver uses (punycode).
    private static string NormalizedHost(Uri address) => address.IdnHost.TrimEnd('.');
}
