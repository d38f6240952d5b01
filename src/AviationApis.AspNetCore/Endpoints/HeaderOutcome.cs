namespace AviationApis.AspNetCore.Endpoints;

/// <summary>The outcome of checking a request's headers.</summary>
internal enum HeaderOutcome
{
    /// <summary>Wrong, missing or malformed credentials: 401, the body is not read.</summary>
    Rejected,

    /// <summary>The credentials match.</summary>
    Accepted,

    /// <summary>The signature header is present; it is checked against the body once read.</summary>
    NeedsBody,
}
