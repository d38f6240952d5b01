using System.Collections.Concurrent;

namespace AviationApis.Avinode.Marketplace;

internal sealed class AvinodeMarketplaceClientFactory : IAvinodeMarketplaceClientFactory
{
    private readonly ConcurrentDictionary<string, IAvinodeMarketplaceClient> _clients = new(StringComparer.Ordinal);
    private readonly AvinodeConnectionRegistry _registry;

    public AvinodeMarketplaceClientFactory(AvinodeConnectionRegistry registry) => _registry = registry;

    public IAvinodeMarketplaceClient Get(string connectionName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        return _clients.GetOrAdd(connectionName, static (name, registry) => new AvinodeMarketplaceClient(registry.Get(name)), _registry);
    }
}
