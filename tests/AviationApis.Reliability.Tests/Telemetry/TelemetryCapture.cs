using System.Collections.Concurrent;
using System.Diagnostics;
using AviationApis.Core.Pipeline;
using AviationApis.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace AviationApis.Reliability.Tests.Telemetry;

/// <summary>
/// Collects every text the library emits for the secret scan: log lines at Trace (into one shared
/// <see cref="FakeLogCollector"/>), exception messages and <c>ToString()</c>, and every tag, event and status of the
/// activities from the <c>AviationApis</c> source, exported by the OpenTelemetry SDK's in-memory exporter.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ConcurrentQueue<string> _exceptionTexts = new();
    private readonly ExportedActivities _activities = new();
    private readonly TracerProvider _tracing;

    /// <summary>Starts exporting every activity of the <c>AviationApis</c> source.</summary>
    public TelemetryCapture()
    {
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(AviationTelemetry.SourceName)
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(_activities)
            .Build();
    }

    /// <summary>The captured log records; add <see cref="CreateLogSink"/> to every container with the minimum level at Trace.</summary>
    public FakeLogCollector Logs { get; } = new();

    /// <summary>Activities exported.</summary>
    public int Activities => _activities.Count;

    /// <summary>Every captured text: log lines, exception texts, activity texts.</summary>
    public IEnumerable<string> AllTexts => Logs.AllText().Concat(_exceptionTexts).Concat(_activities.Snapshot().SelectMany(Texts));

    /// <summary>Log lines captured.</summary>
    public int LogLines => Logs.Count;

    /// <summary>A logger provider that writes into <see cref="Logs"/> (one per container: a container disposes its providers).</summary>
    public ILoggerProvider CreateLogSink() => new FakeLoggerProvider(Logs);

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
    public void Dispose() => _tracing.Dispose();

    private static IEnumerable<string> Texts(Activity activity)
    {
        yield return $"{activity.Source.Name} {activity.DisplayName} {activity.OperationName} {activity.Status} {activity.StatusDescription}";
        foreach (var tag in activity.TagObjects)
        {
            yield return $"{tag.Key}={tag.Value}";
        }

        foreach (var e in activity.Events)
        {
            yield return e.Name + " " + string.Join(", ", e.Tags.Select(t => $"{t.Key}={t.Value}"));
        }

        foreach (var baggage in activity.Baggage)
        {
            yield return $"{baggage.Key}={baggage.Value}";
        }
    }

    /// <summary>The exporter's collection: it adds from whichever thread ends an activity while a test reads.</summary>
    private sealed class ExportedActivities : ICollection<Activity>
    {
        private readonly ConcurrentQueue<Activity> _items = new();

        public int Count => _items.Count;

        public bool IsReadOnly => false;

        public Activity[] Snapshot() => _items.ToArray();

        public void Add(Activity item) => _items.Enqueue(item);

        public void Clear() => _items.Clear();

        public bool Contains(Activity item) => _items.Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

        public bool Remove(Activity item) => throw new NotSupportedException();

        public IEnumerator<Activity> GetEnumerator() => ((IEnumerable<Activity>)_items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
