using System.Diagnostics.Tracing;
using System.Globalization;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>
/// Samples the runtime's GC AllocationTick events (one per ≈100 KB allocated, naming the type that crossed the
/// threshold): a statistical by-bytes profile of what a loop allocates, without external tools.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _samples = new(StringComparer.Ordinal);
    private bool _enabled;

    public void Start() => _enabled = true;

    public void Stop() => _enabled = false;

    public void Print(int top)
    {
        lock (_samples)
        {
            var total = _samples.Values.Sum();
            foreach (var (type, count) in _samples.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {count * 100.0 / total,5:0.0}%  {type}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_enabled || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        var type = index >= 0 ? eventData.Payload[index]?.ToString() ?? "?" : "?";
        lock (_samples)
        {
            _samples[type] = _samples.GetValueOrDefault(type) + 1;
        }
    }
}
