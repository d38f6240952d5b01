using System.Diagnostics;
using System.Globalization;

namespace AviationApis.Benchmarks.Infrastructure;

/// <summary>Starts a fresh process of this benchmark executable in a child mode and reads its <c>key=value</c> lines.</summary>
internal static class ChildProcess
{
    private static readonly HashSet<string> Written = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, double> Run(params string[] args)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            info.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        info.ArgumentList.Add("--child");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A child must be a cold, ordinary process: no tiering or GC settings inherited from a benchmark job.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("COMPlus_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(name);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("The child did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Child '{string.Join(' ', args)}' failed ({process.ExitCode}): {stderr.Result}");
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && double.TryParse(line[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                values[line[..eq]] = value;
            }
        }

        return values;
    }

    public static double Median(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Deletes the payload files this process wrote (called when the benchmark run ends).</summary>
    public static void DeletePayloadFiles()
    {
        foreach (var path in Written)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Left for the next run to overwrite.
            }
        }

        Written.Clear();
    }

    /// <summary>Writes a payload once per process into the temp folder (children read it with one allocation).</summary>
    public static string PayloadFile(string name, Func<byte[]> create)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aviationapis-bench-{name}.bin");
        // Regenerated once per benchmark process, then shared by its children.
        if (Written.Add(path))
        {
            File.WriteAllBytes(path, create());
        }

        return path;
    }
}
