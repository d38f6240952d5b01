using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AviationApis.Core.Options;

/// <summary>
/// What the live-host guard knows about the running process: the host environment's name (if the app has one),
/// whether the entry assembly is a Debug build, and whether the process is a test host. Detected from the process;
/// tests register an instance in the service provider to simulate another process.
/// </summary>
internal sealed record HostFacts
{
    // Assemblies that only a test run loads: the test frameworks and the VSTest host.
    private static readonly string[] TestAssemblyPrefixes =
    [
        "xunit.core", "xunit.v3.core", "xunit.execution", "nunit.framework", "NUnit3.TestAdapter",
        "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "Microsoft.TestPlatform.",
        "Microsoft.Testing.Platform", "testhost",
    ];

    private static readonly Lazy<(bool Debug, bool TestHost)> Process = new(DetectProcess);

    /// <summary>The host environment's name, or <see langword="null"/> when the app has no <see cref="IHostEnvironment"/>.</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>The entry assembly was compiled without optimizations (a Debug build).</summary>
    public bool IsDebugBuild { get; init; }

    /// <summary>The process runs tests (xunit, NUnit, MSTest, <c>dotnet test</c>'s testhost).</summary>
    public bool IsTestHost { get; init; }

    /// <summary>The facts registered in <paramref name="services"/> (tests), else those detected for this process.</summary>
    public static HostFacts From(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<HostFacts>() is { } simulated)
        {
            return simulated;
        }

        var (debug, testHost) = Process.Value;
        return new HostFacts
        {
            EnvironmentName = services.GetService<IHostEnvironment>()?.EnvironmentName,
            IsDebugBuild = debug,
            IsTestHost = testHost,
        };
    }

    /// <summary>Why this process must not reach live servers, or <see langword="null"/> when it may.</summary>
    public string? LiveRefusalReason()
    {
        if (IsTestHost)
        {
            return "this process is a test host";
        }

        if (IsDebugBuild)
        {
            return "the entry assembly is a Debug build";
        }

        if (EnvironmentName is null)
        {
            return "the app has no host environment (IHostEnvironment), so it is not known to be Production";
        }

        return string.Equals(EnvironmentName, Environments.Production, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"the host environment is '{EnvironmentName}', not Production";
    }

    private static (bool Debug, bool TestHost) DetectProcess()
    {
        var entry = Assembly.GetEntryAssembly();
        var debug = CompiledForDebugging(entry);
        var entryName = entry?.GetName().Name ?? string.Empty;
        var testHost = entryName.StartsWith("testhost", StringComparison.OrdinalIgnoreCase)
                       || entryName.StartsWith("ReSharperTestRunner", StringComparison.OrdinalIgnoreCase)
                       || AppDomain.CurrentDomain.GetAssemblies().Any(a => IsTestAssembly(a.GetName().Name));
        return (debug, testHost);
    }

    /// <summary>Whether <paramref name="assembly"/> was compiled without optimizations (its JIT optimizer is disabled).</summary>
    internal static bool CompiledForDebugging(Assembly? assembly) =>
        assembly?.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true;

    private static bool IsTestAssembly(string? name) =>
        name is not null && TestAssemblyPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
