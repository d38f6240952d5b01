using Microsoft.Extensions.Hosting;

namespace AviationApis.Core.Options;

/// <summary>
/// Keeps development and test builds away from live servers (Avinode's checklist requires it): a production host
/// configured in a Development, Testing or Test environment is refused unless explicitly allowed.
/// </summary>
public static class ProductionHostGuard
{
    /// <summary>Whether the host environment is one that must not call live servers.</summary>
    /// <param name="environment">The host environment, if the app has one.</param>
    /// <returns><see langword="true"/> for Development, Testing and Test.</returns>
    public static bool IsNonProduction(IHostEnvironment? environment) =>
        environment is not null
        && (environment.IsDevelopment() || environment.IsEnvironment("Testing") || environment.IsEnvironment("Test"));

    /// <summary>Returns the validation message when a production host is configured where it must not be.</summary>
    /// <param name="address">The configured base address.</param>
    /// <param name="productionHosts">The vendor's live hosts.</param>
    /// <param name="environment">The host environment, if any.</param>
    /// <param name="allowed">The explicit opt-in.</param>
    /// <param name="key">The base-address configuration key.</param>
    /// <param name="optInKey">The opt-in configuration key.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? Check(Uri? address, IEnumerable<string> productionHosts, IHostEnvironment? environment, bool allowed, string key, string optInKey)
    {
        if (allowed || !IsNonProduction(environment) || !BaseAddressRules.IsHost(address, productionHosts))
        {
            return null;
        }

        return $"{key} points at the production host '{address!.Host}' from the '{environment!.EnvironmentName}' environment. "
               + $"Development and test builds must not call live servers: use the vendor's sandbox or the embedded sandbox, or set {optInKey} to true.";
    }
}
