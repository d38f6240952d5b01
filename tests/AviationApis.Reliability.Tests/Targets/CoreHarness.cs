using AviationApis.Core.Pipeline;
using AviationApis.Reliability.Tests.Server;
using AviationApis.Reliability.Tests.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Reliability.Tests.Targets;

/// <summary>A container with the plain Core pipeline client pointed at one fault-server route.</summary>
public sealed class CoreHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    /// <summary>Builds the container.</summary>
    /// <param name="baseAddress">The route's base address.</param>
    /// <param name="configure">Changes to the pipeline options (defaults: the matrix's retry settings with generous timeouts, 20 s an attempt and 40 s in all, so a busy machine cannot turn a test about something else into a timeout).</param>
    /// <param name="plan">The connect plan (default: always reach the server).</param>
    /// <param name="capture">Where logs go, if anywhere.</param>
    /// <param name="maxConnectionsPerServer">The primary handler's connection limit.</param>
    /// <param name="onHandlerCreated">Called each time the factory builds a primary handler.</param>
    public CoreHarness(Uri baseAddress, Action<AviationPipelineOptions>? configure = null, ConnectPlan? plan = null, TelemetryCapture? capture = null, int maxConnectionsPerServer = int.MaxValue, Action? onHandlerCreated = null)
    {
        Options = new AviationPipelineOptions();
        (Matrix.MatrixBudget.Default with { AttemptTimeout = TimeSpan.FromSeconds(20), TotalTimeout = TimeSpan.FromSeconds(40) }).Apply(Options);
        configure?.Invoke(Options);
        Plan = plan ?? new ConnectPlan();
        var services = new ServiceCollection();
        if (capture is not null)
        {
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture.CreateLogSink()));
        }

        CorePipelineTarget.Register(services, new Uri(baseAddress, "core/api/"), Options)
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                onHandlerCreated?.Invoke();
                return Plan.CreateHandler(maxConnectionsPerServer);
            });
        _provider = services.BuildServiceProvider();
    }

    /// <summary>The pipeline options.</summary>
    public AviationPipelineOptions Options { get; }

    /// <summary>The connect plan of the primary handler.</summary>
    public ConnectPlan Plan { get; }

    /// <summary>The container.</summary>
    public IServiceProvider Services => _provider;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
