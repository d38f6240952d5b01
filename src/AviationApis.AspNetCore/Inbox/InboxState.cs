namespace AviationApis.AspNetCore.Inbox;

/// <summary>The stored states of a delivery (the numbers are the <c>state</c> column of the SQL stores).</summary>
internal enum InboxState
{
    /// <summary>Waiting for the handler, claimed by a processor, or scheduled for a retry.</summary>
    Pending = 0,

    /// <summary>Handled; only the key is kept, to drop later repeats.</summary>
    Done = 1,

    /// <summary>Retries exhausted or unparseable: waits for a replay.</summary>
    Dead = 2,
}
