using Microsoft.Extensions.Logging.Testing;

namespace AviationApis.Testing;

/// <summary>Captured log records (<see cref="FakeLogCollector"/>) as text, for assertions and secret scans.</summary>
public static class LogText
{
    /// <summary>Every captured record as one line: level, category, event id, message, state values and exception text.</summary>
    public static IEnumerable<string> AllText(this FakeLogCollector logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        return logs.GetSnapshot().Select(Line);
    }

    /// <summary>One record as a line; see <see cref="AllText"/>.</summary>
    public static string Line(FakeLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var state = record.StructuredState is { } pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : record.State?.ToString() ?? string.Empty;
        return $"{record.Level} {record.Category}[{record.Id.Id}] {record.Message} | {state} | {record.Exception}";
    }
}
