using Microsoft.Extensions.Logging;

namespace AviationApis.Core.Pipeline;

/// <summary>The pipeline's log messages (source-generated). Values passed in are already redacted.</summary>
internal static partial class PipelineLog
{
    public const string Category = "AviationApis.Http";

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Operation}: {Method} {Uri} starting")]
    public static partial void Starting(ILogger logger, string operation, string method, LoggableUri uri);

    [LoggerMessage(EventId = 2, Level = LogLevel.Trace, Message = "{Operation}: request headers {Headers}")]
    public static partial void RequestHeaders(ILogger logger, string operation, string headers);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Operation}: {Method} {Uri} answered {StatusCode} in {ElapsedMs:0.0} ms after {Attempts} attempt(s)")]
    public static partial void Completed(ILogger logger, string operation, string method, LoggableUri uri, int statusCode, double elapsedMs, int attempts);

    [LoggerMessage(EventId = 4, Level = LogLevel.Trace, Message = "{Operation}: response headers {Headers}")]
    public static partial void ResponseHeaders(ILogger logger, string operation, string headers);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Operation}: {Method} {Uri} failed after {ElapsedMs:0.0} ms and {Attempts} attempt(s): {ErrorType}: {ErrorMessage}")]
    public static partial void Failed(ILogger logger, string operation, string method, LoggableUri uri, double elapsedMs, int attempts, string errorType, string errorMessage);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "{Operation}: attempt {Attempt} failed ({Reason}); retrying in {DelayMs:0} ms")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, string reason, double delayMs);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "{Operation}: not retrying ({Reason}): the wait of {DelayMs:0} ms does not fit in the remaining budget")]
    public static partial void WaitExceedsBudget(ILogger logger, string operation, string reason, double delayMs);
}
