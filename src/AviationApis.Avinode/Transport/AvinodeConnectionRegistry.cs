using System.Collections.Concurrent;
using AviationApis.Avinode.DependencyInjection;
using AviationApis.Avinode.Options;
using Microsoft.Extensions.Options;

namespace AviationApis.Avinode.Transport;

/// <summary>
/// Creates each connection once, on first use, from its validated options, and keeps it: options are frozen from then
/// on (the API token cannot change at run time). Shared by every client kind of the package.
/// </summary>
internal sealed class AvinodeConnectionRegistry
{
    private readonly ConcurrentDictionary<string, Lazy<AvinodeConnection>> _connections = new(StringComparer.Ordinal);
    private readonly IEnumerable<AvinodeConnectionRegistration> _registrations;
    private readonly IOptionsMonitor<AvinodeClientOptions> _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;

    public AvinodeConnectionRegistry(IEnumerable<AvinodeConnectionRegistration> registrations, IOptionsMonitor<AvinodeClientOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _registrations = registrations;
        _options = options;
        _httpClientFactory = httpClientFactory;
        _time = time;
    }

    public IEnumerable<string> Names => _registrations.Select(r => r.Name).Distinct(StringComparer.Ordinal);

    public AvinodeConnection Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_registrations.Any(r => string.Equals(r.Name, name, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException(
                $"No Avinode connection named '{name}' is registered. Register it with services.AddAvinodeClient(\"{name}\", ...). "
                + $"Registered: {string.Join(", ", Names.Select(n => $"'{n}'"))}.");
        }

        return _connections.GetOrAdd(
            name,
            static (key, self) => new Lazy<AvinodeConnection>(() => new AvinodeConnection(key, self._options.Get(key), self._httpClientFactory, self._time)),
            this).Value;
    }
}
