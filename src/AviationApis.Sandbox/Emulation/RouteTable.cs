namespace AviationApis.Sandbox.Emulation;

/// <summary>One operation of an emulated API: HTTP method, path pattern relative to the client's base, operation name.</summary>
internal sealed class Route
{
    public Route(HttpMethod method, string pattern, string operation)
    {
        Method = method;
        Operation = operation;
        Segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    public HttpMethod Method { get; }

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
/// Routes by path suffix: a request matches a route when the last segments of its path match the route's pattern,
/// whatever comes before (the client's base address, e.g. <c>https://api.cargoai.co/solutions/</c> or a Kestrel prefix).
/// Longer patterns win.
/// </summary>
internal sealed class RouteTable
{
    private readonly List<Route> routes = [];

    public RouteTable Add(HttpMethod method, string pattern, string operation)
    {
        routes.Add(new Route(method, pattern, operation));
        routes.Sort((a, b) => b.Segments.Count.CompareTo(a.Segments.Count));
        return this;
    }

    /// <summary>Finds the route; <paramref name="methodNotAllowed"/> is true when only the method differed.</summary>
    public RouteMatch? Match(HttpMethod method, Uri uri, out bool methodNotAllowed)
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
