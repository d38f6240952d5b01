using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Core.Options;

/// <summary>
/// Keeps development and test builds away from live servers (Avinode's checklist requires it). A vendor's live host is
/// allowed only in a process that is known to be a production deployment: a host environment named Production, an
/// entry assembly built in Release, and not a test host. Anything else (a Debug build, Staging, a console app without
/// a host environment, xunit, NUnit, MSTest, <c>dotnet test</c>) is refused unless the client's explicit opt-in is set,
/// and the opt-in is logged once at Warning.
/// </summary>
internal static class ProductionHostGuard
{
    /// <summary>The log category of the opt-in warning.</summary>
    public const string LogCategory = "AviationApis.LiveHostGuard";

    private static readonly Action<ILogger, string, Exception?> OptInUsed =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(1, "LiveHostOptIn"), "{Message}");

    private static readonly ConditionalWeakTable<IServiceProvider, HashSet<string>> Warned = new();

    /// <summary>
    /// Why this process must not reach live servers or consume live notifications, or <see langword="null"/> when it
    /// may (Production host environment, Release entry assembly, not a test host). Webhook endpoints call it too.
    /// </summary>
    /// <param name="services">The app's services (its <c>IHostEnvironment</c>, if any, is read).</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? LiveRefusalReason(IServiceProvider services) => HostFacts.From(services).LiveRefusalReason();

    /// <summary>Whether this process is a test host (xunit, NUnit, MSTest, <c>dotnet test</c>).</summary>
    /// <param name="services">The app's services.</param>
    /// <returns><see langword="true"/> in a test run.</returns>
    public static bool IsTestHost(IServiceProvider services) => HostFacts.From(services).IsTestHost;

    /// <summary>Returns the validation message when a live host is configured where it must not be.</summary>
    /// <param name="address">The configured address.</param>
    /// <param name="liveHosts">The vendor's live hosts.</param>
    /// <param name="services">The app's services.</param>
    /// <param name="allowed">The explicit opt-in.</param>
    /// <param name="key">The address's configuration key.</param>
    /// <param name="optInKey">The opt-in's configuration key.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? Check(Uri? address, IEnumerable<string> liveHosts, IServiceProvider services, bool allowed, string key, string optInKey)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!BaseAddressRules.IsHost(address, liveHosts) || LiveRefusalReason(services) is not { } reason)
        {
            return null;
        }

        if (allowed)
        {
            WarnOnce(services, optInKey, $"{key} points at the production host '{address!.Host}' although {reason}: allowed because {optInKey} is true.");
            return null;
        }

        return $"{key} points at the production host '{address!.Host}', and {reason}. Development and test builds must not call live servers: "
               + $"use the vendor's sandbox or AviationApis.Sandbox, run a Release build in the Production environment, or set {optInKey} to true.";
    }

    /// <summary>
    /// Returns the validation message when a test host is configured to call a vendor host that the vendor forbids
    /// automated tests against (Avinode's sandbox).
    /// </summary>
    /// <param name="address">The configured address.</param>
    /// <param name="sandboxHosts">The vendor's sandbox hosts.</param>
    /// <param name="services">The app's services.</param>
    /// <param name="allowed">The explicit opt-in (for in-process transports that never reach the network).</param>
    /// <param name="key">The address's configuration key.</param>
    /// <param name="optInKey">The opt-in's configuration key.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? CheckTestHost(Uri? address, IEnumerable<string> sandboxHosts, IServiceProvider services, bool allowed, string key, string optInKey)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!BaseAddressRules.IsHost(address, sandboxHosts) || !IsTestHost(services))
        {
            return null;
        }

        if (allowed)
        {
            WarnOnce(services, optInKey, $"{key} points at the vendor's sandbox host '{address!.Host}' from a test host: allowed because {optInKey} is true.");
            return null;
        }

        return $"{key} points at the vendor's sandbox host '{address!.Host}' from a test host. The vendor forbids automated tests against its sandbox: "
               + $"point tests at AviationApis.Sandbox (its server or an address of your own with UseAvinodeSandbox), or set {optInKey} to true when the transport is in-process.";
    }

    /// <summary>Logs, once per service provider and opt-in key, that an opt-in let a guarded call through.</summary>
    /// <param name="services">The app's services (their <see cref="ILoggerFactory"/> is used).</param>
    /// <param name="optInKey">The opt-in's configuration key.</param>
    /// <param name="message">What was allowed (no secrets).</param>
    public static void WarnOnce(IServiceProvider services, string optInKey, string message)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(optInKey);
        var seen = Warned.GetValue(services, static _ => new HashSet<string>(StringComparer.Ordinal));
        lock (seen)
        {
            if (!seen.Add(optInKey))
            {
                return;
            }
        }

        if (services.GetService<ILoggerFactory>()?.CreateLogger(LogCategory) is { } logger)
        {
            OptInUsed(logger, message, null);
        }
    }
}
