namespace AviationApis.Sandbox.Emulation;

/// <summary>One operation of an emulated API: HTTP method, path pattern relative to the client's base, operation name.</summary>
internal sealed class Route
{
    public Route(HttpMethod method, string pattern, string operation, string? host)
    {
        Method = method;
        Operation = operation;
        Host = host;
        Segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    public HttpMethod Method { get; }

    /// <summary>The vendor host the route lives on (its hosted prefix's first segment, e.g. <c>avinode</c>); null: the API's only host.</summary>
    public string? Host { get; }

    public string Operation { get; }

    public IReadOnlyList<string> Segments { get; }
}

/// <summary>The route a request matched, the base URI the client used (request URI minus the route) and the path values.</summary>
internal sealed class RouteMatch
{
    public RouteMatch(Route route, Uri baseUri, Dictionary<string, string> values)
    {
        Route = route;
        BaseUri = baseUri;
        Values = values;
    }

    public Route Route { get; }

    public Uri BaseUri { get; }

    public Dictionary<string, string> Values { get; }

    public string this[string name] => Values[name];
}

/// <summary>
/// Routes by path suffix in process: a request matches a route when the last segments of its path match the route's
/// pattern, whatever comes before (the client's base address, e.g. <c>https://api.cargoai.co/solutions/</c>). Longer
/// patterns win. Hosted on Kestrel, routing is exact: the path must be the hosted prefix followed by the pattern, on
/// the route's host, so a wrong base address fails locally as it would against the vendor (404).
/// </summary>
internal sealed class RouteTable
{
    private readonly List<Route> routes = [];

    public RouteTable Add(HttpMethod method, string pattern, string operation, string? host = null)
    {
        routes.Add(new Route(method, pattern, operation, host));
        routes.Sort((a, b) => b.Segments.Count.CompareTo(a.Segments.Count));
        return this;
    }

    /// <summary>Finds the route; <paramref name="methodNotAllowed"/> is true when only the method differed.</summary>
    /// <param name="method">The request's method.</param>
    /// <param name="uri">The request's URI.</param>
    /// <param name="methodNotAllowed">True when only the method differed.</param>
    /// <param name="hosted">Hosted on Kestrel: the prefix the path must start with (e.g. <c>/avinode/api/</c>); null in process.</param>
    public RouteMatch? Match(HttpMethod method, Uri uri, out bool methodNotAllowed, HostedPrefix? hosted = null)
    {
        methodNotAllowed = false;
        var raw = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = raw.Select(Uri.UnescapeDataString).ToArray();
        foreach (var route in routes)
        {
            var count = route.Segments.Count;
            if (segments.Length < count)
            {
                continue;
            }

            var offset = segments.Length - count;
            if (hosted is not null && (offset != hosted.Segments.Length || !hosted.Matches(segments, route.Host)))
            {
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var matched = true;
            for (var i = 0; i < count; i++)
            {
                var pattern = route.Segments[i];
                var actual = segments[offset + i];
                if (pattern.StartsWith('{'))
                {
                    values[pattern.Trim('{', '}')] = actual;
                }
                else if (!string.Equals(pattern, actual, StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }
            }

            if (!matched)
            {
                continue;
            }

            if (route.Method != method)
            {
                methodNotAllowed = true;
                continue;
            }

            var basePath = "/" + string.Join('/', raw.Take(offset)) + (offset > 0 ? "/" : string.Empty);
            var baseUri = new Uri(uri.GetLeftPart(UriPartial.Authority) + basePath, UriKind.Absolute);
            return new RouteMatch(route, baseUri, values);
        }

        return null;
    }
}

/// <summary>The prefix a hosted sandbox serves one vendor host under, e.g. <c>/avinode/api/</c> (after any path base).</summary>
internal sealed class HostedPrefix
{
    public static readonly HttpRequestOptionsKey<HostedPrefix> Key = new("AviationApis.Sandbox.HostedPrefix");

    public HostedPrefix(string pathBase, string prefix, string host)
    {
        Segments = (pathBase + prefix).Split('/', StringSplitOptions.RemoveEmptyEntries);
        Host = host;
    }

    /// <summary>The prefix's segments, path base included.</summary>
    public string[] Segments { get; }

    /// <summary>The vendor host the prefix stands for (<c>cargoai</c>, <c>cangooroo</c>, <c>schedaero</c>, <c>avinode</c>).</summary>
    public string Host { get; }

    /// <summary>Whether a path starts with this prefix and the route lives on this host.</summary>
    public bool Matches(string[] pathSegments, string? routeHost)
    {
        if (routeHost is not null && !string.Equals(routeHost, Host, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var i = 0; i < Segments.Length; i++)
        {
            if (!string.Equals(Segments[i], pathSegments[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
