using System.Collections.Concurrent;
using AviationApis.Avinode.SchedAero;
using AviationApis.Avinode.Transport;

namespace AviationApis.Avinode.DependencyInjection;

internal sealed class SchedAeroClientFactory : ISchedAeroClientFactory
{
    private readonly ConcurrentDictionary<string, ISchedAeroClient> _clients = new(StringComparer.Ordinal);
    private readonly AvinodeConnectionRegistry _registry;

    public SchedAeroClientFactory(AvinodeConnectionRegistry registry) => _registry = registry;

    public ISchedAeroClient Get(string connectionName)
    {
        ArgumentNullException.ThrowIfNull(connectionName);
        return _clients.GetOrAdd(connectionName, static (name, registry) => new SchedAeroClient(registry.Get(name)), _registry);
    }
}
