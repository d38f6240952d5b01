using AviationApis.Avinode.Marketplace;
using AviationApis.Avinode.Options;

namespace AviationApis.Avinode.DependencyInjection;

/// <summary>Gives the Marketplace client of a named connection (one per company account, registered with <c>AddAvinodeClient(name, …)</c>).</summary>
public interface IAvinodeMarketplaceClientFactory
{
    /// <summary>The client of a registered connection; the same instance on every call.</summary>
    /// <param name="connectionName">The registration name (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/>, the empty string, for the unnamed one).</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No connection of that name is registered.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The connection's options are invalid.</exception>
    IAvinodeMarketplaceClient Get(string connectionName);
}
