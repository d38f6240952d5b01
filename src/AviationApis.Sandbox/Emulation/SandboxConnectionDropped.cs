namespace AviationApis.Sandbox.Emulation;

/// <summary>
/// Creates the exception fault injection throws in process when it drops a connection: a plain
/// <see cref="HttpRequestException"/> (<see cref="HttpRequestError.ConnectionError"/>), as a real dropped connection
/// gives; Kestrel hosting recognises the marker and aborts the TCP connection instead.
/// </summary>
internal static class SandboxConnectionDropped
{
    private const string Marker = "AviationApis.Sandbox.DroppedConnection";

    public static HttpRequestException Create()
    {
        var exception = new HttpRequestException(HttpRequestError.ConnectionError, "The sandbox dropped the connection (fault injection).");
        exception.Data[Marker] = true;
        return exception;
    }

    public static bool Is(HttpRequestException exception) => exception.Data.Contains(Marker);
}
