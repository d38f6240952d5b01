using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>
/// A logger provider that is enabled (so the pipeline pays for every enabled log call: level checks, message
/// structs, the logger factory's fan-out) but writes nothing (so no sink cost is measured).
/// </summary>
internal sealed class NoOpLoggerProvider : ILoggerProvider
{
    private static readonly NoOpLogger Logger = new();

    /// <summary>Logging at Information into this provider (extension syntax: Microsoft.Extensions.Logging and
    /// Microsoft.Extensions.Logging.Configuration both define a <c>LoggingBuilderExtensions</c> class).</summary>
    /// <param name="services">The container.</param>
    public static void AddLogging(IServiceCollection services) =>
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new NoOpLoggerProvider()));

    public ILogger CreateLogger(string categoryName) => Logger;

    public void Dispose()
    {
    }

    private sealed class NoOpLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
