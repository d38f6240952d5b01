namespace AviationApis.Reliability.Tests.Matrix;

/// <summary>The columns of the fault matrix.</summary>
public enum OperationClass
{
    /// <summary>An idempotent read (GET, or a POST search).</summary>
    IdempotentRead,

    /// <summary>An idempotent command (update, cancel by id).</summary>
    IdempotentCommand,

    /// <summary>A non-idempotent create or book: never sent twice unless provably rejected unprocessed.</summary>
    NonIdempotentCreate,
}
