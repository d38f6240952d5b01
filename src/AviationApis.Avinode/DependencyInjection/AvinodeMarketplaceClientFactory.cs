using System.Collections.Concurrent;
using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Transport;

namespace AviationApis.Avinode.DependencyInjection;

internal sealed class AvinodeMarketplaceClientFactory : IAvinodeMarketplaceClientFactory
{
    private readonly ConcurrentDictionary<string, IAvinodeMarketplaceClient> _clients = new(StringComparer.Ordinal);
    private readonly AvinodeConnectionRegistry _registry;

    public AvinodeMarketplaceClientFactory(AvinodeConnectionRegistry registry) => _registry = registry;

    public IAvinodeMarketplaceClient Get(string connectionName)
    {
        ArgumentNullException.ThrowIfNull(connectionName);
        return _clients.GetOrAdd(connectionName, static (name, registry) => new AvinodeMarketplaceClient(registry.Get(name)), _registry);
    }
}
