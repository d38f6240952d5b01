namespace AviationApis.Reliability.Tests.Targets;

/// <summary>Vendor payloads copied into this project (Payloads/, copied to the output folder).</summary>
public static class Payloads
{
    /// <summary>Reads one payload.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name));
}
