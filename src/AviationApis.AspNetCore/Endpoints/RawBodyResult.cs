namespace AviationApis.AspNetCore.Endpoints;

/// <summary>The outcome of reading a body: the bytes, too large, or cut short by the sender.</summary>
/// <param name="Body">The bytes when complete.</param>
/// <param name="Status">The status to answer when not complete.</param>
/// <param name="Reason">Why it was cut short (an exception type name), for the log.</param>
internal readonly record struct RawBodyResult(byte[]? Body, int Status, string? Reason)
{
    public static RawBodyResult TooLarge => new(null, Microsoft.AspNetCore.Http.StatusCodes.Status413PayloadTooLarge, null);

    public static RawBodyResult Complete(byte[] body) => new(body, Microsoft.AspNetCore.Http.StatusCodes.Status200OK, null);

    public static RawBodyResult Aborted(int status, string reason) => new(null, status, reason);
}
