namespace AviationApis.Core.Signing;

/// <summary>The names of the headers Avinode and SchedAero require on every request.</summary>
public static class AvinodeHeaders
{
    /// <summary>Identifies the application; hard-coded in the application per Avinode's checklist.</summary>
    public const string ApiToken = "X-Avinode-ApiToken";

    /// <summary>When the message was created, UTC ISO-8601 with milliseconds; rejected when off by more than 5 minutes.</summary>
    public const string SentTimestamp = "X-Avinode-SentTimestamp";

    /// <summary>The API version, e.g. <c>v1</c>.</summary>
    public const string ApiVersion = "X-Avinode-ApiVersion";

    /// <summary>The calling application's name and version.</summary>
    public const string Product = "X-Avinode-Product";

    /// <summary>The user account the call acts as, for operations that support it.</summary>
    public const string ActAsAccount = "X-Avinode-ActAsAccount";

    /// <summary>The timestamp format: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
}
