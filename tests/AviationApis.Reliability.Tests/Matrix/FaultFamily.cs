namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>How a fault row is expected to be handled by the pipeline.</summary>
public enum FaultFamily
{
    /// <summary>5xx or 408: retried only for idempotent operations.</summary>
    TransientStatus,

    /// <summary>429 or rate-limit 403 whose wait fits the budget: retried for every operation after the wait.</summary>
    RateLimitWithinBudget,

    /// <summary>429 or rate-limit 403 whose wait does not fit: typed rate-limit error at once.</summary>
    RateLimitBeyondBudget,

    /// <summary>The connection broke after the request was sent: retried only for idempotent operations.</summary>
    BrokenConnection,

    /// <summary>The server stalls: the attempt timeout fires; retried only for idempotent operations.</summary>
    Stall,

    /// <summary>A complete 200 whose body cannot be read: a typed error, never retried.</summary>
    UnreadableBody,

    /// <summary>The connection could not be established: retried for every operation.</summary>
    ConnectionRefused,
}
