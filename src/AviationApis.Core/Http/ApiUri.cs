using System.Text;

namespace AviationApis.Core.Http;

/// <summary>
/// Builds request URIs relative to a configured base address without dropping the base's path, so a client works the
/// same against <c>https://api.vendor.com/solutions/</c> and <c>http://127.0.0.1:5000/some/prefix/</c>.
/// </summary>
internal static class ApiUri
{
    /// <summary>Returns <paramref name="baseAddress"/> with a trailing slash on its path (required for relative combination).</summary>
    /// <param name="baseAddress">An absolute http(s) URI.</param>
    /// <returns>The normalised base address.</returns>
    public static Uri EnsureTrailingSlash(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException("The base address must be an absolute URI.", nameof(baseAddress));
        }

        if (baseAddress.AbsolutePath.EndsWith('/'))
        {
            return baseAddress;
        }

        var builder = new UriBuilder(baseAddress) { Path = baseAddress.AbsolutePath + "/" };
        return builder.Uri;
    }

    /// <summary>
    /// Appends a relative path (leading slashes ignored) and an optional query to the base address, keeping the base's
    /// own path. Query names and values are percent-encoded; <see langword="null"/> values are left out.
    /// </summary>
    /// <param name="baseAddress">The configured base address.</param>
    /// <param name="relativePath">The operation path, e.g. <c>users</c> or <c>contacts/people/contact-1</c>. Path segments must already be escaped.</param>
    /// <param name="query">Query parameters in order.</param>
    /// <returns>The absolute request URI.</returns>
    public static Uri Combine(Uri baseAddress, string relativePath, IEnumerable<KeyValuePair<string, string?>>? query = null)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var root = EnsureTrailingSlash(baseAddress);
        var prefix = root.GetLeftPart(UriPartial.Path);
        var path = relativePath.AsSpan().TrimStart('/');
        if (query is null)
        {
            return new Uri(string.Concat(prefix.AsSpan(), path), UriKind.Absolute);
        }

        var text = new StringBuilder(prefix).Append(path);
        AppendQuery(text, query);
        return new Uri(text.ToString(), UriKind.Absolute);
    }

    /// <summary>
    /// Resolves a link a server returned. Absolute hrefs are used as they are (the vendors say: follow the href
    /// provided). Relative hrefs are taken relative to the base address, keeping its path.
    /// </summary>
    /// <param name="baseAddress">The configured base address.</param>
    /// <param name="href">The href from a response.</param>
    /// <returns>The absolute URI to request.</returns>
    public static Uri ResolveHref(Uri baseAddress, string href)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(href);
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute;
        }

        var queryStart = href.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? href : href[..queryStart];
        var combined = Combine(baseAddress, path);
        return queryStart < 0 ? combined : new Uri(combined.AbsoluteUri + href[queryStart..], UriKind.Absolute);
    }

    /// <summary>
    /// Escapes one path segment (an id or a name) for use in <see cref="Combine"/>. Every character outside the
    /// unreserved set is percent-encoded, so a value cannot leave its segment (<c>/</c>, <c>?</c>, <c>#</c>). A value that
    /// is, or percent-decodes to, <c>.</c> or <c>..</c>, or is empty, is refused: <see cref="Uri"/> would remove it as a
    /// dot segment and the request would target the parent resource.
    /// </summary>
    /// <param name="segment">The raw segment.</param>
    /// <param name="paramName">The caller's argument, named in the error.</param>
    /// <returns>The escaped segment.</returns>
    /// <exception cref="ArgumentException">The value is empty, <c>.</c> or <c>..</c> (also percent-encoded).</exception>
    public static string Segment(string segment, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(segment))] string? paramName = null)
    {
        paramName = paramName?.Replace(".ToString()", string.Empty, StringComparison.Ordinal);
        ArgumentNullException.ThrowIfNull(segment, paramName);
        if (IsDotSegment(segment) || IsDotSegment(Uri.UnescapeDataString(segment)))
        {
            throw new ArgumentException("An id or path segment cannot be empty, '.' or '..' (nor their percent-encoded forms): it would address another resource.", paramName);
        }

        return Uri.EscapeDataString(segment);
    }

    private static bool IsDotSegment(string value) => value is "" or "." or "..";

    private static void AppendQuery(StringBuilder text, IEnumerable<KeyValuePair<string, string?>> query)
    {
        var separator = '?';
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            text.Append(separator).Append(EscapeQueryName(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
    }

    // Brackets stay readable in sparse-field names (fields[trip]); everything else is escaped.
    private static string EscapeQueryName(string name) =>
        Uri.EscapeDataString(name).Replace("%5B", "[", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal);
}
