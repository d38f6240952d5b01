using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>A text column computed per benchmark case (cached: exporters ask for the same cell several times).</summary>
internal abstract class SimpleColumn : IColumn
{
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    protected SimpleColumn(string name, string legend)
    {
        ColumnName = name;
        Legend = legend;
    }

    public string Id => GetType().Name;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var key = benchmarkCase.DisplayInfo;
        lock (_cache)
        {
            if (!_cache.TryGetValue(key, out var value))
            {
                try
                {
                    value = Compute(summary, benchmarkCase);
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
                {
                    value = "error: " + ex.Message.Split('\n')[0];
                }

                _cache[key] = value;
            }

            return value;
        }
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    protected abstract string Compute(Summary summary, BenchmarkCase benchmarkCase);
}
