namespace AviationApis.Sandbox.Tests.Infrastructure;

/// <summary>Theory data: run a test in process (false) and through Kestrel on 127.0.0.1 (true).</summary>
public static class Modes
{
    public static TheoryData<bool> Both => new() { false, true };
}
