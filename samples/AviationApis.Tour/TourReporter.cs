namespace AviationApis.Tour;

/// <summary>Prints the tour's steps readably and remembers which step is running, for the failure line.</summary>
internal sealed class TourReporter(TextWriter output)
{
    public string CurrentPart { get; private set; } = string.Empty;

    public string CurrentStep { get; private set; } = string.Empty;

    /// <summary>Names the part being set up, so a configuration error is reported against it.</summary>
    public void Starting(string key)
    {
        CurrentPart = key;
        CurrentStep = "configure the client";
    }

    public void Part(string name, string target)
    {
        CurrentPart = name;
        output.WriteLine();
        output.WriteLine($"{name} ({target})");
    }

    /// <summary>Runs one step and prints its outcome: what was done, then what came back.</summary>
    public async Task<T> StepAsync<T>(string description, Func<Task<T>> action, Func<T, string> summary)
    {
        CurrentStep = description;
        var result = await action();
        output.WriteLine($"  ✓ {description} → {summary(result)}");
        return result;
    }

    public void Note(string text) => output.WriteLine($"    {text}");
}
