using AviationApis.Avinode.Options;
using AviationApis.Core.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using RichardSzalay.MockHttp;

namespace AviationApis.Avinode.Tests.Infrastructure;

/// <summary>A container with the Avinode client registered as a user's host does, for the registration and live-host guard tests.</summary>
internal static class RegistrationHost
{
    /// <summary>Registers the client over MockHttp in a host of the given environment (<see langword="null"/>: no <see cref="IHostEnvironment"/>).</summary>
    public static ServiceProvider Build(string? environment, Action<AvinodeClientOptions> configure)
    {
        var services = new ServiceCollection();
        if (environment is not null)
        {
            services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        }

        // A Release build outside a test host, so that the environment alone decides (the guard's full matrix: LiveHostGuardTests).
        services.AddSingleton(new HostFacts { EnvironmentName = environment });

        services.AddAvinodeClient(o =>
        {
            AvinodeHarness.Defaults(o);
            configure(o);
        }).ConfigurePrimaryHttpMessageHandler(() => new MockHttpMessageHandler());
        return services.BuildServiceProvider();
    }
}
