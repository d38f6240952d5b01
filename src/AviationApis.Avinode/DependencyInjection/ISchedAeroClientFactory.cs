using AviationApis.Avinode.Options;
using AviationApis.Avinode.SchedAero;

namespace AviationApis.Avinode.DependencyInjection;

/// <summary>Gives the SchedAero client of a named connection (one per company account, registered with <c>AddAvinodeClient(name, …)</c>).</summary>
public interface ISchedAeroClientFactory
{
    /// <summary>The client of a registered connection; the same instance on every call.</summary>
    /// <param name="connectionName">The registration name (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/>, the empty string, for the unnamed one).</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No connection of that name is registered.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The connection's options are invalid.</exception>
    ISchedAeroClient Get(string connectionName);
}
