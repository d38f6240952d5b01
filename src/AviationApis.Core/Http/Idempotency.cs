namespace AviationApis.Core.Http;

/// <summary>
/// Whether repeating an operation is safe. Set by the client method that builds the request, never derived from the
/// HTTP verb: a POST search is idempotent, a POST booking is not.
/// </summary>
public enum Idempotency
{
    /// <summary>
    /// Repeating the request has no further effect (reads, searches, cancels by id, updates that set a state).
    /// Retried on 408, 429, 500, 502, 503, 504, connection failures and attempt timeouts.
    /// </summary>
    Idempotent = 0,

    /// <summary>
    /// Repeating the request may create a second booking, user or resource. Retried only when the server provably did
    /// not process it: the connection could not be established, HTTP 429, or a rate-limit HTTP 403.
    /// </summary>
    NonIdempotent = 1,
}
