using System.Collections.Concurrent;

namespace AviationApis.Avinode.SchedAero;

internal sealed class SchedAeroClientFactory : ISchedAeroClientFactory
{
    private readonly ConcurrentDictionary<string, ISchedAeroClient> _clients = new(StringComparer.Ordinal);
    private readonly AvinodeConnectionRegistry _registry;

    public SchedAeroClientFactory(AvinodeConnectionRegistry registry) => _registry = registry;

    public ISchedAeroClient Get(string connectionName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        return _clients.GetOrAdd(connectionName, static (name, registry) => new SchedAeroClient(registry.Get(name)), _registry);
    }
}
