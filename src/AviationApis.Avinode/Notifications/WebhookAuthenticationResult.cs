namespace AviationApis.Avinode.Notifications;

/// <summary>The outcome of checking a notification's <c>Authorization</c> header.</summary>
public enum WebhookAuthenticationResult
{
    /// <summary>The credentials match: accept the notification.</summary>
    Valid = 0,

    /// <summary>No <c>Authorization</c> header (answer 401).</summary>
    Missing = 1,

    /// <summary>The header is not <c>Basic base64(identifier:secret)</c> (answer 401).</summary>
    Malformed = 2,

    /// <summary>The credentials do not match (answer 401).</summary>
    Invalid = 3,
}
