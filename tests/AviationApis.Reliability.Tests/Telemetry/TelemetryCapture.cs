using System.Collections.Concurrent;
using System.Diagnostics;
using AviationApis.Core.Pipeline;
using AviationApis.Testing;

namespace AviationApis.Reliability.Tests.Telemetry;

/// <summary>
/// Collects every text the library emits for the secret scan: log lines at Trace (through one shared
/// <see cref="CapturingLoggerProvider"/>), exception messages and <c>ToString()</c>, and every tag, event and status
/// of activities from the <c>AviationApis</c> source.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ConcurrentQueue<string> _activityTexts = new();
    private readonly ConcurrentQueue<string> _exceptionTexts = new();
    private readonly ActivityListener _listener;
    private int _activities;

    /// <summary>Starts listening to the <c>AviationApis</c> activity source.</summary>
    public TelemetryCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AviationTelemetry.Name,
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The log sink: add it to every container with the minimum level at Trace.</summary>
    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>Activities seen.</summary>
    public int Activities => Volatile.Read(ref _activities);

    /// <summary>Every captured text: log lines, exception texts, activity texts.</summary>
    public IEnumerable<string> AllTexts => Logs.AllText.Concat(_exceptionTexts).Concat(_activityTexts);

    /// <summary>Log lines captured.</summary>
    public int LogLines => Logs.Entries.Count;

    /// <summary>Exception texts captured.</summary>
    public int ExceptionTexts => _exceptionTexts.Count;

    /// <summary>Records an exception's message and its <c>ToString()</c> (inner exceptions and stack included).</summary>
    /// <param name="exception">The exception.</param>
    public void Record(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        _exceptionTexts.Enqueue(exception.Message);
        _exceptionTexts.Enqueue(exception.ToString());
        if (exception is Core.Errors.AviationApiException api)
        {
            _exceptionTexts.Enqueue(api.Details.ToString());
        }
    }

    /// <summary>Records any other text the tests want scanned (e.g. a model's <c>ToString()</c>).</summary>
    /// <param name="text">The text.</param>
    public void Record(string text) => _exceptionTexts.Enqueue(text);

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        Interlocked.Increment(ref _activities);
        _activityTexts.Enqueue($"{activity.Source.Name} {activity.DisplayName} {activity.OperationName} {activity.Status} {activity.StatusDescription}");
        foreach (var tag in activity.TagObjects)
        {
            _activityTexts.Enqueue($"{tag.Key}={tag.Value}");
        }

        foreach (var e in activity.Events)
        {
            _activityTexts.Enqueue(e.Name + " " + string.Join(", ", e.Tags.Select(t => $"{t.Key}={t.Value}")));
        }

        foreach (var baggage in activity.Baggage)
        {
            _activityTexts.Enqueue($"{baggage.Key}={baggage.Value}");
        }
    }
}
