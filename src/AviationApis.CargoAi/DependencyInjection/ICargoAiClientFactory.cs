namespace AviationApis.CargoAi.DependencyInjection;

/// <summary>Gives the client of a named registration (<c>services.AddCargoAiClient("name", ...)</c>).</summary>
public interface ICargoAiClientFactory
{
    /// <summary>Returns the client registered under <paramref name="name"/> (one instance per name).</summary>
    /// <param name="name">The registration name; <see cref="string.Empty"/> for the default registration.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No client is registered under that name.</exception>
    ICargoAiClient Get(string name);
}
