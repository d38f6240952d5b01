namespace AviationApis.Cangooroo.DependencyInjection;

/// <summary>
/// Gives the client of a named connection (one per licensee), as registered with
/// <c>AddCangoorooClient(name, ...)</c>. Each named client is also a keyed service under its name.
/// </summary>
public interface ICangoorooFlightClientFactory
{
    /// <summary>The client of the connection registered under <paramref name="name"/> (an empty name: the unnamed one).</summary>
    /// <param name="name">The connection name.</param>
    /// <returns>The client (the same instance on every call).</returns>
    /// <exception cref="InvalidOperationException">No connection is registered under that name.</exception>
    ICangoorooFlightClient Get(string name);
}
