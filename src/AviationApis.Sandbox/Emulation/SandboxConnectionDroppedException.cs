namespace AviationApis.Sandbox.Emulation;

/// <summary>Thrown in process when fault injection drops a connection; Kestrel hosting aborts the connection instead.</summary>
internal sealed class SandboxConnectionDroppedException : HttpRequestException
{
    public SandboxConnectionDroppedException()
        : base(HttpRequestError.ConnectionError, "The sandbox dropped the connection (fault injection).")
    {
    }
}
