using Microsoft.Extensions.Time.Testing;

namespace AviationApis.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows its pending timers, so a test can step to the next wait the code under
/// test is blocked on. A timer counts as a wait when it was set for less than the given longest wait; timers set for
/// longer (the pipeline's attempt and total budgets) run beside real work and are never stepped to, so virtual time
/// cannot race an attempt in flight however loaded the machine is. A test about a budget advances explicitly, after
/// a deterministic signal (the server saw the attempt, <see cref="WaitForTimerAsync"/>).
/// </summary>
public sealed class SteppingTimeProvider : FakeTimeProvider
{
    /// <summary>How long a test waits in real time for the code to make progress before it calls the code stuck.</summary>
    public static readonly TimeSpan RealTimeGuard = TimeSpan.FromMinutes(2);

    private readonly object _gate = new();
    private readonly HashSet<SteppingTimer> _pending = [];
    private TaskCompletionSource _changed = NewSignal();

    public SteppingTimeProvider()
        : this(new DateTimeOffset(2026, 1, 19, 8, 10, 6, 135, TimeSpan.Zero))
    {
    }

    public SteppingTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    /// <summary>Virtual time advanced since creation.</summary>
    public TimeSpan Elapsed => GetUtcNow() - Start;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SteppingTimer(this);
        timer.Inner = base.CreateTimer(
            s =>
            {
                timer.Fired();
                callback(s);
            },
            state,
            Timeout.InfiniteTimeSpan,
            Timeout.InfiniteTimeSpan);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Runs <paramref name="operation"/>, stepping the clock to each pending wait shorter than
    /// <paramref name="longestWait"/> as soon as one exists, until the operation completes.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> operation, TimeSpan longestWait)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var task = operation();
        while (!task.IsCompleted)
        {
            Task changed;
            DateTimeOffset? due;
            lock (_gate)
            {
                changed = _changed.Task;
                due = _pending.Where(t => t.Duration < longestWait).Select(t => (DateTimeOffset?)t.Due).Min();
            }

            if (due is { } next)
            {
                var now = GetUtcNow();
                Advance(next > now ? next - now : TimeSpan.Zero);
                if (next <= now && !changed.IsCompleted)
                {
                    // Nothing fired: the timer is being changed right now; let that thread finish instead of spinning.
                    await Task.WhenAny(task, changed, Task.Delay(1)).ConfigureAwait(false);
                }

                continue;
            }

            await Task.WhenAny(task, changed).WaitAsync(RealTimeGuard).ConfigureAwait(false);
        }

        return await task.ConfigureAwait(false);
    }

    /// <summary>Runs an operation without a result; see <see cref="RunAsync{T}"/>.</summary>
    public Task RunAsync(Func<Task> operation, TimeSpan longestWait) =>
        RunAsync(async () => { await operation().ConfigureAwait(false); return true; }, longestWait);

    /// <summary>Waits (bounded, in real time) until a timer set for exactly <paramref name="duration"/> is pending.</summary>
    public async Task WaitForTimerAsync(TimeSpan duration)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_pending.Any(t => t.Duration == duration))
                {
                    return;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(RealTimeGuard).ConfigureAwait(false);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private long Update(SteppingTimer timer, bool pending)
    {
        TaskCompletionSource changed;
        long generation;
        lock (_gate)
        {
            generation = ++timer.Version;
            if (pending)
            {
                _pending.Add(timer);
            }
            else
            {
                _pending.Remove(timer);
            }

            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
        return generation;
    }

    /// <summary>Moves a pending timer's due time later, unless it fired or changed since its change number <paramref name="generation"/>.</summary>
    private void Postpone(SteppingTimer timer, long generation, DateTimeOffset due)
    {
        lock (_gate)
        {
            if (timer.Version == generation && _pending.Contains(timer) && due > timer.Due)
            {
                timer.Due = due;
            }
        }
    }

    private sealed class SteppingTimer(SteppingTimeProvider owner) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset Due { get; set; }

        /// <summary>Counts this timer's changes (under the owner's lock).</summary>
        public long Version { get; set; }

        public TimeSpan Duration { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            Duration = dueTime;
            Due = dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : owner.GetUtcNow() + dueTime;
            var generation = owner.Update(this, dueTime != Timeout.InfiniteTimeSpan);
            var changed = Inner.Change(dueTime, period);

            // The inner timer read the clock after Due did: if another thread advanced it in between, the timer is due
            // later than Due says, and stepping to Due would not fire it (RunAsync would step by zero forever). The
            // clock read now is at or after the inner timer's read, so now + dueTime is never before its due time.
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                owner.Postpone(this, generation, owner.GetUtcNow() + dueTime);
            }

            return changed;
        }

        public void Fired()
        {
            if (_period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero)
            {
                owner.Update(this, false);
            }
            else
            {
                Due = owner.GetUtcNow() + _period;
                Duration = _period;
                owner.Update(this, true);
            }
        }

        public void Dispose()
        {
            owner.Update(this, false);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
