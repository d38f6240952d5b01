namespace AviationApis.Core.Tests.Infrastructure;

/// <summary>
/// A synchronization context (like a UI thread's) that counts the continuations posted to it: Core's awaits
/// must not resume on the caller's context, or a caller blocking on that context would deadlock.
/// </summary>
internal sealed class CountingContext : SynchronizationContext
{
    private int _posts;

    public int Posts => Volatile.Read(ref _posts);

    /// <summary>Starts <paramref name="operation"/> with this context current, and restores the previous one.</summary>
    public TTask Start<TTask>(Func<TTask> operation)
        where TTask : Task
    {
        TTask? running = null;
        Run(() => running = operation());
        return running!;
    }

    /// <summary>Runs <paramref name="action"/> (e.g. completing what the pipeline awaits) with this context current.</summary>
    public void Run(Action action)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            action();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    public override void Post(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref _posts);
        base.Post(d, state);
    }

    public override SynchronizationContext CreateCopy() => this;
}
