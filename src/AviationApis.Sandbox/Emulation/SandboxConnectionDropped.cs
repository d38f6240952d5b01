namespace AviationApis.Sandbox.Emulation;

/// <summary>
/// Creates the exception fault injection throws in process when it drops a connection: a plain
/// <see cref="HttpRequestException"/> (<see cref="HttpRequestError.ConnectionError"/>), as a real dropped connection
/// gives; Kestrel hosting recognises the marker and aborts the TCP connection instead.
/// </summary>
internal static class SandboxConnectionDropped
{
    private const string Marker = "AviationApis.Sandbox.DroppedConnection";

    /// <summary>The exception; <see cref="HttpRequestError.ResponseEnded"/> when the request was processed and only the answer is lost.</summary>
    public static HttpRequestException Create(HttpRequestError error = HttpRequestError.ConnectionError)
    {
        var exception = new HttpRequestException(error, "The sandbox dropped the connection (fault injection).");
        exception.Data[Marker] = true;
        return exception;
    }

    public static bool Is(HttpRequestException exception) => exception.Data.Contains(Marker);
}
